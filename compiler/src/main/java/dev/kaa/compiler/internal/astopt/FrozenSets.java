package dev.kaa.compiler.internal.astopt;

import dev.kaa.bytecode.Constant;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@code frozenset} constants from literal items, dropping items equal (by Python's
 * {@code ==} on constants: {@code 1 == 1.0 == True}) to an earlier one, as a set keeps the first.
 * The order of the items is the source order; CPython's is its hash order, which {@code marshal}
 * does not keep anyway (it sorts set items, bpo-37596).
 *
 * <p>Thread safety: immutable (static functions only).
 */
final class FrozenSets {
    private FrozenSets() {}

    static Constant.FrozenSet of(List<Object> items) {
        List<Object> out = new ArrayList<>();
        for (Object item : items) {
            boolean seen = false;
            for (Object o : out) {
                if (pyEquals(o, item)) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                out.add(item);
            }
        }
        return new Constant.FrozenSet(out);
    }

    /** Python's {@code a == b} for constants (NaN is not equal to itself). */
    static boolean pyEquals(Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            return numEquals(a, b);
        }
        if (a instanceof Constant.Tuple x && b instanceof Constant.Tuple y) {
            if (x.items().size() != y.items().size()) {
                return false;
            }
            for (int i = 0; i < x.items().size(); i++) {
                Object p = x.items().get(i);
                Object q = y.items().get(i);
                // Tuples compare items by identity first; equal constants stand in for that.
                if (p != q && !pyEquals(p, q)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Constant.FrozenSet x && b instanceof Constant.FrozenSet y) {
            return x.items().size() == y.items().size() && containsAll(x, y) && containsAll(y, x);
        }
        return a.equals(b);
    }

    private static boolean containsAll(Constant.FrozenSet x, Constant.FrozenSet y) {
        outer:
        for (Object p : y.items()) {
            for (Object q : x.items()) {
                if (pyEquals(p, q)) {
                    continue outer;
                }
            }
            return false;
        }
        return true;
    }

    private static boolean isNumber(Object o) {
        return ConstantFolder.isInt(o) || o instanceof Double || o instanceof Constant.Complex;
    }

    private static boolean numEquals(Object a, Object b) {
        if (a instanceof Constant.Complex || b instanceof Constant.Complex) {
            double[] x = parts(a);
            double[] y = parts(b);
            if (x == null || y == null) {
                return false;
            }
            return x[1] == y[1] && realEquals(a instanceof Constant.Complex ? (Object) x[0] : a,
                    b instanceof Constant.Complex ? (Object) y[0] : b);
        }
        return realEquals(a, b);
    }

    /** Exact comparison of ints and floats, as Python compares them. */
    private static boolean realEquals(Object a, Object b) {
        if (ConstantFolder.isInt(a) && ConstantFolder.isInt(b)) {
            return ConstantFolder.big(a).equals(ConstantFolder.big(b));
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x.doubleValue() == y.doubleValue();
        }
        double d = a instanceof Double x ? x : (Double) b;
        BigInteger i = ConstantFolder.big(a instanceof Double ? b : a);
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return false;
        }
        return new BigDecimal(d).compareTo(new BigDecimal(i)) == 0;
    }

    private static double[] parts(Object o) {
        if (o instanceof Constant.Complex c) {
            return new double[] {c.real(), c.imag()};
        }
        return new double[] {Double.NaN, 0.0};
    }
}
