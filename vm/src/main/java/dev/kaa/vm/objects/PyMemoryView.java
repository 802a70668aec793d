package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;
import java.util.Arrays;

/**
 * {@code memoryview}, the one-dimensional form over {@code bytes} and {@code bytearray}: item
 * {@code i} ({@code i < length}) is at byte {@code start + i*stride} of the exporter's array, in
 * a native struct format ('B' unless {@code cast}; {@link BytesItemFormat}).
 *
 * <p>CPython's views pin a bytearray's size from creation to release, and reference counting
 * releases a dropped view at once. Kaa's collector would release it at some unknown later time,
 * so that code like {@code memoryview(ba)[:2].tobytes(); ba.append(0)} would fail at random;
 * instead a view pins the size only inside a {@code with} block (from {@code __enter__} to
 * {@code release}), and an unpinned view whose bytearray shrank under it raises
 * {@code BufferError} when used.
 *
 * <p>Besides bytes and bytearray, a view may be of a {@link BufferExporter} (a Java array's
 * bytes: {@code array.array}) or an extension's {@link dev.kaa.ext.BufferSource} (memory of its
 * own, native or not: {@code mmap}), read and written in place.
 *
 * <p>Not yet: multi-dimensional shapes.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class PyMemoryView extends PyObject {
    public static final PyType TYPE = PyType.builtin("memoryview", PyMemoryView.class, MethodHandles.lookup(), PyType.SEQUENCE).withDoc(TypeDocs.MEMORYVIEW);

    /** The exporter: a PyBytes or PyByteArray. */
    private final Object obj;
    /** Byte offset of item 0, bytes from one item to the next, number of items. */
    private final int start, stride, length;
    private final boolean readonly;
    /** The struct format character of the items ({@link BytesItemFormat}). */
    private final char format;
    /** The format as {@code cast} was given it ('@h' stays '@h'). */
    private String formatText;
    private boolean released;
    /** The hash once computed (-1 before): a released view keeps answering it. */
    private long hash = -1;
    /** True while a {@code with} block holds the view: the bytearray's size is then pinned. */
    private boolean pinning;
    /**
     * The dimensions of a view {@code cast} gave a shape other than one dimension (null for
     * one dimension; empty for zero): C-contiguous, its {@code length} items in row-major order.
     */
    private int[] shape;

    private PyMemoryView(Object obj, int start, int stride, int length, boolean readonly, char format) {
        this.obj = obj;
        this.start = start;
        this.stride = stride;
        this.length = length;
        this.readonly = readonly;
        this.format = format;
    }

    @Override public PyType type() {
        return TYPE;
    }

    /** {@code memoryview(object)} for a bytes or bytearray. */
    static PyMemoryView of(Object object) {
        return (PyMemoryView) make(object);
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length, npos = args.length - nkw;
        if (args.length > 1) {
            throw PyErr.typeError("memoryview() takes at most 1 argument (%d given)", args.length);
        }
        if (npos == 1) {
            return make(args[0]);
        }
        if (nkw == 1 && kwnames[0].equals("object")) {
            return make(args[0]);
        }
        throw PyErr.typeError("memoryview() missing required argument 'object' (pos 1)");
    }

    private static Object make(Object object) {
        if (object instanceof PyBytes b) {
            return new PyMemoryView(b, 0, 1, b.data.length, true, 'B');
        }
        if (object instanceof PyByteArray b) {
            return new PyMemoryView(b, 0, 1, b.size, false, 'B');
        }
        if (object instanceof PyMemoryView m) {
            m.check();
            return m.derive(m.start, m.stride, m.length, m.readonly);
        }
        if (object instanceof BufferExporter e) {
            int size = e.bufferItemSize();
            return new PyMemoryView(e, 0, size, e.bufferLength() / size, false, e.bufferFormat());
        }
        if (object instanceof dev.kaa.ext.BufferSource b) {
            int size = b.bufferItemSize();
            return new PyMemoryView(b, 0, size, (int) (sourceSize(b) / size), b.bufferReadonly(), b.bufferFormat());
        }
        PyMemoryView lent = viaBufferMethod(object, FULL_RO);
        if (lent != null) {
            PyMemoryView v = lent.derive(lent.start, lent.stride, lent.length, lent.readonly);
            v.shape = lent.shape == null ? null : lent.shape.clone();
            v.lender = object;
            v.lent = lent;
            return v;
        }
        throw PyErr.typeError("memoryview: a bytes-like object is required, not '%T'", object);
    }

    /** {@code inspect.BufferFlags}: what memoryview() asks of an exporter, and what a plain read asks. */
    static final int FULL_RO = 284, SIMPLE = 0;
    private static final PyStr BUFFER = PyStr.intern("__buffer__"), RELEASE_BUFFER = PyStr.intern("__release_buffer__");

    /**
     * For a view made through a class's {@code __buffer__} (PEP 688): the object that lent it,
     * and the view its {@code __buffer__} returned, given back to its {@code __release_buffer__}
     * when this view is released.
     */
    private Object lender;
    private PyMemoryView lent;

    /**
     * PEP 688: the view an object of a class written in Python lends through its
     * {@code __buffer__(flags)} method; null when its class has none (the built-in buffers are
     * handled before this is asked). TypeError when the method returns something else.
     */
    static PyMemoryView viaBufferMethod(Object o, int flags) {
        PyType t = Abstract.typeOf(o);
        if (!t.isHeapType() || t.lookup(BUFFER) == null) {
            return null;
        }
        Object v = Abstract.callMethod(o, "__buffer__", PyInt.of(flags));
        if (!(v instanceof PyMemoryView m)) {
            throw PyErr.typeError("__buffer__ returned non-memoryview object");
        }
        return m;
    }

    /**
     * The bytes an object of a Python class with {@code __buffer__} lends (a copy), its
     * {@code __release_buffer__} told when they are read; null for other objects.
     */
    static byte[] bytesViaBufferMethod(Object o, int flags) {
        PyMemoryView m = viaBufferMethod(o, flags);
        if (m == null) {
            return null;
        }
        try {
            return m.toByteArray();
        } finally {
            releaseTo(o, m);
        }
    }

    /** {@link #bytesViaBufferMethod} with a plain read's flags, for the VM's modules. */
    public static byte[] bytesOfBufferMethod(Object o) {
        return bytesViaBufferMethod(o, SIMPLE);
    }

    private static void releaseTo(Object lender, PyMemoryView view) {
        if (Abstract.typeOf(lender).lookup(RELEASE_BUFFER) != null) {
            Abstract.callMethod(lender, "__release_buffer__", view);
        }
    }

    /** A view of the same exporter and format. */
    private PyMemoryView derive(int start, int stride, int length, boolean readonly) {
        PyMemoryView v = new PyMemoryView(obj, start, stride, length, readonly, format);
        v.formatText = formatText;
        return v;
    }

    private byte[] array() {
        return obj instanceof PyBytes b ? b.data : obj instanceof PyByteArray ba ? ba.data : ((BufferExporter) obj).bufferArray();
    }

    /** The memory of an extension's {@link dev.kaa.ext.BufferSource} (null for the others, which are arrays). */
    private java.lang.foreign.MemorySegment segment() {
        return obj instanceof dev.kaa.ext.BufferSource b ? b.buffer() : null;
    }

    /** The byte size of a source's memory; more than a view can index is refused. */
    private static long sourceSize(dev.kaa.ext.BufferSource b) {
        long n = b.buffer().byteSize();
        if (n > Integer.MAX_VALUE) {
            throw PyErr.format(Exceptions.BufferError, "memoryview: buffers over 2 GiB are not supported");
        }
        return n;
    }

    /** {@code n} bytes at {@code at} of the viewed memory, copied out. */
    private byte[] read(int at, int n) {
        java.lang.foreign.MemorySegment seg = segment();
        if (seg != null) {
            return seg.asSlice(at, n).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
        }
        return Arrays.copyOfRange(array(), at, at + n);
    }

    /** Copies {@code n} bytes of {@code from} (from {@code fromAt}) to {@code at} of the viewed memory. */
    private void write(byte[] from, int fromAt, int at, int n) {
        java.lang.foreign.MemorySegment seg = segment();
        if (seg != null) {
            java.lang.foreign.MemorySegment.copy(from, fromAt, seg, java.lang.foreign.ValueLayout.JAVA_BYTE, at, n);
        } else {
            System.arraycopy(from, fromAt, array(), at, n);
        }
    }

    private void check() {
        if (released) {
            throw PyErr.valueError("operation forbidden on released memoryview object");
        }
        if (obj instanceof PyByteArray ba && length > 0
                && Math.max(start, start + (length - 1) * stride) + itemsize() > ba.size) {
            // Only reachable in Kaa, where an unpinned view does not stop the resize (see above).
            throw PyErr.format(Exceptions.BufferError, "memoryview: the underlying bytearray was resized");
        }
        if (obj instanceof BufferExporter e && length > 0
                && Math.max(start, start + (length - 1) * stride) + itemsize() > e.bufferLength()) {
            throw PyErr.format(Exceptions.BufferError, "memoryview: the underlying buffer was resized");
        }
        if (obj instanceof dev.kaa.ext.BufferSource b && length > 0
                && Math.max(start, start + (length - 1) * stride) + itemsize() > b.buffer().byteSize()) {
            throw PyErr.format(Exceptions.BufferError, "memoryview: the underlying buffer was resized");
        }
    }

    private int itemsize() {
        return BytesItemFormat.size(format);
    }

    /** A copy of the viewed bytes. */
    byte[] toByteArray() {
        check();
        int size = itemsize();
        if (stride == size) {
            return read(start, length * size);
        }
        byte[] out = new byte[length * size];
        for (int i = 0; i < length; i++) {
            System.arraycopy(read(start + i * stride, size), 0, out, i * size, size);
        }
        return out;
    }

    private Object item(int i) {
        if (segment() != null) {
            return BytesItemFormat.read(format, read(start + i * stride, itemsize()), 0);
        }
        return BytesItemFormat.read(format, array(), start + i * stride);
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of((released ? "<released memory at " : "<memory at ") + Abstract.idHex(this) + ">");
    }

    @PyMethod
    int __len__() {
        check();
        if (shape != null) {
            if (shape.length == 0) {
                throw PyErr.typeError("0-dim memory has no length");
            }
            return shape[0];
        }
        return length;
    }

    /**
     * The flat item index of a tuple key on a view of {@code ndim} dimensions, with CPython's
     * errors for too few or too many indices and for one out of its dimension's bounds.
     */
    private int flatIndex(PyTuple key, String sliceMessage) {
        boolean allIndex = true, allSlices = true;
        for (Object k : key.items) {
            allIndex &= Abstract.typeOf(k).slot(Slot.__index__) != null;
            allSlices &= k instanceof PySlice;
        }
        if (!allIndex) {
            throw allSlices ? PyErr.notImplementedError(sliceMessage) : PyErr.typeError("memoryview: invalid slice key");
        }
        int[] dims = shape != null ? shape : new int[] {length};
        int n = key.size();
        if (n < dims.length) {
            throw PyErr.notImplementedError("sub-views are not implemented");
        }
        if (n > dims.length) {
            throw PyErr.typeError("cannot index %d-dimension view with %d-element tuple", dims.length, n);
        }
        int flat = 0;
        for (int d = 0; d < n; d++) {
            Object k = key.get(d);
            if (Abstract.typeOf(k).slot(Slot.__index__) == null) {
                throw PyErr.typeError("memoryview: invalid slice key");
            }
            int i = Abstract.normalizeIndex(Abstract.asIndexSize(k), dims[d], "index out of bounds on dimension " + (d + 1));
            flat = flat * dims[d] + i;
        }
        // An __index__ may have released the view (gh-92888).
        check();
        return flat;
    }

    /** The items of dimension {@code d} onwards from flat item {@code from}, as nested lists. */
    private Object nested(int d, int from) {
        if (d == shape.length) {
            return item(from);
        }
        int inner = 1;
        for (int k = d + 1; k < shape.length; k++) {
            inner *= shape[k];
        }
        Object[] out = new Object[shape[d]];
        for (int i = 0; i < out.length; i++) {
            out[i] = nested(d + 1, from + i * inner);
        }
        return new PyList(out);
    }

    @PyMethod
    Object __getitem__(Object index) {
        check();
        if (index instanceof PyTuple t && !(shape == null && t.size() == 0)) {
            return item(flatIndex(t, "multi-dimensional slicing is not implemented"));
        }
        if (shape != null) {
            if (index == PySingletons.ELLIPSIS) {
                return this;
            }
            if (shape.length == 0) {
                throw PyErr.typeError("invalid indexing of 0-dim memory");
            }
            if (index instanceof PySlice s) {
                return sliceRows(s);
            }
            throw PyErr.notImplementedError("multi-dimensional sub-views are not implemented");
        }
        if (index instanceof PySlice s) {
            // Not checked again: CPython slices a view an __index__ released (gh-92888's test).
            long[] r = s.indices(length);
            return derive(start + (int) r[0] * stride, stride * (int) r[2], (int) r[3], readonly);
        }
        if (index == PySingletons.ELLIPSIS) {
            return this;
        }
        if (Abstract.typeOf(index).slot(Slot.__index__) == null) {
            throw PyErr.typeError("memoryview: invalid slice key");
        }
        int i = Abstract.normalizeIndex(Abstract.asIndexSize(index), length, "index out of bounds on dimension 1");
        check();
        return item(i);
    }

    /**
     * A slice of the first dimension of a multi-dimensional view. Kaa's views of several
     * dimensions are C-contiguous, so only a step of 1 is offered.
     */
    private Object sliceRows(PySlice s) {
        long[] r = s.indices(shape[0]);
        if (r[2] != 1 && r[3] > 1) {
            throw PyErr.notImplementedError("memoryview: Kaa slices multi-dimensional views with step 1 only");
        }
        int row = length / Math.max(shape[0], 1);
        PyMemoryView v = derive(start + (int) r[0] * row * stride, stride, (int) r[3] * row, readonly);
        v.shape = shape.clone();
        v.shape[0] = (int) r[3];
        return v;
    }

    @PyMethod
    void __setitem__(Object index, Object value) {
        check();
        if (readonly) {
            throw PyErr.typeError("cannot modify read-only memory");
        }
        if (index instanceof PyTuple t && !(shape == null && t.size() == 0)) {
            writeItem(start + flatIndex(t, "memoryview slice assignments are currently restricted to ndim = 1") * stride,
                    value);
            return;
        }
        if (shape != null) {
            if (shape.length == 0) {
                throw PyErr.typeError("invalid indexing of 0-dim memory");
            }
            throw PyErr.notImplementedError("memoryview assignments are currently restricted to ndim = 1");
        }
        if (index instanceof PySlice s) {
            char valueFormat = value instanceof PyMemoryView m ? m.format
                    : value instanceof BufferExporter e ? e.bufferFormat()
                    : value instanceof dev.kaa.ext.BufferSource b ? b.bufferFormat() : 'B';
            byte[] v = BytesArgs.buffer(value);
            long[] r = s.indices(length);
            check();
            int size = itemsize();
            if (valueFormat != format || v.length != r[3] * size) {
                throw PyErr.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            for (int i = 0; i < r[3]; i++) {
                write(v, i * size, start + (int) (r[0] + i * r[2]) * stride, size);
            }
            return;
        }
        if (Abstract.typeOf(index).slot(Slot.__index__) == null) {
            throw PyErr.typeError("memoryview: invalid slice key");
        }
        int i = Abstract.normalizeIndex(Abstract.asIndexSize(index), length, "index out of bounds on dimension 1");
        writeItem(start + i * stride, value);
    }

    /** Packs {@code value} first: converting it may release the view (gh-92888), then nothing is written. */
    private void writeItem(int at, Object value) {
        byte[] packed = new byte[itemsize()];
        BytesItemFormat.write(format, packed, 0, value);
        check();
        write(packed, 0, at, packed.length);
    }

    @PyMethod
    Object __iter__() {
        check();
        if (shape != null) {
            throw shape.length == 0 ? PyErr.typeError("invalid indexing of 0-dim memory")
                    : PyErr.notImplementedError("multi-dimensional sub-views are not implemented");
        }
        return new BytesIterator(this);
    }

    private Object[] itemsArray() {
        check();
        Object[] items = new Object[length];
        for (int i = 0; i < length; i++) {
            items[i] = item(i);
        }
        return items;
    }

    @PyMethod
    Object __eq__(Object other) {
        if (other == this) {
            return PyBool.TRUE;
        }
        if (released) {
            return PyBool.FALSE;
        }
        if (other instanceof BufferExporter || other instanceof dev.kaa.ext.BufferSource) {
            // Compared item by item in its own format, as a view of it would be.
            other = make(other);
        }
        Object[] theirs;
        if (other instanceof PyMemoryView m) {
            if (m.released) {
                return PyBool.FALSE;
            }
            theirs = m.itemsArray();
        } else {
            byte[] b = BytesSlices.comparable(other);
            if (b == null) {
                return PySingletons.NOT_IMPLEMENTED;
            }
            theirs = new Object[b.length];
            for (int i = 0; i < b.length; i++) {
                theirs[i] = PyInt.of(b[i] & 0xFF);
            }
        }
        if (!java.util.Arrays.equals(dims(), other instanceof PyMemoryView m ? m.dims() : new int[] {theirs.length})) {
            return PyBool.FALSE;
        }
        // Equal when the unpacked items are: formats may differ ('b' -1 is not 'B' 255).
        Object[] ours = itemsArray();
        return PyBool.of(Sequences.equal(ours, ours.length, theirs, theirs.length));
    }

    @PyMethod
    Object __ne__(Object other) {
        Object r = __eq__(other);
        return r == PySingletons.NOT_IMPLEMENTED ? r : PyBool.of(r == PyBool.FALSE);
    }

    @PyMethod
    long __hash__() {
        if (hash != -1) {
            return hash;
        }
        check();
        if (!readonly) {
            throw PyErr.valueError("cannot hash writable memoryview object");
        }
        if (format != 'B' && format != 'b' && format != 'c') {
            throw PyErr.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        }
        byte[] b = toByteArray();
        hash = new PyBytes(b).__hash__();
        return hash;
    }

    @PyMethod
    Object tobytes(@Opt Object order) {
        return new PyBytes(toByteArray());
    }

    @PyMethod
    Object tolist() {
        if (shape != null) {
            check();
            return nested(0, 0);
        }
        return new PyList(itemsArray());
    }

    /** The dimensions: {@link #shape}, or the one dimension of a plain view. */
    private int[] dims() {
        return shape != null ? shape : new int[] {length};
    }

    @PyMethod(positionalOnly = 0)
    Object hex(@Opt Object sep, @Opt Object bytes_per_sep) {
        byte[] b = toByteArray();
        return PyStr.of(BytesOps.hex(b, b.length, sep, bytes_per_sep));
    }

    @PyMethod
    Object toreadonly() {
        check();
        PyMemoryView v = derive(start, stride, length, true);
        v.shape = shape;
        return v;
    }

    @PyMethod(positionalOnly = 1)
    Object cast(Object format, @Opt Object shape) {
        check();
        if (!(format instanceof PyStr f)) {
            throw PyErr.typeError("cast() argument 'format' must be str, not %T", format);
        }
        char to = BytesItemFormat.parse(f.value());
        if (stride != itemsize() && length > 1) {
            throw PyErr.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        if (!BytesItemFormat.isByte(this.format) && !BytesItemFormat.isByte(to)) {
            throw PyErr.typeError("memoryview: cannot cast between two non-byte formats");
        }
        int nbytes = length * itemsize(), size = BytesItemFormat.size(to);
        if (nbytes % size != 0) {
            throw PyErr.typeError("memoryview: length is not a multiple of itemsize");
        }
        int[] newShape = null;
        if (shape != null) {
            if (!(shape instanceof PyList) && !(shape instanceof PyTuple)) {
                throw PyErr.typeError("shape must be a list or a tuple");
            }
            Object[] dims = PyTuple.fromIterable(shape).items();
            if (dims.length > 64) {
                throw PyErr.valueError("memoryview: number of dimensions must not exceed 64");
            }
            if (dims.length != 1 && this.shape != null && this.shape.length != 1) {
                throw PyErr.typeError("memoryview: cast must be 1D -> ND or ND -> 1D");
            }
            long product = 1;
            newShape = new int[dims.length];
            for (int i = 0; i < dims.length; i++) {
                long n = dims[i] instanceof PyInt ? Abstract.asLong(dims[i]) : 0;
                if (n <= 0 || n > Integer.MAX_VALUE) {
                    throw PyErr.valueError("memoryview.cast(): elements of shape must be integers > 0");
                }
                newShape[i] = (int) n;
                product = Math.min(product * n, Long.MAX_VALUE / 2);
            }
            if (product * size != nbytes) {
                throw PyErr.typeError("memoryview: product(shape) * itemsize != buffer size");
            }
            if (dims.length == 1) {
                newShape = null;
            }
        } else if (this.shape != null && this.shape.length == 0) {
            throw PyErr.typeError("memoryview: cast must be 1D -> ND or ND -> 1D");
        }
        PyMemoryView v = new PyMemoryView(obj, start, size, nbytes / size, readonly, to);
        v.formatText = f.value();
        v.shape = newShape;
        return v;
    }

    @PyMethod
    void release() {
        if (!released) {
            released = true;
            if (lender != null) {
                Object l = lender;
                lender = null;
                releaseTo(l, lent);
            }
            if (pinning) {
                pinning = false;
                if (obj instanceof PyByteArray ba) {
                    ba.exports--;
                } else if (obj instanceof dev.kaa.ext.BufferSource b) {
                    b.bufferExport(-1);
                } else {
                    ((BufferExporter) obj).bufferExport(-1);
                }
            }
        }
    }

    @PyMethod
    Object __enter__() {
        check();
        if (!pinning && obj instanceof PyByteArray ba) {
            pinning = true;
            ba.exports++;
        } else if (!pinning && obj instanceof BufferExporter e) {
            pinning = true;
            e.bufferExport(+1);
        } else if (!pinning && obj instanceof dev.kaa.ext.BufferSource b) {
            pinning = true;
            b.bufferExport(+1);
        }
        return this;
    }

    @PyMethod
    Object __exit__(@Star Object[] args) {
        release();
        return PyBool.FALSE;
    }

    @PyGetter
    Object obj() {
        check();
        return obj;
    }

    @PyGetter
    boolean readonly() {
        check();
        return readonly;
    }

    @PyGetter
    Object format() {
        check();
        return PyStr.of(formatText != null ? formatText : String.valueOf(format));
    }

    @PyGetter("itemsize")
    int itemsizeAttr() {
        check();
        return itemsize();
    }

    @PyGetter
    int nbytes() {
        check();
        return length * itemsize();
    }

    @PyGetter
    int ndim() {
        check();
        return dims().length;
    }

    @PyGetter("shape")
    Object shapeAttr() {
        check();
        int[] d = dims();
        Object[] out = new Object[d.length];
        for (int i = 0; i < d.length; i++) {
            out[i] = PyInt.of(d[i]);
        }
        return PyTuple.of(out);
    }

    @PyGetter
    Object strides() {
        check();
        if (shape == null) {
            return PyTuple.of(PyInt.of(stride));
        }
        Object[] out = new Object[shape.length];
        long step = itemsize();
        for (int i = shape.length - 1; i >= 0; i--) {
            out[i] = PyInt.of(step);
            step *= shape[i];
        }
        return PyTuple.of(out);
    }

    @PyGetter
    Object suboffsets() {
        check();
        return PyTuple.EMPTY;
    }

    @PyMethod
    void __delitem__(Object index) {
        check();
        throw PyErr.typeError(readonly ? "cannot modify read-only memory" : "cannot delete memory");
    }

    @PyMethod
    Object __buffer__(int flags) {
        check();
        return derive(start, stride, length, readonly);
    }

    @PyMethod
    void __release_buffer__(Object view) {
        if (view instanceof PyMemoryView m) {
            m.release();
        }
    }

    @PyGetter
    boolean c_contiguous() {
        check();
        return stride == itemsize() || length <= 1;
    }

    @PyGetter
    boolean f_contiguous() {
        if (shape != null) {
            // A C-ordered array is also Fortran-ordered only when at most one dimension is longer than 1.
            int longer = 0;
            for (int n : shape) {
                longer += n > 1 ? 1 : 0;
            }
            return longer <= 1;
        }
        return c_contiguous();
    }

    @PyGetter
    boolean contiguous() {
        return c_contiguous();
    }
}
