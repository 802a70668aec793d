package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;
import java.math.BigInteger;

/**
 * {@code slice(start, stop, step)}. Since 3.12 slices are hashable (when their parts are) and
 * compare like the tuple {@code (start, stop, step)}.
 *
 * <p>Thread safety: immutable.
 */
public final class PySlice extends PyObject {
    public static final PyType TYPE = PyType.builtin("slice", PySlice.class, MethodHandles.lookup(), 0).withDoc(TypeDocs.SLICE);

    final Object start, stop, step;

    public PySlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override public PyType type() {
        return TYPE;
    }

    /**
     * The slice applied to a sequence of {@code length} items: {start, stop, step, count}, as
     * CPython's {@code PySlice_GetIndicesEx} (bounds beyond a long are clamped, which changes
     * nothing for sequences that fit in memory).
     */
    public long[] indices(long length) {
        long st;
        if (step == PyNone.NONE) {
            st = 1;
        } else {
            st = clampIndex(step);
            if (st == 0) {
                throw PyErr.valueError("slice step cannot be zero");
            }
        }
        long lower = st < 0 ? -1 : 0, upper = st < 0 ? length - 1 : length;
        long a = start == PyNone.NONE ? (st < 0 ? upper : lower) : adjust(clampIndex(start), length, lower, upper);
        long b = stop == PyNone.NONE ? (st < 0 ? lower : upper) : adjust(clampIndex(stop), length, lower, upper);
        long n;
        if (st < 0) {
            n = b < a ? (a - b - 1) / -st + 1 : 0;
        } else {
            n = a < b ? (b - a - 1) / st + 1 : 0;
        }
        return new long[] {a, b, st, n};
    }

    /** True when this slice takes every item of a sequence of {@code length} in order. */
    boolean isFull(int length) {
        long[] r = indices(length);
        return r[0] == 0 && r[2] == 1 && r[3] == length;
    }

    private static long adjust(long i, long length, long lower, long upper) {
        if (i < 0) {
            i += length;
            return i < lower ? lower : i;
        }
        return i > upper ? upper : i;
    }

    private static PyInt indexOf(Object o) {
        if (!(o instanceof PyInt) && Abstract.typeOf(o).slot(Slot.__index__) == null) {
            throw PyErr.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Abstract.index(o);
    }

    private static long clampIndex(Object o) {
        PyInt i = indexOf(o);
        if (i.isLong()) {
            return Math.max(Math.min(i.longValue(), Long.MAX_VALUE / 4), Long.MIN_VALUE / 4);
        }
        return i.signum() < 0 ? Long.MIN_VALUE / 4 : Long.MAX_VALUE / 4;
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("slice() takes no keyword arguments");
        }
        return switch (args.length) {
            case 0 -> throw PyErr.typeError("slice expected at least 1 argument, got 0");
            case 1 -> new PySlice(PyNone.NONE, args[0], PyNone.NONE);
            case 2 -> new PySlice(args[0], args[1], PyNone.NONE);
            case 3 -> new PySlice(args[0], args[1], args[2]);
            default -> throw PyErr.typeError("slice expected at most 3 arguments, got %d", args.length);
        };
    }

    @PyGetter(member = true)
    Object start() {
        return start;
    }

    @PyGetter(member = true)
    Object stop() {
        return stop;
    }

    @PyGetter(member = true)
    Object step() {
        return step;
    }

    /** {@code slice.indices(length)} in arbitrary precision, as CPython's. */
    @PyMethod("indices")
    Object indicesMethod(Object lengthArg) {
        BigInteger length = Abstract.index(lengthArg).bigValue();
        if (length.signum() < 0) {
            throw PyErr.valueError("length should not be negative");
        }
        BigInteger st = BigInteger.ONE;
        if (step != PyNone.NONE) {
            st = indexOf(step).bigValue();
            if (st.signum() == 0) {
                throw PyErr.valueError("slice step cannot be zero");
            }
        }
        boolean back = st.signum() < 0;
        BigInteger lower = back ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = back ? length.subtract(BigInteger.ONE) : length;
        BigInteger a = start == PyNone.NONE ? (back ? upper : lower) : bound(indexOf(start).bigValue(), length, lower, upper);
        BigInteger b = stop == PyNone.NONE ? (back ? lower : upper) : bound(indexOf(stop).bigValue(), length, lower, upper);
        return PyTuple.of(PyInt.of(a), PyInt.of(b), PyInt.of(st));
    }

    private static BigInteger bound(BigInteger i, BigInteger length, BigInteger lower, BigInteger upper) {
        if (i.signum() < 0) {
            i = i.add(length);
            return i.compareTo(lower) < 0 ? lower : i;
        }
        return i.compareTo(upper) > 0 ? upper : i;
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of("slice(" + Abstract.repr(start) + ", " + Abstract.repr(stop) + ", " + Abstract.repr(step) + ")");
    }

    @PyMethod
    long __hash__() {
        // The tuple hash of (start, stop, step) without its length term, as CPython 3.12+.
        final long p1 = 0x9E3779B185EBCA87L, p2 = 0xC2B2AE3D27D4EB4FL, p5 = 0x27D4EB2F165667C5L;
        long acc = p5;
        for (Object part : new Object[] {start, stop, step}) {
            acc += Abstract.hash(part) * p2;
            acc = Long.rotateLeft(acc, 31);
            acc *= p1;
        }
        return acc == -1 ? 1546275796L : acc;
    }

    private Object compare(Object other, CompareOp op) {
        if (!(other instanceof PySlice s)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        if (s == this && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return PyBool.of(op == CompareOp.EQ);
        }
        return Sequences.compare(PyTuple.of(start, stop, step), PyTuple.of(s.start, s.stop, s.step), op);
    }

    @PyMethod
    Object __eq__(Object other) {
        return compare(other, CompareOp.EQ);
    }

    @PyMethod
    Object __ne__(Object other) {
        return compare(other, CompareOp.NE);
    }

    @PyMethod
    Object __lt__(Object other) {
        return compare(other, CompareOp.LT);
    }

    @PyMethod
    Object __le__(Object other) {
        return compare(other, CompareOp.LE);
    }

    @PyMethod
    Object __gt__(Object other) {
        return compare(other, CompareOp.GT);
    }

    @PyMethod
    Object __ge__(Object other) {
        return compare(other, CompareOp.GE);
    }

    @PyMethod
    Object __reduce__() {
        return PyTuple.of(TYPE, PyTuple.of(start, stop, step));
    }
}
