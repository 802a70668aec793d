package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * {@code set_iterator}: walks a set's table in slot order and fails, stickily, once the set's
 * size changes ("Set changed size during iteration").
 *
 * <p>Thread safety: GIL-guarded.
 */
final class SetIterator extends PyObject implements Sequences.FastIterator {
    static final PyType TYPE = PyType.builtin("set_iterator", SetIterator.class, MethodHandles.lookup(), 0);

    private SetBase set;
    private int expectedUsed;
    private int pos;
    private int remaining;

    SetIterator(SetBase set) {
        this.set = set;
        this.expectedUsed = set.used;
        this.remaining = set.used;
    }

    private SetIterator(SetIterator other) {
        this.set = other.set;
        this.expectedUsed = other.expectedUsed;
        this.remaining = other.remaining;
        this.pos = other.pos;
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
        if (set == null) {
            return null;
        }
        if (set.used != expectedUsed) {
            expectedUsed = -1;
            throw PyErr.runtimeError("Set changed size during iteration");
        }
        int i = set.nextEntry(pos);
        if (i < 0) {
            set = null;
            return null;
        }
        pos = i + 1;
        remaining--;
        return set.keys[i];
    }

    /** {@code (iter, (list of what is left,))}, read from a copy so that this one stays put. */
    @PyMethod
    Object __reduce__() {
        return IterPickle.remainingAsList(IterPickle.builtin("iter"), new SetIterator(this));
    }

    @PyMethod
    int __length_hint__() {
        return set != null && set.used == expectedUsed ? remaining : 0;
    }
}
