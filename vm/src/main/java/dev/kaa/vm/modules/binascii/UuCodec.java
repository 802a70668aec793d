package dev.kaa.vm.modules.binascii;

/**
 * uuencoding of single lines: a length character, then four characters (32 plus six bits, or
 * a backtick for zero) for each three bytes.
 *
 * <p>Thread safety: stateless.
 */
final class UuCodec {
    private UuCodec() {}

    static byte[] encode(byte[] data, boolean backtick) {
        if (data.length > 45) {
            throw BinasciiModule.error("At most 45 bytes at once");
        }
        int groups = (data.length + 2) / 3;
        byte[] out = new byte[2 + 4 * groups];
        out[0] = digit(data.length, backtick);
        for (int g = 0; g < groups; g++) {
            int v = 0;
            for (int k = 0; k < 3; k++) {
                int at = 3 * g + k;
                v = v << 8 | (at < data.length ? data[at] & 0xff : 0);
            }
            for (int k = 0; k < 4; k++) {
                out[1 + 4 * g + k] = digit((v >> (18 - 6 * k)) & 63, backtick);
            }
        }
        out[out.length - 1] = '\n';
        return out;
    }

    private static byte digit(int v, boolean backtick) {
        return (byte) (v == 0 && backtick ? '`' : ' ' + v);
    }

    static byte[] decode(byte[] data) {
        // A missing length character counts as NUL, whose six bits say 32 bytes.
        int length = ((data.length > 0 ? data[0] & 0xff : 0) - ' ') & 63;
        byte[] out = new byte[length];
        int i = 1, bits = 0, nbits = 0, produced = 0;
        while (produced < length) {
            int v = 0;
            if (i < data.length && data[i] != '\n' && data[i] != '\r') {
                int c = data[i++] & 0xff;
                if (c < ' ' || c > ' ' + 64) {
                    throw BinasciiModule.error("Illegal char");
                }
                v = (c - ' ') & 63;
            }
            bits = bits << 6 | v;
            nbits += 6;
            if (nbits >= 8) {
                nbits -= 8;
                out[produced++] = (byte) (bits >> nbits);
                bits &= (1 << nbits) - 1;
            }
        }
        for (; i < data.length; i++) {
            int c = data[i];
            if (c != ' ' && c != '`' && c != '\n' && c != '\r') {
                throw BinasciiModule.error("Trailing garbage");
            }
        }
        return out;
    }
}
