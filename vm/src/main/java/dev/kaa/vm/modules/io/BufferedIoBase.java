package dev.kaa.vm.modules.io;

import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Star;
import java.lang.invoke.MethodHandles;

/**
 * {@code _io._BufferedIOBase}: buffered byte streams; {@code readinto} is built on {@code read}.
 *
 * <p>Thread safety: GIL-guarded.
 */
public class BufferedIoBase extends IoBase {
    public static final PyType TYPE = PyType.builtin("_io._BufferedIOBase", BufferedIoBase.class,
            MethodHandles.lookup(), IoBase.TYPE);

    protected BufferedIoBase(PyType cls) {
        super(cls);
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        return new BufferedIoBase(cls);
    }

    @PyMethod(doc = "Read at most size bytes (all until EOF when size is negative or omitted).")
    Object read(@Star Object[] args) {
        throw IoErrors.unsupported("read");
    }

    @PyMethod(doc = "Read at most size bytes, calling the raw stream's read() no more than once.")
    Object read1(@Star Object[] args) {
        throw IoErrors.unsupported("read1");
    }

    @PyMethod(doc = "Write the bytes of b; gives how many were taken.")
    Object write(@Star Object[] args) {
        throw IoErrors.unsupported("write");
    }

    @PyMethod(doc = "Unhook the raw stream beneath this buffer and give it back; the buffer is unusable afterwards.")
    Object detach() {
        throw IoErrors.unsupported("detach");
    }

    @PyMethod
    Object readinto(Object b) {
        return readintoVia(b, "read", "readinto() argument");
    }

    @PyMethod
    Object readinto1(Object b) {
        return readintoVia(b, "read1", "readinto1() argument");
    }

    private Object readintoVia(Object b, String method, String what) {
        int len = IoArgs.writableLength(b, what);
        Object data = call(this, method, PyInt.of(len));
        byte[] d = IoArgs.bytesOf(data, "read() should return bytes");
        if (d.length > len) {
            throw dev.kaa.vm.objects.PyErr.valueError("read() returned too much data: %d bytes requested, %d returned",
                    len, d.length);
        }
        IoArgs.copyInto(b, d, d.length);
        return PyInt.of(d.length);
    }
}
