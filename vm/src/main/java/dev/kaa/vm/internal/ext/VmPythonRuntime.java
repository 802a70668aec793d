package dev.kaa.vm.internal.ext;

import dev.kaa.ext.GilRelease;
import dev.kaa.ext.Py;
import dev.kaa.ext.PythonException;
import dev.kaa.ext.PythonType;
import dev.kaa.ext.spi.PythonRuntime;
import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.CompareOp;
import dev.kaa.vm.internal.eval.PyCoroutine;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.PyBaseException;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The virtual machine's side of {@link dev.kaa.ext.Py}: each operation is the VM's own
 * ({@link Abstract} and the object classes), acting for the calling thread. With
 * {@code -Dkaa.ext.checkGil=true} every operation first checks that the calling thread holds
 * the GIL, and reports one that does not as an {@link IllegalStateException} (a
 * {@code SystemError} in Python), the debug mode of {@link GilRelease}.
 *
 * <p>Thread safety: stateless; each call needs the GIL.
 */
public final class VmPythonRuntime implements PythonRuntime {
    private static final boolean CHECK_GIL = Boolean.getBoolean("kaa.ext.checkGil");

    private static void gil() {
        if (CHECK_GIL) {
            ThreadState ts = ThreadState.currentOrNull();
            if (ts == null || !ts.runtime.gil.isHeldByCurrentThread()) {
                throw new IllegalStateException("an extension touched a Python object without holding the GIL"
                        + " (inside Py.releaseGil(), or on a thread that is not a Python thread)");
            }
        }
    }

    @Override public Object none() {
        return PyNone.NONE;
    }

    @Override public Object notImplemented() {
        return dev.kaa.vm.objects.PySingletons.NOT_IMPLEMENTED;
    }

    @Override public Object bool(boolean value) {
        return value ? PyBool.TRUE : PyBool.FALSE;
    }

    @Override public Object integer(long value) {
        return PyInt.of(value);
    }

    @Override public Object integer(BigInteger value) {
        return PyInt.of(value);
    }

    @Override public Object floating(double value) {
        return new PyFloat(value);
    }

    @Override public Object str(String value) {
        return PyStr.of(value);
    }

    @Override public Object bytes(byte[] value) {
        return new PyBytes(value.clone());
    }

    @Override public Object tuple(Object... items) {
        return PyTuple.of(items.clone());
    }

    @Override public Object list(Object... items) {
        return new PyList(items.clone());
    }

    @Override public Object dict() {
        return new PyDict();
    }

    @Override public Object structSequence(PythonType type, Object... values) {
        return ExtensionModules.structKind(type).make(values.clone());
    }

    @Override public long asLong(Object o) {
        gil();
        return Abstract.asLong(o);
    }

    @Override public BigInteger asBigInteger(Object o) {
        gil();
        return Abstract.index(o).bigValue();
    }

    @Override public double asDouble(Object o) {
        gil();
        return Abstract.asDouble(o);
    }

    @Override public String asString(Object o) {
        if (o instanceof PyStr s) {
            return s.toString();
        }
        throw PyErr.typeError("expected str, got %T", o);
    }

    @Override public byte[] asBytes(Object o) {
        gil();
        return dev.kaa.vm.modules.struct.Buffers.read(o).clone();
    }

    @Override public boolean isTrue(Object o) {
        gil();
        return Abstract.isTrue(o);
    }

    @Override public Object getAttr(Object o, String name) {
        gil();
        return Abstract.getAttr(o, name);
    }

    @Override public boolean hasAttr(Object o, String name) {
        gil();
        return Abstract.lookupAttr(o, PyStr.intern(name)) != null;
    }

    @Override public void setAttr(Object o, String name, Object value) {
        gil();
        Abstract.setAttr(o, PyStr.intern(name), value);
    }

    @Override public Object call(Object callable, Object... args) {
        gil();
        return Abstract.call(callable, args);
    }

