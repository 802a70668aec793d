package dev.kaa.vm.objects;

import dev.kaa.vm.objects.StrCodec.Codec;
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
            String text;
            if (raw) {
                text = cp < 0x100 ? null : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
            } else if (cp == '\\') {
                text = "\\\\";
            } else if (cp == '\t') {
                text = "\\t";
            } else if (cp == '\n') {
                text = "\\n";
            } else if (cp == '\r') {
                text = "\\r";
            } else if (cp < 0x20 || (cp >= 0x7F && cp < 0x100)) {
                text = String.format("\\x%02x", cp);
            } else if (cp < 0x7F) {
                text = null;
            } else {
                text = cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
            }
            if (text == null) {
                out.write(cp);
            } else {
                for (int k = 0; k < text.length(); k++) {
                    out.write(text.charAt(k));
                }
            }
        }
    }

    static String decode(byte[] data, int offset, int length, Codec codec, String errors) {
        boolean raw = codec == Codec.RAW_UNICODE_ESCAPE;
        StringBuilder sb = new StringBuilder(length);
        int i = 0;
        while (i < length) {
            int c = data[offset + i] & 0xFF;
            if (c != '\\') {
                sb.append((char) c);
                i++;
                continue;
            }
            if (raw) {
                i = rawEscape(sb, data, offset, length, i, errors);
            } else {
                i = escape(sb, data, offset, length, i, errors);
            }
        }
        return sb.toString();
    }

    private static int rawEscape(StringBuilder sb, byte[] data, int offset, int length, int i, String errors) {
        // A run of backslashes: an escape only when an odd count precedes u or U.
        int j = i;
        while (j < length && data[offset + j] == '\\') {
            j++;
        }
        int count = j - i;
        if (count % 2 == 0 || j >= length || (data[offset + j] != 'u' && data[offset + j] != 'U')) {
            sb.repeat('\\', count);
            return j;
        }
        sb.repeat('\\', count - 1);
        int start = j - 1;
        int digits = data[offset + j] == 'u' ? 4 : 8;
        return hex(sb, data, offset, length, start, j + 1, digits, Codec.RAW_UNICODE_ESCAPE, errors,
                digits == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape", "\\Uxxxxxxxx out of range");
    }

    private static int escape(StringBuilder sb, byte[] data, int offset, int length, int i, String errors) {
        Codec codec = Codec.UNICODE_ESCAPE;
        if (i + 1 >= length) {
            return StrCodec.decodeError(sb, codec, errors, data, offset, length, i, length, "\\ at end of string");
        }
        int c = data[offset + i + 1] & 0xFF;
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
                return hex(sb, data, offset, length, i, i + 2, 2, codec, errors, "truncated \\xXX escape", null);
            case 'u':
                return hex(sb, data, offset, length, i, i + 2, 4, codec, errors, "truncated \\uXXXX escape", null);
            case 'U':
                return hex(sb, data, offset, length, i, i + 2, 8, codec, errors, "truncated \\UXXXXXXXX escape",
                        "illegal Unicode character");
            case 'N':
                return named(sb, data, offset, length, i, errors);
            default:
                break;
        }
        if (c >= '0' && c <= '7') {
            int v = 0, j = i + 1;
            while (j < length && j < i + 4 && data[offset + j] >= '0' && data[offset + j] <= '7') {
                v = v * 8 + data[offset + j] - '0';
                j++;
            }
            sb.append((char) v);
            return j;
        }
        // Unknown escapes stay as they are (CPython also warns).
        sb.append('\\');
        return i + 1;
    }

    private static int hex(StringBuilder sb, byte[] data, int offset, int length, int start, int from, int digits,
            Codec codec, String errors, String truncated, String outOfRange) {
        int v = 0, j = from;
        for (; j < from + digits; j++) {
            int d = j < length ? Character.digit(data[offset + j] & 0xFF, 16) : -1;
            if (d < 0) {
                return StrCodec.decodeError(sb, codec, errors, data, offset, length, start, j, truncated);
            }
            v = v * 16 + d;
        }
        if (v > 0x10FFFF || v < 0) {
            return StrCodec.decodeError(sb, codec, errors, data, offset, length, start, j, outOfRange);
        }
        sb.appendCodePoint(v);
        return j;
    }

    private static int named(StringBuilder sb, byte[] data, int offset, int length, int i, String errors) {
        Codec codec = Codec.UNICODE_ESCAPE;
        int j = i + 2;
        if (j >= length || data[offset + j] != '{') {
            return StrCodec.decodeError(sb, codec, errors, data, offset, length, i, Math.min(j, length),
                    "malformed \\N character escape");
        }
        int close = j + 1;
        while (close < length && data[offset + close] != '}') {
            close++;
        }
        if (close >= length || close == j + 1) {
            return StrCodec.decodeError(sb, codec, errors, data, offset, length, i, Math.min(close + 1, length),
                    "malformed \\N character escape");
        }
        String name = new String(data, offset + j + 1, close - j - 1, java.nio.charset.StandardCharsets.ISO_8859_1);
        int cp = StrNames.lookup(name);
        if (cp < 0) {
            return StrCodec.decodeError(sb, codec, errors, data, offset, length, i, close + 1,
                    "unknown Unicode character name");
        }
        sb.appendCodePoint(cp);
        return close + 1;
    }
}
