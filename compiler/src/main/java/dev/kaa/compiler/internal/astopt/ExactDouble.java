package dev.kaa.compiler.internal.astopt;

import java.math.BigInteger;

/**
 * Rounds an exact rational {@code num / den * 2^exp2} to the nearest double (ties to even), with
 * gradual underflow and overflow to infinity: what CPython's correctly rounded int division and
 * C's {@code pow} of exactly representable powers give.
 *
 * <p>Thread safety: immutable (static functions only).
 */
final class ExactDouble {
    private ExactDouble() {}

    /** Splits a finite nonzero double into {@code {odd-or-whole mantissa, exponent}}: {@code d = m * 2^e}. */
    static long[] split(double d) {
        long bits = Double.doubleToRawLongBits(Math.abs(d));
        int biased = (int) (bits >>> 52);
        long frac = bits & ((1L << 52) - 1);
        long m = biased == 0 ? frac : frac | (1L << 52);
        long e = (biased == 0 ? 1 : biased) - 1075L;
        return new long[] {m, e};
    }

    static double of(BigInteger num, BigInteger den, long exp2) {
        int sign = num.signum() * den.signum();
        if (sign == 0) {
            return den.signum() < 0 ? -0.0 : 0.0;
        }
        num = num.abs();
        den = den.abs();
        // Scale so that the integer quotient has at least 55 bits (53 kept, a guard, a sticky).
        long shift = 55L - (num.bitLength() - den.bitLength()) + 1;
        if (shift > 0) {
            num = num.shiftLeft((int) shift);
        } else {
            den = den.shiftLeft((int) -shift);
        }
        exp2 -= shift;
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = qr[0];
        boolean sticky = qr[1].signum() != 0;
        int qb = q.bitLength();
        long top = exp2 + qb - 1; // the value is in [2^top, 2^(top+1))
        if (top > 1023) {
            return sign * Double.POSITIVE_INFINITY;
        }
        long ulpExp = Math.max(top - 52, -1074);
        long drop = ulpExp - exp2;
        if (drop > qb + 1) {
            return sign < 0 ? -0.0 : 0.0;
        }
        int d = (int) drop;
        BigInteger m = q.shiftRight(d);
        BigInteger rem = q.subtract(m.shiftLeft(d));
        BigInteger half = BigInteger.ONE.shiftLeft(d - 1);
        int c = rem.compareTo(half);
        if (c > 0 || (c == 0 && (sticky || m.testBit(0)))) {
            m = m.add(BigInteger.ONE);
        }
        double r = Math.scalb(m.doubleValue(), (int) ulpExp);
        return sign < 0 ? -r : r;
    }
}
