package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;
import java.math.BigInteger;

/**
 * Python's {@code range}: an immutable arithmetic sequence of ints of any size. Membership,
 * {@code index} and {@code count} of ints take constant time; slicing gives a range.
 *
 * <p>Thread safety: immutable.
 */
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtin("range", PyRange.class, MethodHandles.lookup(), PyType.SEQUENCE);

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    final PyInt start, stop, step, length;

    PyRange(PyInt start, PyInt stop, PyInt step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = start.isLong() && stop.isLong() && step.isLong()
                ? lengthOf(start.longValue(), stop.longValue(), step.longValue())
                : PyInt.of(lengthOf(start.bigValue(), stop.bigValue(), step.bigValue()));
    }

    /** The length for bounds that fit a long (the common case), without BigInteger arithmetic. */
    private static PyInt lengthOf(long lo, long hi, long step) {
        try {
            if (step > 0 && lo < hi) {
                return PyInt.of(Math.addExact(Math.subtractExact(Math.subtractExact(hi, lo), 1) / step, 1));
            }
            if (step < 0 && lo > hi) {
                return PyInt.of(Math.addExact(Math.subtractExact(Math.subtractExact(lo, hi), 1) / Math.negateExact(step), 1));
            }
            return PyInt.ZERO;
        } catch (ArithmeticException overflow) {
            return PyInt.of(lengthOf(BigInteger.valueOf(lo), BigInteger.valueOf(hi), BigInteger.valueOf(step)));
        }
    }

    /** {@code range(start, stop, step)} from Java; {@code step} must not be 0. */
    public static PyRange of(long start, long stop, long step) {
        return new PyRange(PyInt.of(start), PyInt.of(stop), PyInt.of(step));
    }

    @Override public PyType type() {
        return TYPE;
    }

    static BigInteger lengthOf(BigInteger lo, BigInteger hi, BigInteger step) {
        if (step.signum() > 0 && lo.compareTo(hi) < 0) {
            return hi.subtract(lo).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE);
        }
        if (step.signum() < 0 && lo.compareTo(hi) > 0) {
            return lo.subtract(hi).subtract(BigInteger.ONE).divide(step.negate()).add(BigInteger.ONE);
        }
        return BigInteger.ZERO;
    }

    static boolean fitsLong(BigInteger v) {
        return v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0;
    }

    /** The item at {@code i} (0 ≤ i < length). */
    private PyInt itemAt(BigInteger i) {
        if (start.isLong() && step.isLong() && fitsLong(i)) {
            long s = start.longValue(), st = step.longValue(), k = i.longValue();
            long prod = st * k;
            if (Math.multiplyHigh(st, k) == (prod >> 63)) {
                long r = s + prod;
                if (((s ^ r) & (prod ^ r)) >= 0) {
                    return PyInt.of(r);
                }
            }
        }
        return PyInt.of(start.bigValue().add(step.bigValue().multiply(i)));
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("range() takes no keyword arguments");
        }
        switch (args.length) {
            case 0 -> throw PyErr.typeError("range expected at least 1 argument, got 0");
            case 1 -> {
                return new PyRange(PyInt.ZERO, Ints.exact(Abstract.index(args[0])), PyInt.ONE);
            }
            case 2, 3 -> {
                PyInt a = Ints.exact(Abstract.index(args[0]));
                PyInt b = Ints.exact(Abstract.index(args[1]));
                PyInt c = args.length == 3 ? Ints.exact(Abstract.index(args[2])) : PyInt.ONE;
                if (c.signum() == 0) {
                    throw PyErr.valueError("range() arg 3 must not be zero");
                }
                return new PyRange(a, b, c);
            }
            default -> throw PyErr.typeError("range expected at most 3 arguments, got %d", args.length);
        }
    }

    @PyGetter(value = "start", member = true)
    Object startAttr() {
        return start;
    }

    @PyGetter(value = "stop", member = true)
    Object stopAttr() {
        return stop;
    }

    @PyGetter(value = "step", member = true)
    Object stepAttr() {
        return step;
    }

    @PyMethod
    Object __len__() {
        if (!length.isLong()) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        return length;
    }

    @PyMethod
    boolean __bool__() {
        return length.signum() != 0;
    }

    @PyMethod
    Object __repr__() {
        String s = "range(" + Ints.toDecimal(start) + ", " + Ints.toDecimal(stop);
        if (!(step.isLong() && step.longValue() == 1)) {
            s += ", " + Ints.toDecimal(step);
        }
        return PyStr.of(s + ")");
    }

    @PyMethod
    Object __getitem__(Object index) {
        if (index instanceof PySlice s) {
            return slice(s);
        }
        if (!(index instanceof PyInt) && Abstract.typeOf(index).slot(Slot.__index__) == null) {
            throw PyErr.typeError("range indices must be integers or slices, not %T", index);
        }
        BigInteger i = Abstract.index(index).bigValue();
        BigInteger n = length.bigValue();
        if (i.signum() < 0) {
            i = i.add(n);
        }
        if (i.signum() < 0 || i.compareTo(n) >= 0) {
            throw PyErr.indexError("range object index out of range");
        }
        return itemAt(i);
    }

    private PyRange slice(PySlice s) {
        PyTuple t = (PyTuple) s.indicesMethod(length);
        BigInteger a = ((PyInt) t.get(0)).bigValue(), b = ((PyInt) t.get(1)).bigValue(), st = ((PyInt) t.get(2)).bigValue();
        BigInteger s0 = start.bigValue(), step0 = step.bigValue();
        return new PyRange(PyInt.of(s0.add(a.multiply(step0))), PyInt.of(s0.add(b.multiply(step0))),
                PyInt.of(step0.multiply(st)));
    }

    /** Membership of an exact int (or bool) by arithmetic. */
    private boolean containsInt(PyInt x) {
        BigInteger v = x.bigValue(), lo = start.bigValue(), hi = stop.bigValue(), st = step.bigValue();
        boolean inBounds = st.signum() > 0 ? lo.compareTo(v) <= 0 && v.compareTo(hi) < 0
                : hi.compareTo(v) < 0 && v.compareTo(lo) <= 0;
        return inBounds && v.subtract(lo).mod(st.abs()).signum() == 0;
    }

    private static boolean isExactInt(Object o) {
        return o.getClass() == PyInt.class || o instanceof PyBool;
    }

    @PyMethod
    Object __contains__(Object x) {
        if (isExactInt(x)) {
            return PyBool.of(containsInt((PyInt) x));
        }
        Object it = __iter__();
        Object item;
        while ((item = Abstract.next(it)) != null) {
            if (item == x || Abstract.equals(item, x)) {
                return PyBool.TRUE;
            }
        }
        return PyBool.FALSE;
    }

    @PyMethod
    Object index(Object x) {
        if (isExactInt(x)) {
            PyInt v = (PyInt) x;
            if (!containsInt(v)) {
                throw PyErr.valueError("%R is not in range", x);
            }
            return PyInt.of(v.bigValue().subtract(start.bigValue()).divide(step.bigValue()));
        }
        Object it = __iter__();
        Object item;
        long i = 0;
        while ((item = Abstract.next(it)) != null) {
            if (item == x || Abstract.equals(item, x)) {
                return PyInt.of(i);
            }
            i++;
        }
        throw PyErr.valueError("sequence.index(x): x not in sequence");
    }

    @PyMethod
    Object count(Object x) {
        if (isExactInt(x)) {
            return containsInt((PyInt) x) ? PyInt.ONE : PyInt.ZERO;
        }
        Object it = __iter__();
        Object item;
        long n = 0;
        while ((item = Abstract.next(it)) != null) {
            if (item == x || Abstract.equals(item, x)) {
                n++;
            }
        }
        return PyInt.of(n);
    }

    /** Equal ranges are equal sequences: same length, and same first item and step where they matter. */
    private boolean sameSequence(PyRange o) {
        if (o == this) {
            return true;
        }
        if (Ints.compare(length, o.length) != 0) {
            return false;
        }
        if (length.signum() == 0) {
            return true;
        }
        if (Ints.compare(start, o.start) != 0) {
            return false;
        }
        return length.isLong() && length.longValue() == 1 || Ints.compare(step, o.step) == 0;
    }

    @PyMethod
    Object __eq__(Object other) {
        return other instanceof PyRange r ? PyBool.of(sameSequence(r)) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __ne__(Object other) {
        return other instanceof PyRange r ? PyBool.of(!sameSequence(r)) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    long __hash__() {
        if (length.signum() == 0) {
            return Abstract.hashTuple(new Object[] {length, PyNone.NONE, PyNone.NONE});
        }
        if (length.isLong() && length.longValue() == 1) {
            return Abstract.hashTuple(new Object[] {length, start, PyNone.NONE});
        }
        return Abstract.hashTuple(new Object[] {length, start, step});
    }

    @PyMethod
    Object __iter__() {
        BigInteger n = length.bigValue();
        if (start.isLong() && stop.isLong() && step.isLong() && fitsLong(n) && endFitsLong(n)) {
            return new RangeIterator(start.longValue(), step.longValue(), n.longValue());
        }
        return new RangeIterator.Long(start.bigValue(), step.bigValue(), n);
    }

    /**
     * Whether {@code start + len * step} fits a long, as CPython asks before it picks
     * {@code range_iterator}: the type a pickled iterator comes back as depends on it.
     */
    private boolean endFitsLong(BigInteger n) {
        if (n.signum() == 0) {
            return true;
        }
        long lstop = stop.longValue(), lstep = step.longValue();
        return lstep > 0 ? lstop <= Long.MAX_VALUE - (lstep - 1) : lstop >= Long.MIN_VALUE + (-1 - lstep);
    }

    @PyMethod
    Object __reversed__() {
        BigInteger n = length.bigValue();
        BigInteger s = start.bigValue(), st = step.bigValue();
        BigInteger newStop = s.subtract(st);
        if (start.isLong() && stop.isLong() && step.isLong() && step.longValue() != Long.MIN_VALUE
                && fitsLong(newStop) && fitsLong(n)) {
            BigInteger newStart = newStop.add(n.multiply(st));
            return new RangeIterator(newStart.longValue(), -step.longValue(), n.longValue());
        }
        return new RangeIterator.Long(s.add(n.subtract(BigInteger.ONE).multiply(st)), st.negate(), n);
    }

    @PyMethod
    Object __reduce__() {
        return PyTuple.of(TYPE, PyTuple.of(start, stop, step));
    }
}
