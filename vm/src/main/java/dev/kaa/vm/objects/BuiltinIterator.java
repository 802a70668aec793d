package dev.kaa.vm.objects;

/**
 * A built-in iterator type whose items come from {@link #advance}: its {@code __next__} and the
 * loops' {@link Sequences.FastIterator#nextOrNull} share it, so that a loop's end costs no
 * StopIteration. In an instance of a Python subclass, loops call the type's {@code __next__}
 * instead, which the subclass may have overridden. Exposed into each subtype ({@link SharedMethods}).
 *
 * <p>Thread safety: GIL-guarded.
 */
@SharedMethods
abstract class BuiltinIterator extends PyObject implements Sequences.FastIterator {

    /** The next item, or null when exhausted. */
    abstract Object advance();

    @PyMethod
    final Object __next__() {
        Object item = advance();
        if (item == null) {
            throw PyErr.stopIteration(null);
        }
        return item;
    }

    @Override public final Object nextOrNull() {
        return this instanceof Instance ? Abstract.nextViaSlot(this) : advance();
    }
}
