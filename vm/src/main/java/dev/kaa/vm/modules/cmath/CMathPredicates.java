package dev.kaa.vm.modules.cmath;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyMethod;

/**
 * The cmath tests of values ({@code isfinite}, {@code isinf}, {@code isnan}, {@code isclose})
 * and the polar-to-rectangular conversion's special values.
 *
 * <p>Thread safety: stateless.
 */
final class CMathPredicates {
    private CMathPredicates() {}

    @PyMethod(doc = "Whether neither part of z is infinite or NaN.")
    static boolean isfinite(Object z) {
        double[] p = CMathModule.parts(z);
        return Double.isFinite(p[0]) && Double.isFinite(p[1]);
    }

    @PyMethod(doc = "Whether either part of z is infinite.")
    static boolean isinf(Object z) {
        double[] p = CMathModule.parts(z);
        return Double.isInfinite(p[0]) || Double.isInfinite(p[1]);
    }

    @PyMethod(doc = "Whether either part of z is a NaN.")
    static boolean isnan(Object z) {
        double[] p = CMathModule.parts(z);
        return Double.isNaN(p[0]) || Double.isNaN(p[1]);
    }

    @PyMethod(doc = "True when abs(a - b) is at most rel_tol times the larger of abs(a) and abs(b),\n"
            + "or at most abs_tol (keyword-only; 1e-09 and 0.0 by default).")
    static boolean isclose(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos > 2) {
            throw PyErr.typeError("isclose() takes exactly 2 positional arguments (%d given)", npos);
        }
        Object a = npos > 0 ? args[0] : null, b = npos > 1 ? args[1] : null;
        double relTol = 1e-09, absTol = 0.0;
        for (int k = 0; k < nkw; k++) {
            Object v = args[npos + k];
            switch (kwnames[k]) {
                case "a" -> {
                    if (a != null) {
                        throw PyErr.typeError("argument for isclose() given by name ('a') and position (1)");
                    }
                    a = v;
                }
                case "b" -> {
                    if (b != null) {
                        throw PyErr.typeError("argument for isclose() given by name ('b') and position (2)");
                    }
                    b = v;
                }
                case "rel_tol" -> relTol = Abstract.asDouble(v);
                case "abs_tol" -> absTol = Abstract.asDouble(v);
                default -> throw PyErr.typeError("isclose() got an unexpected keyword argument '%s'", kwnames[k]);
            }
        }
        if (a == null) {
            throw PyErr.typeError("isclose() missing required argument 'a' (pos 1)");
        }
        if (b == null) {
            throw PyErr.typeError("isclose() missing required argument 'b' (pos 2)");
        }
        double[] x = CMathModule.parts(a), y = CMathModule.parts(b);
        if (relTol < 0.0 || absTol < 0.0) {
            throw PyErr.valueError("tolerances must be non-negative");
        }
        if (x[0] == y[0] && x[1] == y[1]) {
            return true;
        }
        if (Double.isInfinite(x[0]) || Double.isInfinite(x[1]) || Double.isInfinite(y[0]) || Double.isInfinite(y[1])) {
            return false;
        }
        double diff = RealFunctions.hypot(y[0] - x[0], y[1] - x[1]);
        return diff <= relTol * RealFunctions.hypot(y[0], y[1]) || diff <= relTol * RealFunctions.hypot(x[0], x[1])
                || diff <= absTol;
    }

    /** {@code rect(r, phi)}, with the special values for infinite and NaN arguments. */
    static Cx rect(double r, double phi) {
        if (Double.isFinite(r) && Double.isFinite(phi)) {
            return Cx.of(r * CorrectlyRounded.cos(phi), r * CorrectlyRounded.sin(phi));
        }
        if (Double.isInfinite(r)) {
            if (Double.isFinite(phi)) {
                if (phi == 0) {
                    return Cx.of(r, r > 0 ? phi : -phi);
                }
                return Cx.of(r * CorrectlyRounded.cos(phi), r * CorrectlyRounded.sin(phi));
            }
            return Double.isNaN(phi) ? Cx.of(Double.POSITIVE_INFINITY, Double.NaN) : Cx.domain(Double.NaN, Double.NaN);
        }
        if (Double.isNaN(r)) {
            return phi == 0 ? Cx.of(Double.NaN, 0.0) : Cx.of(Double.NaN, Double.NaN);
        }
        if (r == 0) {
            return Cx.of(0.0, 0.0);
        }
        return Double.isInfinite(phi) ? Cx.domain(Double.NaN, Double.NaN) : Cx.of(Double.NaN, Double.NaN);
    }
}
