package dev.kaa.vm.modules.io;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Instance;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Star;
import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandles;

/**
 * {@code _io._IOBase}: the root of the I/O classes. Its methods reach the stream's other
 * operations through attribute lookup on {@code self} ({@code self.read}, {@code self.closed}),
 * so that a Python subclass that defines only some of them gets the rest working on top; the
 * concrete Java classes override what they can do faster.
 *
 * <p>Every I/O object carries its own type (one Java class serves the built-in type and its
 * Python subclasses) and an instance dictionary, as CPython's do.
 *
 * <p>Thread safety: GIL-guarded.
 */
public class IoBase extends PyObject implements Instance, dev.kaa.vm.objects.DelFinalizers.Ordered {
    public static final PyType TYPE = PyType.builtin("_io._IOBase", IoBase.class, MethodHandles.lookup());

    private PyType type;
    private PyDict dict;
    private final Object[] slots;
    /** CPython's {@code __IOBase_closed}. */
    boolean iobaseClosed;

    /** Set while {@code __del__} closes the object: its close then warns of the unclosed file. */
    boolean finalizing;
    /** Queues the object for {@code __del__} when dropped (see {@link #finalizeWhenDropped}). */
    private Object guardian;

    protected IoBase(PyType cls) {
        this.type = cls;
        this.dict = new PyDict();
        this.slots = cls.slotCount() == 0 ? null : new Object[cls.slotCount()];
        if (cls.isHeapType()) {
            // A Python subclass may override close() or __del__: CPython closes a dropped
            // stream through them, so they must run at a collection.
            finalizeWhenDropped();
        }
    }

    /**
     * Makes a collection ({@code gc.collect()}) that finds this object unreachable call its
     * {@code __del__}, which closes it as CPython's finalizer does. Only objects whose closing
     * runs Python code ask for it; the descriptors of dropped built-in files are closed by
     * {@link OpenFiles} without one.
     */
    final void finalizeWhenDropped() {
        if (guardian == null) {
            guardian = new dev.kaa.vm.objects.DelFinalizers.Guardian(this);
        }
    }

    /** Raw streams last: {@link TextIOWrapper} and {@link Buffered} close before what they wrap. */
    @Override public int finalizeRank() {
        return 2;
    }

    /** Whether a collection that finds the object dropped calls its {@code __del__}. */
    final boolean finalizedWhenDropped() {
        return guardian != null;
    }

    /** For a wrapper of {@code inner}: finalized when closing it would run Python code. */
    final void finalizeWhenDroppedIfPython(Object inner) {
        if (!(inner instanceof IoBase) || Abstract.typeOf(inner).isHeapType()) {
            finalizeWhenDropped();
        }
    }

    @Override public final PyType type() {
        return type;
    }

    @Override public final PyDict instanceDict() {
        return dict;
    }

    @Override public final void setInstanceDict(PyDict dict) {
        this.dict = dict;
    }

    @PyGetter("__dict__")
    Object dictAttr() {
        return dict;
    }

    @dev.kaa.vm.objects.PySetter("__dict__")
    void setDictAttr(Object value) {
        if (value == null) {
            throw PyErr.typeError("cannot delete __dict__");
        }
        if (!(value instanceof PyDict d)) {
            throw PyErr.typeError("__dict__ must be set to a dictionary, not a '%T'", value);
        }
        dict = d;
    }

    @Override public final void setType(PyType type) {
        this.type = type;
    }

    @Override public final Object[] slotValues() {
        return slots;
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        return new IoBase(cls);
    }

    // ---- dynamic helpers: what self says, honouring Python overrides ---------------------------------

    /** {@code self.closed}, as a truth value. */
    final boolean closedAttr() {
        return Abstract.isTrue(Abstract.getAttr(this, "closed"));
    }

    final void checkClosedAttr() {
        if (closedAttr()) {
            throw IoErrors.closedDot();
        }
    }

    static Object call(Object self, String method, Object... args) {
        return Abstract.callMethod(self, method, args);
    }

    // ---- _IOBase's methods -------------------------------------------------------------------------------

    @PyMethod(doc = "Move the stream position; not supported at this level (raises UnsupportedOperation).")
    Object seek(@Star Object[] args) {
        throw IoErrors.unsupported("seek");
    }

    @PyMethod(doc = "The stream position, as seek(0, 1) reports it.")
    Object tell() {
        return call(this, "seek", PyInt.ZERO, PyInt.ONE);
    }

    @PyMethod(doc = "Change the stream's size; not supported at this level.")
    Object truncate(@Star Object[] args) {
        throw IoErrors.unsupported("truncate");
    }

    @PyMethod(doc = "Push buffered writes down to the layer below (a no-op here).")
    Object flush() {
        if (closedAttr()) {
            throw IoErrors.closedDot();
        }
        return PyNone.NONE;
    }

    @PyMethod(doc = "Flush, then close the stream; calling it again does nothing.")
    Object close() {
        if (!iobaseClosed) {
            try {
                call(this, "flush");
            } finally {
                iobaseClosed = true;
            }
        }
        return PyNone.NONE;
    }

