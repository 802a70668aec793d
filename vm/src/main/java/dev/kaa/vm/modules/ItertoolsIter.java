package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;

/**
 * The common base of the itertools iterators: each may be subclassed in Python, so it carries
 * its type ({@link CollectionsSubclassable}). It also holds what their pickling support shares.
 *
 * <p>Thread safety: GIL-guarded.
 */
abstract class ItertoolsIter extends CollectionsSubclassable {
    ItertoolsIter(PyType cls) {
        super(cls, false);
    }

    /** The {@code StopIteration} that ends an iterator. */
    static PyException exhausted() {
        return PyErr.stopIteration(null);
    }

    /**
     * Pickling, copying and deep-copying itertools objects ({@code __reduce__},
     * {@code __setstate__}) still works in 3.13 but warns first, as CPython does (gh-101588).
     */
    static void warnPickle() {
        PyErr.warn(Exceptions.DeprecationWarning, 1,
                "Pickle, copy, and deepcopy support will be removed from itertools in Python 3.14.");
    }

    /** A {@code __reduce__} result {@code (cls, args)}. */
    static PyTuple reduced(PyType cls, Object... args) {
        return PyTuple.of(cls, new PyTuple(args));
    }

    /** A {@code __reduce__} result {@code (cls, args, state)}. */
    static PyTuple reducedWithState(PyType cls, PyTuple args, Object state) {
        return PyTuple.of(cls, args, state);
    }

    /** The {@code __setstate__} argument that must be a tuple. */
    static PyTuple stateTuple(Object state) {
        if (!(state instanceof PyTuple t)) {
            throw PyErr.typeError("state is not a tuple");
        }
        return t;
    }

    /** A {@code __setstate__} tuple of exactly {@code n} items. */
    static PyTuple stateTuple(Object state, int n) {
        PyTuple t = stateTuple(state);
        if (t.size() != n) {
            throw PyErr.typeError("function takes exactly %d arguments (%d given)", n, t.size());
        }
        return t;
    }

    /** Index state restored into {@code [lo, hi]} (CPython clamps rather than refusing). */
    static int clamp(Object o, int lo, int hi) {
        long v = Abstract.asLong(o);
        return (int) Math.max(lo, Math.min(hi, v));
    }

    /** A tuple of ints from an index array. */
    static PyTuple intTuple(int[] values, int n) {
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            out[i] = dev.kaa.vm.objects.PyInt.of(values[i]);
        }
        return new PyTuple(out);
    }
}
