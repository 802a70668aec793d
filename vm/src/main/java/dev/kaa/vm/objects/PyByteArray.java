package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;
import java.util.Arrays;

/**
 * Python's {@code bytearray}: a mutable, growable byte array ({@code data[0:size]}). The byte
 * algorithms are {@link BytesOps}, shared with {@code bytes}.
 *
 * <p>Thread safety: GIL-guarded (free-threaded mode will add per-object critical sections).
 */
public class PyByteArray extends PyObject {
    public static final PyType TYPE = PyType.builtin("bytearray", PyByteArray.class, MethodHandles.lookup(),
            PyType.BASETYPE | PyType.UNHASHABLE);

    byte[] data;
    int size;
    /** Number of live memoryview exports: while positive the size may not change. */
    int exports;

    /** A bytearray that takes ownership of {@code data}. */
    public PyByteArray(byte[] data) {
        this.data = data;
        this.size = data.length;
    }

    @Override public PyType type() {
        return TYPE;
    }

    /** A copy of the bytes. */
    public final byte[] toByteArray() {
        return Arrays.copyOf(data, size);
    }

    @PyMethod
    static Object __new__(PyType cls, @Star Object[] args, @StarStar PyDict kwargs) {
        return cls == TYPE ? new PyByteArray(new byte[0]) : new Derived(cls);
    }

    @PyMethod
    void __init__(Object[] args, String[] kwnames) {
        Object[] a = Strs.bindNew(args, kwnames, "bytearray");
        Object source = a[0];
        byte[] d = BytesArgs.construct(source, a[1], a[2], "bytearray");
        checkResizable();
        data = source instanceof PyBytes ? d.clone() : d;
        size = d.length;
    }

    @ClassMethod
    static Object fromhex(PyType cls, Object string) {
        PyByteArray b = new PyByteArray(BytesOps.fromhex(string));
        return cls == TYPE ? b : Abstract.call(cls, b);
    }

    private void checkResizable() {
        if (exports > 0) {
            throw PyErr.format(Exceptions.BufferError, "Existing exports of data: object cannot be re-sized");
        }
    }

    private void ensure(int capacity) {
        if (capacity > data.length) {
            data = Arrays.copyOf(data, Math.max(capacity, data.length + (data.length >> 1) + 8));
        }
    }

    /** Replaces bytes {@code [from, to)} with {@code with}. */
    final void replaceRange(int from, int to, byte[] with) {
        int delta = with.length - (to - from);
        if (delta != 0) {
            checkResizable();
            if ((long) size + delta > Integer.MAX_VALUE - 16) {
                throw PyErr.memoryError();
            }
            ensure(size + delta);
            System.arraycopy(data, to, data, to + delta, size - to);
            size += delta;
        }
        System.arraycopy(with, 0, data, from, with.length);
    }

    @PyMethod
    Object __repr__() {
        String inner = BytesOps.repr(data, size);
        if (inner.startsWith("b\"")) {
            // CPython's bytearray repr escapes single quotes even inside double quotes.
            inner = "b\"" + inner.substring(2, inner.length() - 1).replace("'", "\\'") + "\"";
        }
        String name = Abstract.typeOf(this).name();
        return PyStr.of(name + "(" + inner + ")");
    }

    @PyMethod
    Object __str__() {
        return __repr__();
    }

    @PyMethod
    int __len__() {
        return size;
    }

    @PyMethod
    int __alloc__() {
        return data.length + 1;
    }

    @PyMethod
    int __sizeof__() {
        return 56 + data.length + 1;
    }

    @PyMethod
    Object __getitem__(Object index) {
        if (index instanceof PySlice s) {
            return new PyByteArray(BytesSlices.get(data, s.indices(size)));
        }
        if (Abstract.typeOf(index).slot(Slot.__index__) == null) {
            throw PyErr.typeError("bytearray indices must be integers or slices, not %T", index);
        }
        int i = Abstract.normalizeIndex(Abstract.asIndexSize(index), size, "bytearray index out of range");
        return PyInt.of(data[i] & 0xFF);
    }

    @PyMethod
    void __setitem__(Object index, Object value) {
        if (index instanceof PySlice s) {
            BytesSliceAssign.assign(this, s, value);
            return;
        }
        if (Abstract.typeOf(index).slot(Slot.__index__) == null) {
            throw PyErr.typeError("bytearray indices must be integers or slices, not %T", index);
        }
        int i = Abstract.normalizeIndex(Abstract.asIndexSize(index), size, "bytearray index out of range");
        data[i] = (byte) BytesArgs.byteValue(value);
    }

