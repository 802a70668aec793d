package dev.kaa.vm.modules.struct;

/**
 * IEEE 754 binary16 ("half precision", struct's {@code e}) to and from double, rounding half
 * to even as the format's definition asks.
 *
 * <p>Thread safety: stateless.
 */
public final class HalfFloat {
    private HalfFloat() {}

    /** The binary16 bits of {@code x}, or -1 when {@code x} is finite but too large for the format. */
    public static int pack(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int sign = bits < 0 ? 0x8000 : 0;
        double a = Math.abs(x);
        if (Double.isNaN(x)) {
            return sign | 0x7e00;
        }
        if (Double.isInfinite(x)) {
            return sign | 0x7c00;
        }
        if (a >= 65520.0) {
            return -1;
        }
        if (a < 0x1p-14) {
            // Subnormal: a whole number of 2**-24 units (scaling by a power of two is exact).
            return sign | (int) Math.rint(a * 0x1p24);
        }
        int e = Math.getExponent(a);
        double m = Math.scalb(a, -e) - 1.0;
        int units = (int) Math.rint(m * 1024.0);
        if (units == 1024) {
            units = 0;
            e++;
        }
        return sign | (e + 15) << 10 | units;
    }

    /** The value of binary16 bits {@code h}. */
    public static double unpack(int h) {
        boolean negative = (h & 0x8000) != 0;
        int e = (h >> 10) & 0x1f;
        int m = h & 0x3ff;
        double v;
        if (e == 0x1f) {
            v = m == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else if (e == 0) {
            v = Math.scalb((double) m, -24);
        } else {
            v = Math.scalb(1024.0 + m, e - 25);
        }
        return negative ? -v : v;
    }
}
