package dev.kaa.stdlib.ctypes;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * C's {@code long double} on x86-64: the x87 80-bit extended format (a 64-bit significand with
 * an explicit integer bit, a 15-bit exponent biased by 16383, a sign) in the low 10 bytes of a
 * 16-byte slot. Kaa's {@code c_longdouble} values are Python floats, so reads round to double
 * and writes are exact.
 *
 * <p>Thread safety: stateless.
 */
final class LongDouble {
    private LongDouble() {}

    private static final ValueLayout.OfLong SIGNIFICAND = ValueLayout.JAVA_LONG_UNALIGNED;
    private static final ValueLayout.OfShort EXPONENT = ValueLayout.JAVA_SHORT_UNALIGNED;

    static double read(MemorySegment m) {
        long significand = m.get(SIGNIFICAND, 0);
        int se = m.get(EXPONENT, 8) & 0xFFFF;
        boolean negative = (se & 0x8000) != 0;
        int exponent = se & 0x7FFF;
        double magnitude;
        if (exponent == 0x7FFF) {
            magnitude = (significand << 1) == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else if (significand == 0) {
            magnitude = 0.0;
        } else {
            // The significand is an unsigned 64-bit integer times 2^(exponent - 16383 - 63).
            double top = (double) (significand >>> 11);
            magnitude = Math.scalb(top, exponent - 16383 - 52);
        }
        return negative ? -magnitude : magnitude;
    }

    static void write(MemorySegment m, double value) {
        long bits = Double.doubleToRawLongBits(value);
        int sign = (int) (bits >>> 63) << 15;
        int exponent = (int) (bits >>> 52) & 0x7FF;
        long fraction = bits & ((1L << 52) - 1);
        long significand;
        int e;
        if (exponent == 0x7FF) {
            e = 0x7FFF;
            significand = (1L << 63) | (fraction << 11);
        } else if (exponent == 0 && fraction == 0) {
            e = 0;
            significand = 0;
        } else if (exponent == 0) {
            // A subnormal double is a normal long double.
            int shift = Long.numberOfLeadingZeros(fraction);
            significand = fraction << shift;
            e = 1 - 1023 + 16383 - (shift - 11);
        } else {
            e = exponent - 1023 + 16383;
            significand = (1L << 63) | (fraction << 11);
        }
        m.set(SIGNIFICAND, 0, significand);
        m.set(EXPONENT, 8, (short) (sign | e));
        m.asSlice(10, 6).fill((byte) 0);
    }
}
