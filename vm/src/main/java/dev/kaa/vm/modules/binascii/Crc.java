package dev.kaa.vm.modules.binascii;

/**
 * The two checksums of {@code binascii}: CRC-32 (the reflected polynomial 0xEDB88320 of ISO
 * 3309 / zlib, continuing from any earlier value) and CRC-CCITT as BinHex 4 uses it
 * (polynomial 0x1021, not reflected, no final inversion).
 *
 * <p>Thread safety: immutable tables.
 */
final class Crc {
    private Crc() {}

    private static final int[] CRC32 = new int[256];
    private static final int[] HQX = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            CRC32[n] = c;
            int h = n << 8;
            for (int k = 0; k < 8; k++) {
                h = (h & 0x8000) != 0 ? (h << 1) ^ 0x1021 : h << 1;
            }
            HQX[n] = h & 0xffff;
        }
    }

    static int crc32(byte[] data, int start) {
        int c = ~start;
        for (byte b : data) {
            c = CRC32[(c ^ b) & 0xff] ^ (c >>> 8);
        }
        return ~c;
    }

    static int crcHqx(byte[] data, int start) {
        int c = start & 0xffff;
        for (byte b : data) {
            c = ((c << 8) & 0xff00) ^ HQX[((c >> 8) ^ b) & 0xff];
        }
        return c;
    }
}
