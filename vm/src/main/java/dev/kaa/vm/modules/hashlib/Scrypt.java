package dev.kaa.vm.modules.hashlib;

/**
 * scrypt (RFC 7914): PBKDF2-HMAC-SHA256 around the memory-hard ROMix of Salsa20/8 blocks, and
 * the limits OpenSSL 3 puts on its parameters (whose failures CPython reports in OpenSSL's words).
 *
 * <p>Thread safety: stateless; runs on Java data only, so callers may release the GIL.
 */
final class Scrypt {
    private Scrypt() {}

    /** OpenSSL's memory limit when none is given: 32 MiB. */
    private static final long DEFAULT_MAXMEM = 32L << 20;
    /** OpenSSL's bound on p * r. */
    private static final long PR_MAX = (1L << 30) - 1;
    private static final String MEMORY = "[digital envelope routines] memory limit exceeded";

    /**
     * Why OpenSSL would refuse these parameters (n, r and p are unsigned 64-bit values), or null
     * when it accepts them. The message is OpenSSL's, or CPython's own when OpenSSL gives none.
     */
    static String refusal(long n, long r, long p, long maxmem) {
        if (Long.compareUnsigned(r, 0xffffffffL) > 0 || Long.compareUnsigned(p, 0xffffffffL) > 0) {
            return "[digital envelope routines] parameter too large";
        }
        if (maxmem == 0) {
            maxmem = DEFAULT_MAXMEM;
        }
        if (r == 0 || p == 0 || Long.compareUnsigned(n, 2) < 0 || (n & (n - 1)) != 0) {
            return "Invalid parameter combination for n, r, p, maxmem.";
        }
        if (p > PR_MAX / r) {
            return MEMORY;
        }
        // With small r, n must stay below 2^(16 r) (RFC 7914, section 2).
        if (16 * r <= 63 && Long.compareUnsigned(n, 1L << (16 * r)) >= 0) {
            return MEMORY;
        }
        long blockBytes = p * 128 * r;
        if (blockBytes > Integer.MAX_VALUE) {
            return MEMORY;
        }
        // The working memory, 128 r (n + 2) bytes, must fit 64 bits and then the limit.
        if (Long.compareUnsigned(n + 2, Long.divideUnsigned(Long.divideUnsigned(-1L, 128), r)) > 0) {
            return MEMORY;
        }
        long work = 128 * r * (n + 2);
        if (Long.compareUnsigned(blockBytes, -1L - work) > 0 || Long.compareUnsigned(blockBytes + work, maxmem) > 0) {
            return MEMORY;
        }
        return null;
    }

    /** The derived key; the parameters are ones {@link #refusal} accepts. */
    static byte[] derive(byte[] password, byte[] salt, int n, int r, int p, int length) {
        int words = 32 * r;
        byte[] b = Pbkdf2.derive(Algorithm.SHA256, password, salt, 1, p * 128 * r);
        int[] x = new int[words], y = new int[words], v = new int[n * words];
        for (int i = 0; i < p; i++) {
            roMix(b, i * 128 * r, r, n, x, y, v);
        }
        return Pbkdf2.derive(Algorithm.SHA256, password, b, 1, length);
    }

    /** Mixes the 128 r bytes of {@code b} at {@code at} in place. */
    private static void roMix(byte[] b, int at, int r, int n, int[] x, int[] y, int[] v) {
        int words = x.length;
        for (int k = 0; k < words; k++) {
            int o = at + 4 * k;
            x[k] = (b[o] & 0xff) | (b[o + 1] & 0xff) << 8 | (b[o + 2] & 0xff) << 16 | (b[o + 3] & 0xff) << 24;
        }
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, 0, v, i * words, words);
            blockMix(x, y, r);
            System.arraycopy(y, 0, x, 0, words);
        }
        for (int i = 0; i < n; i++) {
            // Integerify: the first word of the last 64-byte block, modulo n (a power of two).
            int j = x[(2 * r - 1) * 16] & (n - 1);
            for (int k = 0; k < words; k++) {
                x[k] ^= v[j * words + k];
            }
            blockMix(x, y, r);
            System.arraycopy(y, 0, x, 0, words);
        }
        for (int k = 0; k < words; k++) {
            int o = at + 4 * k;
            b[o] = (byte) x[k];
            b[o + 1] = (byte) (x[k] >>> 8);
            b[o + 2] = (byte) (x[k] >>> 16);
            b[o + 3] = (byte) (x[k] >>> 24);
        }
    }

    /** BlockMix of the 2 r 16-word blocks of {@code in} into {@code out}: even blocks first, then odd. */
    private static void blockMix(int[] in, int[] out, int r) {
        int[] t = new int[16];
        System.arraycopy(in, (2 * r - 1) * 16, t, 0, 16);
        for (int i = 0; i < 2 * r; i++) {
            for (int k = 0; k < 16; k++) {
                t[k] ^= in[i * 16 + k];
            }
            salsa8(t);
            System.arraycopy(t, 0, out, (i / 2 + (i % 2) * r) * 16, 16);
        }
    }

    /** The Salsa20/8 core: eight rounds (four double rounds) over the 16 words, added back in. */
    private static void salsa8(int[] block) {
        int[] s = block.clone();
        for (int round = 0; round < 8; round += 2) {
            quarter(s, 0, 4, 8, 12);
            quarter(s, 5, 9, 13, 1);
            quarter(s, 10, 14, 2, 6);
            quarter(s, 15, 3, 7, 11);
            quarter(s, 0, 1, 2, 3);
            quarter(s, 5, 6, 7, 4);
            quarter(s, 10, 11, 8, 9);
            quarter(s, 15, 12, 13, 14);
        }
        for (int k = 0; k < 16; k++) {
            block[k] += s[k];
        }
    }

    private static void quarter(int[] s, int a, int b, int c, int d) {
        s[b] ^= Integer.rotateLeft(s[a] + s[d], 7);
        s[c] ^= Integer.rotateLeft(s[b] + s[a], 9);
        s[d] ^= Integer.rotateLeft(s[c] + s[b], 13);
        s[a] ^= Integer.rotateLeft(s[d] + s[c], 18);
    }
}
