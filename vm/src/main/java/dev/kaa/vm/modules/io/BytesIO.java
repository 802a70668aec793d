package dev.kaa.vm.modules.io;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyByteArray;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMemoryView;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Star;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;

/**
 * {@code _io.BytesIO}: an in-memory byte stream over {@code buf[0..size)} with position
 * {@code pos} (which may lie past the end: a write there fills the gap with zero bytes).
 *
 * <p>{@code getbuffer()} returns a memoryview of a bytearray sharing {@code buf}, so writes
 * through it change the stream; while such a view (or a slice of it) is in use, the stream
 * refuses to change ({@code BufferError}), as CPython's does. CPython knows at once when the
 * last view goes away (reference counting); here a view counts as gone when released or when
 * the collector finds its bytearray unreachable, and a refused change first asks for a
 * collection, so a dropped view never blocks the stream.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class BytesIO extends BufferedIoBase {
    public static final PyType TYPE = PyType.builtin("_io.BytesIO", BytesIO.class, MethodHandles.lookup(),
            BufferedIoBase.TYPE);

    private byte[] buf = new byte[0];
    /** The views getbuffer() made: their bytearray and the view itself, both weakly. */
    private final java.util.List<Export> exports = new java.util.ArrayList<>();

    private record Export(java.lang.ref.WeakReference<PyByteArray> array, java.lang.ref.WeakReference<Object> view) {
        boolean live() {
            if (array.get() == null) {
                return false;
            }
            Object v = view.get();
            if (v == null) {
                return true; // the view is gone but a slice of it holds the bytearray
            }
            try {
                Abstract.getAttr(v, "nbytes");
                return true;
            } catch (dev.kaa.vm.objects.PyException e) {
                return !e.matches(dev.kaa.vm.objects.Exceptions.ValueError); // released
            }
        }
    }

    /** CPython's CHECK_EXPORTS: BufferError while a view of the buffer is in use. */
    private void checkExports() {
        if (exports.isEmpty()) {
            return;
        }
        exports.removeIf(e -> !e.live());
        if (!exports.isEmpty()) {
            System.gc(); // a view dropped without release() must not block the stream
            exports.removeIf(e -> !e.live());
            if (!exports.isEmpty()) {
                throw PyErr.format(dev.kaa.vm.objects.Exceptions.BufferError,
                        "Existing exports of data: object cannot be re-sized");
            }
        }
    }
    private int size, pos;
    private boolean closed;

    BytesIO(PyType cls) {
        super(cls);
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        return new BytesIO(cls);
    }

    @PyMethod(positionalOnly = 0)
    void __init__(@Opt("None") Object initial_bytes) {
        buf = initial_bytes == PyNone.NONE ? new byte[0] : dev.kaa.vm.modules.struct.Buffers.read(initial_bytes).clone();
        size = buf.length;
        pos = 0;
    }

    private void check() {
        if (closed) {
            throw IoErrors.closedDot();
        }
    }

    private byte[] take(long n) {
        int avail = Math.max(size - pos, 0);
        int k = n < 0 || n > avail ? avail : (int) n;
        if (k == 0) {
            return new byte[0]; // also when pos lies past the end
        }
        byte[] out = Arrays.copyOfRange(buf, pos, pos + k);
        pos += k;
        return out;
    }

    @PyMethod
    Object getvalue() {
        check();
        return new PyBytes(Arrays.copyOf(buf, size));
    }

    @PyMethod
    Object getbuffer() {
        check();
        exports.removeIf(e -> !e.live());
        PyByteArray ba = exports.isEmpty() ? null : exports.get(0).array().get();
        if (ba == null) {
            if (buf.length != size) {
                buf = Arrays.copyOf(buf, size);
            }
            ba = new PyByteArray(buf); // shares buf: the view writes into the stream
        }
        Object view = Abstract.call(PyMemoryView.TYPE, ba);
        exports.add(new Export(new java.lang.ref.WeakReference<>(ba), new java.lang.ref.WeakReference<>(view)));
        return view;
    }

    @PyMethod
    @Override Object read(@Star Object[] args) {
        check();
        return new PyBytes(take(IoArgs.size(IoArgs.optionalOne("read", args))));
    }

    @PyMethod
    @Override Object read1(@Star Object[] args) {
        IoArgs.optionalOne("read1", args);
        return read(args);
    }

    @PyMethod
    @Override Object readinto(Object b) {
        int len = IoArgs.writableLength(b, "readinto() argument");
        check();
        byte[] d = take(len);
        IoArgs.copyInto(b, d, d.length);
        return PyInt.of(d.length);
    }

    @PyMethod
    @Override Object readline(@Opt("-1") Object size) {
        check();
        long limit = IoArgs.size(size);
        int end = pos;
        while (end < this.size && (limit < 0 || end - pos < limit)) {
            if (buf[end++] == '\n') {
                break;
            }
        }
        return new PyBytes(take(Math.max(end - pos, 0)));
    }

    @PyMethod
    @Override Object readlines(@Opt("-1") Object hint) {
        check();
        long h = IoArgs.size(hint);
        PyList out = new PyList();
        long total = 0;
        while (pos < size) {
            PyBytes line = (PyBytes) readline(PyInt.of(-1));
            out.append(line);
            total += line.data().length;
            if (h > 0 && total >= h) {
                break;
            }
        }
        return out;
    }

    @PyMethod
    @Override Object write(@Star Object[] args) {
        if (args.length != 1) {
            throw PyErr.typeError("BytesIO.write() takes exactly one argument (%d given)", args.length);
        }
        check();
        checkExports();
        byte[] d = dev.kaa.vm.modules.struct.Buffers.read(args[0]);
        writeBytes(d);
        return PyInt.of(d.length);
    }

    private void writeBytes(byte[] d) {
        if (d.length == 0) {
            return;
        }
        int end = pos + d.length;
        if (end > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(end, buf.length + (buf.length >> 1) + 16));
        }
        if (pos > size) {
            Arrays.fill(buf, size, pos, (byte) 0);
        }
        System.arraycopy(d, 0, buf, pos, d.length);
        pos = end;
        size = Math.max(size, end);
    }

    @PyMethod
    @Override Object writelines(Object lines) {
        check();
        checkExports();
        Object it = Abstract.iter(lines);
        for (Object x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            writeBytes(dev.kaa.vm.modules.struct.Buffers.read(x));
        }
        return PyNone.NONE;
    }

    @PyMethod
    @Override Object seek(@Star Object[] args) {
        IoArgs.seekArgs(args);
        long p = Abstract.index(args[0]).isLong() ? Abstract.asLong(args[0]) : Long.MAX_VALUE;
        int whence = args.length > 1 ? Abstract.asInt(args[1]) : 0;
        check();
        if (whence == 0) {
            if (p < 0) {
                throw PyErr.valueError("negative seek value %d", p);
            }
        } else if (whence == 1) {
            p = Math.max(0, pos + p);
        } else if (whence == 2) {
            p = Math.max(0, size + p);
        } else {
            throw PyErr.valueError("invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        if (p > Integer.MAX_VALUE - 8) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        pos = (int) p;
        return PyInt.of(pos);
    }

    @PyMethod
    @Override Object tell() {
        check();
        return PyInt.of(pos);
    }

    @PyMethod
    @Override Object truncate(@Star Object[] args) {
        check();
        checkExports();
        long n = args.length > 0 && args[0] != PyNone.NONE ? Abstract.asLong(args[0]) : pos;
        if (n < 0) {
            throw PyErr.valueError("negative size value %d", n);
        }
        if (n < size) {
            size = (int) n;
        }
        return PyInt.of(n);
    }

    @PyMethod
    @Override Object readable() {
        check();
        return PyBool.TRUE;
    }

    @PyMethod
    @Override Object writable() {
        check();
        return PyBool.TRUE;
    }

    @PyMethod
    @Override Object seekable() {
        check();
        return PyBool.TRUE;
    }

    @PyMethod
    @Override Object flush() {
        check();
        return PyNone.NONE;
    }

    @PyMethod
    @Override Object isatty() {
        check();
        return PyBool.FALSE;
    }

    @PyMethod
    @Override Object close() {
        checkExports();
        closed = true;
        return PyNone.NONE;
    }

    @PyGetter
    @Override Object closed() {
        return PyBool.of(closed);
    }

    @PyMethod
    @Override Object __iter__() {
        check();
        return this;
    }

    @PyMethod
    @Override Object __next__() {
        check();
        PyBytes line = (PyBytes) readline(PyInt.of(-1));
        if (line.data().length == 0) {
            throw PyErr.stopIteration(null);
        }
        return line;
    }

    @PyMethod
    Object __getstate__() {
        check();
        return PyTuple.of(getvalue(), PyInt.of(pos), MemoryState.savedDict(this));
    }

    @PyMethod
    Object __setstate__(Object state) {
        if (!(state instanceof PyTuple t) || t.size() < 3) {
            throw PyErr.typeError("%s.__setstate__ argument should be 3-tuple, got %T", type().name(), state);
        }
        checkExports();
        buf = dev.kaa.vm.modules.struct.Buffers.read(t.get(0)).clone();
        size = buf.length;
        pos = MemoryState.restoredPosition(t.get(1));
        MemoryState.restoreDict(this, t.get(2));
        return PyNone.NONE;
    }

    @PyMethod
    Object __sizeof__() {
        return PyInt.of(64 + buf.length);
    }
}
