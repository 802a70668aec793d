package dev.kaa.vm.modules.hashes;

/**
 * BLAKE2s (RFC 7693): 32-bit words, 64-byte blocks, 10 rounds, with the BLAKE2 parameter
 * block (48-bit node offset, 8-byte salt and personalization).
 *
 * <p>Thread safety: not thread-safe (GIL).
 */
final class Blake2s implements HashEngine {
    static final int[] IV = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    };
    private static final int BLOCK = 64;

    private final int[] h;
    private final byte[] buf;
    private int buffered;
    private long counter;
    private final boolean lastNode;

    private Blake2s(int[] h, byte[] buf, int buffered, long counter, boolean lastNode) {
        this.h = h;
        this.buf = buf;
        this.buffered = buffered;
        this.counter = counter;
        this.lastNode = lastNode;
    }

    static Blake2s of(Blake2Params p) {
        byte[] block = new byte[32];
        block[0] = (byte) p.digestSize();
        block[1] = (byte) p.key().length;
        block[2] = (byte) p.fanout();
        block[3] = (byte) p.depth();
        Blake2b.putLE(block, 4, p.leafSize(), 4);
        Blake2b.putLE(block, 8, p.nodeOffset(), 6);
        block[14] = (byte) p.nodeDepth();
        block[15] = (byte) p.innerSize();
        System.arraycopy(p.salt(), 0, block, 16, p.salt().length);
        System.arraycopy(p.person(), 0, block, 24, p.person().length);
        int[] h = IV.clone();
        for (int i = 0; i < 8; i++) {
            h[i] ^= (int) Blake2b.getLE(block, 4 * i, 4);
        }
        Blake2s s = new Blake2s(h, new byte[BLOCK], 0, 0, p.lastNode());
        if (p.key().length > 0) {
            byte[] k = new byte[BLOCK];
            System.arraycopy(p.key(), 0, k, 0, p.key().length);
            s.update(k);
        }
        return s;
    }

    @Override public HashEngine copy() {
        return new Blake2s(h.clone(), buf.clone(), buffered, counter, lastNode);
    }

    @Override public void update(byte[] data) {
        for (byte d : data) {
            if (buffered == BLOCK) {
                counter += BLOCK;
                compress(h, buf, counter, false, false);
                buffered = 0;
            }
            buf[buffered++] = d;
        }
    }

    @Override public byte[] digest(int length) {
        int[] s = h.clone();
        byte[] last = new byte[BLOCK];
        System.arraycopy(buf, 0, last, 0, buffered);
        compress(s, last, counter + buffered, true, lastNode);
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = (byte) (s[i >> 2] >>> (8 * (i & 3)));
        }
        return out;
    }

    private static void compress(int[] h, byte[] block, long t, boolean last, boolean lastNode) {
        int[] m = new int[16];
        for (int i = 0; i < 16; i++) {
            m[i] = (int) Blake2b.getLE(block, 4 * i, 4);
        }
        int[] v = new int[16];
        System.arraycopy(h, 0, v, 0, 8);
        System.arraycopy(IV, 0, v, 8, 8);
        v[12] ^= (int) t;
        v[13] ^= (int) (t >>> 32);
        if (last) {
            v[14] = ~v[14];
            if (lastNode) {
                v[15] = ~v[15];
            }
        }
        for (int r = 0; r < 10; r++) {
            int[] s = Blake2b.SIGMA[r];
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

    private static void mix(int[] v, int a, int b, int c, int d, int x, int y) {
        v[a] = v[a] + v[b] + x;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 12);
        v[a] = v[a] + v[b] + y;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 8);
        v[c] = v[c] + v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 7);
    }
}
