package dev.kaa.vm.modules.cmath;

import static dev.kaa.vm.modules.cmath.RealFunctions.LN2;
import static dev.kaa.vm.modules.cmath.RealFunctions.atan2;
import static dev.kaa.vm.modules.cmath.RealFunctions.hypot;

/**
 * The complex elementary functions with the special values of C99 Annex G (as CPython
 * gives them where the Annex leaves a sign open) and its error conditions. The inverse
 * functions follow Kahan's branch-cut algorithms ("Branch Cuts for Complex Elementary
 * Functions", 1987); the trigonometric ones are the hyperbolic ones rotated by {@code i}. The
 * real functions underneath ({@link RealFunctions}, {@link CorrectlyRounded}) agree with the C
 * library's to the last bit for all but about one argument in four hundred.
 *
 * <p>Thread safety: stateless.
 */
final class ComplexFunctions {
    private ComplexFunctions() {}

    static final double PI = Math.PI;
    static final double E = Math.E;
    /** Beyond this size the usual formulas could overflow in intermediate steps. */
    private static final double LARGE = Double.MAX_VALUE / 4;
    private static final double SQRT_LARGE = Math.sqrt(LARGE);
    /** log(LARGE): beyond it exp and cosh are computed from x - 1, then scaled by e. */
    private static final double LOG_LARGE = CorrectlyRounded.log(LARGE);
    private static final double SQRT_MIN = Math.sqrt(Double.MIN_NORMAL);
    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    private static boolean finite(double v) {
        return Double.isFinite(v);
    }

    // ---- sqrt, exp, log ---------------------------------------------------------------------------

