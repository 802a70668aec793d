package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;
import java.util.Arrays;

/**
 * Python's {@code list}: a growable array. Slice assignment and deletion are in
 * {@link ListSlices}, sorting in {@link ListSort}.
 *
 * <p>Thread safety: GIL-guarded (free-threaded mode will add per-object critical sections).
 */
public class PyList extends PyObject implements Sequences.ItemSource {
    public static final PyType TYPE = PyType.builtin("list", PyList.class, MethodHandles.lookup(),
            PyType.BASETYPE | PyType.SEQUENCE | PyType.UNHASHABLE).withDoc(TypeDocs.LIST);

    static final Object[] NO_ITEMS = new Object[0];

    Object[] items;
    int size;

    public PyList() {
        this.items = NO_ITEMS;
    }

    /** A list that takes ownership of {@code items}. */
    public PyList(Object[] items) {
        this.items = items;
        this.size = items.length;
    }

    @Override public PyType type() {
        return TYPE;
    }

    @Override public final int size() {
        return size;
    }

    @Override public final Object item(int i) {
        return items[i];
    }

    public final Object get(int i) {
        return items[i];
    }

    public final void set(int i, Object v) {
        items[i] = v;
    }

    /** Removes and returns the last item; the list must not be empty. */
    public final Object removeLast() {
        Object last = items[--size];
        items[size] = null;
        return last;
    }

    /** A copy of the items. */
    public final Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** Makes room for {@code n} items in all. */
    final void ensureCapacity(int n) {
        if (n > items.length) {
            if (n > Sequences.MAX_ARRAY) {
                throw PyErr.memoryError();
            }
            long grown = (long) n + (n >> 3) + (n < 9 ? 3 : 6);
            items = Arrays.copyOf(items, (int) Math.min(grown, Sequences.MAX_ARRAY));
        }
    }

    public final void append(Object x) {
        if (size == items.length) {
            ensureCapacity(size + 1);
        }
        items[size++] = x;
    }

    /** Appends every item of {@code iterable}. */
    public final void extend(Object iterable) {
        // Only exact lists and tuples are copied directly (and this list itself, which would
        // otherwise grow while it is iterated); subclasses may define __iter__.
        if (iterable instanceof PyList l && (l.getClass() == PyList.class || l == this)) {
            // l may be this list: take the count first.
            int n = l.size;
            ensureCapacity(size + n);
            System.arraycopy(l.items, 0, items, size, n);
            size += n;
        } else if (iterable.getClass() == PyTuple.class) {
            PyTuple t = (PyTuple) iterable;
            ensureCapacity(size + t.items.length);
            System.arraycopy(t.items, 0, items, size, t.items.length);
            size += t.items.length;
        } else {
            if (iterable instanceof Instance) {
                // Asked for what Python code may observe; the value is only a hint.
                long hint = LengthHint.of(iterable, 8);
                ensureCapacity(size + (int) Math.min(hint, 1 << 16));
            }
            Sequences.forEach(iterable, this::append);
        }
    }

    /** {@code list.insert(index, x)}. */
    public final void insert(long index, Object x) {
        int n = size;
        long i = index < 0 ? Math.max(0, index + n) : Math.min(index, n);
        ensureCapacity(n + 1);
        System.arraycopy(items, (int) i, items, (int) i + 1, n - (int) i);
        items[(int) i] = x;
        size = n + 1;
    }

    /**
     * {@code list.sort(key=key, reverse=reverse)}; {@code key} null or None for none. While it
     * sorts the list looks empty; finding it changed afterwards raises "list modified during sort".
     */
    public final void sort(Object key, boolean reverse) {
        Object[] saved = items;
        int n = size;
        items = NO_ITEMS;
        size = 0;
        boolean ok = false;
        try {
            Object[] keys = saved;
            Object[] values = null;
            if (key != null && key != PyNone.NONE) {
                keys = new Object[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = Abstract.call(key, saved[i]);
                }
                values = saved;
            }
            if (reverse) {
                reverseRange(keys, n);
                if (values != null) {
                    reverseRange(values, n);
                }
            }
            ListSort.sort(keys, values, n);
            if (reverse) {
                reverseRange(keys, n);
                if (values != null) {
                    reverseRange(values, n);
                }
            }
            ok = true;
        } finally {
            boolean modified = items != NO_ITEMS || size != 0;
            items = saved;
            size = n;
            if (modified && ok) {
                throw PyErr.valueError("list modified during sort");
            }
        }
    }

