package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;
import java.math.BigInteger;

/**
 * {@code range_iterator}: the iterator of a range whose bounds fit a long; {@link Long}
 * ({@code longrange_iterator}) serves the others.
 *
 * <p>Thread safety: GIL-guarded.
 */
final class RangeIterator extends PyObject implements Sequences.FastIterator {
    static final PyType TYPE = PyType.builtin("range_iterator", RangeIterator.class, MethodHandles.lookup(), 0);

    private long next;
    private final long step;
    private long remaining;

    RangeIterator(long start, long step, long length) {
        this.next = start;
        this.step = step;
        this.remaining = length;
    }

    @Override public PyType type() {
        return TYPE;
    }

    @Override public Object nextOrNull() {
        if (remaining <= 0) {
            return null;
        }
        long v = next;
        // May wrap after the last item; that value is never returned.
        next += step;
        remaining--;
        return PyInt.of(v);
    }

    @PyMethod
    Object __iter__() {
        return this;
    }

    @PyMethod
    Object __next__() {
        Object o = nextOrNull();
        if (o == null) {
            throw PyErr.stopIteration(null);
        }
        return o;
    }

    @PyMethod
    long __length_hint__() {
        return Math.max(0, remaining);
    }

    /** {@code (iter, (range(next, end, step),), None)}: the range of what is left. */
    @PyMethod
    Object __reduce__() {
        Object iter = IterPickle.builtin("iter");
        long n = Math.max(0, remaining);
        BigInteger end = BigInteger.valueOf(next).add(BigInteger.valueOf(n).multiply(BigInteger.valueOf(step)));
        PyRange r = new PyRange(PyInt.of(next), PyInt.of(end), PyInt.of(step));
        return PyTuple.of(iter, PyTuple.of(r), PyNone.NONE);
    }

    /** Skips {@code state} items, clamped to {@code [0, remaining]}. */
    @PyMethod
    void __setstate__(Object state) {
        long i = Abstract.asLong(state);
        i = Math.max(0, Math.min(i, Math.max(0, remaining)));
        next += i * step;
        remaining -= i;
    }

    /** {@code longrange_iterator}: a range iterator in arbitrary precision. */
    static final class Long extends PyObject {
        static final PyType TYPE = PyType.builtin("longrange_iterator", Long.class, MethodHandles.lookup(), 0);

        private BigInteger next;
        private final BigInteger step;
        private BigInteger remaining;

        Long(BigInteger start, BigInteger step, BigInteger length) {
            this.next = start;
            this.step = step;
            this.remaining = length;
        }

        @Override public PyType type() {
            return TYPE;
        }

        @PyMethod
        Object __iter__() {
            return this;
        }

        @PyMethod
        Object __next__() {
            if (remaining.signum() <= 0) {
                throw PyErr.stopIteration(null);
            }
            BigInteger v = next;
            next = next.add(step);
            remaining = remaining.subtract(BigInteger.ONE);
            return PyInt.of(v);
        }

        @PyMethod
        Object __length_hint__() {
            return PyInt.of(remaining.max(BigInteger.ZERO));
        }

        @PyMethod
        Object __reduce__() {
            Object iter = IterPickle.builtin("iter");
            BigInteger end = next.add(remaining.max(BigInteger.ZERO).multiply(step));
            PyRange r = new PyRange(PyInt.of(next), PyInt.of(end), PyInt.of(step));
            return PyTuple.of(iter, PyTuple.of(r), PyNone.NONE);
        }

        @PyMethod
        void __setstate__(Object state) {
            BigInteger i = Abstract.index(state).bigValue();
            BigInteger n = remaining.max(BigInteger.ZERO);
            i = i.signum() < 0 ? BigInteger.ZERO : i.min(n);
            next = next.add(i.multiply(step));
            remaining = remaining.subtract(i);
        }
    }
}
