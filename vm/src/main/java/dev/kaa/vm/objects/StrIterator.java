package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * {@code str_ascii_iterator}/{@code str_iterator}: the iterator of a str, one code point at a
 * time. CPython names it by whether the string is ASCII; Kaa does the same so that
 * {@code type(iter(s))} reads the same.
 *
 * <p>Thread safety: GIL-guarded.
 */
final class StrIterator extends PyObject implements Sequences.FastIterator {
    static final PyType TYPE = PyType.builtin("str_iterator", StrIterator.class, MethodHandles.lookup(), 0);
    static final PyType ASCII_TYPE = PyType.builtin("str_ascii_iterator", StrIterator.class,
            MethodHandles.lookup(), 0);

    private final PyStr s;
    private final boolean ascii;
    private int index;

    StrIterator(PyStr s) {
        this.s = s;
        this.ascii = s.isascii();
    }

    @Override public PyType type() {
        return ascii ? ASCII_TYPE : TYPE;
    }

    @PyMethod
    Object __iter__() {
        return this;
    }

    @Override public Object nextOrNull() {
        if (index < s.length()) {
            return StrSlice.charAt(s, index++);
        }
        index = Integer.MAX_VALUE;
        return null;
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
    int __length_hint__() {
        return Math.max(0, s.length() - index);
    }

    @PyMethod
    Object __reduce__() {
        Object iter = IterPickle.builtin("iter");
        if (index == Integer.MAX_VALUE) {
            return IterPickle.exhausted(iter, PyStr.EMPTY);
        }
        return IterPickle.running(iter, s, index);
    }

    @PyMethod
    void __setstate__(Object state) {
        long i = IterPickle.index(state);
        if (index != Integer.MAX_VALUE) {
            index = IterPickle.clamp(i, s.length());
        }
    }

}
