package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * The iterator of a tuple or list over its live array: a list that grows while iterated is
 * seen growing, as in CPython.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class SeqIterator extends PyObject implements Sequences.FastIterator {
    public static final PyType TUPLE_ITERATOR = PyType.builtin("tuple_iterator", SeqIterator.class,
            MethodHandles.lookup(), 0);
    public static final PyType LIST_ITERATOR = PyType.builtin("list_iterator", SeqIterator.class,
            MethodHandles.lookup(), 0);

    private Object owner;
    private int index;

    SeqIterator(Object owner) {
        this.owner = owner;
        this.overList = owner instanceof PyList;
    }

    private final boolean overList;

    @Override public PyType type() {
        return overList ? LIST_ITERATOR : TUPLE_ITERATOR;
    }

    @Override public Object nextOrNull() {
        if (owner == null) {
            return null;
        }
        if (owner instanceof PyList l) {
            if (index < l.size) {
                return l.items[index++];
            }
        } else {
            PyTuple t = (PyTuple) owner;
            if (index < t.items.length) {
                return t.items[index++];
            }
        }
        owner = null;
        return null;
    }

    @PyMethod
    Object __iter__() {
        return this;
    }

    @PyMethod
    int __length_hint__() {
        if (owner instanceof PyList l) {
            return Math.max(0, l.size - index);
        }
        return owner instanceof PyTuple t ? t.items.length - index : 0;
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
    Object __reduce__() {
        Object iter = IterPickle.builtin("iter");
        if (owner == null) {
            return IterPickle.exhausted(iter, overList ? new PyList() : PyTuple.EMPTY);
        }
        return IterPickle.running(iter, owner, index);
    }

    @PyMethod
    void __setstate__(Object state) {
        long i = IterPickle.index(state);
        if (owner instanceof PyList && i < 0) {
            // CPython 3.13's list iterator takes a negative index as the end.
            owner = null;
        } else if (owner != null) {
            index = IterPickle.clamp(i, owner instanceof PyList l ? l.size : ((PyTuple) owner).items.length);
        }
    }
}
