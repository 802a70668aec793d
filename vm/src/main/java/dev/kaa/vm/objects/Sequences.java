package dev.kaa.vm.objects;

/**
 * Operations shared by the array-backed sequences ({@code tuple}, {@code list}): lexicographic
 * comparison, slicing, repetition, the bounds of {@code index(x, start, stop)}.
 *
 * <p>Thread safety: stateless.
 */
public final class Sequences {
    private Sequences() {}

    /**
     * A built-in iterator whose next item Java code can take without raising
     * {@code StopIteration}: {@link Abstract#next} and the interpreter's {@code FOR_ITER} may
     * test for it (list, tuple, range, dict, set and reversed-list iterators implement it).
     * Only types that cannot be subclassed implement it, so no Python {@code __next__} is
     * bypassed.
     */
    public interface FastIterator {
        /** The next item, or null when the iterator is exhausted. */
        Object nextOrNull();
    }

    /** Arrays longer than this cannot be made (the JVM's limit); CPython says MemoryError too. */
    static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    /**
     * Calls {@code action} with each item of {@code iterable}: directly over the array of an
     * exact list or tuple, through {@code __iter__} for anything else (subclasses included,
     * as they may override it).
     */
    static void forEach(Object iterable, java.util.function.Consumer<Object> action) {
        if (iterable.getClass() == PyList.class) {
            PyList l = (PyList) iterable;
            for (int i = 0; i < l.size; i++) {
                action.accept(l.items[i]);
            }
            return;
        }
        if (iterable.getClass() == PyTuple.class) {
            for (Object o : ((PyTuple) iterable).items) {
                action.accept(o);
            }
            return;
        }
        Object it = Abstract.iter(iterable);
        Object item;
        while ((item = Abstract.next(it)) != null) {
            action.accept(item);
        }
    }

    /**
     * True when {@code cls} inherits {@code object.__init__}: immutable built-in types then
     * refuse keyword arguments in {@code __new__}, as nothing else could take them.
     */
    static boolean initIsObjects(PyType cls) {
        PyStr init = PyStr.intern("__init__");
        return cls.lookup(init) == PyType.OBJECT.dict().getItem(init);
    }

    /** A {@code Py_ssize_t} argument: any {@code __index__} value that fits a long. */
    static long asSsize(Object o) {
        PyInt i = Abstract.index(o);
        if (!i.isLong()) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    static boolean equal(Object[] a, int na, Object[] b, int nb) {
        if (na != nb) {
            return false;
        }
        try {
            for (int i = 0; i < na && i < nb; i++) {
                if (a[i] != b[i] && !Abstract.equals(a[i], b[i])) {
                    return false;
                }
            }
        } catch (StackOverflowError overflow) {
            throw PyErr.recursionError("maximum recursion depth exceeded in comparison");
        }
        return true;
    }

    /**
     * {@code a OP b} for two sequences as CPython's {@code list_richcompare}: the first pair of
     * items that differ decides (by {@code OP} on them, whatever it returns), else the lengths.
     * {@code la}/{@code lb} give the current arrays and sizes, read again after each
     * comparison because Python code may change a list while it is compared.
     */
    static Object compare(ItemSource a, ItemSource b, CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && a.size() != b.size()) {
            return PyBool.of(op == CompareOp.NE);
        }
        int i = 0;
        try {
            for (; i < a.size() && i < b.size(); i++) {
                Object x = a.item(i), y = b.item(i);
                if (x != y && !Abstract.equals(x, y)) {
                    break;
                }
            }
            if (i >= a.size() || i >= b.size()) {
                return PyBool.of(op.test(Integer.compare(a.size(), b.size())));
            }
            if (op == CompareOp.EQ) {
                return PyBool.FALSE;
            }
            if (op == CompareOp.NE) {
                return PyBool.TRUE;
            }
            return Abstract.richCompare(a.item(i), b.item(i), op);
        } catch (StackOverflowError overflow) {
            throw PyErr.recursionError("maximum recursion depth exceeded in comparison");
        }
    }

    /** Indexed access to a tuple's or a list's live contents. */
    interface ItemSource {
        int size();

        Object item(int i);
    }