    @Override public Object callMethod(Object o, String name, Object... args) {
        gil();
        return Abstract.callMethod(o, name, args);
    }

    @Override public String repr(Object o) {
        gil();
        return Abstract.repr(o).toString();
    }

    @Override public String strOf(Object o) {
        gil();
        return Abstract.str(o).toString();
    }

    @Override public Object getItem(Object o, Object key) {
        gil();
        return Abstract.getItem(o, key);
    }

    @Override public void setItem(Object o, Object key, Object value) {
        gil();
        Abstract.setItem(o, key, value);
    }

    @Override public long len(Object o) {
        gil();
        return Abstract.lenLong(o);
    }

    @Override public Iterable<Object> iterate(Object o) {
        gil();
        Object it = Abstract.iter(o);
        return () -> new Iterator<>() {
            private Object next;
            private boolean done;

            @Override public boolean hasNext() {
                if (next == null && !done) {
                    gil();
                    next = Abstract.next(it);
                    done = next == null;
                }
                return !done;
            }

            @Override public Object next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Object n = next;
                next = null;
                return n;
            }
        };
    }

    @Override public long hash(Object o) {
        gil();
        return Abstract.hash(o);
    }

    @Override public boolean compare(Object a, Object b, String op) {
        gil();
        CompareOp c = switch (op) {
            case "<" -> CompareOp.LT;
            case "<=" -> CompareOp.LE;
            case "==" -> CompareOp.EQ;
            case "!=" -> CompareOp.NE;
            case ">" -> CompareOp.GT;
            case ">=" -> CompareOp.GE;
            default -> throw new IllegalArgumentException("not a comparison operator: " + op);
        };
        return Abstract.isTrue(Abstract.richCompare(a, b, c));
    }

    @Override public PythonType typeOf(Object o) {
        return Abstract.typeOf(o);
    }

    @Override public boolean isInstance(Object o, PythonType type) {
        gil();
        return Abstract.typeOf(o).isSubtypeOf(type);
    }

    @Override public PythonType builtinType(String name) {
        Object t = ThreadState.current().runtime.builtins.getItem(PyStr.intern(name));
        if (t instanceof PyType type) {
            return type;
        }
        throw new IllegalArgumentException("no built-in type named " + name);
    }

    @Override public Object importModule(String name) {
        gil();
        ThreadState ts = ThreadState.current();
        ts.runtime.services.importName(ts, name, null, PyNone.NONE, 0);
        return ts.runtime.modules.getItem(PyStr.of(name));
    }

    @Override public PythonException error(PythonType type, String message) {
        return PyErr.withArgs(pyType(type), PyStr.of(message));
    }

    @Override public PythonException error(PythonType type, Object... args) {
        return PyErr.withArgs(pyType(type), args.clone());
    }

    @Override public int fileDescriptor(Object o) {
        return dev.kaa.vm.modules.FileDescriptors.asFileDescriptor(o);
    }

    @Override public int nativeDescriptor(int fd) {
        return dev.kaa.vm.modules.FileDescriptors.nativeDescriptor(fd);
    }

    @Override public int dupDescriptor(int fd, int lowest) {
        gil();
        return dev.kaa.vm.modules.FileDescriptors.dup(fd, lowest);
    }

    @Override public boolean descriptorBlocking(int fd) {
        gil();
        return dev.kaa.vm.modules.FileDescriptors.blocking(fd);
    }

    @Override public void setDescriptorBlocking(int fd, boolean blocking) {
        gil();
        dev.kaa.vm.modules.FileDescriptors.setBlocking(fd, blocking);
    }

    @Override public boolean isWritableBuffer(Object o) {
        gil();
        return dev.kaa.vm.modules.struct.Buffers.writable(o) || o instanceof dev.kaa.vm.objects.BufferExporter;
    }

    @Override public void writeBuffer(Object o, byte[] data) {
        gil();
        Object target = o;
        if (o instanceof dev.kaa.vm.objects.BufferExporter) {
            // An array.array: written through a byte view of it, as the buffer protocol would.
            Object view = Abstract.call(dev.kaa.vm.objects.PyMemoryView.TYPE, o);
            target = Abstract.callMethod(view, "cast", PyStr.of("B"));
        }
        dev.kaa.vm.modules.struct.Buffers.write(target, 0, data);
    }

    @Override public PythonException osError(int errno, Object filename) {
        return PyErr.osError(errno, filename);
    }

    private static PyType pyType(PythonType t) {
        if (t instanceof PyType p && p.isSubtypeOf(dev.kaa.vm.objects.Exceptions.BaseException)) {
            return p;
        }
        throw new IllegalArgumentException(t.name() + " is not an exception class");
    }

    @Override public GilRelease releaseGil() {
        ThreadState.GilScope scope = ThreadState.releaseGil();
        return scope::close;
    }

    @Override public Object newInstanceDict(PythonType type) {
        return ((PyType) type).instancesHaveDict() ? new PyDict() : null;
    }

    @Override public int slotCount(PythonType type) {
        return ((PyType) type).slotCount();
    }

    @Override public void checkInterrupt() {
        ThreadState ts = ThreadState.current();
        ts.runtime.checkInterrupt();
    }

    // ---- added for _asyncio ----------------------------------------------------------------------

    @Override public Object callWithKeywords(Object callable, Object[] args, String[] kwnames) {
        gil();
        return Abstract.call(callable, args, kwnames != null && kwnames.length == 0 ? null : kwnames);
    }

    @Override public PythonException raiseObject(Object exception) {
        gil();
        if (exception instanceof PyBaseException e) {
            return new PyException(e);
        }
        if (exception instanceof PyType t && t.isSubtypeOf(Exceptions.BaseException)) {
            Object made = Abstract.call(t);
            if (made instanceof PyBaseException e) {
                return new PyException(e);
            }
            return PyErr.typeError("calling %R should have returned an instance of BaseException, not %T", t, made);
        }
        return PyErr.typeError("exceptions must derive from BaseException");
    }

    private static final PyStr SEND = PyStr.intern("send");
    private static final PyStr THROW = PyStr.intern("throw");

    @Override public int resume(Object coroutine, Object value, Object thrown, Object[] out) {
        gil();
        if (thrown == null && coroutine instanceof PyCoroutine c) {
            return c.sendStep(value, out) ? Py.YIELDED : Py.RETURNED;
        }
        try {
            if (thrown != null) {
                out[0] = Abstract.call(Abstract.getAttr(coroutine, THROW), thrown);
            } else {
                out[0] = Abstract.call(Abstract.getAttr(coroutine, SEND), value);
            }
            return Py.YIELDED;
        } catch (PyException e) {
            if (e.matches(Exceptions.StopIteration)) {
                Object v = Abstract.lookupAttr(e.value(), PyStr.intern("value"));
                out[0] = v == null ? PyNone.NONE : v;
                return Py.RETURNED;
            }
            throw e;
        }
    }

    @Override public Object delCompanion(Object o) {
        return dev.kaa.vm.objects.DelFinalizers.companion(o);
    }

    @Override public void writeUnraisable(PythonException exception, Object obj) {
        gil();
        dev.kaa.vm.modules.Weakrefs.writeUnraisable((PyException) exception, obj == null ? PyNone.NONE : obj);
    }

    // ---- added for _ctypes -----------------------------------------------------------------------

    @Override public GilRelease holdGil() {
        ThreadState.GilScope scope = ThreadState.current().holdGil();
        return scope::close;
    }

    // ---- added for readline ----------------------------------------------------------------------

    @Override public void setLineReader(dev.kaa.ext.LineReader reader) {
        dev.kaa.vm.modules.VmBuiltins.setLineReader(reader);
    }
}
