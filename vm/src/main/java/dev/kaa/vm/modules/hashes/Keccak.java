package dev.kaa.vm.modules.hashes;

/**
 * The Keccak sponge of FIPS 202 over the Keccak-f[1600] permutation: SHA3-224/256/384/512
 * (domain suffix 0x06) and SHAKE128/256 (suffix 0x1F, any output length).
 *
 * <p>Thread safety: not thread-safe (GIL).
 */
final class Keccak implements HashEngine {
    private static final long[] RC = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL, 0x8000000080008000L,
        0x000000000000808bL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL,
        0x000000008000808bL, 0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800aL, 0x800000008000000aL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L,
    };
    /** Rotation offsets r[x][y], indexed x + 5y. */
    private static final int[] ROT = {
        0, 1, 62, 28, 27,
        36, 44, 6, 55, 20,
        3, 10, 43, 25, 39,
        41, 45, 15, 21, 8,
        18, 2, 61, 56, 14,
    };

    private final long[] state;
    /** Rate in bytes. */
    final int rate;
    final byte suffix;
    private final byte[] buffer;
    private int buffered;

    Keccak(int rate, byte suffix) {
        this(new long[25], rate, suffix, new byte[rate], 0);
    }

    private Keccak(long[] state, int rate, byte suffix, byte[] buffer, int buffered) {
        this.state = state;
        this.rate = rate;
        this.suffix = suffix;
        this.buffer = buffer;
        this.buffered = buffered;
    }

    @Override public HashEngine copy() {
        return new Keccak(state.clone(), rate, suffix, buffer.clone(), buffered);
    }

    @Override public void update(byte[] data) {
        for (byte b : data) {
            buffer[buffered++] = b;
            if (buffered == rate) {
                absorb(state, buffer);
                buffered = 0;
            }
        }
    }

    @Override public byte[] digest(int length) {
        long[] s = state.clone();
        byte[] last = new byte[rate];
        System.arraycopy(buffer, 0, last, 0, buffered);
        last[buffered] ^= suffix;
        last[rate - 1] ^= (byte) 0x80;
        absorb(s, last);
        byte[] out = new byte[length];
        int done = 0;
        while (true) {
            for (int i = 0; i < rate && done < length; i++, done++) {
                out[done] = (byte) (s[i >> 3] >>> (8 * (i & 7)));
            }
            if (done >= length) {
                return out;
            }
            permute(s);
        }
    }

    private static void absorb(long[] s, byte[] block) {
        for (int i = 0; i < block.length; i++) {
            s[i >> 3] ^= (block[i] & 0xffL) << (8 * (i & 7));
        }
        permute(s);
    }

    static void permute(long[] a) {
        long[] c = new long[5];
        long[] b = new long[25];
        for (int round = 0; round < 24; round++) {
            // theta
            for (int x = 0; x < 5; x++) {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    a[x + y] ^= d;
                }
            }
            // rho and pi: B[y, 2x+3y] = rot(A[x, y], r[x, y])
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], ROT[x + 5 * y]);
                }
            }
            // chi
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) {
                    a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
                }
            }
            // iota
            a[0] ^= RC[round];
        }
    }
}
