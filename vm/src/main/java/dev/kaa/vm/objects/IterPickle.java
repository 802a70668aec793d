package dev.kaa.vm.objects;

import dev.kaa.vm.internal.eval.ThreadState;

/**
 * What the built-in iterators share to pickle themselves: {@code __reduce__} answers
 * {@code (iter, (seq,), index)} while running and {@code (iter, (empty,))} once exhausted, and
 * {@code __setstate__} takes the index back, clamped to the sequence.
 *
 * <p>The builtin ({@code iter} or {@code reversed}) is looked up before the iterator's state is
 * read, because the lookup may run Python code (an {@code __eq__} of a key in the builtins
 * dict) that advances or exhausts the iterator (gh-101765).
 *
 * <p>Thread safety: stateless.
 */
final class IterPickle {
    private IterPickle() {}

    /** The builtin named {@code name} as the builtins module holds it now. */
    static Object builtin(String name) {
        return Abstract.getAttr(ThreadState.current().runtime.builtinsModule, name);
    }

    /** {@code (fn, (seq,), index)}. */
    static PyTuple running(Object fn, Object seq, long index) {
        return PyTuple.of(fn, PyTuple.of(seq), PyInt.of(index));
    }

    /** {@code (fn, (empty,))}: what an exhausted iterator pickles as. */
    static PyTuple exhausted(Object fn, Object empty) {
        return PyTuple.of(fn, PyTuple.of(empty));
    }

    /** {@code (iter, (remaining,))} for the iterators that pickle what they have left as a list. */
    static PyTuple remainingAsList(Object fn, Sequences.FastIterator copy) {
        PyList out = new PyList();
        for (Object o = copy.nextOrNull(); o != null; o = copy.nextOrNull()) {
            out.append(o);
        }
        return exhausted(fn, out);
    }

    /**
     * The index a {@code __setstate__} asks for, as {@code PyLong_AsSsize_t} reads it: an int
     * only, no {@code __index__}.
     */
    static long index(Object state) {
        if (!(state instanceof PyInt i)) {
            throw PyErr.typeError("an integer is required");
        }
        if (!i.isLong()) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    /** {@code index} clamped to {@code [0, size]}. */
    static int clamp(long index, int size) {
        return (int) Math.max(0, Math.min(index, size));
    }
}
