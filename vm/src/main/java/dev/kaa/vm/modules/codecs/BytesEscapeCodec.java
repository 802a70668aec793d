package dev.kaa.vm.modules.codecs;

import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.PyErr;
import java.io.ByteArrayOutputStream;

/**
 * {@code escape_encode} and {@code escape_decode}: bytes to and from the escapes of a bytes
 * literal (what the {@code string_escape}-style codecs and {@code pickle} use). Errors here are
 * {@code ValueError}s, not {@code UnicodeDecodeError}s, and only strict, replace and ignore exist.
 *
 * <p>Thread safety: stateless.
 */
final class BytesEscapeCodec {
    private BytesEscapeCodec() {}

    /** The body of {@code repr(bytes)} with single quotes escaped. */
    static byte[] encode(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 8);
        for (byte x : data) {
            int c = x & 0xFF;
            String text = switch (c) {
                case '\\' -> "\\\\";
                case '\'' -> "\\'";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> c < 0x20 || c >= 0x7F ? String.format("\\x%02x", c) : null;
            };
            if (text == null) {
                out.write(c);
            } else {
                out.writeBytes(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return out.toByteArray();
    }

    static byte[] decode(byte[] data, String errors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        int n = data.length;
        int i = 0;
        while (i < n) {
            int c = data[i] & 0xFF;
            if (c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            if (i + 1 >= n) {
                throw PyErr.valueError("Trailing \\ in string");
            }
            int start = i;
            c = data[i + 1] & 0xFF;
            i += 2;
            switch (c) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.write(c);
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 't' -> out.write('\t');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 'v' -> out.write(0x0B);
                case 'a' -> out.write(0x07);
                case 'x' -> i = hex(out, data, start, i, errors);
                default -> {
                    if (c >= '0' && c <= '7') {
                        int v = c - '0', j = i;
                        while (j < n && j < start + 4 && data[j] >= '0' && data[j] <= '7') {
                            v = v * 8 + data[j] - '0';
                            j++;
                        }
                        if (v > 0377) {
                            PyErr.warn(Exceptions.DeprecationWarning, 1, "invalid octal escape sequence '\\%s'",
                                    new String(data, start + 1, j - start - 1,
                                            java.nio.charset.StandardCharsets.ISO_8859_1));
                        }
                        out.write(v & 0xFF);
                        i = j;
                    } else {
                        PyErr.warn(Exceptions.DeprecationWarning, 1, "invalid escape sequence '\\%c'", (char) c);
                        out.write('\\');
                        out.write(c);
                    }
                }
            }
        }
        return out.toByteArray();
    }

    /** A {@code \xhh} escape whose digits start at {@code i}; the index after it. */
    private static int hex(ByteArrayOutputStream out, byte[] data, int start, int i, String errors) {
        int n = data.length;
        int hi = i < n ? Character.digit(data[i] & 0xFF, 16) : -1;
        int lo = i + 1 < n ? Character.digit(data[i + 1] & 0xFF, 16) : -1;
        if (hi >= 0 && lo >= 0 && (data[i] & 0xFF) < 0x80 && (data[i + 1] & 0xFF) < 0x80) {
            out.write(hi << 4 | lo);
            return i + 2;
        }
        String err = errors == null ? "strict" : errors;
        switch (err) {
            case "strict" -> throw PyErr.valueError("invalid \\x escape at position %d", start);
            case "replace" -> out.write('?');
            case "ignore" -> { }
            default -> throw PyErr.valueError("decoding error; unknown error handling code: %s", err);
        }
        // The escape's one valid digit, if any, goes with it.
        return hi >= 0 && (data[i] & 0xFF) < 0x80 ? i + 1 : i;
    }
}
