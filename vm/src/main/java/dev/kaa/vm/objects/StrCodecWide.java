package dev.kaa.vm.objects;

import dev.kaa.vm.objects.StrCodec.Codec;
import dev.kaa.vm.objects.StrCodec.Decoded;

/**
 * Decoding of UTF-16 and UTF-32 (with or without a byte-order mark), with CPython's error
 * reasons and positions, whole or incrementally; encoding is {@link StrCodec#putCodePoint}.
 * surrogatepass is not special here: as in CPython, the error handler passes the surrogate the
 * decoder reported.
 *
 * <p>Thread safety: stateless.
 */
final class StrCodecWide {
    private StrCodecWide() {}

    /**
     * Decodes {@code data[offset, offset + length)} from relative position {@code from}; {@code byteorder} 0 reads a mark (if any,
     * only for UTF16/UTF32 codecs), -1 little-endian, 1 big-endian. The result's byteorder is the
     * one in force at the end (0 when no mark was seen).
     */
    static Decoded decode(byte[] data, int offset, int length, int from, Codec codec, String errors, boolean fin,
            int byteorder) {
        int unit = codec.unit();
        boolean big = codec.bigEndian();
        int i = from;
        int order = byteorder;
        if (codec == Codec.UTF16 || codec == Codec.UTF32) {
            if (order == 0 && from == 0) {
                if (length < unit && !fin) {
                    // Too short to tell whether a mark starts here.
                    return new Decoded("", 0, 0);
                }
                if (length >= unit) {
                    long first = word(data, offset, 0, unit, false);
                    if (first == 0xFEFF) {
                        order = -1;
                        i = unit;
                    } else if (first == (unit == 2 ? 0xFFFE : 0xFFFE0000L)) {
                        order = 1;
                        i = unit;
                    }
                }
            }
            // Without a mark: little-endian, the native order of the machines CPython's tests assume.
            big = order > 0;
            codec = unit == 2 ? (big ? Codec.UTF16BE : Codec.UTF16LE) : (big ? Codec.UTF32BE : Codec.UTF32LE);
        }
        if (unit == 2 && (length - i) % 2 == 0) {
            // Valid UTF-16 decodes the same with the JDK's strict decoder, much faster.
            String fast = decodeFast(data, offset + i, length - i, big);
            if (fast != null) {
                return new Decoded(fast, length, order);
            }
        }
        CodecErrors.Decoding errs = new CodecErrors.Decoding(codec.pyName, errors, data, offset, length);
        StringBuilder sb = new StringBuilder(length / unit + 1);
        while (i < length) {
            if (length - i < unit) {
                if (!fin) {
                    break;
                }
                i = errs.handle(sb, i, length, "truncated data");
                continue;
            }
            if (unit == 4) {
                long cp = word(data, offset, i, 4, big);
                if (cp > 0x10FFFF) {
                    i = errs.handle(sb, i, i + 4, "code point not in range(0x110000)");
                } else if (cp >= 0xD800 && cp <= 0xDFFF) {
                    i = errs.handle(sb, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)");
                } else {
                    sb.appendCodePoint((int) cp);
                    i += 4;
                }
                continue;
            }
            int u = (int) word(data, offset, i, 2, big);
            if (u < 0xD800 || u > 0xDFFF) {
                sb.append((char) u);
                i += 2;
            } else if (u >= 0xDC00) {
                i = errs.handle(sb, i, i + 2, "illegal encoding");
            } else if (length - i < 4) {
                if (!fin) {
                    break;
                }
                i = errs.handle(sb, i, length, "unexpected end of data");
            } else {
                int low = (int) word(data, offset, i + 2, 2, big);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    sb.appendCodePoint(Character.toCodePoint((char) u, (char) low));
                    i += 4;
                } else {
                    i = errs.handle(sb, i, i + 2, "illegal UTF-16 surrogate");
                }
            }
        }
        return new Decoded(sb.toString(), i, order);
    }

    /** UTF-16 without lone surrogates (nor a high one at the end), or null. */
    private static String decodeFast(byte[] data, int from, int length, boolean big) {
        try {
            return (big ? java.nio.charset.StandardCharsets.UTF_16BE : java.nio.charset.StandardCharsets.UTF_16LE)
                    .newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(data, from, length)).toString();
        } catch (java.nio.charset.CharacterCodingException invalid) {
            return null;
        }
    }

    /** The unsigned code unit of {@code size} bytes at {@code i}. */
    private static long word(byte[] data, int offset, int i, int size, boolean big) {
        long v = 0;
        for (int k = 0; k < size; k++) {
            int b = data[offset + i + (big ? k : size - 1 - k)] & 0xFF;
            v = v << 8 | b;
        }
        return v;
    }
}
