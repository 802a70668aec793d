package dev.kaa.vm.modules.random;

/**
 * The MT19937 generator of Matsumoto and Nishimura (1998): 624 words of state, the twist, the
 * tempering, and the published seeding procedures (one word, or an array of words), so that a
 * seeded sequence is the same as every other faithful implementation's.
 *
 * <p>Thread safety: not thread-safe; the owner serialises use (GIL).
 */
final class MersenneTwister {
    static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER = 0x80000000;
    private static final int LOWER = 0x7fffffff;

    final int[] mt = new int[N];
    /** Index of the next word to temper; N means "twist first". */
    int index = N;

    /** The single-word initialisation. */
    void seedWord(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            int prev = mt[i - 1];
            mt[i] = 1812433253 * (prev ^ (prev >>> 30)) + i;
        }
        index = N;
    }

    /** The array initialisation, which mixes every word of the key into the state. */
    void seedArray(int[] key) {
        seedWord(19650218);
        int i = 1, j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            int prev = mt[i - 1];
            mt[i] = (mt[i] ^ ((prev ^ (prev >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            int prev = mt[i - 1];
            mt[i] = (mt[i] ^ ((prev ^ (prev >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        // The most significant bit is one: the state is never all zero.
        mt[0] = UPPER;
        index = N;
    }

    private void twist() {
        for (int k = 0; k < N; k++) {
            int y = (mt[k] & UPPER) | (mt[(k + 1) % N] & LOWER);
            int v = mt[(k + M) % N] ^ (y >>> 1);
            mt[k] = (y & 1) != 0 ? v ^ MATRIX_A : v;
        }
        index = 0;
    }

    /** The next 32-bit output (as the bits of a Java int). */
    int next() {
        if (index >= N) {
            twist();
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** A double in [0, 1) from 53 random bits (27 from one output and 26 from the next). */
    double nextDouble() {
        long a = (next() >>> 5) & 0xffffffffL;
        long b = (next() >>> 6) & 0xffffffffL;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }
}
