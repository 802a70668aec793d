package dev.kaa.vm.objects;

import dev.kaa.vm.objects.StrCodec.Codec;
import dev.kaa.vm.objects.StrCodec.Decoded;
import java.io.ByteArrayOutputStream;

/**
 * The {@code unicode_escape} and {@code raw_unicode_escape} codecs: Python's string-literal
 * escapes ({@code \xhh \\uhhhh \Uhhhhhhhh \N{name}}, octal, {@code \n} …), the raw form knowing
 * only {@code \\u} and {@code \U}.
 *
 * <p>Thread safety: stateless.
 */
final class StrCodecEscape {
    private StrCodecEscape() {}

    static void encode(ByteArrayOutputStream out, String s, boolean raw) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (raw) {
                if (cp < 0x100) {
                    out.write(cp);
                } else {
                    hex(out, cp < 0x10000 ? 'u' : 'U', cp, cp < 0x10000 ? 4 : 8);
                }
            } else if (cp == '\\') {
                out.write('\\');
                out.write('\\');
            } else if (cp == '\t' || cp == '\n' || cp == '\r') {
                out.write('\\');
                out.write(cp == '\t' ? 't' : cp == '\n' ? 'n' : 'r');
            } else if (cp < 0x20 || (cp >= 0x7F && cp < 0x100)) {
                hex(out, 'x', cp, 2);
            } else if (cp < 0x7F) {
                out.write(cp);
            } else {
                hex(out, cp < 0x10000 ? 'u' : 'U', cp, cp < 0x10000 ? 4 : 8);
            }
        }
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    /** Writes {@code \\<kind>} and {@code digits} lower-case hex digits of {@code v}. */
    private static void hex(ByteArrayOutputStream out, char kind, int v, int digits) {
        out.write('\\');
        out.write(kind);
        for (int k = digits - 1; k >= 0; k--) {
            out.write(HEX[v >> (4 * k) & 0xF]);
        }
    }

    /**
     * Decodes escapes; unless {@code fin}, an escape cut off by the end of the data is left
     * unconsumed for the next call.
     */
    static Decoded decode(byte[] data, int offset, int length, int from, boolean raw, String errors, boolean fin) {
        Codec codec = raw ? Codec.RAW_UNICODE_ESCAPE : Codec.UNICODE_ESCAPE;
        Escapes e = new Escapes(data, offset, length, new CodecErrors.Decoding(codec.pyName, errors, data, offset,
                length), fin, raw);
        StringBuilder sb = e.sb;
        int i = from;
        while (i < length) {
            int c = data[offset + i] & 0xFF;
            if (c != '\\') {
                sb.append((char) c);
                i++;
                continue;
            }
            int next = raw ? e.rawEscape(i) : e.escape(i);
            if (next < 0) {
                return new Decoded(sb.toString(), e.cutAt);
            }
            i = next;
        }
        return new Decoded(sb.toString(), length);
    }

    /** The state of one decode. Methods answer the index after an escape, or -1 when it is cut off (not final). */
    private static final class Escapes {
        final byte[] data;
        final int offset, length;
        final CodecErrors.Decoding errs;
        final boolean fin, raw;
        final StringBuilder sb;

        Escapes(byte[] data, int offset, int length, CodecErrors.Decoding errs, boolean fin, boolean raw) {
            this.data = data;
            this.offset = offset;
            this.length = length;
            this.errs = errs;
            this.fin = fin;
            this.raw = raw;
            this.sb = new StringBuilder(length);
        }

        private int at(int i) {
            return data[offset + i] & 0xFF;
        }

        int rawEscape(int i) {
            // A run of backslashes: an escape only when an odd count precedes u or U.
            int j = i;
            while (j < length && at(j) == '\\') {
                j++;
            }
            int count = j - i;
            if (count % 2 == 1 && j >= length && !fin) {
                sb.repeat('\\', count - 1);
                return cut(j - 1);
            }
            if (count % 2 == 0 || j >= length || (at(j) != 'u' && at(j) != 'U')) {
                sb.repeat('\\', count);
                return j;
            }
            sb.repeat('\\', count - 1);
            int start = j - 1;
            int digits = at(j) == 'u' ? 4 : 8;
            return hex(start, j + 1, digits, digits == 4 ? "truncated \\uXXXX escape"
                    : "truncated \\UXXXXXXXX escape", "\\Uxxxxxxxx out of range");
        }

        /** Marks a cut-off escape starting at {@code start}: the caller stops there. */
        private int cut(int start) {
            cutAt = start;
            return -1;
        }

        int cutAt = -1;

        int escape(int i) {
            if (i + 1 >= length) {
                if (!fin) {
                    return cut(i);
                }
                return errs.handle(sb, i, length, "\\ at end of string");
            }
            int c = at(i + 1);
            switch (c) {
                case '\n':
                    return i + 2;
                case '\\', '\'', '"':
                    sb.append((char) c);
                    return i + 2;
                case 'a':
                    sb.append('\u0007');
                    return i + 2;
                case 'b':
                    sb.append('\b');
                    return i + 2;
                case 'f':
                    sb.append('\f');
                    return i + 2;
                case 'n':
                    sb.append('\n');
                    return i + 2;
                case 'r':
                    sb.append('\r');
                    return i + 2;
                case 't':
                    sb.append('\t');
                    return i + 2;
                case 'v':
                    sb.append('\u000b');
                    return i + 2;
                case 'x':
                    return hex(i, i + 2, 2, "truncated \\xXX escape", null);
                case 'u':
                    return hex(i, i + 2, 4, "truncated \\uXXXX escape", null);
                case 'U':
                    return hex(i, i + 2, 8, "truncated \\UXXXXXXXX escape", "illegal Unicode character");
                case 'N':
                    return named(i);
                default:
                    break;
            }
            if (c >= '0' && c <= '7') {
                int v = 0, j = i + 1;
                while (j < length && j < i + 4 && at(j) >= '0' && at(j) <= '7') {
                    v = v * 8 + at(j) - '0';
                    j++;
                }
                if (v > 0377) {
                    PyErr.warn(Exceptions.DeprecationWarning, 1, "invalid octal escape sequence '\\%s'",
                            new String(data, offset + i + 1, j - i - 1, java.nio.charset.StandardCharsets.ISO_8859_1));
                }
                sb.append((char) v);
                return j;
            }
            // Unknown escapes stay as they are, with a warning.
            PyErr.warn(Exceptions.DeprecationWarning, 1, "invalid escape sequence '\\%c'", (char) c);
            sb.append('\\');
            return i + 1;
        }

        private int hex(int start, int from, int digits, String truncated, String outOfRange) {
            int v = 0, j = from;
            for (; j < from + digits; j++) {
                if (j >= length && !fin) {
                    return cut(start);
                }
                int d = j < length ? Character.digit(at(j), 16) : -1;
                if (d < 0) {
                    return errs.handle(sb, start, j, truncated);
                }
                v = v * 16 + d;
            }
            if (v > 0x10FFFF || v < 0) {
                return errs.handle(sb, start, j, outOfRange);
            }
            sb.appendCodePoint(v);
            return j;
        }

        private int named(int i) {
            int j = i + 2;
            if (j >= length && !fin) {
                return cut(i);
            }
            if (j >= length || at(j) != '{') {
                return errs.handle(sb, i, Math.min(j, length), "malformed \\N character escape");
            }
            int close = j + 1;
            while (close < length && at(close) != '}') {
                close++;
            }
            if (close >= length && !fin) {
                return cut(i);
            }
            if (close >= length) {
                return errs.handle(sb, i, length, "malformed \\N character escape");
            }
            if (close == j + 1) {
                // "\N{}": the error ends before the brace, which is then read as text.
                return errs.handle(sb, i, close, "malformed \\N character escape");
            }
            String name = new String(data, offset + j + 1, close - j - 1, java.nio.charset.StandardCharsets.ISO_8859_1);
            int cp = StrNames.lookup(name);
            if (cp < 0) {
                return errs.handle(sb, i, close + 1, "unknown Unicode character name");
            }
            sb.appendCodePoint(cp);
            return close + 1;
        }
    }
}
