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
    }
}
