package dev.kaa.vm.modules.binascii;

import java.io.ByteArrayOutputStream;

/**
 * Quoted-printable (RFC 1521 section 5.1; with {@code header}, the RFC 1522 form where space
 * is '_'): lines of at most 76 characters with soft breaks ("=" at the end of a line), '='
 * and unsafe bytes as "=XX".
 *
 * <p>Thread safety: stateless.
 */
final class QuotedPrintable {
    private QuotedPrintable() {}

    private static final int MAX_LINE = 76;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes();

    static byte[] decode(byte[] d, boolean header) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(d.length);
        int n = d.length;
        int i = 0;
        while (i < n) {
            int c = d[i] & 0xff;
            if (c == '=') {
                i++;
                if (i >= n) {
                    break;
                }
                if (d[i] == '\n' || d[i] == '\r') {
                    // A soft line break: the rest of the line goes, up to and with its newline.
                    while (i < n && d[i] != '\n') {
                        i++;
                    }
                    i++;
                    continue;
                }
                if (i + 1 < n && hex(d[i]) >= 0 && hex(d[i + 1]) >= 0) {
                    out.write(hex(d[i]) << 4 | hex(d[i + 1]));
                    i += 2;
                    continue;
                }
                out.write('=');
                continue;
            }
            out.write(header && c == '_' ? ' ' : c);
            i++;
        }
        return out.toByteArray();
    }

    private static int hex(byte b) {
        return Character.digit(b & 0xff, 16) >= 0 && (b & 0xff) < 128 ? Character.digit(b & 0xff, 16) : -1;
    }

    static byte[] encode(byte[] d, boolean quotetabs, boolean istext, boolean header) {
        int n = d.length;
        // Line breaks keep the style of the data's first one.
        boolean crlf = false;
        for (int k = 0; k < n; k++) {
            if (d[k] == '\n') {
                crlf = k > 0 && d[k - 1] == '\r';
                break;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(n + n / 8);
        int lineLen = 0;
        int i = 0;
        while (i < n) {
            int c = d[i] & 0xff;
            int next = i + 1 < n ? d[i + 1] & 0xff : -1;
            boolean encode = c > 126 || c == '=' || (header && c == '_')
                    || (c == '.' && lineLen == 0 && (next == -1 || next == '\n' || next == '\r' || next == 0))
                    || (!istext && (c == '\r' || c == '\n'))
                    || ((c == '\t' || c == ' ') && next == -1)
                    || (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')));
            if (encode) {
                if (lineLen + 3 >= MAX_LINE) {
                    softBreak(out, crlf);
                    lineLen = 0;
                }
                out.write('=');
                out.write(HEX[c >> 4]);
                out.write(HEX[c & 15]);
                lineLen += 3;
                i++;
            } else if (istext && (c == '\n' || (c == '\r' && next == '\n'))) {
                // Whitespace must not end a line: the character before the break is quoted.
                byte[] sofar = out.toByteArray();
                if (sofar.length > 0 && (sofar[sofar.length - 1] == ' ' || sofar[sofar.length - 1] == '\t')) {
                    int ws = sofar[sofar.length - 1];
                    out.reset();
                    out.write(sofar, 0, sofar.length - 1);
                    out.write('=');
                    out.write(HEX[ws >> 4]);
                    out.write(HEX[ws & 15]);
                }
                if (crlf) {
                    out.write('\r');
                }
                out.write('\n');
                lineLen = 0;
                i += c == '\r' ? 2 : 1;
            } else {
                if (next != -1 && next != '\n' && lineLen + 1 >= MAX_LINE) {
                    softBreak(out, crlf);
                    lineLen = 0;
                }
                out.write(header && c == ' ' ? '_' : c);
                lineLen++;
                i++;
            }
        }
        return out.toByteArray();
    }

    private static void softBreak(ByteArrayOutputStream out, boolean crlf) {
        out.write('=');
        if (crlf) {
            out.write('\r');
        }
        out.write('\n');
    }
}