    @PyGetter
    Object closed() {
        return PyBool.of(iobaseClosed);
    }

    @PyMethod(doc = "Whether seek() and tell() work (False here).")
    Object seekable() {
        return PyBool.FALSE;
    }

    @PyMethod(doc = "Whether read() works (False here).")
    Object readable() {
        return PyBool.FALSE;
    }

    @PyMethod(doc = "Whether write() works (False here).")
    Object writable() {
        return PyBool.FALSE;
    }

    @PyMethod
    Object _checkClosed(@Opt Object msg) {
        checkClosedAttr();
        return PyNone.NONE;
    }

    @PyMethod
    Object _checkSeekable(@Opt Object msg) {
        if (!Abstract.isTrue(call(this, "seekable"))) {
            throw IoErrors.unsupported("File or stream is not seekable.");
        }
        return PyBool.TRUE;
    }

    @PyMethod
    Object _checkReadable(@Opt Object msg) {
        if (!Abstract.isTrue(call(this, "readable"))) {
            throw IoErrors.unsupported("File or stream is not readable.");
        }
        return PyBool.TRUE;
    }

    @PyMethod
    Object _checkWritable(@Opt Object msg) {
        if (!Abstract.isTrue(call(this, "writable"))) {
            throw IoErrors.unsupported("File or stream is not writable.");
        }
        return PyBool.TRUE;
    }

    @PyMethod(doc = "The descriptor beneath the stream; this base raises UnsupportedOperation.")
    Object fileno() {
        throw IoErrors.unsupported("fileno");
    }

    @PyMethod(doc = "Whether the stream is a terminal (False here).")
    Object isatty() {
        checkClosedAttr();
        return PyBool.FALSE;
    }

    @PyMethod
    Object __enter__() {
        checkClosedAttr();
        return this;
    }

    @PyMethod
    Object __exit__(@Star Object[] args) {
        return call(this, "close");
    }

    @PyMethod
    Object __iter__() {
        checkClosedAttr();
        return this;
    }

    @PyMethod
    Object __next__() {
        Object line = call(this, "readline");
        if (Abstract.len(line) == 0) {
            throw PyErr.stopIteration(null);
        }
        return line;
    }

    @PyMethod(doc = "Read one line, up to and including b'\\n', or at most size bytes.")
    Object readline(@Opt("-1") Object size) {
        long limit = IoArgs.size(size);
        // With peek, read up to the newline in one call; without, a byte at a time.
        Object peek = Abstract.lookupAttr(this, PyStr.intern("peek"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            int n = 1;
            if (peek != null) {
                Object ahead = Abstract.call(peek, PyInt.ONE);
                byte[] a = IoArgs.bytesOf(ahead, "peek() should have returned a bytes object, not '%T'");
                if (a.length > 0) {
                    int i = 0;
                    while (i < a.length && (limit < 0 || i < limit - out.size())) {
                        if (a[i++] == '\n') {
                            break;
                        }
                    }
                    n = Math.max(i, 1);
                }
            }
            Object b = call(this, "read", PyInt.of(n));
            byte[] got = IoArgs.bytesOf(b, "read() should have returned a bytes object, not '%T'");
            if (got.length == 0) {
                break;
            }
            out.writeBytes(got);
            if (got[got.length - 1] == '\n') {
                break;
            }
        }
        return new PyBytes(out.toByteArray());
    }

    @PyMethod(doc = "Read lines into a list, stopping once hint bytes have been read if hint is given.")
    Object readlines(@Opt("-1") Object hint) {
        long h = hint == PyNone.NONE ? -1 : Abstract.asLong(hint);
        PyList out = new PyList();
        Object it = Abstract.iter(this);
        long total = 0;
        for (Object line = Abstract.next(it); line != null; line = Abstract.next(it)) {
            out.append(line);
            total += Abstract.len(line);
            if (h > 0 && total >= h) {
                break;
            }
        }
        return out;
    }

    @PyMethod(doc = "Write each item of lines in turn; no newlines are added.")
    Object writelines(Object lines) {
        checkClosedAttr();
        Object it = Abstract.iter(lines);
        for (Object line = Abstract.next(it); line != null; line = Abstract.next(it)) {
            call(this, "write", line);
        }
        return PyNone.NONE;
    }

    /**
     * CPython's finalizer: closes the stream unless it is closed (or cannot tell), telling
     * {@code close()} it runs from the finalizer; a failure is reported as unraisable.
     */
    @PyMethod
    Object __del__() {
        boolean open;
        try {
            open = !Abstract.isTrue(Abstract.getAttr(this, "closed"));
        } catch (dev.kaa.vm.objects.PyException e) {
            return PyNone.NONE;
        }
        if (open) {
            finalizing = true;
            try {
                call(this, "close");
            } catch (dev.kaa.vm.objects.PyException e) {
                dev.kaa.vm.modules.Weakrefs.writeUnraisable(e, this);
            }
        }
        return PyNone.NONE;
    }
}
