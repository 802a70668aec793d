package dev.kaa.vm.modules.hashes;

/**
 * BLAKE2b (RFC 7693): 64-bit words, 128-byte blocks, 12 rounds, with the parameter block of
 * the BLAKE2 specification (key, salt, personalization, tree parameters).
 *
 * <p>Thread safety: not thread-safe (GIL).
 */
final class Blake2b implements HashEngine {
    static final long[] IV = {
        0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
        0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L,
    };
    static final int[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    };
    private static final int BLOCK = 128;

    private final long[] h;
    private final byte[] buf;
    private int buffered;
    /** Bytes compressed so far (128-bit counter; the high half never moves here). */
    private long counter;
    private final boolean lastNode;

    private Blake2b(long[] h, byte[] buf, int buffered, long counter, boolean lastNode) {
        this.h = h;
        this.buf = buf;
        this.buffered = buffered;
        this.counter = counter;
        this.lastNode = lastNode;
    }

    /** A fresh state from the parameter block and the key (which fills the first block). */
    static Blake2b of(Blake2Params p) {
        byte[] block = new byte[64];
        block[0] = (byte) p.digestSize();
        block[1] = (byte) p.key().length;
        block[2] = (byte) p.fanout();
        block[3] = (byte) p.depth();
        putLE(block, 4, p.leafSize(), 4);
        putLE(block, 8, p.nodeOffset(), 8);
        block[16] = (byte) p.nodeDepth();
        block[17] = (byte) p.innerSize();
        System.arraycopy(p.salt(), 0, block, 32, p.salt().length);
        System.arraycopy(p.person(), 0, block, 48, p.person().length);
        long[] h = IV.clone();
        for (int i = 0; i < 8; i++) {
            h[i] ^= getLE(block, 8 * i, 8);
        }
        Blake2b b = new Blake2b(h, new byte[BLOCK], 0, 0, p.lastNode());
        if (p.key().length > 0) {
            byte[] k = new byte[BLOCK];
            System.arraycopy(p.key(), 0, k, 0, p.key().length);
            b.update(k);
        }
        return b;
    }

    static void putLE(byte[] b, int at, long v, int n) {
        for (int i = 0; i < n; i++) {
            b[at + i] = (byte) (v >>> (8 * i));
        }
    }

    static long getLE(byte[] b, int at, int n) {
        long v = 0;
        for (int i = 0; i < n; i++) {
            v |= (b[at + i] & 0xffL) << (8 * i);
        }
        return v;
    }

    @Override public HashEngine copy() {
        return new Blake2b(h.clone(), buf.clone(), buffered, counter, lastNode);
    }

    @Override public void update(byte[] data) {
        for (byte d : data) {
            if (buffered == BLOCK) {
                // A full block is compressed only once more data follows: the last is final.
                counter += BLOCK;
                compress(h, buf, counter, false, false);
                buffered = 0;
            }
            buf[buffered++] = d;
        }
    }

    @Override public byte[] digest(int length) {
        long[] s = h.clone();
        byte[] last = new byte[BLOCK];
        System.arraycopy(buf, 0, last, 0, buffered);
        compress(s, last, counter + buffered, true, lastNode);
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = (byte) (s[i >> 3] >>> (8 * (i & 7)));
        }
        return out;
    }

    private static void compress(long[] h, byte[] block, long t, boolean last, boolean lastNode) {
        long[] m = new long[16];
        for (int i = 0; i < 16; i++) {
            m[i] = getLE(block, 8 * i, 8);
        }
        long[] v = new long[16];
        System.arraycopy(h, 0, v, 0, 8);
        System.arraycopy(IV, 0, v, 8, 8);
        v[12] ^= t;
        if (last) {
            v[14] = ~v[14];
            if (lastNode) {
                v[15] = ~v[15];
            }
        }
        for (int r = 0; r < 12; r++) {
            int[] s = SIGMA[r % 10];
            mix(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            mix(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            mix(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            mix(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            mix(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            mix(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            mix(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            mix(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) {
            h[i] ^= v[i] ^ v[i + 8];
        }
    }

    private static void mix(long[] v, int a, int b, int c, int d, long x, long y) {
        v[a] = v[a] + v[b] + x;
        v[d] = Long.rotateRight(v[d] ^ v[a], 32);
        v[c] = v[c] + v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 24);
        v[a] = v[a] + v[b] + y;
        v[d] = Long.rotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 63);
    }
}
