package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * {@code bytes_iterator}, {@code bytearray_iterator}, {@code memory_iterator}: the ints of a bytes-like object; a
 * bytearray that changes while iterated is seen changing, as in CPython.
 *
 * <p>Thread safety: GIL-guarded.
 */
final class BytesIterator extends PyObject implements Sequences.FastIterator {
    static final PyType BYTES = PyType.builtin("bytes_iterator", BytesIterator.class, MethodHandles.lookup(), 0);
    static final PyType BYTEARRAY = PyType.builtin("bytearray_iterator", BytesIterator.class,
            MethodHandles.lookup(), 0);
    static final PyType MEMORY = PyType.builtin("memory_iterator", BytesIterator.class, MethodHandles.lookup(), 0);

    private final Object owner;
    private int index;

    BytesIterator(Object owner) {
        this.owner = owner;
    }

    @Override public PyType type() {
        return owner instanceof PyBytes ? BYTES : owner instanceof PyMemoryView ? MEMORY : BYTEARRAY;
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

    @Override public Object nextOrNull() {
        if (owner instanceof PyBytes b) {
            if (index < b.data.length) {
                return PyInt.of(b.data[index++] & 0xFF);
            }
        } else if (owner instanceof PyMemoryView m) {
            if (index < m.__len__()) {
                return m.__getitem__(PyInt.of(index++));
            }
        } else {
            PyByteArray b = (PyByteArray) owner;
            if (index < b.size) {
                return PyInt.of(b.data[index++] & 0xFF);
            }
        }
        index = Integer.MAX_VALUE;
        return null;
    }

    @PyMethod
    int __length_hint__() {
        return Math.max(0, size() - index);
    }

    private int size() {
        return owner instanceof PyBytes b ? b.data.length
                : owner instanceof PyMemoryView m ? m.__len__() : ((PyByteArray) owner).size;
    }

    @PyMethod
    Object __reduce__() {
        if (owner instanceof PyMemoryView) {
            throw PyErr.typeError("cannot pickle 'memory_iterator' object");
        }
        Object iter = IterPickle.builtin("iter");
        if (index == Integer.MAX_VALUE) {
            return IterPickle.exhausted(iter, PyTuple.EMPTY);
        }
        return IterPickle.running(iter, owner, index);
    }

    @PyMethod
    void __setstate__(Object state) {
        if (owner instanceof PyMemoryView) {
            throw PyErr.attributeError("'memory_iterator' object has no attribute '__setstate__'");
        }
        long i = IterPickle.index(state);
        if (index != Integer.MAX_VALUE) {
            index = IterPickle.clamp(i, size());
        }
    }
}
