package dev.kaa.vm.modules.cmath;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * sin, cos, tan, exp and log rounded correctly, as the C library's are in all but rare cases;
 * the JVM's own functions differ from it in the last place for about one argument in three
 * hundred. The JVM's two implementations ({@link Math}, {@link StrictMath}) are asked first:
 * where they agree the result is taken as it is; otherwise the value is computed to 34
 * significant digits and rounded once. Trigonometric arguments beyond {@code 2**40} in
 * magnitude keep {@link Math}'s result.
 *
 * <p>Thread safety: stateless (constants only).
 */
final class CorrectlyRounded {
    private CorrectlyRounded() {}

    /** Working precision of the series: about 113 bits. */
    private static final MathContext MC = new MathContext(34, RoundingMode.HALF_EVEN);
    /** Precision of argument reduction and of the constants. */
    private static final MathContext WIDE = new MathContext(64, RoundingMode.HALF_EVEN);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    /** 1/n! for n < 48. */
    private static final BigDecimal[] INV_FACT = new BigDecimal[48];
    /** pi/2 and ln 2, computed once from their series. */
    static final BigDecimal HALF_PI;
    private static final BigDecimal LN2;
    private static final BigDecimal SQRT2 = new BigDecimal("1.41421356237309504880168872420969807856967187537694807317667973799");

    static {
        BigDecimal f = BigDecimal.ONE;
        for (int n = 0; n < INV_FACT.length; n++) {
            if (n > 0) {
                f = f.multiply(BigDecimal.valueOf(n));
            }
            INV_FACT[n] = BigDecimal.ONE.divide(f, WIDE);
        }
        BigDecimal pi = atanSeries(BigDecimal.ONE.divide(BigDecimal.valueOf(5), WIDE), WIDE).multiply(BigDecimal.valueOf(16))
                .subtract(atanSeries(BigDecimal.ONE.divide(BigDecimal.valueOf(239), WIDE), WIDE).multiply(BigDecimal.valueOf(4)));
        HALF_PI = pi.divide(TWO, WIDE);
        LN2 = atanhSeries(BigDecimal.ONE.divide(BigDecimal.valueOf(3), WIDE), WIDE).multiply(TWO).round(WIDE);
    }

