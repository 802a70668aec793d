package dev.kaa.vm.modules;

/**
 * SipHash-1-3 (Aumasson and Bernstein's SipHash with one compression round per eight-byte word
 * and three finalisation rounds) with any 128-bit key: what {@code _imp.source_hash(key, source)}
 * computes, with the key's second word zero. The bytecode module's {@code SourceHash} fixes the
 * key to the magic number, so {@code _imp} has its own.
 *
 * <p>Thread safety: stateless.
 */
final class ImpSipHash {
    private ImpSipHash() {}

    static long sipHash13(long k0, long k1, byte[] data) {
        long v0 = k0 ^ 0x736f6d6570736575L, v1 = k1 ^ 0x646f72616e646f6dL;
        long v2 = k0 ^ 0x6c7967656e657261L, v3 = k1 ^ 0x7465646279746573L;
        int full = data.length & ~7;
        for (int i = 0; i < full; i += 8) {
            long m = word(data, i, 8);
            v3 ^= m;
            // One SipRound.
            v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
            v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
            v0 ^= m;
        }
        // The last word: the remaining bytes, with the length's low byte on top.
        long last = word(data, full, data.length - full) | ((long) data.length << 56);
        v3 ^= last;
        v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
        v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
        v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
        v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
        v0 ^= last;
        v2 ^= 0xff;
        for (int r = 0; r < 3; r++) {
            v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
            v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
        }
        return v0 ^ v1 ^ v2 ^ v3;
    }

    /** {@code n} bytes from {@code off}, little-endian. */
    private static long word(byte[] b, int off, int n) {
        long w = 0;
        for (int i = 0; i < n; i++) {
            w |= (b[off + i] & 0xffL) << (8 * i);
        }
        return w;
    }
}