    @PyMethod
    void __delitem__(Object index) {
        if (index instanceof PySlice s) {
            BytesSliceAssign.delete(this, s);
            return;
        }
        if (Abstract.typeOf(index).slot(Slot.__index__) == null) {
            throw PyErr.typeError("bytearray indices must be integers or slices, not %T", index);
        }
        int i = Abstract.normalizeIndex(Abstract.asIndexSize(index), size, "bytearray index out of range");
        replaceRange(i, i + 1, new byte[0]);
    }

    @PyMethod
    Object __iter__() {
        return new BytesIterator(this);
    }

    @PyMethod
    Object __contains__(Object x) {
        return PyBool.of(BytesSlices.contains(data, size, x));
    }

    @PyMethod
    Object __add__(Object other) {
        byte[] b = BytesArgs.bufferOrNull(other);
        if (b == null) {
            Object r = Strs.reflected(this, other, Slot.__radd__);
            if (r != PySingletons.NOT_IMPLEMENTED) {
                return r;
            }
            throw PyErr.typeError("can't concat %T to bytearray", other);
        }
        return new PyByteArray(BytesSlices.concat(data, size, b));
    }

    @PyMethod
    Object __iadd__(Object other) {
        byte[] b = BytesArgs.bufferOrNull(other);
        if (b == null) {
            throw PyErr.typeError("can't concat %T to bytearray", other);
        }
        replaceRange(size, size, b);
        return this;
    }

    @PyMethod
    Object __mul__(Object n) {
        Object r = Strs.reflected(this, n, Slot.__rmul__);
        if (r != PySingletons.NOT_IMPLEMENTED) {
            return r;
        }
        return new PyByteArray(BytesSlices.repeat(data, size, n));
    }

    @PyMethod
    Object __rmul__(Object n) {
        return new PyByteArray(BytesSlices.repeat(data, size, n));
    }

    @PyMethod
    Object __imul__(Object n) {
        byte[] r = BytesSlices.repeat(data, size, n);
        replaceRange(0, size, r);
        return this;
    }

    @PyMethod
    Object __eq__(Object o) {
        return BytesSlices.compare(data, size, o, CompareOp.EQ);
    }

    @PyMethod
    Object __ne__(Object o) {
        return BytesSlices.compare(data, size, o, CompareOp.NE);
    }

    @PyMethod
    Object __lt__(Object o) {
        return BytesSlices.compare(data, size, o, CompareOp.LT);
    }

    @PyMethod
    Object __le__(Object o) {
        return BytesSlices.compare(data, size, o, CompareOp.LE);
    }

    @PyMethod
    Object __gt__(Object o) {
        return BytesSlices.compare(data, size, o, CompareOp.GT);
    }

    @PyMethod
    Object __ge__(Object o) {
        return BytesSlices.compare(data, size, o, CompareOp.GE);
    }

    // ---- mutation --------------------------------------------------------------------------------

    @PyMethod
    void append(Object item) {
        int v = BytesArgs.byteValue(item);
        replaceRange(size, size, new byte[] {(byte) v});
    }

    @PyMethod
    void extend(Object iterable) {
        byte[] b = BytesArgs.bufferOrNull(iterable);
        if (b == null) {
            if (iterable instanceof PyStr) {
                throw PyErr.typeError("expected iterable of integers; got: 'str'");
            }
            PyType t = Abstract.typeOf(iterable);
            if (t.slot(Slot.__iter__) == null && t.slot(Slot.__getitem__) == null) {
                throw PyErr.typeError("can't extend bytearray with %T", iterable);
            }
            b = BytesArgs.fromIterable(iterable);
        }
        replaceRange(size, size, b);
    }

    @PyMethod
    void insert(Object index, Object item) {
        long i = Strs.ssize(index);
        int v = BytesArgs.byteValue(item);
        if (i < 0) {
            i = Math.max(0, i + size);
        }
        int at = (int) Math.min(i, size);
        replaceRange(at, at, new byte[] {(byte) v});
    }

