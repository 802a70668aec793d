package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Libm;
import dev.kaa.vm.objects.PyMethod;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The functions of {@code math} that Java's {@link StrictMath} lacks: the inverse hyperbolic
 * functions and {@code log2} (from logarithm identities), and {@code erf}, {@code erfc},
 * {@code gamma}, {@code lgamma}, evaluated in {@link BigDecimal} with 44 significant digits
 * and rounded once, so they are correctly rounded (CPython's come from the C library and its
 * own Lanczos approximation and may differ from the true value in the last bit or two).
 *
 * <p>Thread safety: stateless (the Bernoulli table is built once).
 */
final class MathSpecial {
    private MathSpecial() {}

    private static final double LN2 = 0.6931471805599453;
    private static final MathContext MC = new MathContext(60, RoundingMode.HALF_EVEN);
    private static final MathContext WIDE = new MathContext(44, RoundingMode.HALF_EVEN);
    private static final BigDecimal PI = new BigDecimal(
            "3.14159265358979323846264338327950288419716939937510582097494459230781640628620899863");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    // ---- inverse hyperbolic functions and log2 --------------------------------------------------------

    static double asinh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || Double.isInfinite(x) || a < 0x1p-28) {
            return x;
        }
        double r;
        if (a > 0x1p28) {
            r = Math.log(a) + LN2;
        } else if (a > 2.0) {
            r = Math.log(2.0 * a + 1.0 / (Math.sqrt(a * a + 1.0) + a));
        } else {
            double t = a * a;
            r = StrictMath.log1p(a + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(r, x);
    }

    /** cosh by the exponential identities, over {@link Math#exp} (closest to the C library's exp). */
    static double cosh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x)) {
            return x;
        }
        if (a < 0.5 * LN2) {
            double t = StrictMath.expm1(a);
            double w = 1.0 + t;
            return 1.0 + (t * t) / (w + w);
        }
        if (a < 22.0) {
            double t = Math.exp(a);
            return 0.5 * t + 0.5 / t;
        }
        if (a < 709.782712893384) {
            return 0.5 * Math.exp(a);
        }
        // exp(a) alone would overflow although cosh(a) does not yet.
        double w = Math.exp(0.5 * a);
        return (0.5 * w) * w;
    }

    static double acosh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 1.0) {
            return Double.NaN;
        }
        if (x >= 0x1p28) {
            return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        }
        if (x == 1.0) {
            return 0.0;
        }
        if (x > 2.0) {
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
        }
        double t = x - 1.0;
        return StrictMath.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    static double atanh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x)) {
            return x;
        }
        if (a > 1.0) {
            return Double.NaN;
        }
        if (a == 1.0) {
            return Math.copySign(Double.POSITIVE_INFINITY, x);
        }
        if (a < 0x1p-28) {
            return x;
        }
        double r;
        if (a < 0.5) {
            double t = a + a;
            r = 0.5 * StrictMath.log1p(t + t * a / (1.0 - a));
        } else {
            r = 0.5 * StrictMath.log1p((a + a) / (1.0 - a));
        }
        return Math.copySign(r, x);
    }

    /** log2(x) for x > 0: exact at powers of two, else through a 60-digit logarithm. */
    static double log2(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x <= 0) {
            return x == 0 ? Double.NEGATIVE_INFINITY : x < 0 ? Double.NaN : x;
        }
        long bits = Double.doubleToRawLongBits(x);
        if ((bits & 0x000fffffffffffffL) == 0 && Math.getExponent(x) >= Double.MIN_EXPONENT) {
            return Math.getExponent(x);
        }
        BigDecimal ln = ln(new BigDecimal(x));
        return ln.divide(LN2_BIG, MC).doubleValue();
    }

    // ---- high-precision elementary functions --------------------------------------------------------------

    /** e**x to about 70 significant digits. */
    static BigDecimal exp(BigDecimal x) {
        if (x.signum() == 0) {
            return BigDecimal.ONE;
        }
        if (x.signum() < 0) {
            return BigDecimal.ONE.divide(exp(x.negate()), WIDE);
        }
        // Halve until below 1/2, sum the series, square back.
        int k = 0;
        BigDecimal r = x;
        while (r.compareTo(HALF) > 0) {
            r = r.divide(TWO, WIDE);
            k++;
        }
        BigDecimal sum = BigDecimal.ONE, term = BigDecimal.ONE;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(46);
        for (int n = 1; n < 400; n++) {
            term = term.multiply(r, WIDE).divide(BigDecimal.valueOf(n), WIDE);
            sum = sum.add(term, WIDE);
            if (term.compareTo(eps) < 0) {
                break;
            }
        }
        for (int i = 0; i < k; i++) {
            sum = sum.multiply(sum, WIDE);
        }
        return sum;
    }

    private static final BigDecimal LN2_BIG = lnNewton(TWO, 0.6931471805599453);

    /** ln(a) for a > 0. */
    static BigDecimal ln(BigDecimal a) {
        // a = m * 2**k with m near 1, so the Newton steps work on modest numbers.
        int k = (int) Math.round(a.unscaledValue().bitLength() - a.scale() * 3.321928094887362);
        BigDecimal m = k >= 0 ? a.divide(TWO.pow(k), WIDE) : a.multiply(TWO.pow(-k), WIDE);
        BigDecimal lnM = lnNewton(m, Math.log(m.doubleValue()));
        return lnM.add(LN2_BIG_OR(k), WIDE);
    }

    private static BigDecimal LN2_BIG_OR(int k) {
        return LN2_BIG == null ? BigDecimal.ZERO : LN2_BIG.multiply(BigDecimal.valueOf(k), WIDE);
    }

    private static BigDecimal lnNewton(BigDecimal a, double guess) {
        BigDecimal y = new BigDecimal(guess);
        for (int i = 0; i < 2; i++) {
            BigDecimal ey = exp(y);
            y = y.add(TWO.multiply(a.subtract(ey, WIDE), WIDE).divide(a.add(ey, WIDE), WIDE), WIDE);
        }
        return y;
    }

    /** sin(pi * r) for |r| <= 1/2. */
    private static BigDecimal sinPi(BigDecimal r) {
        BigDecimal x = PI.multiply(r, WIDE);
        BigDecimal x2 = x.multiply(x, WIDE);
        BigDecimal sum = x, term = x;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(46);
        for (int n = 1; n < 200; n++) {
            term = term.multiply(x2, WIDE).divide(BigDecimal.valueOf((2L * n) * (2L * n + 1)), WIDE).negate();
            sum = sum.add(term, WIDE);
            if (term.abs().compareTo(eps) < 0) {
                break;
            }
        }
        return sum;
    }

    // ---- erf and erfc -------------------------------------------------------------------------------------

    /** erf(x) for finite x >= 0, by the series with positive terms, to about 70 digits. */
    private static BigDecimal erfSeries(BigDecimal x) {
        BigDecimal x2 = x.multiply(x, WIDE);
        BigDecimal twoX2 = x2.multiply(TWO);
        BigDecimal term = x, sum = x;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(46);
        for (int n = 1; n < 5000; n++) {
            term = term.multiply(twoX2, WIDE).divide(BigDecimal.valueOf(2L * n + 1), WIDE);
            sum = sum.add(term, WIDE);
            if (term.compareTo(sum.multiply(eps)) < 0) {
                break;
            }
        }
        BigDecimal scale = TWO.divide(PI.sqrt(WIDE), WIDE).multiply(exp(x2.negate()), WIDE);
        return sum.multiply(scale, WIDE);
    }

    /** erfc(x) for x >= 3 by its continued fraction, evaluated from the tail. */
    private static BigDecimal erfcFraction(BigDecimal x) {
        BigDecimal tail = x;
        for (int n = 160; n >= 1; n--) {
            tail = x.add(BigDecimal.valueOf(n).multiply(HALF).divide(tail, WIDE), WIDE);
        }
        BigDecimal x2 = x.multiply(x, WIDE);
        return exp(x2.negate()).divide(PI.sqrt(WIDE).multiply(tail, WIDE), WIDE);
    }

    @PyMethod(doc = "Error function at x.")
    static double erf(double x) {
        return Libm.erf(x, MathSpecial::erfRounded);
    }

    /** erf(x) correctly rounded, when the C library's is out of reach. */
    private static double erfRounded(double x) {
        if (Double.isNaN(x) || x == 0) {
            return x;
        }
        if (Double.isInfinite(x) || Math.abs(x) >= 6.0) {
            return Math.copySign(1.0, x);
        }
        double r = erfSeries(new BigDecimal(Math.abs(x))).doubleValue();
        return Math.copySign(r, x);
    }

    @PyMethod(doc = "1 - erf(x), accurate for large x.")
    static double erfc(double x) {
        return Libm.erfc(x, MathSpecial::erfcRounded);
    }

    /** erfc(x) correctly rounded, when the C library's is out of reach. */
    private static double erfcRounded(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? 0.0 : 2.0;
        }
        double a = Math.abs(x);
        if (a >= 27.3) {
            return x > 0 ? 0.0 : 2.0;
        }
        BigDecimal b = new BigDecimal(a);
        BigDecimal c = a >= 3.0 ? erfcFraction(b) : BigDecimal.ONE.subtract(erfSeries(b), WIDE);
        if (x < 0) {
            c = TWO.subtract(c, WIDE);
        }
        return c.doubleValue();
    }

    // ---- gamma and lgamma ---------------------------------------------------------------------------------

    private static final int BERNOULLI_TERMS = 26;
    /** B(2k) / (2k (2k-1)) for k = 1..BERNOULLI_TERMS, the Stirling series coefficients. */
    private static final BigDecimal[] STIRLING = stirlingCoefficients();

    private static BigDecimal[] stirlingCoefficients() {
        // Bernoulli numbers by the Akiyama-Tanigawa transform, as exact fractions.
        int m = 2 * BERNOULLI_TERMS;
        BigInteger[] num = new BigInteger[m + 1], den = new BigInteger[m + 1];
        BigDecimal[] out = new BigDecimal[BERNOULLI_TERMS];
        for (int i = 0; i <= m; i++) {
            num[i] = BigInteger.ONE;
            den[i] = BigInteger.valueOf(i + 1);
            for (int j = i; j >= 1; j--) {
                // a[j-1] = j * (a[j-1] - a[j])
                BigInteger n = num[j - 1].multiply(den[j]).subtract(num[j].multiply(den[j - 1]))
                        .multiply(BigInteger.valueOf(j));
                BigInteger d = den[j - 1].multiply(den[j]);
                BigInteger g = n.gcd(d);
                if (g.signum() != 0) {
                    n = n.divide(g);
                    d = d.divide(g);
                }
                num[j - 1] = n;
                den[j - 1] = d;
            }
            if (i >= 2 && i % 2 == 0) {
                int k = i / 2;
                BigDecimal b = new BigDecimal(num[0]).divide(new BigDecimal(den[0]), WIDE);
                out[k - 1] = b.divide(BigDecimal.valueOf((2L * k) * (2L * k - 1)), WIDE);
            }
        }
        return out;
    }

    private static final BigDecimal HALF_LN_2PI = ln(PI.multiply(TWO)).multiply(HALF);

    /** ln Gamma(z) for z >= 24 by Stirling's series. */
    private static BigDecimal lnGammaLarge(BigDecimal z) {
        BigDecimal r = z.subtract(HALF).multiply(ln(z), WIDE).subtract(z, WIDE).add(HALF_LN_2PI, WIDE);
        BigDecimal zinv = BigDecimal.ONE.divide(z, WIDE);
        BigDecimal zinv2 = zinv.multiply(zinv, WIDE);
        BigDecimal p = zinv;
        for (BigDecimal c : STIRLING) {
            r = r.add(c.multiply(p, WIDE), WIDE);
            p = p.multiply(zinv2, WIDE);
        }
        return r;
    }

    /** ln |Gamma(x)| for x > 0, shifting small arguments up to where Stirling's series converges. */
    private static BigDecimal lnGammaPositive(BigDecimal x) {
        if (x.compareTo(BigDecimal.valueOf(24)) >= 0) {
            return lnGammaLarge(x);
        }
        int shift = 24 - x.intValue();
        BigDecimal prod = BigDecimal.ONE;
        for (int i = 0; i < shift; i++) {
            prod = prod.multiply(x.add(BigDecimal.valueOf(i)), WIDE);
        }
        return lnGammaLarge(x.add(BigDecimal.valueOf(shift))).subtract(ln(prod), WIDE);
    }

    /** Gamma(x) for x > 0: Stirling's series at x + shift, divided down by the shift's product. */
    private static BigDecimal gammaPositive(BigDecimal x) {
        if (x.compareTo(BigDecimal.valueOf(24)) >= 0) {
            return exp(lnGammaLarge(x));
        }
        int shift = 24 - x.intValue();
        BigDecimal prod = BigDecimal.ONE;
        for (int i = 0; i < shift; i++) {
            prod = prod.multiply(x.add(BigDecimal.valueOf(i)), WIDE);
        }
        return exp(lnGammaLarge(x.add(BigDecimal.valueOf(shift)))).divide(prod, WIDE);
    }

    @PyMethod(doc = "Gamma function at x.")
    static double gamma(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x == Double.NEGATIVE_INFINITY || x == 0 || (x < 0 && x == Math.rint(x))) {
            throw MathModule.domainError();
        }
        if (x > 171.7) {
            throw MathModule.rangeError();
        }
        if (x == Math.rint(x) && x <= 23) {
            return MathIntegers.range(1, (long) x - 1).doubleValue();
        }
        BigDecimal b = new BigDecimal(x);
        BigDecimal r;
        if (x > 0) {
            r = gammaPositive(b);
        } else {
            // Reflection: Gamma(x) = pi / (sin(pi x) Gamma(1 - x)).
            double frac = x - Math.rint(x);
            BigDecimal s = sinPi(new BigDecimal(frac));
            if (((long) Math.rint(x)) % 2 != 0) {
                s = s.negate();
            }
            BigDecimal g1 = gammaPositive(BigDecimal.ONE.subtract(b));
            r = PI.divide(s.multiply(g1, WIDE), WIDE);
        }
        double d = r.doubleValue();
        if (Double.isInfinite(d)) {
            throw MathModule.rangeError();
        }
        return d;
    }

    @PyMethod(doc = "ln(abs(gamma(x))).")
    static double lgamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (x <= 0 && x == Math.rint(x)) {
            throw MathModule.domainError();
        }
        if (x == 1.0 || x == 2.0) {
            return 0.0;
        }
        BigDecimal b = new BigDecimal(x);
        BigDecimal r;
        if (x > 0) {
            r = lnGammaPositive(b);
        } else {
            double frac = x - Math.rint(x);
            BigDecimal s = sinPi(new BigDecimal(frac)).abs();
            r = ln(PI).subtract(ln(s), WIDE).subtract(lnGammaPositive(BigDecimal.ONE.subtract(b)), WIDE);
        }
        double d = r.doubleValue();
        if (Double.isInfinite(d)) {
            throw MathModule.rangeError();
        }
        return d;
    }
}