    /** atan(x) = x - x^3/3 + x^5/5 - ..., for small x. */
    private static BigDecimal atanSeries(BigDecimal x, MathContext mc) {
        BigDecimal x2 = x.multiply(x, mc);
        BigDecimal term = x, sum = BigDecimal.ZERO;
        BigDecimal limit = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 4);
        for (int k = 1; term.abs().compareTo(limit) > 0; k += 2) {
            BigDecimal t = term.divide(BigDecimal.valueOf(k), mc);
            sum = ((k >> 1) & 1) == 0 ? sum.add(t) : sum.subtract(t);
            term = term.multiply(x2, mc);
        }
        return sum;
    }

    /** atanh(x) = x + x^3/3 + x^5/5 + ..., for small x. */
    private static BigDecimal atanhSeries(BigDecimal x, MathContext mc) {
        BigDecimal x2 = x.multiply(x, mc);
        BigDecimal term = x, sum = BigDecimal.ZERO;
        BigDecimal limit = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 4);
        for (int k = 1; term.abs().compareTo(limit) > 0; k += 2) {
            sum = sum.add(term.divide(BigDecimal.valueOf(k), mc));
            term = term.multiply(x2, mc);
        }
        return sum;
    }

    /**
     * {sin, cos} of {@code x} (any size the reduction handles, |x| < 2**40): reduced by the
     * nearest multiple of pi/2 to |r| <= pi/4, then Taylor series in Horner form.
     */
    static BigDecimal[] sinCos(BigDecimal x) {
        BigDecimal q = x.divide(HALF_PI, MathContext.DECIMAL64).setScale(0, RoundingMode.HALF_EVEN);
        BigDecimal r = x.subtract(q.multiply(HALF_PI), WIDE).round(MC);
        BigDecimal r2 = r.multiply(r, MC);
        // sin r = r (1 - r2/3! (1 - r2/(4*5) (...))) evaluated from the smallest term up.
        BigDecimal s = BigDecimal.ZERO, c = BigDecimal.ZERO;
        for (int n = 33; n >= 1; n -= 2) {
            BigDecimal coef = ((n >> 1) & 1) == 0 ? INV_FACT[n] : INV_FACT[n].negate();
            s = s.multiply(r2, MC).add(coef, MC);
        }
        s = s.multiply(r, MC);
        for (int n = 32; n >= 0; n -= 2) {
            BigDecimal coef = ((n >> 1) & 1) == 0 ? INV_FACT[n] : INV_FACT[n].negate();
            c = c.multiply(r2, MC).add(coef, MC);
        }
        int quadrant = q.toBigInteger().and(BigInteger.valueOf(3)).intValue();
        return switch (quadrant) {
            case 0 -> new BigDecimal[] {s, c};
            case 1 -> new BigDecimal[] {c, s.negate()};
            case 2 -> new BigDecimal[] {s.negate(), c.negate()};
            default -> new BigDecimal[] {c.negate(), s};
        };
    }

    private static boolean reducible(double x) {
        return Double.isFinite(x) && Math.abs(x) < 0x1p40 && Math.abs(x) > 0x1p-500;
    }

    /** Arguments the double-double evaluation takes (its reduction is exact up to 2 * pi/2). */
    private static boolean small(double x) {
        return Math.abs(x) <= 3.9 && Math.abs(x) > 0x1p-500;
    }

    static double sin(double x) {
        if (small(x)) {
            double[] sc = DoubleDoubleTrig.sinCos(x);
            return sc[0] + sc[1];
        }
        double a = Math.sin(x);
        if (a == StrictMath.sin(x) || !reducible(x)) {
            return a;
        }
        return sinCos(new BigDecimal(x))[0].doubleValue();
    }

    static double cos(double x) {
        if (small(x)) {
            double[] sc = DoubleDoubleTrig.sinCos(x);
            return sc[2] + sc[3];
        }
        double a = Math.cos(x);
        if (a == StrictMath.cos(x) || !reducible(x)) {
            return a;
        }
        return sinCos(new BigDecimal(x))[1].doubleValue();
    }

    static double tan(double x) {
        if (small(x)) {
            double[] sc = DoubleDoubleTrig.sinCos(x);
            // s / c in double-double: a first quotient, then the quotient of its remainder.
            double q1 = sc[0] / sc[2];
            double[] qc = DoubleDoubleTrig.mul(q1, 0, sc[2], sc[3]);
            double[] rest = DoubleDoubleTrig.add(sc[0], sc[1], -qc[0], -qc[1]);
            return q1 + (rest[0] + rest[1]) / sc[2];
        }
        double a = Math.tan(x);
        if (a == StrictMath.tan(x) || !reducible(x)) {
            return a;
        }
        BigDecimal[] sc = sinCos(new BigDecimal(x));
        return sc[0].divide(sc[1], MC).doubleValue();
    }

    static double exp(double x) {
        if (Math.abs(x) <= 708 && Math.abs(x) > 0x1p-500) {
            // In this range 2**k * e**r stays normal: scaling the rounded sum is exact.
            double[] e = DoubleDoubleTrig.exp(x);
            return Math.scalb(e[0] + e[1], (int) e[2]);
        }
        double a = Math.exp(x);
        if (a == StrictMath.exp(x) || !Double.isFinite(x) || Math.abs(x) < 0x1p-500 || x > 709.8 || x < -745.2) {
            return a;
        }
        BigDecimal bx = new BigDecimal(x);
        int k = (int) Math.rint(x / 0.6931471805599453);
        BigDecimal r = bx.subtract(LN2.multiply(BigDecimal.valueOf(k)), WIDE).round(MC);
        BigDecimal sum = BigDecimal.ZERO;
        for (int n = 30; n >= 0; n--) {
            sum = sum.multiply(r, MC).add(INV_FACT[n], MC);
        }
        // Scaling by 2**k: exact for k >= 0; 64 digits are plenty for k < 0.
        BigDecimal v = k >= 0 ? sum.multiply(new BigDecimal(BigInteger.TWO.pow(k)))
                : sum.divide(new BigDecimal(BigInteger.TWO.pow(-k)), WIDE);
        return v.doubleValue();
    }

    static double log(double x) {
        double a = Math.log(x);
        if (a == StrictMath.log(x) || !(x > 0) || Double.isInfinite(x) || x == 1.0) {
            return a;
        }
        double y = x;
        int bias = 0;
        if (Math.getExponent(y) == Double.MIN_EXPONENT - 1) {
            y *= 0x1p60;
            bias = 60;
        }
        int e = Math.getExponent(y);
        BigDecimal m = new BigDecimal(Math.scalb(y, -e));
        e -= bias;
        if (m.compareTo(SQRT2) > 0) {
            m = m.divide(TWO, MC);
            e++;
        }
        BigDecimal z = m.subtract(BigDecimal.ONE).divide(m.add(BigDecimal.ONE), MC);
        return atanhSeries(z, MC).multiply(TWO).add(LN2.multiply(BigDecimal.valueOf(e)), MC).doubleValue();
    }
}