    @PyMethod
    Object pop(@Opt("-1") Object index) {
        if (size == 0) {
            throw PyErr.indexError("pop from empty bytearray");
        }
        long i = Strs.ssize(index);
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw PyErr.indexError("pop index out of range");
        }
        int v = data[(int) i] & 0xFF;
        replaceRange((int) i, (int) i + 1, new byte[0]);
        return PyInt.of(v);
    }

    @PyMethod
    void remove(Object value) {
        byte v = (byte) BytesArgs.byteValue(value);
        for (int i = 0; i < size; i++) {
            if (data[i] == v) {
                replaceRange(i, i + 1, new byte[0]);
                return;
            }
        }
        throw PyErr.valueError("value not found in bytearray");
    }

    @PyMethod
    void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            byte t = data[i];
            data[i] = data[j];
            data[j] = t;
        }
    }

    @PyMethod
    void clear() {
        replaceRange(0, size, new byte[0]);
    }

    @PyMethod
    Object __reduce__() {
        return reduce(2);
    }

    @PyMethod
    Object __reduce_ex__(int protocol) {
        return reduce(protocol);
    }

    /** Pickling: bytes from protocol 3, a Latin-1 str before (Python 2 had no bytes). */
    private Object reduce(int protocol) {
        Object state = this instanceof HasDict h && h.instanceDict() != null && h.instanceDict().size() > 0
                ? h.instanceDict() : PyNone.NONE;
        Object args = protocol < 3
                ? PyTuple.of(PyStr.of(new String(data, 0, size, java.nio.charset.StandardCharsets.ISO_8859_1)),
                        PyStr.of("latin-1"))
                : PyTuple.of(new PyBytes(toByteArray()));
        return PyTuple.of(Abstract.typeOf(this), args, state);
    }

    @PyMethod
    Object __buffer__(int flags) {
        return PyMemoryView.of(this);
    }

    @PyMethod
    void __release_buffer__(Object view) {
        if (view instanceof PyMemoryView m) {
            m.release();
        }
    }

    @PyMethod
    Object copy() {
        return new PyByteArray(toByteArray());
    }

    @PyMethod
    int find(Object sub, @Opt Object start, @Opt Object end) {
        return BytesOps.find(data, size, sub, start, end, false);
    }

    @PyMethod
    int rfind(Object sub, @Opt Object start, @Opt Object end) {
        return BytesOps.find(data, size, sub, start, end, true);
    }

    @PyMethod
    int index(Object sub, @Opt Object start, @Opt Object end) {
        return BytesOps.index(data, size, sub, start, end, false);
    }

    @PyMethod
    int rindex(Object sub, @Opt Object start, @Opt Object end) {
        return BytesOps.index(data, size, sub, start, end, true);
    }

    @PyMethod
    int count(Object sub, @Opt Object start, @Opt Object end) {
        return BytesOps.count(data, size, sub, start, end);
    }

    @PyMethod
    boolean startswith(Object prefix, @Opt Object start, @Opt Object end) {
        return BytesOps.startsOrEnds(data, size, prefix, start, end, false);
    }

    @PyMethod
    boolean endswith(Object suffix, @Opt Object start, @Opt Object end) {
        return BytesOps.startsOrEnds(data, size, suffix, start, end, true);
    }

    @PyMethod
    Object replace(Object old, Object replacement, @Opt("-1") Object count) {
        return new PyByteArray(BytesOps.replace(data, size, BytesArgs.buffer(old), BytesArgs.buffer(replacement),
                Abstract.asLong(count)));
    }

    @PyMethod
    Object removeprefix(Object prefix) {
        byte[] p = BytesArgs.buffer(prefix);
        boolean has = p.length <= size && java.util.Arrays.equals(data, 0, p.length, p, 0, p.length);
        return new PyByteArray(java.util.Arrays.copyOfRange(data, has ? p.length : 0, size));
    }

    @PyMethod
    Object removesuffix(Object suffix) {
        byte[] p = BytesArgs.buffer(suffix);
        boolean has = p.length <= size && p.length > 0
                && java.util.Arrays.equals(data, size - p.length, size, p, 0, p.length);
        return new PyByteArray(java.util.Arrays.copyOfRange(data, 0, has ? size - p.length : size));
    }

    @PyMethod(positionalOnly = 0)
    Object split(@Opt("None") Object sep, @Opt("-1") Object maxsplit) {
        return list(BytesOps.split(data, size, sep, Abstract.asLong(maxsplit), false));
    }

    @PyMethod(positionalOnly = 0)
    Object rsplit(@Opt("None") Object sep, @Opt("-1") Object maxsplit) {
        return list(BytesOps.split(data, size, sep, Abstract.asLong(maxsplit), true));
    }

    @PyMethod(positionalOnly = 0)
    Object splitlines(@Opt("False") boolean keepends) {
        return list(BytesOps.splitlines(data, size, keepends));
    }

    private PyList list(java.util.List<byte[]> parts) {
        Object[] items = new Object[parts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = new PyByteArray(parts.get(i));
        }
        return new PyList(items);
    }

    @PyMethod
    Object partition(Object sep) {
        byte[][] p = BytesOps.partition(data, size, sep, false);
        if (p == null) {
            return PyTuple.of(new PyByteArray(toByteArray()), new PyByteArray(new byte[0]),
                    new PyByteArray(new byte[0]));
        }
        return PyTuple.of(new PyByteArray(p[0]), new PyByteArray(p[1].clone()), new PyByteArray(p[2]));
    }

    @PyMethod
    Object rpartition(Object sep) {
        byte[][] p = BytesOps.partition(data, size, sep, true);
        if (p == null) {
            return PyTuple.of(new PyByteArray(new byte[0]), new PyByteArray(new byte[0]),
                    new PyByteArray(toByteArray()));
        }
        return PyTuple.of(new PyByteArray(p[0]), new PyByteArray(p[1].clone()), new PyByteArray(p[2]));
    }

    @PyMethod
    Object join(Object iterable) {
        return new PyByteArray(BytesOps.join(data, size, iterable));
    }

    @PyMethod
    Object strip(@Opt("None") Object chars) {
        return new PyByteArray(BytesOps.strip(data, size, chars, true, true));
    }

    @PyMethod
    Object lstrip(@Opt("None") Object chars) {
        return new PyByteArray(BytesOps.strip(data, size, chars, true, false));
    }

    @PyMethod
    Object rstrip(@Opt("None") Object chars) {
        return new PyByteArray(BytesOps.strip(data, size, chars, false, true));
    }

    @PyMethod
    Object center(Object width, @Opt Object fillchar) {
        return new PyByteArray(BytesOps.justify(data, size, width, fillchar, '^', "center"));
    }

    @PyMethod
    Object ljust(Object width, @Opt Object fillchar) {
        return new PyByteArray(BytesOps.justify(data, size, width, fillchar, '<', "ljust"));
    }

    @PyMethod
    Object rjust(Object width, @Opt Object fillchar) {
        return new PyByteArray(BytesOps.justify(data, size, width, fillchar, '>', "rjust"));
    }

    @PyMethod
    Object zfill(Object width) {
        return new PyByteArray(BytesOps.zfill(data, size, width));
    }

    @PyMethod(positionalOnly = 0)
    Object expandtabs(@Opt("8") Object tabsize) {
        return new PyByteArray(BytesOps.expandtabs(data, size, tabsize));
    }

    @PyMethod
    Object lower() {
        return new PyByteArray(BytesOps.convertCase(data, size, 'l'));
    }

    @PyMethod
    Object upper() {
        return new PyByteArray(BytesOps.convertCase(data, size, 'u'));
    }

    @PyMethod
    Object swapcase() {
        return new PyByteArray(BytesOps.convertCase(data, size, 's'));
    }

    @PyMethod
    Object capitalize() {
        return new PyByteArray(BytesOps.convertCase(data, size, 'c'));
    }

    @PyMethod
    Object title() {
        return new PyByteArray(BytesOps.convertCase(data, size, 't'));
    }

    @PyMethod
    boolean isalpha() {
        return BytesOps.is(data, size, 'a');
    }

    @PyMethod
    boolean isalnum() {
        return BytesOps.is(data, size, 'n');
    }

    @PyMethod
    boolean isdigit() {
        return BytesOps.is(data, size, 'd');
    }

    @PyMethod
    boolean isspace() {
        return BytesOps.is(data, size, 's');
    }

    @PyMethod
    boolean islower() {
        return BytesOps.is(data, size, 'l');
    }

    @PyMethod
    boolean isupper() {
        return BytesOps.is(data, size, 'u');
    }

    @PyMethod
    boolean istitle() {
        return BytesOps.is(data, size, 't');
    }

    @PyMethod
    boolean isascii() {
        return BytesOps.is(data, size, 'A');
    }

    @PyMethod(positionalOnly = 1)
    Object translate(Object table, @Opt Object delete) {
        return new PyByteArray(BytesOps.translate(data, size, table, delete));
    }

    @StaticMethod
    static Object maketrans(Object from, Object to) {
        return new PyBytes(BytesOps.maketrans(from, to));
    }

    @PyMethod(positionalOnly = 0)
    Object hex(@Opt Object sep, @Opt Object bytes_per_sep) {
        return PyStr.of(BytesOps.hex(data, size, sep, bytes_per_sep));
    }

    @PyMethod(positionalOnly = 0)
    Object decode(@Opt Object encoding, @Opt Object errors) {
        return PyStr.of(StrCodec.decodeBytes(data, size, encoding, errors));
    }

    @PyMethod
    Object __mod__(Object args) {
        return new PyByteArray(PercentFormat.formatBytes(java.util.Arrays.copyOf(data, size), args));
    }

    @PyMethod
    Object __rmod__(Object other) {
        return PySingletons.NOT_IMPLEMENTED;
    }

    /** An instance of a Python subclass of {@code bytearray}. */
    static final class Derived extends PyByteArray implements Instance {
        private PyType type;
        private PyDict dict;
        private final Object[] slots;

        Derived(PyType type) {
            super(new byte[0]);
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
