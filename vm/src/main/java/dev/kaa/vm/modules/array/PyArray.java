package dev.kaa.vm.modules.array;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.ClassMethod;
import dev.kaa.vm.objects.CompareOp;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.GenericAlias;
import dev.kaa.vm.objects.Instance;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyByteArray;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMemoryView;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PySingletons;
import dev.kaa.vm.objects.PySlice;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.Slot;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;

/**
 * {@code array.array}: a growable sequence of C values of one type code, kept as the bytes
 * CPython would hold on x86-64 Linux (little-endian, the sizes of {@link TypeCode}), so that
 * {@code tobytes}, {@code frombytes}, {@code byteswap} and pickling see exactly CPython's bytes.
 * Items are converted to Python objects only when read.
 *
 * <p>Thread safety: GIL-guarded, like the other mutable built-in sequences.
 */
public class PyArray extends PyObject implements dev.kaa.vm.objects.BufferExporter {
    public static final PyType TYPE = PyType.builtin("array.array", PyArray.class, MethodHandles.lookup(),
            PyType.BASETYPE | PyType.UNHASHABLE | PyType.SEQUENCE).withDoc("A sequence of machine values of one type,"
                    + " named by a one-character type code\n"
            + "(see array.typecodes). The optional initializer is a list, a bytes-like object,\n"
            + "a str (for the 'u' and 'w' codes) or any iterable of suitable items.\n"
            + "\n"
            + "Attributes:\n"
            + "\n"
            + "typecode -- the type code given on creation\n"
            + "itemsize -- the size in bytes of one item\n");

    final TypeCode tc;
    byte[] data;
    /** The number of items; the bytes in use are {@code n * tc.size}. */
    int n;
    /** Live buffer exports (memoryviews): while positive the size may not change, as in CPython. */
    private int exports;

    PyArray(TypeCode tc, byte[] data, int n) {
        this.tc = tc;
        this.data = data;
        this.n = n;
    }

    @Override public PyType type() {
        return TYPE;
    }

    /** A new empty array of {@code cls} (the array type or a subclass). */
    static PyArray make(PyType cls, TypeCode tc) {
        return cls == TYPE ? new PyArray(tc, new byte[0], 0) : new Derived(cls, tc);
    }

