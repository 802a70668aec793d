package dev.kaa.vm.objects;

import java.math.BigInteger;

/**
 * Correctly rounded division of big integers to a double, as {@code int / int} must be: the
 * quotient is taken with enough extra bits, a sticky bit records an inexact remainder, and
 * {@link FloatHex#scaled} rounds half to even once.
 *
 * <p>Thread safety: stateless.
 */
final class IntDivision {
    private IntDivision() {}

    static double trueDivide(BigInteger a, BigInteger b) {
        boolean negative = a.signum() * b.signum() < 0;
        if (a.signum() == 0) {
            return b.signum() < 0 ? -0.0 : 0.0;
        }
        BigInteger x = a.abs(), y = b.abs();
        // Shift so that the quotient has at least 55 significant bits (53 + guard + round).
        long k = 55L - (x.bitLength() - y.bitLength());
        if (k > 0) {
            x = x.shiftLeft((int) Math.min(k, Integer.MAX_VALUE - 64));
        } else if (k < 0) {
            y = y.shiftLeft((int) Math.min(-k, Integer.MAX_VALUE - 64));
        }
        BigInteger[] qr = x.divideAndRemainder(y);
        BigInteger q = qr[0].shiftLeft(1);
        if (qr[1].signum() != 0) {
            q = q.setBit(0);
        }
        double d = FloatHex.scaled(q, -k - 1);
        if (Double.isInfinite(d)) {
            throw PyErr.overflowError("integer division result too large for a float");
        }
        return negative ? -d : d;
    }
}
