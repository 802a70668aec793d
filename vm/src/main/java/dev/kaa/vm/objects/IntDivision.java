package dev.kaa.vm.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Correctly rounded division of big integers to a double, as {@code int / int} must be.
 *
 * <p>Thread safety: stateless.
 */
final class IntDivision {
    private IntDivision() {}

    static double trueDivide(BigInteger a, BigInteger b) {
        if (a.signum() == 0) {
            return b.signum() < 0 ? -0.0 : 0.0;
        }
        // 1100 significant digits exceed what any double's exact decimal expansion can need
        // to round correctly through the half-even rounding of BigDecimal.doubleValue.
        BigDecimal q = new BigDecimal(a).divide(new BigDecimal(b), new MathContext(1100, RoundingMode.HALF_EVEN));
        double d = q.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErr.overflowError("integer division result too large for a float");
        }
        return d;
    }
}
