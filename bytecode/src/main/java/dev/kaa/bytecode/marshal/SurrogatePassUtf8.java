package dev.kaa.bytecode.marshal;

import dev.kaa.bytecode.Constant;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 with Python's {@code surrogatepass} error handler, which {@code marshal} uses for
 * {@code str}: a lone surrogate is encoded as its three-byte form, and such bytes decode back to
 * the lone surrogate. Everything else is strict UTF-8 (no overlong forms, nothing past U+10FFFF).
 *
 * <p>Thread safety: stateless.
 */
final class SurrogatePassUtf8 {
    private SurrogatePassUtf8() {}

    /**
     * A decoding fault: where the undecodable bytes start (relative to the start of the string),
     * how many there are, and CPython's reason.
     */
    static final class DecodeError extends Exception {
        private static final long serialVersionUID = 1L;
        final int position;
        final int count;
        final int badByte;

        DecodeError(int position, int count, int badByte, String reason) {
            super(reason, null, false, false);
            this.position = position;
            this.count = count;
            this.badByte = badByte;
        }

        /** The message of Python's {@code UnicodeDecodeError} for this fault. */
        String pythonMessage() {
            String where = count == 1
                    ? String.format("byte 0x%02x in position %d", badByte, position)
                    : String.format("bytes in position %d-%d", position, position + count - 1);
            return "'utf-8' codec can't decode " + where + ": " + getMessage();
        }
    }

    /**
     * Decodes a {@code str}: a {@link String}, or a {@link Constant.Str} where a high and a low
     * surrogate were written as two three-byte surrogates (two code points in Python).
     */
    static Object decode(byte[] data, int offset, int length) throws DecodeError {
        int end = offset + length;
        boolean ascii = true;
        for (int i = offset; i < end; i++) {
            if (data[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(data, offset, length, StandardCharsets.ISO_8859_1);
        }
        int[] out = new int[length];
        int n = 0;
        int i = offset;
        while (i < end) {
            int b0 = data[i] & 0xff;
            if (b0 < 0x80) {
                out[n++] = b0;
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xbf;
            if (b0 >= 0xc2 && b0 <= 0xdf) {
                need = 1;
            } else if (b0 >= 0xe0 && b0 <= 0xef) {
                need = 2;
                if (b0 == 0xe0) {
                    lo = 0xa0;
                }
                // 0xed may start a surrogate: surrogatepass lets it through.
            } else if (b0 >= 0xf0 && b0 <= 0xf4) {
                need = 3;
                if (b0 == 0xf0) {
                    lo = 0x90;
                } else if (b0 == 0xf4) {
                    hi = 0x8f;
                }
            } else {
                throw new DecodeError(i - offset, 1, b0, "invalid start byte");
            }
            int cp = b0 & (0x3f >> need);
            for (int k = 1; k <= need; k++) {
                if (i + k >= end) {
                    throw new DecodeError(i - offset, end - i, b0, "unexpected end of data");
                }
                int b = data[i + k] & 0xff;
                int min = k == 1 ? lo : 0x80;
                int max = k == 1 ? hi : 0xbf;
                if (b < min || b > max) {
                    throw new DecodeError(i - offset, 1, b0, "invalid continuation byte");
                }
                cp = (cp << 6) | (b & 0x3f);
            }
            out[n++] = cp;
            i += need + 1;
        }
        return Constant.Str.of(out, 0, n);
    }

    /** Whether every char is below 128. */
    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Whether every char is below 256 (so the string fits one byte per char). */
    static boolean isLatin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x100) {
                return false;
            }
        }
        return true;
    }

    /** Encodes a {@code str} of the model; each code point of a {@link Constant.Str} on its own. */
    static byte[] encode(Object str) {
        return str instanceof Constant.Str t ? encodeCodePoints(t.codePoints()) : encode((String) str);
    }

    static byte[] encode(String s) {
        if (isAscii(s)) {
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }
        return encodeCodePoints(s.codePoints().toArray());
    }

    /** Encodes code points, a lone surrogate (paired or not) as its three-byte form. */
    private static byte[] encodeCodePoints(int[] cps) {
        byte[] out = new byte[cps.length * 4];
        int n = 0;
        for (int cp : cps) {
            if (cp < 0x80) {
                out[n++] = (byte) cp;
            } else if (cp < 0x800) {
                out[n++] = (byte) (0xc0 | cp >> 6);
                out[n++] = (byte) (0x80 | cp & 0x3f);
            } else if (cp < 0x10000) {
                out[n++] = (byte) (0xe0 | cp >> 12);
                out[n++] = (byte) (0x80 | cp >> 6 & 0x3f);
                out[n++] = (byte) (0x80 | cp & 0x3f);
            } else {
                out[n++] = (byte) (0xf0 | cp >> 18);
                out[n++] = (byte) (0x80 | cp >> 12 & 0x3f);
                out[n++] = (byte) (0x80 | cp >> 6 & 0x3f);
                out[n++] = (byte) (0x80 | cp & 0x3f);
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
