package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * {@code list_reverseiterator}: {@code reversed(list)}, from the last item down; it stops early
 * when the list shrinks below its position, as CPython's does.
 *
 * <p>Thread safety: GIL-guarded.
 */
final class ListReverseIterator extends PyObject implements Sequences.FastIterator {
    static final PyType TYPE = PyType.builtin("list_reverseiterator", ListReverseIterator.class,
            MethodHandles.lookup(), 0);

    private PyList list;
    private int index;

    ListReverseIterator(PyList list) {
        this.list = list;
        this.index = list.size - 1;
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
        Object o = nextOrNull();
        if (o == null) {
            throw PyErr.stopIteration(null);
        }
        return o;
    }

    @Override public Object nextOrNull() {
        if (list != null && index >= 0 && index < list.size) {
            return list.items[index--];
        }
        index = -1;
        list = null;
        return null;
    }

    @PyMethod
    int __length_hint__() {
        return list == null || index >= list.size ? 0 : index + 1;
    }

    @PyMethod
    Object __reduce__() {
        Object reversed = IterPickle.builtin("reversed");
        if (list == null) {
            return IterPickle.exhausted(reversed, new PyList());
        }
        return IterPickle.running(reversed, list, index);
    }

    /** The position counts down: clamped to {@code [-1, len - 1]}. */
    @PyMethod
    void __setstate__(Object state) {
        long i = IterPickle.index(state);
        if (list != null) {
            index = (int) Math.max(-1, Math.min(i, list.size - 1));
        }
    }
}
