package dev.kaa.stdlib.ssl;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Just enough ASN.1 DER for {@code _ssl}: reading the parts of a certificate that
 * {@code getpeercert()} shows and the JDK does not hand out in structured form (names, the
 * subject alternative names, the authority information access and CRL distribution points), and
 * writing the PKCS#8 wrapper around a traditional "RSA PRIVATE KEY" or "EC PRIVATE KEY".
 *
 * <p>Thread safety: immutable values and confined builders.
 */
final class Der {
    private Der() {}

    static final int INTEGER = 0x02, BIT_STRING = 0x03, OCTET_STRING = 0x04, NULL = 0x05, OID = 0x06,
            SEQUENCE = 0x30, SET = 0x31;

    /** One encoded value: its tag byte and the bytes of its contents. */
    record Value(int tag, byte[] data, int start, int end) {
        /** The contents as a fresh array. */
        byte[] content() {
            return java.util.Arrays.copyOfRange(data, start, end);
        }

        /** The values a constructed value holds, in order. */
        List<Value> children() {
            List<Value> out = new ArrayList<>();
            int p = start;
            while (p < end) {
                Value v = read(data, p, end);
                out.add(v);
                p = v.end;
            }
            return out;
        }

        /** The tag number of a context-specific tag ({@code [2]} is 2). */
        int contextNumber() {
            return tag & 0x1f;
        }

        boolean isContext() {
            return (tag & 0xc0) == 0x80;
        }

        /** An OBJECT IDENTIFIER in dotted form. */
        String oid() {
            StringBuilder sb = new StringBuilder();
            long acc = 0;
            boolean first = true;
            for (int i = start; i < end; i++) {
                acc = (acc << 7) | (data[i] & 0x7f);
                if ((data[i] & 0x80) == 0) {
                    if (first) {
                        long a = Math.min(acc / 40, 2);
                        sb.append(a).append('.').append(acc - 40 * a);
                        first = false;
                    } else {
                        sb.append('.').append(acc);
                    }
                    acc = 0;
                }
            }
            return sb.toString();
        }

        /** A string type's contents as text (BMPString as UTF-16, the others as UTF-8/Latin-1). */
        String text() {
            byte[] b = content();
            return switch (tag) {
                case 0x1e -> new String(b, java.nio.charset.StandardCharsets.UTF_16BE);
                case 0x1c -> new String(b, java.nio.charset.Charset.forName("UTF-32BE"));
                default -> new String(b, java.nio.charset.StandardCharsets.UTF_8);
            };
        }
    }

    /** The value that starts at {@code pos}; IllegalArgumentException for bad encoding. */
    static Value read(byte[] data, int pos, int limit) {
        if (pos + 2 > limit) {
            throw new IllegalArgumentException("truncated DER");
        }
        int tag = data[pos] & 0xff;
        int len = data[pos + 1] & 0xff;
        int p = pos + 2;
        if (len >= 0x80) {
            int n = len & 0x7f;
            if (n == 0 || n > 4 || p + n > limit) {
                throw new IllegalArgumentException("bad DER length");
            }
            len = 0;
            for (int i = 0; i < n; i++) {
                len = (len << 8) | (data[p++] & 0xff);
            }
        }
        if (len < 0 || p + len > limit) {
            throw new IllegalArgumentException("truncated DER");
        }
        return new Value(tag, data, p, p + len);
    }

    /** The single value encoded in {@code data}. */
    static Value parse(byte[] data) {
        return read(data, 0, data.length);
    }

    // ---- writing -------------------------------------------------------------------------------

    /** {@code tag} with {@code content}, the length in DER's shortest form. */
    static byte[] encode(int tag, byte[]... content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] c : content) {
            body.writeBytes(c);
        }
        int n = body.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        if (n < 0x80) {
            out.write(n);
        } else {
            int bytes = n < 0x100 ? 1 : n < 0x10000 ? 2 : n < 0x1000000 ? 3 : 4;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(n >>> (8 * i));
            }
        }
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    /** An OBJECT IDENTIFIER from its dotted form. */
    static byte[] oid(String dotted) {
        String[] parts = dotted.split("\\.");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        long[] arcs = new long[parts.length - 1];
        arcs[0] = Long.parseLong(parts[0]) * 40 + Long.parseLong(parts[1]);
        for (int i = 2; i < parts.length; i++) {
            arcs[i - 1] = Long.parseLong(parts[i]);
        }
        for (long arc : arcs) {
            int groups = 1;
            while ((arc >>> (7 * groups)) != 0) {
                groups++;
            }
            for (int g = groups - 1; g >= 0; g--) {
                b.write((int) ((arc >>> (7 * g)) & 0x7f) | (g > 0 ? 0x80 : 0));
            }
        }
        return encode(OID, b.toByteArray());
    }
}
