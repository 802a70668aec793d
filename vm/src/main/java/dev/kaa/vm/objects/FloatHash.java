package dev.kaa.vm.objects;

/**
 * {@code hash(float)}: the value reduced modulo 2**61 - 1 ({@code sys.hash_info}), so that equal
 * ints, floats and complexes hash alike; infinities hash to ±314159.
 *
 * <p>Thread safety: stateless.
 */
final class FloatHash {
    private FloatHash() {}

    /** The hash of a finite or infinite double (nan hashes by identity, in {@link PyFloat}). */
    static long hash(double v) {
        if (Double.isNaN(v)) {
            return 0;
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        if (v == Math.rint(v) && Math.abs(v) < 9.2e18) {
            return Ints.hash((long) v);
        }
        // m * 2**e with m in [0.5, 1): take 28 bits of m at a time into x, rotating modulo
        // 2**61 - 1 (a rotation of 61 bits is multiplication by a power of two there).
        int e = Math.getExponent(v) + 1;
        double m = Math.abs(v);
        if (e == Double.MIN_EXPONENT) {
            m *= 0x1p54;
            e = Math.getExponent(m) + 1 - 54;
            m = Math.scalb(m, -(Math.getExponent(m) + 1));
        } else {
            m = Math.scalb(m, -e);
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & Ints.MODULUS) | (x >>> (61 - 28));
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= Ints.MODULUS) {
                x -= Ints.MODULUS;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & Ints.MODULUS) | (x >>> (61 - e));
        if (v < 0) {
            x = -x;
        }
        return x == -1 ? -2 : x;
    }
}
