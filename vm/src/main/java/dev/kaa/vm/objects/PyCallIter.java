package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * {@code iter(callable, sentinel)}: calls {@code callable()} until it returns a value equal to
 * {@code sentinel} (compared as {@code sentinel == value}) or raises {@code StopIteration};
 * CPython's {@code callable_iterator}.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class PyCallIter extends PyObject {
    public static final PyType TYPE = PyType.builtin("callable_iterator", PyCallIter.class, MethodHandles.lookup(), 0);

    /** Both null once the iterator is exhausted. */
    private Object callable, sentinel;

    public PyCallIter(Object callable, Object sentinel) {
        this.callable = callable;
        this.sentinel = sentinel;
    }

    @Override public PyType type() {
        return TYPE;
    }

    /** The callable and the sentinel, or null once exhausted ({@code __reduce__} of builtins' {@code iter}). */
    public Object[] state() {
        return callable == null ? null : new Object[] {callable, sentinel};
    }

    @PyMethod
    Object __iter__() {
        return this;
    }

    @PyMethod
    Object __reduce__() {
        Object iter = IterPickle.builtin("iter");
        if (callable == null) {
            return IterPickle.exhausted(iter, PyTuple.EMPTY);
        }
        return PyTuple.of(iter, PyTuple.of(callable, sentinel));
    }

    @PyMethod
    Object __next__() {
        if (callable == null) {
            throw PyErr.stopIteration(null);
        }
        Object result;
        try {
            result = Abstract.call(callable);
        } catch (PyException e) {
            if (e.matches(Exceptions.StopIteration)) {
                exhaust();
                throw PyErr.stopIteration(null);
            }
            throw e;
        }
        // The call may have exhausted this iterator (gh-101892): then it stays exhausted.
        if (sentinel == null || Abstract.equals(sentinel, result)) {
            exhaust();
            throw PyErr.stopIteration(null);
        }
        return result;
    }

    private void exhaust() {
        callable = null;
        sentinel = null;
    }
}
