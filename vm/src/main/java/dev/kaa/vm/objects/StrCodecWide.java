package dev.kaa.vm.objects;

import dev.kaa.vm.objects.StrCodec.Codec;

/**
 * Decoding of UTF-16 and UTF-32 (with or without a byte-order mark), with CPython's error
 * reasons and positions; encoding is {@link StrCodec#putCodePoint}.
 *
 * <p>Thread safety: stateless.
 */
final class StrCodecWide {
    private StrCodecWide() {}

    static String decode(byte[] data, int offset, int length, Codec codec, String errors) {
        int unit = codec.unit();
        boolean big = codec.bigEndian();
        int i = 0;
        if (codec == Codec.UTF16 || codec == Codec.UTF32) {
            // The mark decides the order; without one, little-endian (the native order of the
            // machines CPython's tests assume).
            if (unit == 2 && length >= 2 && at(data, offset, 0) == 0xFF && at(data, offset, 1) == 0xFE) {
                i = 2;
            } else if (unit == 2 && length >= 2 && at(data, offset, 0) == 0xFE && at(data, offset, 1) == 0xFF) {
                i = 2;
                big = true;
            } else if (unit == 4 && length >= 4 && word(data, offset, 0, false) == 0xFEFF) {
                i = 4;
            } else if (unit == 4 && length >= 4 && word(data, offset, 0, true) == 0xFEFF) {
                i = 4;
                big = true;
            }
            codec = unit == 2 ? (big ? Codec.UTF16BE : Codec.UTF16LE) : (big ? Codec.UTF32BE : Codec.UTF32LE);
        }
        StringBuilder sb = new StringBuilder(length / unit + 1);
        boolean pass = errors.equals("surrogatepass");
        while (i < length) {
            if (length - i < unit) {
                i = StrCodec.decodeError(sb, codec, errors, data, offset, length, i, length, "truncated data");
                continue;
            }
            if (unit == 4) {
                long cp = word(data, offset, i, big) & 0xFFFFFFFFL;
                if (cp > 0x10FFFF) {
                    i = StrCodec.decodeError(sb, codec, errors, data, offset, length, i, i + 4,
                            "code point not in range(0x110000)");
                } else if (cp >= 0xD800 && cp <= 0xDFFF && !pass) {
                    i = StrCodec.decodeError(sb, codec, errors, data, offset, length, i, i + 4,
                            "code point in surrogate code point range(0xd800, 0xe000)");
                } else {
                    sb.appendCodePoint((int) cp);
                    i += 4;
                }
                continue;
            }
            int u = half(data, offset, i, big);
            if (u < 0xD800 || u > 0xDFFF) {
                sb.append((char) u);
                i += 2;
            } else if (u >= 0xDC00) {
                if (pass) {
                    sb.append((char) u);
                    i += 2;
                } else {
                    i = StrCodec.decodeError(sb, codec, errors, data, offset, length, i, i + 2,
                            "illegal encoding");
                }
            } else if (length - i < 4) {
                if (pass && length - i < 3) {
                    sb.append((char) u);
                    i += 2;
                } else {
                    i = StrCodec.decodeError(sb, codec, errors, data, offset, length, i, length,
                            "unexpected end of data");
                }
            } else {
                int low = half(data, offset, i + 2, big);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    sb.appendCodePoint(Character.toCodePoint((char) u, (char) low));
                    i += 4;
                } else if (pass) {
                    sb.append((char) u);
                    i += 2;
                } else {
                    i = StrCodec.decodeError(sb, codec, errors, data, offset, length, i, i + 2,
                            "illegal UTF-16 surrogate");
                }
            }
        }
        return sb.toString();
    }

    private static int at(byte[] data, int offset, int i) {
        return data[offset + i] & 0xFF;
    }

    private static int half(byte[] data, int offset, int i, boolean big) {
        int first = at(data, offset, i), second = at(data, offset, i + 1);
        return big ? first << 8 | second : second << 8 | first;
    }

    private static int word(byte[] data, int offset, int i, boolean big) {
        return big ? half(data, offset, i, true) << 16 | half(data, offset, i + 2, true)
                : half(data, offset, i + 2, false) << 16 | half(data, offset, i, false);
    }
}
