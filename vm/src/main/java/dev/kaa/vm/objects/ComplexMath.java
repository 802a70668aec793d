package dev.kaa.vm.objects;

/**
 * Complex division and power with CPython's algorithms as documented behaviour: division by
 * the scaled (Smith) method, integral exponents up to 100 by repeated squaring, others through
 * polar form; a zero base with a negative or complex exponent is a {@code ZeroDivisionError},
 * an infinite result an {@code OverflowError}.
 *
 * <p>Thread safety: stateless.
 */
final class ComplexMath {
    private ComplexMath() {}

    /** Set when a division by zero happened inside {@link #quot} (the domain error of C's errno). */
    private static final class Domain extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Domain() {
            super(null, null, false, false);
        }
    }

    /** {@code a / b}; {@code ZeroDivisionError} for a zero divisor. */
    static PyComplex div(double ar, double ai, double br, double bi) {
        try {
            double[] r = quot(ar, ai, br, bi);
            return new PyComplex(r[0], r[1]);
        } catch (Domain d) {
            throw PyErr.zeroDivisionError("complex division by zero");
        }
    }

    private static double[] quot(double ar, double ai, double br, double bi) {
        double absBr = Math.abs(br), absBi = Math.abs(bi);
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                throw new Domain();
            }
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new double[] {(ar + ai * ratio) / denom, (ai - ar * ratio) / denom};
        } else if (absBi >= absBr) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new double[] {(ar * ratio + ai) / denom, (ai * ratio - ar) / denom};
        }
        return new double[] {Double.NaN, Double.NaN};
    }

    private static double[] prod(double[] a, double[] b) {
        return new double[] {a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]};
    }

    private static double[] powu(double[] x, long n) {
        double[] r = {1.0, 0.0};
        double[] p = x;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                r = prod(r, p);
            }
            mask <<= 1;
            p = prod(p, p);
        }
        return r;
    }

    private static double[] powGeneral(double ar, double ai, double br, double bi) {
        if (br == 0 && bi == 0) {
            return new double[] {1.0, 0.0};
        }
        if (ar == 0 && ai == 0) {
            if (bi != 0 || br < 0) {
                throw new Domain();
            }
            return new double[] {0.0, 0.0};
        }
        double vabs = Math.hypot(ar, ai);
        double len = Math.pow(vabs, br);
        double at = Math.atan2(ai, ar);
        double phase = at * br;
        if (bi != 0) {
            len /= Math.exp(at * bi);
            phase += bi * Math.log(vabs);
        }
        if (Double.isInfinite(phase)) {
            // C's cos and sin of an infinity set errno to EDOM, which CPython reports so.
            throw new Domain();
        }
        return new double[] {len * Math.cos(phase), len * Math.sin(phase)};
    }

    /** {@code a ** b} for complex operands. */
    static PyComplex pow(double ar, double ai, double br, double bi) {
        double[] r;
        try {
            if (bi == 0 && br == Math.floor(br) && Math.abs(br) <= 100.0) {
                long n = (long) br;
                double[] x = {ar, ai};
                if (n > 0) {
                    r = powu(x, n);
                } else {
                    double[] d = powu(x, -n);
                    r = quot(1.0, 0.0, d[0], d[1]);
                }
            } else {
                r = powGeneral(ar, ai, br, bi);
            }
        } catch (Domain d) {
            throw PyErr.zeroDivisionError("0.0 to a negative or complex power");
        }
        if (Double.isInfinite(r[0]) || Double.isInfinite(r[1])) {
            throw PyErr.overflowError("complex exponentiation");
        }
        return new PyComplex(r[0], r[1]);
    }

    private static long partHash(Object self, double v) {
        if (Double.isNaN(v)) {
            long h = Long.rotateRight(Identity.id(self), 4);
            return h == -1 ? -2 : h;
        }
        return FloatHash.hash(v);
    }

    /** {@code abs(z)}. */
    static double abs(double re, double im) {
        if (Double.isInfinite(re) || Double.isInfinite(im)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(re) || Double.isNaN(im)) {
            return Double.NaN;
        }
        double r = Math.hypot(re, im);
        if (Double.isInfinite(r)) {
            throw PyErr.overflowError("absolute value too large");
        }
        return r;
    }

    /** {@code hash(complex)}: the real part's hash plus 1000003 times the imaginary part's (a nan part by identity). */
    static long hash(Object self, double re, double im) {
        long h = partHash(self, re) + 1000003L * partHash(self, im);
        return h == -1 ? -2 : h;
    }
}
