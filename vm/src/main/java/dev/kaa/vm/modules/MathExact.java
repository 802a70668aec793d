package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.BinaryOp;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyTuple;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The functions of {@code math} whose float results are correctly rounded sums: {@code fsum}
 * (the exact sum of the floats, rounded once, as Shewchuk's algorithm in CPython gives),
 * {@code hypot}, {@code dist} and {@code sumprod}. Exact sums are computed in
 * {@link BigDecimal}, where every finite double is exact.
 *
 * <p>Thread safety: stateless.
 */
final class MathExact {
    private MathExact() {}

    /** {@code d} rounded once from an exact value; ties to even as IEEE addition. */
    static double round(BigDecimal exact) {
        return exact.doubleValue();
    }

    @PyMethod(doc = "Add up the floats of an iterable with no rounding error until the final result.")
    static double fsum(Object seq) {
        Object it = Abstract.iter(seq);
        BigDecimal sum = BigDecimal.ZERO;
        double special = 0.0;
        boolean sawSpecial = false, sawNan = false, sawPosInf = false, sawNegInf = false;
        for (Object x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            double d = Abstract.asDouble(x);
            if (!Double.isFinite(d)) {
                sawSpecial = true;
                if (Double.isNaN(d)) {
                    sawNan = true;
                } else if (d > 0) {
                    sawPosInf = true;
                } else {
                    sawNegInf = true;
                }
                special += d;
                continue;
            }
            sum = sum.add(new BigDecimal(d));
        }
        if (sawSpecial) {
            if (sawPosInf && sawNegInf) {
                throw PyErr.valueError("-inf + inf in fsum");
            }
            return sawNan ? Double.NaN : special;
        }
        double r = round(sum);
        if (Double.isInfinite(r)) {
            throw PyErr.overflowError("intermediate overflow in fsum");
        }
        return r;
    }

    /** The correctly rounded Euclidean norm of finite {@code xs}. */
    static double norm(double[] xs) {
        double max = 0.0;
        boolean nan = false;
        for (double x : xs) {
            if (Double.isInfinite(x)) {
                return Double.POSITIVE_INFINITY;
            }
            if (Double.isNaN(x)) {
                nan = true;
            } else {
                max = Math.max(max, Math.abs(x));
            }
        }
        if (nan) {
            return Double.NaN;
        }
        if (max == 0 || xs.length == 1) {
            return max;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (double x : xs) {
            BigDecimal b = new BigDecimal(x);
            sum = sum.add(b.multiply(b));
        }
        // 40 digits leave the rounding to double decided except in cases of astronomically
        // small probability (a square root is never exactly half-way between two doubles).
        BigDecimal root = sum.sqrt(new MathContext(40, RoundingMode.HALF_EVEN));
        return round(root);
    }

    @PyMethod(doc = "The length of the vector given by the arguments: sqrt(sum of squares), without overflow.")
    static double hypot(Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("math.hypot() takes no keyword arguments");
        }
        double[] xs = new double[args.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = Abstract.asDouble(args[i]);
        }
        return norm(xs);
    }

    @PyMethod(doc = "The straight-line distance between points p and q (equal-length coordinate sequences).")
    static double dist(Object p, Object q) {
        PyTuple tp = p instanceof PyTuple t ? t : PyTuple.fromIterable(p);
        PyTuple tq = q instanceof PyTuple t ? t : PyTuple.fromIterable(q);
        if (tp.size() != tq.size()) {
            throw PyErr.valueError("both points must have the same number of dimensions");
        }
        double[] diffs = new double[tp.size()];
        for (int i = 0; i < diffs.length; i++) {
            diffs[i] = Math.abs(Abstract.asDouble(tp.get(i)) - Abstract.asDouble(tq.get(i)));
        }
        return norm(diffs);
    }

    private static boolean exactInt(Object o) {
        return o.getClass() == PyInt.class || o instanceof PyBool;
    }

    @PyMethod(doc = "The dot product of p and q: sum of p[i] * q[i], computed with extra precision.")
    static Object sumprod(Object p, Object q) {
        Object ip = Abstract.iter(p), iq = Abstract.iter(q);
        List<Object> ps = new ArrayList<>(), qs = new ArrayList<>();
        while (true) {
            Object a = Abstract.next(ip);
            Object b = Abstract.next(iq);
            if (a == null || b == null) {
                if (a != null || b != null) {
                    throw PyErr.valueError("Inputs are not the same length");
                }
                break;
            }
            ps.add(a);
            qs.add(b);
        }
        int n = ps.size();
        boolean allInt = true, allReal = true;
        for (int i = 0; i < n; i++) {
            Object a = ps.get(i), b = qs.get(i);
            allInt &= exactInt(a) && exactInt(b);
            allReal &= (exactInt(a) || a.getClass() == PyFloat.class) && (exactInt(b) || b.getClass() == PyFloat.class);
        }
        if (allInt) {
            BigInteger s = BigInteger.ZERO;
            for (int i = 0; i < n; i++) {
                s = s.add(((PyInt) ps.get(i)).bigValue().multiply(((PyInt) qs.get(i)).bigValue()));
            }
            return PyInt.of(s);
        }
        if (allReal && n > 0) {
            BigDecimal s = BigDecimal.ZERO;
            double plain = 0.0;
            boolean finite = true;
            for (int i = 0; i < n; i++) {
                double a = Abstract.asDouble(ps.get(i)), b = Abstract.asDouble(qs.get(i));
                plain += a * b;
                if (!Double.isFinite(a) || !Double.isFinite(b) || !Double.isFinite(a * b)) {
                    finite = false;
                } else if (finite) {
                    s = s.add(new BigDecimal(a).multiply(new BigDecimal(b)));
                }
            }
            return new PyFloat(finite ? round(s) : plain);
        }
        Object total = PyInt.ZERO;
        for (int i = 0; i < n; i++) {
            total = Abstract.binaryOp(total, Abstract.binaryOp(ps.get(i), qs.get(i), BinaryOp.MULTIPLY), BinaryOp.ADD);
        }
        return total;
    }
}
