package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * The iterators over a dict's keys, values or items, forwards or reversed. Like CPython's they
 * walk the entry array, fail once the dict's size changes ("dictionary changed size during
 * iteration"), and fail when they find more entries than the dict had when they started
 * ("dictionary keys changed during iteration").
 *
 * <p>Thread safety: GIL-guarded.
 */
final class DictIterator extends PyObject implements Sequences.FastIterator {
    static final int KEYS = 0, VALUES = 1, ITEMS = 2;

    private static final PyType[] TYPES = {
        PyType.builtin("dict_keyiterator", DictIterator.class, MethodHandles.lookup(), 0),
        PyType.builtin("dict_valueiterator", DictIterator.class, MethodHandles.lookup(), 0),
        PyType.builtin("dict_itemiterator", DictIterator.class, MethodHandles.lookup(), 0),
        PyType.builtin("dict_reversekeyiterator", DictIterator.class, MethodHandles.lookup(), 0),
        PyType.builtin("dict_reversevalueiterator", DictIterator.class, MethodHandles.lookup(), 0),
        PyType.builtin("dict_reverseitemiterator", DictIterator.class, MethodHandles.lookup(), 0),
    };

    /** The six iterator types, for registration. */
    static PyType[] types() {
        return TYPES.clone();
    }

    private PyDict dict;
    private final int kind;
    private final boolean reversed;
    private int expectedSize;
    private int pos;
    private int remaining;

    DictIterator(PyDict dict, int kind, boolean reversed) {
        this.dict = dict;
        this.kind = kind;
        this.reversed = reversed;
        this.expectedSize = dict.size();
        this.remaining = dict.size();
        this.pos = reversed ? dict.entryCount() - 1 : 0;
    }

    private DictIterator(DictIterator other) {
        this.dict = other.dict;
        this.kind = other.kind;
        this.reversed = other.reversed;
        this.expectedSize = other.expectedSize;
        this.remaining = other.remaining;
        this.pos = other.pos;
    }

    @Override public PyType type() {
        return TYPES[kind + (reversed ? 3 : 0)];
    }

    @Override public Object nextOrNull() {
        PyDict d = dict;
        if (d == null) {
            return null;
        }
        if (d.size() != expectedSize) {
            expectedSize = -1;
            throw PyErr.runtimeError("dictionary changed size during iteration");
        }
        int e;
        if (reversed) {
            e = pos < 0 ? -1 : d.previousEntry(pos);
            if (e < 0) {
                dict = null;
                return null;
            }
            pos = e - 1;
        } else {
            e = d.nextEntry(pos);
            if (e < 0) {
                dict = null;
                return null;
            }
            if (remaining == 0) {
                dict = null;
                throw PyErr.runtimeError("dictionary keys changed during iteration");
            }
            pos = e + 1;
        }
        remaining--;
        return switch (kind) {
            case KEYS -> d.keyAt(e);
            case VALUES -> d.valueAt(e);
            default -> PyTuple.of(d.keyAt(e), d.valueAt(e));
        };
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

    /** {@code (iter, (list of what is left,))}, read from a copy so that this one stays put. */
    @PyMethod
    Object __reduce__() {
        return IterPickle.remainingAsList(IterPickle.builtin("iter"), new DictIterator(this));
    }

    @PyMethod
    int __length_hint__() {
        return dict != null && dict.size() == expectedSize ? remaining : 0;
    }
}
