package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * {@code reversed(seq)}: the sequence's own {@code __reversed__()} when it has one, otherwise
 * this iterator over {@code seq[len(seq) - 1]} … {@code seq[0]}, for any sequence (an object
 * with {@code __len__} and {@code __getitem__} that is not a dict).
 *
 * <p>Thread safety: GIL-guarded.
 */
public class PyReversed extends PyObject {
    public static final PyType TYPE = PyType.builtin("reversed", PyReversed.class, MethodHandles.lookup()).withDoc(TypeDocs.REVERSED);

    private static final PyStr REVERSED = PyStr.intern("__reversed__");

    /** The sequence; null once exhausted. */
    private Object seq;
    /** The next index to fetch; -1 once exhausted. */
    private long index;

    PyReversed() {}

    @Override public PyType type() {
        return TYPE;
    }

    /** {@code reversed(seq)}: may return the sequence's own reverse iterator rather than a {@code reversed}. */
    public static Object of(Object seq) {
        return make(TYPE, seq);
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (nkw > 0 && !PyMap.initOverridden(cls)) {
            throw PyErr.typeError("reversed() takes no keyword arguments");
        }
        int npos = args.length - nkw;
        if (npos != 1) {
            throw PyErr.typeError("reversed expected 1 argument, got %d", npos);
        }
        return make(cls, args[0]);
    }

    private static Object make(PyType cls, Object seq) {
        Object method = Abstract.typeOf(seq).lookup(REVERSED);
        if (method == PyNone.NONE) {
            throw PyErr.typeError("'%T' object is not reversible", seq);
        }
        if (method != null) {
            return Abstract.callMethodValue(method, seq);
        }
        if (!isSequence(seq)) {
            throw PyErr.typeError("'%T' object is not reversible", seq);
        }
        int n = Abstract.len(seq);
        PyReversed r = cls == TYPE ? new PyReversed() : new Derived(cls);
        r.seq = seq;
        r.index = n - 1;
        return r;
    }

    /** CPython's {@code PySequence_Check}: item access by index, and not a mapping that is a dict. */
    private static boolean isSequence(Object o) {
        PyType t = Abstract.typeOf(o);
        return t.binary(Slot.__getitem__) != null && !t.isSubtypeOf(PyDict.TYPE);
    }

    @PyMethod
    Object __iter__() {
        return this;
    }

    @PyMethod
    Object __next__() {
        if (index >= 0 && seq != null) {
            try {
                Object item = Abstract.getItem(seq, PyInt.of(index));
                index--;
                return item;
            } catch (PyException e) {
                if (!e.matches(Exceptions.IndexError) && !e.matches(Exceptions.StopIteration)) {
                    throw e;
                }
            }
        }
        index = -1;
        seq = null;
        throw PyErr.stopIteration(null);
    }

    @PyMethod
    Object __length_hint__() {
        if (seq == null) {
            return PyInt.ZERO;
        }
        // A sequence that shrank since: nothing left to promise.
        long size = Abstract.len(seq);
        long position = index + 1;
        return PyInt.of(size < position ? 0 : position);
    }

    @PyMethod
    Object __reduce__() {
        if (seq == null) {
            return PyTuple.of(Abstract.typeOf(this), PyTuple.of(PyTuple.EMPTY));
        }
        return PyTuple.of(Abstract.typeOf(this), PyTuple.of(seq), PyInt.of(index));
    }

    @PyMethod
    void __setstate__(Object state) {
        PyInt v = Abstract.index(state);
        if (!v.isLong()) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        long i = v.longValue();
        if (seq != null) {
            long last = Abstract.len(seq) - 1;
            index = i < -1 ? -1 : Math.min(i, last);
        }
    }

    /** An instance of a Python subclass of {@code reversed}. */
    static final class Derived extends PyReversed implements Instance {
        private PyType type;
        private PyDict dict;
        private final Object[] slots;

        Derived(PyType type) {
            this.type = type;
            this.dict = type.instancesHaveDict() ? new PyDict() : null;
            this.slots = type.slotCount() == 0 ? null : new Object[type.slotCount()];
        }

        @Override public PyType type() {
            return type;
        }

        @Override public PyDict instanceDict() {
            return dict;
        }

        @Override public void setInstanceDict(PyDict dict) {
            this.dict = dict;
        }

        @Override public void setType(PyType type) {
            this.type = type;
        }

        @Override public Object[] slotValues() {
            return slots;
        }
    }
}