    static Cx sqrt(double x, double y) {
        if (!finite(x) || !finite(y)) {
            if (Double.isInfinite(y)) {
                return Cx.of(INF, y);
            }
            if (x == Double.NEGATIVE_INFINITY) {
                return Double.isNaN(y) ? Cx.of(NAN, INF) : Cx.of(0.0, Math.copySign(INF, y));
            }
            if (x == INF) {
                return Cx.of(INF, Double.isNaN(y) ? NAN : Math.copySign(0.0, y));
            }
            return Cx.of(NAN, NAN);
        }
        if (x == 0 && y == 0) {
            return Cx.of(0.0, y);
        }
        double ax = Math.abs(x), ay = Math.abs(y);
        double s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            // Scale tiny arguments up so that hypot keeps their digits.
            double sx = Math.scalb(ax, 54) / 8, sy = Math.scalb(ay, 54) / 8;
            s = Math.scalb(2 * Math.sqrt(sx + hypot(sx, sy)), -27);
        } else {
            double sx = ax / 8;
            s = 2 * Math.sqrt(sx + hypot(sx, ay / 8));
        }
        double d = ay / (2 * s);
        return x >= 0 ? Cx.of(s, Math.copySign(d, y)) : Cx.of(d, Math.copySign(s, y));
    }

    static Cx exp(double x, double y) {
        if (!finite(x) || !finite(y)) {
            if (Double.isInfinite(x) && finite(y)) {
                if (x < 0) {
                    return Cx.of(Math.copySign(0.0, CorrectlyRounded.cos(y)), Math.copySign(0.0, CorrectlyRounded.sin(y)));
                }
                if (y == 0) {
                    return Cx.of(INF, y);
                }
                return Cx.of(Math.copySign(INF, CorrectlyRounded.cos(y)), Math.copySign(INF, CorrectlyRounded.sin(y)));
            }
            if (x == Double.NEGATIVE_INFINITY) {
                return Cx.of(0.0, 0.0);
            }
            if (x == INF) {
                return Double.isNaN(y) ? Cx.of(INF, NAN) : Cx.domain(NAN, NAN);
            }
            if (finite(x)) {
                return Double.isInfinite(y) ? Cx.domain(NAN, NAN) : Cx.of(NAN, NAN);
            }
            return y == 0 ? Cx.of(NAN, y) : Cx.of(NAN, NAN);
        }
        double re, im;
        if (x > LOG_LARGE) {
            double l = CorrectlyRounded.exp(x - 1);
            re = l * CorrectlyRounded.cos(y) * E;
            im = l * CorrectlyRounded.sin(y) * E;
        } else {
            double l = CorrectlyRounded.exp(x);
            re = l * CorrectlyRounded.cos(y);
            im = l * CorrectlyRounded.sin(y);
        }
        return Cx.checked(re, im);
    }

    static Cx log(double x, double y) {
        if (!finite(x) || !finite(y)) {
            double re = Double.isInfinite(x) || Double.isInfinite(y) ? INF : NAN;
            return Cx.of(re, atan2(y, x));
        }
        double ax = Math.abs(x), ay = Math.abs(y);
        double re;
        if (ax > LARGE || ay > LARGE) {
            re = CorrectlyRounded.log(hypot(ax / 2, ay / 2)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax == 0 && ay == 0) {
                return Cx.domain(Double.NEGATIVE_INFINITY, atan2(y, x));
            }
            re = CorrectlyRounded.log(hypot(Math.scalb(ax, 53), Math.scalb(ay, 53))) - 53 * LN2;
        } else {
            double h = hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                // Near the unit circle log(h) loses digits: log1p of h*h - 1, formed exactly-ish.
                double am = Math.max(ax, ay), an = Math.min(ax, ay);
                re = RealFunctions.log1p((am - 1) * (am + 1) + an * an) / 2;
            } else {
                re = CorrectlyRounded.log(h);
            }
        }
        return Cx.of(re, atan2(y, x));
    }

    // ---- hyperbolic functions ---------------------------------------------------------------------

    static Cx cosh(double x, double y) {
        if (!finite(x) || !finite(y)) {
            if (Double.isInfinite(x) && finite(y)) {
                double sx = x > 0 ? 1 : -1;
                if (y == 0) {
                    return Cx.of(INF, Math.copySign(0.0, sx * Math.copySign(1.0, y)));
                }
                return Cx.of(Math.copySign(INF, CorrectlyRounded.cos(y)), sx * Math.copySign(INF, CorrectlyRounded.sin(y)));
            }
            if (Double.isInfinite(x)) {
                return Double.isNaN(y) ? Cx.of(INF, NAN) : Cx.domain(NAN, NAN);
            }
            if (finite(x)) {
                if (Double.isInfinite(y)) {
                    return Cx.domain(NAN, NAN);
                }
                return x == 0 ? Cx.of(NAN, 0.0) : Cx.of(NAN, NAN);
            }
            return y == 0 ? Cx.of(NAN, 0.0) : Cx.of(NAN, NAN);
        }
        double re, im;
        if (Math.abs(x) > LOG_LARGE) {
            double xm1 = x - Math.copySign(1.0, x);
            re = CorrectlyRounded.cos(y) * RealFunctions.cosh(xm1) * E;
            im = CorrectlyRounded.sin(y) * RealFunctions.sinh(xm1) * E;
        } else {
            re = CorrectlyRounded.cos(y) * RealFunctions.cosh(x);
            im = CorrectlyRounded.sin(y) * RealFunctions.sinh(x);
        }
        return Cx.checked(re, im);
    }

    static Cx sinh(double x, double y) {
        if (!finite(x) || !finite(y)) {
            if (Double.isInfinite(x) && finite(y)) {
                if (y == 0) {
                    return Cx.of(x, y);
                }
                double sx = x > 0 ? 1 : -1;
                return Cx.of(sx * Math.copySign(INF, CorrectlyRounded.cos(y)), Math.copySign(INF, CorrectlyRounded.sin(y)));
            }
            if (Double.isInfinite(x)) {
                return Double.isNaN(y) ? Cx.of(INF, NAN) : Cx.domain(NAN, NAN);
            }
            if (finite(x)) {
                if (Double.isInfinite(y)) {
                    return Cx.domain(NAN, NAN);
                }
                return x == 0 ? Cx.of(0.0, NAN) : Cx.of(NAN, NAN);
            }
            return y == 0 ? Cx.of(NAN, y) : Cx.of(NAN, NAN);
        }
        double re, im;
        if (Math.abs(x) > LOG_LARGE) {
            double xm1 = x - Math.copySign(1.0, x);
            re = CorrectlyRounded.cos(y) * RealFunctions.sinh(xm1) * E;
            im = CorrectlyRounded.sin(y) * RealFunctions.cosh(xm1) * E;
        } else {
            re = CorrectlyRounded.cos(y) * RealFunctions.sinh(x);
            im = CorrectlyRounded.sin(y) * RealFunctions.cosh(x);
        }
        return Cx.checked(re, im);
    }

    static Cx tanh(double x, double y) {
        if (!finite(x) || !finite(y)) {
            if (Double.isInfinite(x)) {
                double im = finite(y) ? Math.copySign(0.0, 2 * CorrectlyRounded.sin(y) * CorrectlyRounded.cos(y)) : 0.0;
                return Cx.of(Math.copySign(1.0, x), im);
            }
            if (finite(x)) {
                return Double.isInfinite(y) ? Cx.domain(NAN, NAN) : Cx.of(NAN, NAN);
            }
            return y == 0 ? Cx.of(NAN, y) : Cx.of(NAN, NAN);
        }
        if (Math.abs(x) > LOG_LARGE) {
            return Cx.of(Math.copySign(1.0, x), 4 * CorrectlyRounded.sin(y) * CorrectlyRounded.cos(y) * CorrectlyRounded.exp(-2 * Math.abs(x)));
        }
        double t = RealFunctions.tanh(x);
        double ty = CorrectlyRounded.tan(y);
        double cx = 1 / RealFunctions.cosh(x);
        double txty = t * ty;
        double denom = 1 + txty * txty;
        return Cx.of(t * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }

    // ---- inverse functions ------------------------------------------------------------------------

    static Cx acos(double x, double y) {
        if (!finite(x) || !finite(y)) {
            if (Double.isInfinite(x)) {
                if (Double.isNaN(y)) {
                    return Cx.of(NAN, INF);
                }
                if (Double.isInfinite(y)) {
                    return Cx.of(x < 0 ? 0.75 * PI : 0.25 * PI, -y);
                }
                return Cx.of(x < 0 ? PI : 0.0, -Math.copySign(INF, y));
            }
            if (Double.isInfinite(y)) {
                return Cx.of(Double.isNaN(x) ? NAN : PI / 2, -y);
            }
            if (Double.isNaN(x)) {
                return Cx.of(NAN, NAN);
            }
            return x == 0 ? Cx.of(PI / 2, NAN) : Cx.of(NAN, NAN);
        }
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            double re = atan2(Math.abs(y), x);
            double l = CorrectlyRounded.log(hypot(x / 2, y / 2)) + 2 * LN2;
            return Cx.of(re, x < 0 ? -Math.copySign(l, y) : Math.copySign(l, -y));
        }
        Cx s1 = sqrt(1 - x, -y);
        Cx s2 = sqrt(1 + x, y);
        return Cx.of(2 * atan2(s1.re(), s2.re()), RealFunctions.asinh(s2.re() * s1.im() - s2.im() * s1.re()));
    }

    static Cx acosh(double x, double y) {
        if (!finite(x) || !finite(y)) {
            double re = Double.isInfinite(x) || Double.isInfinite(y) ? INF : NAN;
            return Cx.of(re, atan2(y, x));
        }
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            return Cx.of(CorrectlyRounded.log(hypot(x / 2, y / 2)) + 2 * LN2, atan2(y, x));
        }
        Cx s1 = sqrt(x - 1, y);
        Cx s2 = sqrt(x + 1, y);
        return Cx.of(RealFunctions.asinh(s1.re() * s2.re() + s1.im() * s2.im()), 2 * atan2(s1.im(), s2.re()));
    }

    static Cx asinh(double x, double y) {
        if (!finite(x) || !finite(y)) {
            if (Double.isInfinite(x)) {
                if (Double.isNaN(y)) {
                    return Cx.of(x, NAN);
                }
                return Cx.of(x, Double.isInfinite(y) ? Math.copySign(0.25 * PI, y) : Math.copySign(0.0, y));
            }
            if (Double.isInfinite(y)) {
                return Double.isNaN(x) ? Cx.of(INF, NAN) : Cx.of(Math.copySign(INF, x), Math.copySign(PI / 2, y));
            }
            if (Double.isNaN(x)) {
                return y == 0 ? Cx.of(NAN, y) : Cx.of(NAN, NAN);
            }
            return Cx.of(NAN, NAN);
        }
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            double l = CorrectlyRounded.log(hypot(x / 2, y / 2)) + 2 * LN2;
            double re = y >= 0 ? Math.copySign(l, x) : -Math.copySign(l, -x);
            return Cx.of(re, atan2(y, Math.abs(x)));
        }
        Cx s1 = sqrt(1 + y, -x);
        Cx s2 = sqrt(1 - y, x);
        return Cx.of(RealFunctions.asinh(s1.re() * s2.im() - s2.re() * s1.im()),
                atan2(y, s1.re() * s2.re() - s1.im() * s2.im()));
    }

    static Cx atanh(double x, double y) {
        if (!finite(x) || !finite(y)) {
            if (Double.isInfinite(x)) {
                return Cx.of(Math.copySign(0.0, x), Double.isNaN(y) ? NAN : Math.copySign(PI / 2, y));
            }
            if (Double.isInfinite(y)) {
                return Cx.of(Double.isNaN(x) ? 0.0 : Math.copySign(0.0, x), Math.copySign(PI / 2, y));
            }
            if (Double.isNaN(x)) {
                return Cx.of(NAN, NAN);
            }
            return x == 0 ? Cx.of(x, NAN) : Cx.of(NAN, NAN);
        }
        if (x < 0) {
            return atanh(-x, -y).negate();
        }
        double ay = Math.abs(y);
        if (x > SQRT_LARGE || ay > SQRT_LARGE) {
            double h = hypot(x / 2, y / 2);
            return Cx.of(x / 4 / h / h, -Math.copySign(PI / 2, -y));
        }
        if (x == 1 && ay < SQRT_MIN) {
            if (ay == 0) {
                return Cx.domain(INF, y);
            }
            return Cx.of(-CorrectlyRounded.log(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2))), Math.copySign(atan2(2, -ay) / 2, y));
        }
        double re = RealFunctions.log1p(4 * x / ((1 - x) * (1 - x) + ay * ay)) / 4;
        double im = -atan2(-2 * y, (1 - x) * (1 + x) - ay * ay) / 2;
        return Cx.of(re, im);
    }

    // ---- the trigonometric functions through the hyperbolic ones ----------------------------------

    static Cx cos(double x, double y) {
        return cosh(-y, x);
    }

    static Cx sin(double x, double y) {
        return sinh(-y, x).timesMinusI();
    }

    static Cx tan(double x, double y) {
        return tanh(-y, x).timesMinusI();
    }

    static Cx asin(double x, double y) {
        return asinh(-y, x).timesMinusI();
    }

    static Cx atan(double x, double y) {
        return atanh(-y, x).timesMinusI();
    }
}
