package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code tuple}: an immutable array of objects.
 *
 * <p>Thread safety: immutable.
 */
public class PyTuple extends PyObject implements Sequences.ItemSource {
    public static final PyType TYPE = PyType.builtin("tuple", PyTuple.class, MethodHandles.lookup(),
            PyType.BASETYPE | PyType.SEQUENCE).withDoc(TypeDocs.TUPLE);
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);

    final Object[] items;

    /** Takes ownership of {@code items}. */
    public PyTuple(Object[] items) {
        this.items = items;
    }

    /** A tuple of {@code items} (the array is taken, not copied). */
    public static PyTuple of(Object... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    /** {@code tuple(iterable)}. */
    public static PyTuple fromIterable(Object iterable) {
        if (iterable instanceof PyTuple t && t.getClass() == PyTuple.class) {
            return t;
        }
        if (iterable.getClass() == PyList.class) {
            return of(((PyList) iterable).toArray());
        }
        List<Object> out = new ArrayList<>();
        Sequences.forEach(iterable, out::add);
        return of(out.toArray());
    }

    @Override public PyType type() {
        return TYPE;
    }

    @Override public final int size() {
        return items.length;
    }

    @Override public final Object item(int i) {
        return items[i];
    }

    public final Object get(int i) {
        return items[i];
    }

    /** The items; callers must not change the array. */
    public final Object[] items() {
        return items;
    }

    private boolean isExact() {
        return getClass() == PyTuple.class;
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0 && Sequences.initIsObjects(cls)) {
            throw PyErr.typeError("tuple() takes no keyword arguments");
        }
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos > 1) {
            throw PyErr.typeError("tuple expected at most 1 argument, got %d", npos);
        }
        PyTuple t = npos == 0 ? EMPTY : fromIterable(args[0]);
        if (cls == TYPE) {
            return t;
        }
        return DelFinalizers.wanted(cls) ? new Derived.Finalizable(cls, t.items) : new Derived(cls, t.items);
    }

    @PyMethod
    int __len__() {
        return items.length;
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of(Reprs.tuple(this));
    }

    @PyMethod
    long __hash__() {
        return Abstract.hashTuple(items);
    }

    @PyMethod
    Object __getitem__(Object index) {
        if (index instanceof PyInt) {
            int i = Abstract.normalizeIndex(Abstract.asIndexSize(index), items.length, "tuple index out of range");
            return items[i];
        }
        return Sequences.tupleGetItem(this, index);
    }

    @PyMethod
    Object __contains__(Object x) {
        for (Object o : items) {
            if (o == x || Abstract.equals(o, x)) {
                return PyBool.TRUE;
            }
        }
        return PyBool.FALSE;
    }

    @PyMethod
    Object __iter__() {
        return new SeqIterator(this);
    }

    @PyMethod
    long count(Object value) {
        long n = 0;
        for (Object o : items) {
            if (o == value || Abstract.equals(o, value)) {
                n++;
            }
        }
        return n;
    }

    @PyMethod
    long index(Object value, @Opt Object start, @Opt Object stop) {
        int from = Sequences.boundArg(start, items.length, 0);
        int to = Sequences.boundArg(stop, items.length, items.length);
        for (int i = from; i < to; i++) {
            if (items[i] == value || Abstract.equals(items[i], value)) {
                return i;
            }
        }
        throw PyErr.valueError("tuple.index(x): x not in tuple");
    }

    @PyMethod
    Object __add__(Object other) {
        if (!(other instanceof PyTuple t)) {
            Object r = Sequences.tryReflected(this, other, Slot.__radd__);
            if (r != null) {
                return r;
            }
            throw PyErr.typeError("can only concatenate tuple (not \"%T\") to tuple", other);
        }
        if (t.items.length == 0 && isExact()) {
            return this;
        }
        if (items.length == 0 && t.isExact()) {
            return t;
        }
        if ((long) items.length + t.items.length > Sequences.MAX_ARRAY) {
            throw PyErr.memoryError();
        }
        Object[] out = new Object[items.length + t.items.length];
        System.arraycopy(items, 0, out, 0, items.length);
        System.arraycopy(t.items, 0, out, items.length, t.items.length);
        return new PyTuple(out);
    }

    @PyMethod
    Object __mul__(Object n) {
        Object r = Sequences.tryReflected(this, n, Slot.__rmul__);
        return r != null ? r : repeat(n);
    }

    @PyMethod
    Object __rmul__(Object n) {
        return repeat(n);
    }

    private Object repeat(Object n) {
        long times = Sequences.repeatCount(n);
        if (times == 1 && isExact()) {
            return this;
        }
        return of(Sequences.repeat(items, items.length, times));
    }

    private Object compare(Object other, CompareOp op) {
        if (!(other instanceof PyTuple t)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return Sequences.compare(this, t, op);
    }

    @PyMethod
    Object __eq__(Object other) {
        return compare(other, CompareOp.EQ);
    }

    @PyMethod
    Object __ne__(Object other) {
        return compare(other, CompareOp.NE);
    }

    @PyMethod
    Object __lt__(Object other) {
        return compare(other, CompareOp.LT);
    }

    @PyMethod
    Object __le__(Object other) {
        return compare(other, CompareOp.LE);
    }

    @PyMethod
    Object __gt__(Object other) {
        return compare(other, CompareOp.GT);
    }

    @PyMethod
    Object __ge__(Object other) {
        return compare(other, CompareOp.GE);
    }

    @PyMethod
    Object __getnewargs__() {
        return PyTuple.of(isExact() ? this : new PyTuple(items));
    }

    @ClassMethod
    static Object __class_getitem__(PyType cls, Object item) {
        return GenericAlias.of(cls, item);
    }

    /** An instance of a Python subclass of {@code tuple}. */
    static class Derived extends PyTuple implements Instance {
        private PyType type;
        private PyDict dict;
        private final Object[] slots;

        Derived(PyType type, Object[] items) {
            super(items);
            this.type = type;
            this.dict = type.instancesHaveDict() ? new PyDict() : null;
            this.slots = type.slotCount() == 0 ? null : new Object[type.slotCount()];
        }

        /** An instance of a subclass with {@code __del__} ({@link DelFinalizers}). */
        static final class Finalizable extends Derived {
            /** The interpreter whose gc.collect() runs the __del__. */
            private final Object owner;

            Finalizable(PyType type, Object[] items) {
                super(type, items);
                DelFinalizers.created();
                owner = DelFinalizers.owner();
            }

            @Override
            @SuppressWarnings({"removal", "deprecation"})
            protected void finalize() {
                DelFinalizers.enqueue(owner, this);
            }
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
