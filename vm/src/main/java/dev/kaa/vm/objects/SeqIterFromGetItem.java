package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * The iterator {@code iter()} makes for an object with {@code __getitem__} but no
 * {@code __iter__}: items 0, 1, 2 … until {@code IndexError} or {@code StopIteration}.
 *
 * <p>Thread safety: GIL-guarded.
 */
final class SeqIterFromGetItem extends PyObject {
    static final PyType TYPE = PyType.builtin("iterator", SeqIterFromGetItem.class, MethodHandles.lookup(), 0);

    private Object seq;
    private long index;

    SeqIterFromGetItem(Object seq) {
        this.seq = seq;
    }

    @Override public PyType type() {
        return TYPE;
    }

    @PyMethod
    Object __iter__() {
        return this;
    }

    @PyMethod
    Object __reduce__() {
        Object iter = IterPickle.builtin("iter");
        if (seq == null) {
            return IterPickle.exhausted(iter, PyTuple.EMPTY);
        }
        return IterPickle.running(iter, seq, index);
    }

    @PyMethod
    void __setstate__(Object state) {
        long i = IterPickle.index(state);
        if (seq != null) {
            index = Math.max(0, i);
        }
    }

    @PyMethod
    Object __next__() {
        if (seq == null) {
            throw PyErr.stopIteration(null);
        }
        try {
            return Abstract.getItem(seq, PyInt.of(index++));
        } catch (PyException e) {
            if (e.matches(Exceptions.IndexError) || e.matches(Exceptions.StopIteration)) {
                seq = null;
                throw PyErr.stopIteration(null);
            }
            throw e;
        }
    }
}