    static Object[] slice(Object[] items, int size, PySlice s) {
        long[] r = s.indices(size);
        int start = (int) r[0], step = (int) r[2], n = (int) r[3];
        Object[] out = new Object[n];
        if (step == 1) {
            System.arraycopy(items, start, out, 0, n);
            return out;
        }
        for (int i = 0, j = start; i < n; i++, j += step) {
            out[i] = items[j];
        }
        return out;
    }

    /** The count of {@code seq * n}: {@code n} through {@code __index__}, "can't multiply" otherwise. */
    static long repeatCount(Object n) {
        if (!(n instanceof PyInt) && Abstract.typeOf(n).slot(Slot.__index__) == null) {
            throw PyErr.typeError("can't multiply sequence by non-int of type '%T'", n);
        }
        PyInt i = Abstract.index(n);
        if (!i.isLong()) {
            throw PyErr.overflowError("cannot fit '%T' into an index-sized integer", n);
        }
        return Math.max(0, i.longValue());
    }

    /**
     * For {@code seq + x} and {@code seq * x}: CPython tries {@code x}'s number method
     * ({@code __radd__}, {@code __rmul__}) before the sequence's own concatenation or repetition,
     * so a class can take over. The result, or null when there is none or it returned
     * {@code NotImplemented}.
     */
    static Object tryReflected(Object seq, Object x, Slot reflected) {
        if (x instanceof PyInt || x instanceof PyList || x instanceof PyTuple) {
            return null;
        }
        PyType t = Abstract.typeOf(x);
        Fn.Binary f = t.binary(reflected);
        if (f == null || t.isSubtypeOf(Abstract.typeOf(seq))) {
            return null;
        }
        // Only a method written in Python is a number method; the __rmul__ of str, bytes … is
        // their own repetition, which CPython does not try here.
        PyType owner = t.definingClass(PyStr.intern(reflected.name()));
        if (owner == null || !owner.isHeapType()) {
            return null;
        }
        Object r = f.call(x, seq);
        return r == PySingletons.NOT_IMPLEMENTED ? null : r;
    }

    /** {@code items[0..size)} repeated {@code times} times. */
    static Object[] repeat(Object[] items, int size, long times) {
        if (size == 0 || times == 0) {
            return new Object[0];
        }
        if (times > MAX_ARRAY / size) {
            throw PyErr.memoryError();
        }
        int total = (int) (size * times);
        Object[] out = new Object[total];
        System.arraycopy(items, 0, out, 0, size);
        // Doubling copies: log(times) array copies instead of one per repetition.
        int filled = size;
        while (filled < total) {
            int chunk = Math.min(filled, total - filled);
            System.arraycopy(out, 0, out, filled, chunk);
            filled += chunk;
        }
        return out;
    }

    /**
     * A {@code start}/{@code stop} argument of {@code index()} as CPython's
     * {@code _PyEval_SliceIndexNotNone}: any {@code __index__} value, clamped to the index range,
     * negative values counted from the end, then clamped to {@code [0, size]}.
     */
    static int boundArg(Object o, int size, int dflt) {
        if (o == null) {
            return dflt;
        }
        if (!(o instanceof PyInt) && Abstract.typeOf(o).slot(Slot.__index__) == null) {
            throw PyErr.typeError("slice indices must be integers or have an __index__ method");
        }
        PyInt i = Abstract.index(o);
        long v = i.isLong() ? i.longValue() : (i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
        if (v < 0) {
            v += size;
            if (v < 0) {
                v = 0;
            }
        }
        return (int) Math.min(v, size);
    }

    static Object tupleGetItem(PyTuple t, Object index) {
        if (index instanceof PySlice s) {
            if (t.getClass() == PyTuple.class && s.isFull(t.items.length)) {
                return t;
            }
            return PyTuple.of(slice(t.items, t.items.length, s));
        }
        if (Abstract.typeOf(index).slot(Slot.__index__) != null) {
            int i = Abstract.normalizeIndex(Abstract.asIndexSize(index), t.items.length, "tuple index out of range");
            return t.items[i];
        }
        throw PyErr.typeError("tuple indices must be integers or slices, not %T", index);
    }
}
