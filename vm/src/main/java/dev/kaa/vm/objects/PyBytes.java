package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;
import java.util.Arrays;

/**
 * Python's {@code bytes}: an immutable byte array. The byte algorithms are {@link BytesOps},
 * shared with {@code bytearray}.
 *
 * <p>Thread safety: immutable.
 */
public class PyBytes extends PyObject {
    public static final PyType TYPE = PyType.builtin("bytes", PyBytes.class, MethodHandles.lookup(),
            PyType.BASETYPE);
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);

    /** The bytes; never changed after construction. */
    final byte[] data;
    private long hash = -1;

    /** A bytes object that takes ownership of {@code data}. */
    public PyBytes(byte[] data) {
        this.data = data;
    }

    @Override public PyType type() {
        return TYPE;
    }

    /** The bytes; callers must not change the array. */
    public final byte[] data() {
        return data;
    }

    /** A copy of the bytes. */
    public final byte[] toByteArray() {
        return data.clone();
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        Object[] a = Strs.bindNew(args, kwnames, "bytes");
        return newBytes(cls, a[0], a[1], a[2]);
    }

    private static Object newBytes(PyType cls, Object source, Object encoding, Object errors) {
        if (cls == TYPE && source instanceof PyBytes b && b.getClass() == PyBytes.class && encoding == null
                && errors == null) {
            return b;
        }
        byte[] d = BytesArgs.construct(source, encoding, errors, "bytes");
        return cls == TYPE ? new PyBytes(d) : new Derived(cls, d);
    }

    @ClassMethod
    static Object fromhex(PyType cls, Object string) {
        PyBytes b = new PyBytes(BytesOps.fromhex(string));
        return cls == TYPE ? b : Abstract.call(cls, b);
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of(BytesOps.repr(data, data.length));
    }

    @PyMethod
    Object __str__() {
        return __repr__();
    }

    @PyMethod
    Object __bytes__() {
        return getClass() == PyBytes.class ? this : new PyBytes(data);
    }

    @PyMethod
    long __hash__() {
        long h = hash;
        if (h == -1) {
            h = BytesOps.hash(data, data.length);
            hash = h;
        }
        return h;
    }

    @PyMethod
    int __len__() {
        return data.length;
    }

    @PyMethod
    Object __getitem__(Object index) {
        if (index instanceof PySlice s) {
            long[] r = s.indices(data.length);
            return new PyBytes(BytesSlices.get(data, r));
        }
        if (Abstract.typeOf(index).slot(Slot.__index__) == null) {
            throw PyErr.typeError("byte indices must be integers or slices, not %T", index);
        }
        int i = Abstract.normalizeIndex(Abstract.asIndexSize(index), data.length, "index out of range");
        return PyInt.of(data[i] & 0xFF);
    }

    @PyMethod
    Object __iter__() {
        return new BytesIterator(this);
    }

    @PyMethod
    Object __contains__(Object x) {
        return PyBool.of(BytesSlices.contains(data, data.length, x));
    }

    @PyMethod
    Object __add__(Object other) {
        byte[] b = BytesArgs.bufferOrNull(other);
        if (b == null) {
            Object r = Strs.reflected(this, other, Slot.__radd__);
            if (r != PySingletons.NOT_IMPLEMENTED) {
                return r;
            }
            throw PyErr.typeError("can't concat %T to bytes", other);
        }
        return new PyBytes(BytesSlices.concat(data, data.length, b));
    }

    @PyMethod
    Object __mul__(Object n) {
        Object r = Strs.reflected(this, n, Slot.__rmul__);
        if (r != PySingletons.NOT_IMPLEMENTED) {
            return r;
        }
        return new PyBytes(BytesSlices.repeat(data, data.length, n));
    }

    @PyMethod
    Object __rmul__(Object n) {
        return new PyBytes(BytesSlices.repeat(data, data.length, n));
    }

    /** bytes compares with bytes only; the other bytes-like types answer for themselves. */
    private Object compareBytes(Object o, CompareOp op) {
        return o instanceof PyBytes ? BytesSlices.compare(data, data.length, o, op) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __eq__(Object o) {
        return compareBytes(o, CompareOp.EQ);
    }

    @PyMethod
    Object __ne__(Object o) {
        return compareBytes(o, CompareOp.NE);
    }

    @PyMethod
    Object __lt__(Object o) {
        return compareBytes(o, CompareOp.LT);
    }

    @PyMethod
    Object __le__(Object o) {
        return compareBytes(o, CompareOp.LE);
    }

    @PyMethod
    Object __gt__(Object o) {
        return compareBytes(o, CompareOp.GT);
    }

    @PyMethod
    Object __ge__(Object o) {
        return compareBytes(o, CompareOp.GE);
    }

    @PyMethod
    Object __buffer__(int flags) {
        return PyMemoryView.of(this);
    }

    @PyMethod
    int __sizeof__() {
        return 33 + data.length;
    }

    @PyMethod
    int find(Object sub, @Opt Object start, @Opt Object end) {
        return BytesOps.find(data, data.length, sub, start, end, false);
    }

    @PyMethod
    int rfind(Object sub, @Opt Object start, @Opt Object end) {
        return BytesOps.find(data, data.length, sub, start, end, true);
    }

    @PyMethod
    int index(Object sub, @Opt Object start, @Opt Object end) {
        return BytesOps.index(data, data.length, sub, start, end, false);
    }

    @PyMethod
    int rindex(Object sub, @Opt Object start, @Opt Object end) {
        return BytesOps.index(data, data.length, sub, start, end, true);
    }

    @PyMethod
    int count(Object sub, @Opt Object start, @Opt Object end) {
        return BytesOps.count(data, data.length, sub, start, end);
    }

    @PyMethod
    boolean startswith(Object prefix, @Opt Object start, @Opt Object end) {
        return BytesOps.startsOrEnds(data, data.length, prefix, start, end, false);
    }

    @PyMethod
    boolean endswith(Object suffix, @Opt Object start, @Opt Object end) {
        return BytesOps.startsOrEnds(data, data.length, suffix, start, end, true);
    }

    @PyMethod
    Object replace(Object old, Object replacement, @Opt("-1") Object count) {
        byte[] from = BytesArgs.buffer(old), to = BytesArgs.buffer(replacement);
        return new PyBytes(BytesOps.replace(data, data.length, from, to, Abstract.asLong(count)));
    }

    @PyMethod
    Object removeprefix(Object prefix) {
        byte[] p = BytesArgs.buffer(prefix);
        boolean has = p.length <= data.length && java.util.Arrays.equals(data, 0, p.length, p, 0, p.length);
        return new PyBytes(java.util.Arrays.copyOfRange(data, has ? p.length : 0, data.length));
    }

    @PyMethod
    Object removesuffix(Object suffix) {
        byte[] p = BytesArgs.buffer(suffix);
        boolean has = p.length <= data.length && p.length > 0
                && java.util.Arrays.equals(data, data.length - p.length, data.length, p, 0, p.length);
        return new PyBytes(java.util.Arrays.copyOfRange(data, 0, has ? data.length - p.length : data.length));
    }

    @PyMethod(positionalOnly = 0)
    Object split(@Opt("None") Object sep, @Opt("-1") Object maxsplit) {
        return list(BytesOps.split(data, data.length, sep, Abstract.asLong(maxsplit), false));
    }

    @PyMethod(positionalOnly = 0)
    Object rsplit(@Opt("None") Object sep, @Opt("-1") Object maxsplit) {
        return list(BytesOps.split(data, data.length, sep, Abstract.asLong(maxsplit), true));
    }

    @PyMethod(positionalOnly = 0)
    Object splitlines(@Opt("False") boolean keepends) {
        return list(BytesOps.splitlines(data, data.length, keepends));
    }

    private PyList list(java.util.List<byte[]> parts) {
        Object[] items = new Object[parts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = new PyBytes(parts.get(i));
        }
        return new PyList(items);
    }

    @PyMethod
    Object partition(Object sep) {
        byte[][] p = BytesOps.partition(data, data.length, sep, false);
        if (p == null) {
            return PyTuple.of(new PyBytes(data.clone()), new PyBytes(new byte[0]), new PyBytes(new byte[0]));
        }
        // The separator found is the argument itself, as in CPython.
        return PyTuple.of(new PyBytes(p[0]), sep, new PyBytes(p[2]));
    }

    @PyMethod
    Object rpartition(Object sep) {
        byte[][] p = BytesOps.partition(data, data.length, sep, true);
        if (p == null) {
            return PyTuple.of(new PyBytes(new byte[0]), new PyBytes(new byte[0]), new PyBytes(data.clone()));
        }
        // The separator found is the argument itself, as in CPython.
        return PyTuple.of(new PyBytes(p[0]), sep, new PyBytes(p[2]));
    }

    @PyMethod
    Object join(Object iterable) {
        return new PyBytes(BytesOps.join(data, data.length, iterable));
    }

    @PyMethod
    Object strip(@Opt("None") Object chars) {
        return new PyBytes(BytesOps.strip(data, data.length, chars, true, true));
    }

    @PyMethod
    Object lstrip(@Opt("None") Object chars) {
        return new PyBytes(BytesOps.strip(data, data.length, chars, true, false));
    }

    @PyMethod
    Object rstrip(@Opt("None") Object chars) {
        return new PyBytes(BytesOps.strip(data, data.length, chars, false, true));
    }

    @PyMethod
    Object center(Object width, @Opt Object fillchar) {
        return new PyBytes(BytesOps.justify(data, data.length, width, fillchar, '^', "center"));
    }

    @PyMethod
    Object ljust(Object width, @Opt Object fillchar) {
        return new PyBytes(BytesOps.justify(data, data.length, width, fillchar, '<', "ljust"));
    }

    @PyMethod
    Object rjust(Object width, @Opt Object fillchar) {
        return new PyBytes(BytesOps.justify(data, data.length, width, fillchar, '>', "rjust"));
    }

    @PyMethod
    Object zfill(Object width) {
        return new PyBytes(BytesOps.zfill(data, data.length, width));
    }

    @PyMethod(positionalOnly = 0)
    Object expandtabs(@Opt("8") Object tabsize) {
        return new PyBytes(BytesOps.expandtabs(data, data.length, tabsize));
    }

    @PyMethod
    Object lower() {
        return new PyBytes(BytesOps.convertCase(data, data.length, 'l'));
    }

    @PyMethod
    Object upper() {
        return new PyBytes(BytesOps.convertCase(data, data.length, 'u'));
    }

    @PyMethod
    Object swapcase() {
        return new PyBytes(BytesOps.convertCase(data, data.length, 's'));
    }

    @PyMethod
    Object capitalize() {
        return new PyBytes(BytesOps.convertCase(data, data.length, 'c'));
    }

    @PyMethod
    Object title() {
        return new PyBytes(BytesOps.convertCase(data, data.length, 't'));
    }

    @PyMethod
    boolean isalpha() {
        return BytesOps.is(data, data.length, 'a');
    }

    @PyMethod
    boolean isalnum() {
        return BytesOps.is(data, data.length, 'n');
    }

    @PyMethod
    boolean isdigit() {
        return BytesOps.is(data, data.length, 'd');
    }

    @PyMethod
    boolean isspace() {
        return BytesOps.is(data, data.length, 's');
    }

    @PyMethod
    boolean islower() {
        return BytesOps.is(data, data.length, 'l');
    }

    @PyMethod
    boolean isupper() {
        return BytesOps.is(data, data.length, 'u');
    }

    @PyMethod
    boolean istitle() {
        return BytesOps.is(data, data.length, 't');
    }

    @PyMethod
    boolean isascii() {
        return BytesOps.is(data, data.length, 'A');
    }

    @PyMethod(positionalOnly = 1)
    Object translate(Object table, @Opt Object delete) {
        return new PyBytes(BytesOps.translate(data, data.length, table, delete));
    }

    @StaticMethod
    static Object maketrans(Object from, Object to) {
        return new PyBytes(BytesOps.maketrans(from, to));
    }

    @PyMethod(positionalOnly = 0)
    Object hex(@Opt Object sep, @Opt Object bytes_per_sep) {
        return PyStr.of(BytesOps.hex(data, data.length, sep, bytes_per_sep));
    }

    @PyMethod(positionalOnly = 0)
    Object decode(@Opt Object encoding, @Opt Object errors) {
        return PyStr.of(StrCodec.decodeBytes(data, data.length, encoding, errors));
    }

    @PyMethod
    Object __mod__(Object args) {
        return new PyBytes(PercentFormat.formatBytes(java.util.Arrays.copyOf(data, data.length), args));
    }

    @PyMethod
    Object __rmod__(Object other) {
        return PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __getnewargs__() {
        return PyTuple.of(new PyBytes(java.util.Arrays.copyOf(data, data.length)));
    }

    /** An instance of a Python subclass of {@code bytes}. */
    static final class Derived extends PyBytes implements Instance {
        private PyType type;
        private PyDict dict;
        private final Object[] slots;

        Derived(PyType type, byte[] data) {
            super(data);
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
