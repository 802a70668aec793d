package dev.kaa.vm.modules.cmath;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Sine and cosine of an angle in [-3.9, 3.9] in double-double arithmetic (about 106 bits, by
 * error-free products with {@link Math#fma} and error-free sums): fast enough to correct
 * every atan2 result, precise enough to decide its rounding.
 *
 * <p>Thread safety: stateless (constants only).
 */
final class DoubleDoubleTrig {
    private DoubleDoubleTrig() {}

    /** pi/2 as the sum of three doubles. */
    private static final double P1, P2, P3;
    /** 1/n! as double-double pairs, n < 30. */
    private static final double[] F_HI = new double[30], F_LO = new double[30];

    static {
        BigDecimal half = CorrectlyRounded.HALF_PI;
        P1 = half.doubleValue();
        BigDecimal rest = half.subtract(new BigDecimal(P1));
        P2 = rest.doubleValue();
        P3 = rest.subtract(new BigDecimal(P2)).doubleValue();
        BigDecimal f = BigDecimal.ONE;
        for (int n = 0; n < F_HI.length; n++) {
            if (n > 0) {
                f = f.multiply(BigDecimal.valueOf(n));
            }
            BigDecimal inv = BigDecimal.ONE.divide(f, MathContext.DECIMAL128);
            F_HI[n] = inv.doubleValue();
            F_LO[n] = inv.subtract(new BigDecimal(F_HI[n])).doubleValue();
        }
    }

    /** {sin_hi, sin_lo, cos_hi, cos_lo} of {@code t}, |t| <= 3.9 (so that q*pi/2 is exact, |q| <= 2). */
    static double[] sinCos(double t) {
        int q = (int) Math.rint(t / P1);
        // r = t - q*pi/2: q is at most 2 in size, so each q*Pk is exact.
        double[] r = twoSum(t, -q * P1);
        r = add(r[0], r[1], -q * P2, 0);
        r = add(r[0], r[1], -q * P3, 0);
        double[] r2 = mul(r[0], r[1], r[0], r[1]);
        double[] s = {0, 0}, c = {0, 0};
        for (int n = 27; n >= 1; n -= 2) {
            s = mul(s[0], s[1], r2[0], r2[1]);
            s = ((n >> 1) & 1) == 0 ? add(s[0], s[1], F_HI[n], F_LO[n]) : add(s[0], s[1], -F_HI[n], -F_LO[n]);
        }
        s = mul(s[0], s[1], r[0], r[1]);
        for (int n = 28; n >= 0; n -= 2) {
            c = mul(c[0], c[1], r2[0], r2[1]);
            c = ((n >> 1) & 1) == 0 ? add(c[0], c[1], F_HI[n], F_LO[n]) : add(c[0], c[1], -F_HI[n], -F_LO[n]);
        }
        return switch (q & 3) {
            case 0 -> new double[] {s[0], s[1], c[0], c[1]};
            case 1 -> new double[] {c[0], c[1], -s[0], -s[1]};
            case 2 -> new double[] {-s[0], -s[1], -c[0], -c[1]};
            default -> new double[] {-c[0], -c[1], s[0], s[1]};
        };
    }

    /** ln 2 in three parts; the first has 32 significant bits, so k * L1 is exact for |k| < 2**21. */
    private static final double L1, L2, L3;

    static {
        BigDecimal ln2 = new BigDecimal("0.693147180559945309417232121458176568075500134360255254120680009493393621969694715605863326996418687542");
        double hi = ln2.doubleValue();
        L1 = Double.longBitsToDouble(Double.doubleToRawLongBits(hi) & 0xffffffffe0000000L);
        BigDecimal rest = ln2.subtract(new BigDecimal(L1));
        L2 = rest.doubleValue();
        L3 = rest.subtract(new BigDecimal(L2)).doubleValue();
    }

    /** e**x as a double-double {hi, lo} times 2**k (returned as {hi, lo, k}), |x| < 746. */
    static double[] exp(double x) {
        double k = Math.rint(x / 0.6931471805599453);
        double[] r = twoSum(x, -k * L1);
        double[] p2 = twoProd(-k, L2);
        r = add(r[0], r[1], p2[0], p2[1]);
        r = add(r[0], r[1], -k * L3, 0);
        // |r| <= 0.35: the Taylor series to r**27/27! is below 2**-110.
        double[] e = {0, 0};
        for (int n = 27; n >= 0; n--) {
            e = mul(e[0], e[1], r[0], r[1]);
            e = add(e[0], e[1], F_HI[n], F_LO[n]);
        }
        return new double[] {e[0], e[1], k};
    }

    static double[] twoProd(double a, double b) {
        double p = a * b;
        return new double[] {p, Math.fma(a, b, -p)};
    }

    /** a + b exactly, as {sum, error}. */
    static double[] twoSum(double a, double b) {
        double s = a + b;
        double bb = s - a;
        double err = (a - (s - bb)) + (b - bb);
        return new double[] {s, err};
    }

    static double[] add(double ah, double al, double bh, double bl) {
        double[] s = twoSum(ah, bh);
        double lo = s[1] + al + bl;
        double hi = s[0] + lo;
        return new double[] {hi, lo - (hi - s[0])};
    }

    static double[] mul(double ah, double al, double bh, double bl) {
        double p = ah * bh;
        double err = Math.fma(ah, bh, -p) + (ah * bl + al * bh);
        double hi = p + err;
        return new double[] {hi, err - (hi - p)};
    }

    /** a * (bh + bl) for a double a, as a double-double. */
    static double[] mulDouble(double a, double bh, double bl) {
        return mul(a, 0, bh, bl);
    }
}