    // ---- construction

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0 && cls == TYPE) {
            throw PyErr.typeError("array.array() takes no keyword arguments");
        }
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos < 1) {
            throw PyErr.typeError("array() takes at least 1 argument (%d given)", npos);
        }
        if (npos > 2) {
            throw PyErr.typeError("array() takes at most 2 arguments (%d given)", npos);
        }
        Object code = args[0];
        Object init = npos == 2 ? args[1] : null;
        if (!(code instanceof PyStr s) || s.length() != 1) {
            throw PyErr.typeError("array() argument 1 must be a unicode character, not %s",
                    code instanceof PyStr ? "str" : Abstract.typeOf(code).name());
        }
        Object iterator = null;
        if (init != null && !(init instanceof PyList) && !(init instanceof PyBytes) && !(init instanceof PyByteArray)
                && !(init instanceof PyStr) && !(init instanceof PyArray)) {
            iterator = Abstract.iter(init);
        }
        TypeCode tc = TypeCode.of(s.codePointAt(0));
        if (tc == null) {
            throw PyErr.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        }
        if (tc.code == 'u') {
            PyErr.warn(Exceptions.DeprecationWarning, 1,
                    "The 'u' type code is deprecated and will be removed in Python 3.16");
        }
        if (init instanceof PyStr && !tc.isUnicode()) {
            throw PyErr.typeError("cannot use a str to initialize an array with typecode '%c'", tc.code);
        }
        if (init instanceof PyArray a && a.tc.isUnicode() && !tc.isUnicode()) {
            throw PyErr.typeError("cannot use a unicode array to initialize an array with typecode '%c'", tc.code);
        }
        PyArray self = make(cls, tc);
        if (init instanceof PyStr str) {
            self.fromunicode(str);
        } else if (init instanceof PyBytes || init instanceof PyByteArray) {
            self.frombytes(init);
        } else if (init instanceof PyArray a) {
            if (a.tc == tc || (a.tc.isUnicode() && tc.isUnicode())) {
                self.appendBytes(a.data, a.n * a.tc.size);
            } else {
                for (int i = 0; i < a.n; i++) {
                    self.append(a.get(i));
                }
            }
        } else if (init instanceof PyList l) {
            self.fromlist(l);
        } else if (iterator != null) {
            self.extendIterable(iterator);
        }
        return self;
    }

    // ---- storage

    void checkResizable() {
        if (exports > 0) {
            throw PyErr.format(Exceptions.BufferError, "cannot resize an array that is exporting buffers");
        }
    }

    // ---- the buffer protocol, for memoryview and the bytes-like consumers

    /** The live item bytes (only the first {@link #bufferLength} are in use; reallocated on growth). */
    @Override public byte[] bufferArray() {
        return data;
    }

    /** The number of bytes in use. */
    @Override public int bufferLength() {
        return bytesUsed();
    }

    /** The item format as memoryview reports it ('w' for both unicode codes). */
    @Override public char bufferFormat() {
        return tc.isUnicode() ? 'w' : tc.code;
    }

    /** The size of one item in bytes. */
    @Override public int bufferItemSize() {
        return tc.size;
    }

    /** Counts an export ({@code +1}) or its release ({@code -1}): exported arrays cannot resize. */
    @Override public void bufferExport(int delta) {
        exports = Math.max(0, exports + delta);
    }

    int bytesUsed() {
        return n * tc.size;
    }

    void ensure(int items) {
        long need = (long) items * tc.size;
        if (need > Integer.MAX_VALUE - 8) {
            throw PyErr.memoryError();
        }
        if (need > data.length) {
            data = Arrays.copyOf(data, (int) Math.max(need, Math.min(Integer.MAX_VALUE - 8L, data.length * 2L + 16)));
        }
    }

    Object get(int i) {
        return tc.read(data, i * tc.size);
    }

    private void appendBytes(byte[] src, int len) {
        checkResizable();
        int items = len / tc.size;
        ensure(n + items);
        System.arraycopy(src, 0, data, bytesUsed(), len);
        n += items;
    }

    /** The bytes in use, copied. */
    public byte[] toByteArray() {
        return Arrays.copyOf(data, bytesUsed());
    }

    private int index(Object index, String message) {
        if (Abstract.typeOf(index).slot(Slot.__index__) == null) {
            throw PyErr.typeError("array indices must be integers");
        }
        return Abstract.normalizeIndex(Abstract.asIndexSize(index), n, message);
    }

    private PyArray sameKind(Object o) {
        return o instanceof PyArray a ? a : null;
    }

    /** Copies items [from, to) into a new exact array. */
    private PyArray copyRange(int from, int to) {
        int sz = tc.size;
        return new PyArray(tc, Arrays.copyOfRange(data, from * sz, to * sz), to - from);
    }

    // ---- sequence protocol

    @PyMethod
    int __len__() {
        return n;
    }

    @PyMethod
    Object __getitem__(Object index) {
        if (index instanceof PySlice s) {
            return ArraySlices.get(this, s);
        }
        return get(index(index, "array index out of range"));
    }

    @PyMethod
    void __setitem__(Object index, Object value) {
        if (index instanceof PySlice s) {
            ArraySlices.assign(this, s, value);
            return;
        }
        int i = index(index, "array assignment index out of range");
        tc.write(data, i * tc.size, value);
    }

    @PyMethod
    void __delitem__(Object index) {
        if (index instanceof PySlice s) {
            ArraySlices.delete(this, s);
            return;
        }
        int i = index(index, "array assignment index out of range");
        removeAt(i);
    }

    private void removeAt(int i) {
        checkResizable();
        int sz = tc.size;
        System.arraycopy(data, (i + 1) * sz, data, i * sz, (n - i - 1) * sz);
        n--;
    }

    @PyMethod
    Object __iter__() {
        return new ArrayIterator(this);
    }

    @PyMethod
    boolean __contains__(Object x) {
        for (int i = 0; i < n; i++) {
            if (Abstract.equals(get(i), x)) {
                return true;
            }
        }
        return false;
    }

    @PyMethod
    Object __add__(Object other) {
        PyArray o = sameKind(other);
        if (o == null) {
            Object r = tryReflected(other, Slot.__radd__);
            if (r != null) {
                return r;
            }
            throw PyErr.typeError("can only append array (not \"%s\") to array", Abstract.typeOf(other).name());
        }
        if (o.tc != tc) {
            throw PyErr.typeError("bad argument type for built-in operation");
        }
        PyArray r = copyRange(0, n);
        r.appendBytes(o.data, o.bytesUsed());
        return r;
    }

    @PyMethod
    Object __iadd__(Object other) {
        PyArray o = sameKind(other);
        if (o == null) {
            throw PyErr.typeError("can only extend array with array (not \"%s\")", Abstract.typeOf(other).name());
        }
        extendArray(o);
        return this;
    }

    /**
     * CPython's array has only sequence concatenation and repetition, tried after the other
     * operand's number method: a reflected method written in Python gets the first chance.
     * The result, or null when there is none or it returned NotImplemented.
     */
    private Object tryReflected(Object x, Slot reflected) {
        if (x instanceof PyInt || x instanceof PyArray) {
            return null;
        }
        PyType t = Abstract.typeOf(x);
        dev.kaa.vm.objects.Fn.Binary f = t.binary(reflected);
        if (f == null || t.isSubtypeOf(Abstract.typeOf(this))) {
            return null;
        }
        PyType owner = t.definingClass(PyStr.intern(reflected.name()));
        if (owner == null || !owner.isHeapType()) {
            return null;
        }
        Object r = f.call(x, this);
        return r == PySingletons.NOT_IMPLEMENTED ? null : r;
    }

    /** The count of {@code array * n}: {@code n} through {@code __index__}, "can't multiply" otherwise. */
    private static long repeatCount(Object times) {
        if (!(times instanceof PyInt) && Abstract.typeOf(times).slot(Slot.__index__) == null) {
            throw PyErr.typeError("can't multiply sequence by non-int of type '%T'", times);
        }
        PyInt t = Abstract.index(times);
        if (!t.isLong()) {
            throw PyErr.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return Math.max(0, t.longValue());
    }

    private byte[] repeated(long times) {
        long total = times * bytesUsed();
        if (times != 0 && (total / times != bytesUsed() || total > Integer.MAX_VALUE - 8)) {
            throw PyErr.memoryError();
        }
        byte[] out = new byte[(int) total];
        int used = bytesUsed();
        for (int k = 0; k < times; k++) {
            System.arraycopy(data, 0, out, k * used, used);
        }
        return out;
    }

    @PyMethod
    Object __mul__(Object times) {
        Object r = tryReflected(times, Slot.__rmul__);
        if (r != null) {
            return r;
        }
        long t = repeatCount(times);
        return new PyArray(tc, repeated(t), (int) (n * t));
    }

    @PyMethod
    Object __rmul__(Object times) {
        if (times instanceof PyStr || times instanceof PyBytes || times instanceof PyByteArray
                || times instanceof PyList || times instanceof PyTuple) {
            // CPython repeats the left sequence by this array, and so names the array's type.
            throw PyErr.typeError("can't multiply sequence by non-int of type '%T'", this);
        }
        long t = repeatCount(times);
        return new PyArray(tc, repeated(t), (int) (n * t));
    }

    @PyMethod
    Object __imul__(Object times) {
        long t = repeatCount(times);
        if (t != 1) {
            checkResizable();
        }
        int items = (int) (n * t);
        data = repeated(t);
        n = items;
        return this;
    }

    // ---- comparisons

    private Object compare(Object other, CompareOp op) {
        if (!(other instanceof PyArray o)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        if (o.n != n && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return PyBool.of(op == CompareOp.NE);
        }
        int common = Math.min(n, o.n);
        for (int i = 0; i < common; i++) {
            Object a = get(i), b = o.get(i);
            if (!Abstract.equals(a, b)) {
                if (op == CompareOp.EQ) {
                    return PyBool.FALSE;
                }
                if (op == CompareOp.NE) {
                    return PyBool.TRUE;
                }
                return Abstract.richCompare(a, b, op);
            }
        }
        int a = n, b = o.n;
        boolean r = switch (op) {
            case LT -> a < b;
            case LE -> a <= b;
            case EQ -> a == b;
            case NE -> a != b;
            case GT -> a > b;
            case GE -> a >= b;
        };
        return PyBool.of(r);
    }

    @PyMethod Object __eq__(Object o) { return compare(o, CompareOp.EQ); }
    @PyMethod Object __ne__(Object o) { return compare(o, CompareOp.NE); }
    @PyMethod Object __lt__(Object o) { return compare(o, CompareOp.LT); }
    @PyMethod Object __le__(Object o) { return compare(o, CompareOp.LE); }
    @PyMethod Object __gt__(Object o) { return compare(o, CompareOp.GT); }
    @PyMethod Object __ge__(Object o) { return compare(o, CompareOp.GE); }

    // ---- representation

    @PyMethod
    Object __repr__() {
        String name = Abstract.typeOf(this).name();
        if (n == 0) {
            return PyStr.of(name + "('" + tc.code + "')");
        }
        Object items = tc.isUnicode() ? tounicode() : tolist();
        return PyStr.of(name + "('" + tc.code + "', " + Abstract.repr(items).value() + ")");
    }

    @PyGetter
    Object typecode() {
        return PyStr.of(String.valueOf(tc.code));
    }

    @PyGetter
    int itemsize() {
        return tc.size;
    }

    @PyMethod
    int __sizeof__() {
        return 64 + data.length;
    }

    @ClassMethod
    static Object __class_getitem__(PyType cls, Object item) {
        return GenericAlias.of(cls, item);
    }

    // ---- methods

    @PyMethod(doc = "Add v as the last item.")
    void append(Object v) {
        checkResizable();
        ensure(n + 1);
        tc.write(data, n * tc.size, v);
        n++;
    }

    @PyMethod(doc = "(address, item count) of the array's storage; on the JVM the address is only a stand-in number.")
    Object buffer_info() {
        // No stable address exists on the JVM; the identity hash stands in for it.
        return PyTuple.of(PyInt.of(System.identityHashCode(data) & 0x7fffffffL), PyInt.of(n));
    }

    @PyMethod(doc = "Reverse the byte order of every item (for items of 1, 2, 4 or 8 bytes).")
    void byteswap() {
        int sz = tc.size;
        for (int i = 0; i < n; i++) {
            int off = i * sz;
            for (int a = off, b = off + sz - 1; a < b; a++, b--) {
                byte t = data[a];
                data[a] = data[b];
                data[b] = t;
            }
        }
    }

    @PyMethod(doc = "Empty the array.")
    void clear() {
        checkResizable();
        data = new byte[0];
        n = 0;
    }

    @PyMethod(doc = "How many items equal v.")
    int count(Object v) {
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (Abstract.equals(get(i), v)) {
                c++;
            }
        }
        return c;
    }

    @PyMethod(doc = "Add each item of an iterable (or of an array of the same typecode) at the end.")
    void extend(Object[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos != 1) {
            throw PyErr.typeError("extend() takes exactly 1 positional argument (%d given)", npos);
        }
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("extend() takes no keyword arguments");
        }
        extend(args[0]);
    }

    private void extend(Object iterable) {
        if (iterable instanceof PyArray a) {
            extendArray(a);
        } else {
            extendIterable(iterable);
        }
    }

    private void extendArray(PyArray a) {
        if (a.tc != tc) {
            throw PyErr.typeError("can only extend with array of same kind");
        }
        appendBytes(a.toByteArray(), a.bytesUsed());
    }

    private void extendIterable(Object iterable) {
        Abstract.forEach(iterable, this::append);
    }

    @PyMethod(doc = "Add items read from a bytes-like object holding their machine values (length a multiple of"
            + " itemsize).")
    void frombytes(Object buffer) {
        byte[] b;
        if (buffer instanceof PyBytes bs) {
            b = bs.toByteArray();
        } else if (buffer instanceof PyByteArray ba) {
            b = ba.toByteArray();
        } else if (buffer instanceof PyArray a) {
            b = a.toByteArray();
        } else if (buffer instanceof PyMemoryView) {
            b = ((PyBytes) Abstract.callMethod(buffer, "tobytes")).toByteArray();
        } else {
            throw PyErr.typeError("a bytes-like object is required, not '%T'", buffer);
        }
        if (b.length % tc.size != 0) {
            throw PyErr.valueError("bytes length not a multiple of item size");
        }
        appendBytes(b, b.length);
    }

    @PyMethod(doc = "Read n items' worth of machine values from the binary file f and add them at the end (EOFError"
            + " if fewer).")
    void fromfile(Object f, long count) {
        if (count < 0) {
            throw PyErr.valueError("negative count");
        }
        long nbytes = count * tc.size;
        if (nbytes > Integer.MAX_VALUE - 8) {
            throw PyErr.memoryError();
        }
        Object r = Abstract.callMethod(f, "read", PyInt.of(nbytes));
        if (!(r instanceof PyBytes b)) {
            throw PyErr.typeError("read() didn't return bytes");
        }
        frombytes(b);
        if (b.toByteArray().length != nbytes) {
            throw PyErr.format(Exceptions.EOFError, "read() didn't return enough bytes");
        }
    }

    @PyMethod(doc = "Add the items of a list at the end (nothing is added if one is of the wrong type).")
    void fromlist(Object list) {
        if (!(list instanceof PyList l)) {
            throw PyErr.typeError("arg must be list");
        }
        int old = n;
        try {
            for (int i = 0; i < l.size(); i++) {
                append(l.get(i));
            }
        } catch (RuntimeException e) {
            n = old; // all or nothing, as CPython
            throw e;
        }
    }

    @PyMethod(doc = "Add the characters of a str at the end (typecode 'u' or 'w' only).")
    void fromunicode(Object ustr) {
        if (!(ustr instanceof PyStr s)) {
            throw PyErr.typeError("fromunicode() argument must be str, not %s", Abstract.typeOf(ustr).name());
        }
        if (!tc.isUnicode()) {
            throw PyErr.valueError("fromunicode() may only be called on unicode type arrays ('u' or 'w')");
        }
        int[] cps = s.codePoints();
        checkResizable();
        ensure(n + cps.length);
        for (int cp : cps) {
            TypeCode.putInt(data, n * 4, cp);
            n++;
        }
    }

    @PyMethod(doc = "Position of the first item equal to v within [start, stop) (ValueError if none).")
    int index(Object v, @Opt Object start, @Opt Object stop) {
        int lo = start == null ? 0 : clampIndex(start), hi = stop == null ? n : clampIndex(stop);
        for (int i = lo; i < Math.min(hi, n); i++) {
            if (Abstract.equals(get(i), v)) {
                return i;
            }
        }
        throw PyErr.valueError("array.index(x): x not in array");
    }

    private int clampIndex(Object o) {
        if (!(o instanceof PyInt) && Abstract.typeOf(o).slot(Slot.__index__) == null) {
            throw PyErr.typeError("slice indices must be integers or have an __index__ method");
        }
        PyInt p = Abstract.index(o);
        long i = p.isLong() ? p.longValue() : (p.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2);
        if (i < 0) {
            i = Math.max(0, i + n);
        }
        return (int) Math.min(i, n);
    }

    @PyMethod(doc = "Put v at position i, shifting later items right.")
    void insert(long i, Object v) {
        if (i < 0) {
            i = Math.max(0, i + n);
        }
        if (i > n) {
            i = n;
        }
        byte[] item = new byte[tc.size];
        tc.write(item, 0, v);
        checkResizable();
        ensure(n + 1);
        int sz = tc.size, at = (int) i;
        System.arraycopy(data, at * sz, data, (at + 1) * sz, (n - at) * sz);
        System.arraycopy(item, 0, data, at * sz, sz);
        n++;
    }

    @PyMethod(doc = "Take the item at i (the last by default) out and give it back.")
    Object pop(@Opt("-1") long i) {
        if (n == 0) {
            throw PyErr.indexError("pop from empty array");
        }
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PyErr.indexError("pop index out of range");
        }
        Object v = get((int) i);
        removeAt((int) i);
        return v;
    }

    @PyMethod(doc = "Delete the first item equal to v (ValueError if none).")
    void remove(Object v) {
        for (int i = 0; i < n; i++) {
            if (Abstract.equals(get(i), v)) {
                removeAt(i);
                return;
            }
        }
        throw PyErr.valueError("array.remove(x): x not in array");
    }

    @PyMethod(doc = "Put the items in reverse order, in place.")
    void reverse() {
        int sz = tc.size;
        byte[] t = new byte[sz];
        for (int a = 0, b = n - 1; a < b; a++, b--) {
            System.arraycopy(data, a * sz, t, 0, sz);
            System.arraycopy(data, b * sz, data, a * sz, sz);
            System.arraycopy(t, 0, data, b * sz, sz);
        }
    }

    @PyMethod(doc = "The items' machine values, as bytes.")
    Object tobytes() {
        return new PyBytes(toByteArray());
    }

    @PyMethod(doc = "Write the items' machine values to the binary file f.")
    void tofile(Object f) {
        int block = 64 * 1024, used = bytesUsed();
        Object write = Abstract.getAttr(f, "write");
        if (used == 0) {
            return;
        }
        for (int off = 0; off < used; off += block) {
            Abstract.call(write, new PyBytes(Arrays.copyOfRange(data, off, Math.min(used, off + block))));
        }
    }

    @PyMethod(doc = "The items, as a new list.")
    Object tolist() {
        Object[] items = new Object[n];
        for (int i = 0; i < n; i++) {
            items[i] = get(i);
        }
        return new PyList(items);
    }

    @PyMethod(doc = "Add the characters of a str at the end (typecode 'u' or 'w' only).")
    Object tounicode() {
        if (!tc.isUnicode()) {
            throw PyErr.valueError("tounicode() may only be called on unicode type arrays ('u' or 'w')");
        }
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            int cp = TypeCode.rawInt(data, i * 4);
            if (cp < 0 || cp > 0x10FFFF) {
                if (tc.code == 'u') {
                    throw PyErr.valueError("character U+%x is not in range [U+0000; U+10ffff]", cp & 0xFFFFFFFFL);
                }
                // 'w' decodes its buffer as UTF-32, as CPython does.
                throw new dev.kaa.vm.objects.PyException(dev.kaa.vm.objects.PyBaseException.create(
                        Exceptions.UnicodeDecodeError, PyStr.of("utf-32-le"), tobytes(), PyInt.of(i * 4),
                        PyInt.of(i * 4 + 4), PyStr.of("code point not in range(0x110000)")));
            }
            sb.appendCodePoint(cp);
        }
        return PyStr.of(sb.toString());
    }

    // ---- copying and pickling

    @PyMethod
    Object __copy__() {
        return copyRange(0, n);
    }

    @PyMethod
    Object __deepcopy__(Object memo) {
        return copyRange(0, n);
    }

    @PyMethod
    Object __reduce_ex__(Object[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos != 1) {
            throw PyErr.typeError("__reduce_ex__() takes exactly 1 positional argument (%d given)", npos);
        }
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("__reduce_ex__() takes no keyword arguments");
        }
        if (!(args[0] instanceof PyInt p)) {
            throw PyErr.typeError("__reduce_ex__ argument should be an integer");
        }
        long protocol = p.isLong() ? p.longValue() : p.signum();
        Object cls = Abstract.typeOf(this);
        Object dict = this instanceof Instance inst ? inst.instanceDict() : null;
        if (dict == null || (dict instanceof PyDict d && d.size() == 0)) {
            dict = PyNone.NONE;
        }
        if (protocol < 3) {
            return PyTuple.of(cls, PyTuple.of(typecode(), tolist()), dict);
        }
        return PyTuple.of(ArrayModule.reconstructor(), PyTuple.of(cls, typecode(),
                PyInt.of(MachineFormat.of(tc)), tobytes()), dict);
    }

    /** An instance of a Python subclass of {@code array.array}. */
    static final class Derived extends PyArray implements Instance {
        private PyType type;
        private PyDict dict;
        private final Object[] slots;

        Derived(PyType type, TypeCode tc) {
            super(tc, new byte[0], 0);
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
