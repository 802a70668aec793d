package dev.kaa.vm.modules.cmath;

/**
 * The real functions the complex ones are made of, each chosen to give what the GNU C
 * library (which CPython calls) gives: hypot by the same published algorithm, atan2
 * corrected to the correctly rounded value, cosh and sinh arranged as fdlibm arranges them over
 * a correctly rounded exp, fdlibm's own expm1, log1p and tanh (which the C library shares);
 * sin, cos, tan, exp and log are in {@link CorrectlyRounded}.
 *
 * <p>Thread safety: stateless.
 */
final class RealFunctions {
    private RealFunctions() {}

    static final double LN2 = 0.6931471805599453;

    /** The inverse hyperbolic sine, accurate near zero (log1p) and safe for large arguments. */
    static double asinh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || Double.isInfinite(x) || a < 0x1p-28) {
            return x;
        }
        double r;
        if (a > 0x1p28) {
            r = CorrectlyRounded.log(a) + LN2;
        } else if (a > 2.0) {
            r = CorrectlyRounded.log(2.0 * a + 1.0 / (Math.sqrt(a * a + 1.0) + a));
        } else {
            double t = a * a;
            r = StrictMath.log1p(a + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(r, x);
    }


    /**
     * sqrt(x*x + y*y) by Borges' corrected algorithm ("An Improved Algorithm for hypot(a, b)",
     * 2019), the one the GNU C library's hypot uses: a first square root, then one correction
     * step from the rounding errors of the squares. Arguments are scaled by powers of two away
     * from overflow and underflow.
     */
    static double hypot(double x, double y) {
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        double ax = Math.abs(x), ay = Math.abs(y);
        if (ax < ay) {
            double t = ax;
            ax = ay;
            ay = t;
        }
        if (ay <= ax * 0x1p-27) {
            // ay*ay/(2*ax) is below half a unit in the last place of ax: the sum is ax.
            return ax;
        }
        int scale = 0;
        if (ax > 0x1p500) {
            ax = Math.scalb(ax, -600);
            ay = Math.scalb(ay, -600);
            scale = 600;
        } else if (ay < 0x1p-500) {
            ax = Math.scalb(ax, 600);
            ay = Math.scalb(ay, 600);
            scale = -600;
        }
        double h = Math.sqrt(ax * ax + ay * ay);
        double t1, t2;
        if (h <= 2.0 * ay) {
            double delta = h - ay;
            t1 = ax * (2.0 * delta - ax);
            t2 = (delta - 2.0 * (ax - ay)) * delta;
        } else {
            double delta = h - ax;
            t1 = 2.0 * delta * (ax - 2.0 * ay);
            t2 = (4.0 * delta - ay) * ay + delta * delta;
        }
        h -= (t1 + t2) / (2.0 * h);
        return scale == 0 ? h : Math.scalb(h, scale);
    }

    /**
     * atan2(y, x), correctly rounded but for the nearest ties: fdlibm's result t (within two
     * units in the last place) is corrected by the angle between it and the point,
     * atan((y cos t - x sin t) / (x cos t + y sin t)), with sine, cosine and the cancelling
     * difference in double-double arithmetic.
     */
    static double atan2(double y, double x) {
        double t = StrictMath.atan2(y, x);
        if (!Double.isFinite(x) || !Double.isFinite(y) || x == 0 || y == 0) {
            return t;
        }
        if (x > 0 && Math.abs(y) < Math.abs(x) * 0x1p-500) {
            // atan(z) = z - z**3/3 + ...: for such z the correctly rounded quotient is the answer.
            return y / x;
        }
        // Scale the point to a safe range (the angle does not change).
        int ex = Math.max(Math.getExponent(x), Math.getExponent(y));
        double sx = Math.scalb(x, -ex), sy = Math.scalb(y, -ex);
        double[] sc = DoubleDoubleTrig.sinCos(t);
        double[] yc = DoubleDoubleTrig.mulDouble(sy, sc[2], sc[3]);
        double[] xs = DoubleDoubleTrig.mulDouble(sx, sc[0], sc[1]);
        double[] across = DoubleDoubleTrig.add(yc[0], yc[1], -xs[0], -xs[1]);
        double along = sx * sc[2] + sy * sc[0];
        double delta = (across[0] + across[1]) / along;
        return t + delta;
    }

    /** fdlibm's log1p, which the C library's shares (a correctly rounded one agrees less often). */
    static double log1p(double x) {
        return StrictMath.log1p(x);
    }

    /** The argument beyond which exp overflows. */
    private static final double LOG_MAX = 7.09782712893383973096e+02;

    /**
     * cosh by the classic exponential identities (as fdlibm arranges them), over the correctly
     * rounded exp:
     * fdlibm's own exp, under StrictMath.cosh, strays further from the C library's.
     */
    static double cosh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x)) {
            return x;
        }
        if (a < 0.5 * LN2) {
            double t = StrictMath.expm1(a);
            double w = 1.0 + t;
            return a < 0x1p-55 ? w : 1.0 + (t * t) / (w + w);
        }
        if (a < 22.0) {
            double t = CorrectlyRounded.exp(a);
            return 0.5 * t + 0.5 / t;
        }
        if (a < LOG_MAX) {
            return 0.5 * CorrectlyRounded.exp(a);
        }
        double w = CorrectlyRounded.exp(0.5 * a);
        return 0.5 * w * w;
    }

    /** sinh by the same identities: expm1 for small arguments, exp for large ones. */
    static double sinh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || Double.isInfinite(x) || a < 0x1p-28) {
            return x;
        }
        double h = x < 0 ? -0.5 : 0.5;
        if (a < 22.0) {
            double t = StrictMath.expm1(a);
            return a < 1.0 ? h * (2.0 * t - t * t / (t + 1.0)) : h * (t + t / (t + 1.0));
        }
        if (a < LOG_MAX) {
            return h * CorrectlyRounded.exp(a);
        }
        double w = CorrectlyRounded.exp(0.5 * a);
        return h * w * w;
    }

    /** fdlibm's tanh, which the C library's shares. */
    static double tanh(double x) {
        return StrictMath.tanh(x);
    }
}
