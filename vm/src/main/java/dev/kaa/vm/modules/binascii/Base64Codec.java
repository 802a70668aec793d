package dev.kaa.vm.modules.binascii;

import java.io.ByteArrayOutputStream;

/**
 * Base64 (RFC 4648) as {@code binascii} does it: a lenient decoder that skips characters
 * outside the alphabet and stops at complete padding, and a strict mode that rejects them.
 *
 * <p>Thread safety: stateless.
 */
final class Base64Codec {
    private Base64Codec() {}

    private static final byte[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes();
    private static final int[] VALUE = new int[256];

    static {
        java.util.Arrays.fill(VALUE, -1);
        for (int i = 0; i < ALPHABET.length; i++) {
            VALUE[ALPHABET[i]] = i;
        }
    }

    static byte[] encode(byte[] data, boolean newline) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 4 / 3 + 4);
        int i = 0;
        for (; i + 2 < data.length; i += 3) {
            int v = (data[i] & 0xff) << 16 | (data[i + 1] & 0xff) << 8 | (data[i + 2] & 0xff);
            out.write(ALPHABET[v >> 18]);
            out.write(ALPHABET[(v >> 12) & 63]);
            out.write(ALPHABET[(v >> 6) & 63]);
            out.write(ALPHABET[v & 63]);
        }
        int rest = data.length - i;
        if (rest > 0) {
            int v = (data[i] & 0xff) << 16 | (rest == 2 ? (data[i + 1] & 0xff) << 8 : 0);
            out.write(ALPHABET[v >> 18]);
            out.write(ALPHABET[(v >> 12) & 63]);
            out.write(rest == 2 ? ALPHABET[(v >> 6) & 63] : '=');
            out.write('=');
        }
        if (newline) {
            out.write('\n');
        }
        return out.toByteArray();
    }

    static byte[] decode(byte[] data, boolean strict) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 3 / 4 + 1);
        int quad = 0, pads = 0, bits = 0;
        long dataChars = 0;
        boolean paddingStarted = false, complete = false;
        for (int i = 0; i < data.length; i++) {
            int c = data[i] & 0xff;
            if (c == '=') {
                paddingStarted = true;
                if (strict && quad == 0) {
                    throw BinasciiModule.error(dataChars == 0 ? "Leading padding not allowed" : "Excess padding not allowed");
                }
                if (quad >= 2 && quad + ++pads >= 4) {
                    // The padding completes the last group: the data ends here.
                    if (strict && i + 1 < data.length) {
                        throw BinasciiModule.error("Excess data after padding");
                    }
                    complete = true;
                    break;
                }
                continue;
            }
            int v = VALUE[c];
            if (v < 0) {
                if (strict) {
                    throw BinasciiModule.error("Only base64 data is allowed");
                }
                continue;
            }
            if (strict && paddingStarted) {
                throw BinasciiModule.error("Discontinuous padding not allowed");
            }
            pads = 0;
            dataChars++;
            switch (quad) {
                case 0 -> bits = v;
                case 1 -> {
                    out.write(bits << 2 | v >> 4);
                    bits = v & 0xf;
                }
                case 2 -> {
                    out.write(bits << 4 | v >> 2);
                    bits = v & 0x3;
                }
                default -> out.write(bits << 6 | v);
            }
            quad = (quad + 1) & 3;
        }
        if (!complete && quad != 0) {
            if (quad == 1) {
                throw BinasciiModule.error("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more"
                        + " than a multiple of 4", dataChars);
            }
            throw BinasciiModule.error("Incorrect padding");
        }
        return out.toByteArray();
    }
}
