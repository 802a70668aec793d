package dev.kaa.vm.modules.codecs;

import dev.kaa.vm.objects.CodecErrors;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import java.io.ByteArrayOutputStream;

/**
 * UTF-7 (RFC 2152) as CPython writes and reads it: RFC "set O" characters and white space are
 * written directly, '+' as "+-", everything else in base-64 shifted sections of UTF-16 code
 * units; a section ends with '-' only where the next character would otherwise be read as part
 * of it. Decoding is incremental: an unfinished shift section is left unconsumed.
 *
 * <p>Thread safety: stateless.
 */
final class Utf7Codec {
    private Utf7Codec() {}

    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /** 0 = RFC set D, 1 = set O, 2 = white space, 3 = must be shifted. */
    private static int category(int c) {
        if (c >= 128) {
            return 3;
        }
        if (Character.isLetterOrDigit(c) || "'(),-./:?".indexOf(c) >= 0) {
            return 0;
        }
        if ("!\"#$%&*;<=>@[]^_`{|}".indexOf(c) >= 0) {
            return 1;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            return 2;
        }
        return 3;
    }

    private static boolean encodeDirect(int c) {
        return c > 0 && c < 128 && category(c) != 3;
    }

    private static boolean isBase64(int c) {
        return c < 128 && B64.indexOf(c) >= 0;
    }

    static byte[] encode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        boolean inShift = false;
        int bits = 0;
        long buffer = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (inShift && encodeDirect(ch)) {
                if (bits > 0) {
                    out.write(B64.charAt((int) (buffer << (6 - bits) & 0x3F)));
                    buffer = 0;
                    bits = 0;
                }
                inShift = false;
                // A character that could be read as base-64 (or '-') needs the explicit end.
                if (isBase64(ch) || ch == '-') {
                    out.write('-');
                }
                out.write(ch);
                continue;
            }
            if (!inShift) {
                if (ch == '+') {
                    out.write('+');
                    out.write('-');
                    continue;
                }
                if (encodeDirect(ch)) {
                    out.write(ch);
                    continue;
                }
                out.write('+');
                inShift = true;
            }
            // A Java char is one UTF-16 code unit: astral characters arrive as their surrogates.
            bits += 16;
            buffer = buffer << 16 | ch;
            while (bits >= 6) {
                out.write(B64.charAt((int) (buffer >> (bits - 6) & 0x3F)));
                bits -= 6;
            }
            buffer &= (1L << bits) - 1;
        }
        if (bits > 0) {
            out.write(B64.charAt((int) (buffer << (6 - bits) & 0x3F)));
        }
        if (inShift) {
            out.write('-');
        }
        return out.toByteArray();
    }

    static PyTuple decode(byte[] data, String errors, boolean fin) {
        return decodeFrom(data, 0, "", errors, fin);
    }

    /** Decodes from {@code from}, after {@code before} (the text of an input a handler replaced). */
    private static PyTuple decodeFrom(byte[] data, int from, String before, String errors, boolean fin) {
        try {
            return decodeInput(data, from, before, errors, fin);
        } catch (CodecErrors.InputReplaced r) {
            // The text so far already starts with before.
            return decodeFrom(r.data, r.position, r.text, errors, fin);
        }
    }

    private static PyTuple decodeInput(byte[] data, int from, String before, String errors, boolean fin) {
        CodecErrors.Decoding errs = new CodecErrors.Decoding("utf7", errors, data, 0, data.length);
        StringBuilder sb = new StringBuilder(before);
        int n = data.length;
        boolean inShift = false;
        int bits = 0;
        long buffer = 0;
        int surrogate = 0;
        int start = from, shiftOutStart = 0;
        int s = from;
        while (true) {
            while (s < n) {
                int ch = data[s] & 0xFF;
                String errmsg = null;
                if (inShift) {
                    if (isBase64(ch)) {
                        buffer = buffer << 6 | B64.indexOf(ch);
                        bits += 6;
                        s++;
                        if (bits >= 16) {
                            int unit = (int) (buffer >> (bits - 16) & 0xFFFF);
                            bits -= 16;
                            buffer &= (1L << bits) - 1;
                            if (surrogate != 0) {
                                if (Character.isLowSurrogate((char) unit)) {
                                    sb.appendCodePoint(Character.toCodePoint((char) surrogate, (char) unit));
                                    surrogate = 0;
                                    continue;
                                }
                                sb.append((char) surrogate);
                                surrogate = 0;
                            }
                            if (Character.isHighSurrogate((char) unit)) {
                                surrogate = unit;
                            } else {
                                sb.append((char) unit);
                            }
                        }
                        continue;
                    }
                    inShift = false;
                    if (bits >= 6) {
                        s++;
                        errmsg = "partial character in shift sequence";
                    } else if (bits > 0 && buffer != 0) {
                        s++;
                        errmsg = "non-zero padding bits in shift sequence";
                    } else {
                        if (surrogate != 0 && ch < 128 && ch != '+') {
                            sb.append((char) surrogate);
                        }
                        surrogate = 0;
                        if (ch == '-') {
                            s++;
                        }
                        continue;
                    }
                } else if (ch == '+') {
                    start = s;
                    s++;
                    if (s < n && data[s] == '-') {
                        s++;
                        sb.append('+');
                        continue;
                    } else if (s < n && !isBase64(data[s] & 0xFF)) {
                        s++;
                        errmsg = "ill-formed sequence";
                    } else {
                        inShift = true;
                        surrogate = 0;
                        shiftOutStart = sb.length();
                        bits = 0;
                        buffer = 0;
                        continue;
                    }
                } else if (ch < 128) {
                    sb.append((char) ch);
                    s++;
                    continue;
                } else {
                    start = s;
                    s++;
                    errmsg = "unexpected special character";
                }
                s = errs.handle(sb, start, s, errmsg);
            }
            if (inShift && fin) {
                // The data ends inside a shift section: an error unless it ended cleanly.
                inShift = false;
                if (surrogate != 0 || bits >= 6 || (bits > 0 && buffer != 0)) {
                    s = errs.handle(sb, start, n, "unterminated shift sequence");
                    if (s < n) {
                        continue;
                    }
                }
            }
            break;
        }
        if (!fin && inShift) {
            // Leave the unfinished section for the next call.
            sb.setLength(shiftOutStart);
            return PyTuple.of(PyStr.of(sb.toString()), PyInt.of(start));
        }
        return PyTuple.of(PyStr.of(sb.toString()), PyInt.of(s));
    }
}