    private static void reverseRange(Object[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    final void removeAt(int i) {
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
    }

    final void clearItems() {
        items = NO_ITEMS;
        size = 0;
    }

    // ---- Python methods ---------------------------------------------------------------------

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        return cls == TYPE ? new PyList() : DelFinalizers.wanted(cls) ? new Derived.Finalizable(cls) : new Derived(cls);
    }

    @PyMethod
    void __init__(Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0
                && Abstract.typeOf(this).lookup(PyStr.intern("__new__")) == TYPE.dict().getItem(PyStr.intern("__new__"))) {
            throw PyErr.typeError("list() takes no keyword arguments");
        }
        // A subclass with its own __new__ may pass keywords on: they are ignored here.
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos > 1) {
            throw PyErr.typeError("list expected at most 1 argument, got %d", npos);
        }
        if (size > 0) {
            clearItems();
        }
        if (npos == 1) {
            extend(args[0]);
        }
    }

    @PyMethod("append")
    void appendMethod(Object x) {
        append(x);
    }

    @PyMethod("extend")
    void extendMethod(Object iterable) {
        extend(iterable);
    }

    @PyMethod("insert")
    void insertMethod(Object index, Object x) {
        insert(Sequences.asSsize(index), x);
    }

    @PyMethod
    void remove(Object x) {
        for (int i = 0; i < size; i++) {
            Object o = items[i];
            if (o == x || Abstract.equals(o, x)) {
                if (i < size) {
                    removeAt(i);
                }
                return;
            }
        }
        throw PyErr.valueError("list.remove(x): x not in list");
    }

    @PyMethod
    Object pop(@Opt Object indexArg) {
        long index = indexArg == null ? -1 : Sequences.asSsize(indexArg);
        if (size == 0) {
            throw PyErr.indexError("pop from empty list");
        }
        long i = index < 0 ? index + size : index;
        if (i < 0 || i >= size) {
            throw PyErr.indexError("pop index out of range");
        }
        Object v = items[(int) i];
        removeAt((int) i);
        return v;
    }

    @PyMethod
    long index(Object value, @Opt Object start, @Opt Object stop) {
        int from = Sequences.boundArg(start, size, 0);
        int to = Sequences.boundArg(stop, size, size);
        for (int i = from; i < to && i < size; i++) {
            Object o = items[i];
            if (o == value || Abstract.equals(o, value)) {
                return i;
            }
        }
        throw PyErr.valueError("%R is not in list", value);
    }

    @PyMethod
    long count(Object value) {
        long n = 0;
        for (int i = 0; i < size; i++) {
            Object o = items[i];
            if (o == value || Abstract.equals(o, value)) {
                n++;
            }
        }
        return n;
    }

    @PyMethod
    void reverse() {
        reverseRange(items, size);
    }

    @PyMethod("sort")
    void sortMethod(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length > nkw) {
            throw PyErr.typeError("sort() takes no positional arguments");
        }
        Object key = null;
        boolean reverse = false;
        for (int i = 0; i < nkw; i++) {
            switch (kwnames[i]) {
                case "key" -> key = args[i];
                case "reverse" -> reverse = Abstract.isTrue(args[i]);
                default -> throw PyErr.typeError("sort() got an unexpected keyword argument '%s'", kwnames[i]);
            }
        }
        sort(key, reverse);
    }

    @PyMethod
    Object copy() {
        return new PyList(toArray());
    }

    @PyMethod
    void clear() {
        clearItems();
    }

    @PyMethod
    int __len__() {
        return size;
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of(Reprs.list(this));
    }

    @PyMethod(coexist = true)
    Object __getitem__(Object index) {
        if (index instanceof PyInt) {
            int i = Abstract.normalizeIndex(Abstract.asIndexSize(index), size, "list index out of range");
            return items[i];
        }
        return ListSlices.getItem(this, index);
    }

    @PyMethod
    void __setitem__(Object index, Object value) {
        if (index instanceof PyInt) {
            int i = Abstract.normalizeIndex(Abstract.asIndexSize(index), size, "list assignment index out of range");
            items[i] = value;
            return;
        }
        ListSlices.setItem(this, index, value);
    }

    @PyMethod
    void __delitem__(Object index) {
        ListSlices.delItem(this, index);
    }

    @PyMethod
    Object __iter__() {
        return new SeqIterator(this);
    }

    @PyMethod
    Object __reversed__() {
        return new ListReverseIterator(this);
    }

    @PyMethod
    Object __contains__(Object x) {
        for (int i = 0; i < size; i++) {
            Object o = items[i];
            if (o == x || Abstract.equals(o, x)) {
                return PyBool.TRUE;
            }
        }
        return PyBool.FALSE;
    }

    @PyMethod
    Object __add__(Object other) {
        if (!(other instanceof PyList l)) {
            Object r = Sequences.tryReflected(this, other, Slot.__radd__);
            if (r != null) {
                return r;
            }
            throw PyErr.typeError("can only concatenate list (not \"%T\") to list", other);
        }
        if ((long) size + l.size > Sequences.MAX_ARRAY) {
            throw PyErr.memoryError();
        }
        Object[] out = Arrays.copyOf(items, size + l.size);
        System.arraycopy(l.items, 0, out, size, l.size);
        return new PyList(out);
    }

    @PyMethod
    Object __iadd__(Object other) {
        extend(other);
        return this;
    }

    @PyMethod
    Object __mul__(Object n) {
        Object r = Sequences.tryReflected(this, n, Slot.__rmul__);
        if (r != null) {
            return r;
        }
        return new PyList(Sequences.repeat(items, size, Sequences.repeatCount(n)));
    }

    @PyMethod
    Object __rmul__(Object n) {
        return new PyList(Sequences.repeat(items, size, Sequences.repeatCount(n)));
    }

    @PyMethod
    Object __imul__(Object n) {
        long times = Sequences.repeatCount(n);
        Object[] out = Sequences.repeat(items, size, times);
        items = out.length == 0 ? NO_ITEMS : out;
        size = out.length;
        return this;
    }

    private Object compare(Object other, CompareOp op) {
        if (!(other instanceof PyList l)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return Sequences.compare(this, l, op);
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

    @ClassMethod
    static Object __class_getitem__(PyType cls, Object item) {
        return GenericAlias.of(cls, item);
    }

    /** An instance of a Python subclass of {@code list}. */
    static class Derived extends PyList implements Instance {
        private PyType type;
        private PyDict dict;
        private final Object[] slots;

        Derived(PyType type) {
            this.type = type;
            this.dict = type.instancesHaveDict() ? new PyDict() : null;
            this.slots = type.slotCount() == 0 ? null : new Object[type.slotCount()];
        }

        /** An instance of a subclass with {@code __del__} ({@link DelFinalizers}). */
        static final class Finalizable extends Derived {
            /** The interpreter whose gc.collect() runs the __del__. */
            private final Object owner;

            Finalizable(PyType type) {
                super(type);
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
