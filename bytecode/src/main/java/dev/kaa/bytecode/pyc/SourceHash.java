package dev.kaa.bytecode.pyc;

/**
 * The source hash of hash-based {@code .pyc} files ({@code importlib.util.source_hash}, PEP 552):
 * SipHash-1-3 of the source bytes, keyed with the magic number (its four bytes read as a
 * little-endian integer, the second key word zero), written as eight little-endian bytes.
 *
 * <p>SipHash-1-3 is SipHash (Aumasson and Bernstein) with one compression round per eight-byte
 * word and three finalisation rounds.
 *
 * <p>Thread safety: stateless.
 */
public final class SourceHash {
    private SourceHash() {}

    /** The hash of {@code source} as {@code importlib.util.source_hash} gives it for 3.13. */
    public static byte[] of(byte[] source) {
        long h = sipHash13(PycHeader.MAGIC_WORD & 0xffffffffL, 0, source);
        byte[] out = new byte[8];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (h >>> (8 * i));
        }
        return out;
    }

    /** SipHash-1-3 with the key words {@code k0}, {@code k1} (also {@code _imp.source_hash}). */
    public static long sipHash13(long k0, long k1, byte[] data) {
        long[] v = {
            k0 ^ 0x736f6d6570736575L,
            k1 ^ 0x646f72616e646f6dL,
            k0 ^ 0x6c7967656e657261L,
            k1 ^ 0x7465646279746573L,
        };
        int full = data.length & ~7;
        for (int i = 0; i < full; i += 8) {
            long m = littleEndian(data, i, 8);
            v[3] ^= m;
            round(v);
            v[0] ^= m;
        }
        // The last word holds the remaining bytes and, in its top byte, the length mod 256.
        long last = littleEndian(data, full, data.length - full) | ((long) data.length & 0xff) << 56;
        v[3] ^= last;
        round(v);
        v[0] ^= last;
        v[2] ^= 0xff;
        round(v);
        round(v);
        round(v);
        return v[0] ^ v[1] ^ v[2] ^ v[3];
    }

    private static long littleEndian(byte[] data, int offset, int count) {
        long m = 0;
        for (int i = count - 1; i >= 0; i--) {
            m = m << 8 | (data[offset + i] & 0xff);
        }
        return m;
    }

    private static void round(long[] v) {
        v[0] += v[1];
        v[1] = Long.rotateLeft(v[1], 13);
        v[1] ^= v[0];
        v[0] = Long.rotateLeft(v[0], 32);
        v[2] += v[3];
        v[3] = Long.rotateLeft(v[3], 16);
        v[3] ^= v[2];
        v[0] += v[3];
        v[3] = Long.rotateLeft(v[3], 21);
        v[3] ^= v[0];
        v[2] += v[1];
        v[1] = Long.rotateLeft(v[1], 17);
        v[1] ^= v[2];
        v[2] = Long.rotateLeft(v[2], 32);
    }
}
