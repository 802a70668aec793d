package dev.kaa.vm.modules.zlib;

/**
 * CRC-32 and Adler-32 that continue from a given value, which java.util.zip's classes cannot do.
 *
 * <p>Thread safety: stateless (the table is immutable after class initialisation).
 */
final class Checksums {
    private Checksums() {}

    private static final int[] TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            }
            TABLE[n] = c;
        }
    }

    /** The CRC-32 of {@code data} continuing from {@code start} (unsigned 32-bit). */
    static long crc32(long start, byte[] data) {
        int c = ~(int) start;
        for (byte b : data) {
            c = TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
        }
        return ~c & 0xffffffffL;
    }

    /** The Adler-32 of {@code data} continuing from {@code start} (unsigned 32-bit). */
    static long adler32(long start, byte[] data) {
        long a = start & 0xffff;
        long b = (start >>> 16) & 0xffff;
        int i = 0;
        while (i < data.length) {
            // 5552 bytes is the most that cannot overflow before the modulo (zlib's NMAX bound).
            int stop = Math.min(data.length, i + 5552);
            for (; i < stop; i++) {
                a += data[i] & 0xff;
                b += a;
            }
            a %= 65521;
            b %= 65521;
        }
        return b << 16 | a;
    }
}
