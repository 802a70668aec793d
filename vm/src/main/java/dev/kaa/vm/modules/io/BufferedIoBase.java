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

    @PyMethod(doc = "Read and return up to n bytes.")
    Object read(@Star Object[] args) {
        throw IoErrors.unsupported("read");
    }

    @PyMethod(doc = "Read and return up to size bytes, with at most one read() call to the underlying raw stream.")
    Object read1(@Star Object[] args) {
        throw IoErrors.unsupported("read1");
    }

    @PyMethod(doc = "Write buffer b to the IO stream.")
    Object write(@Star Object[] args) {
        throw IoErrors.unsupported("write");
    }

    @PyMethod(doc = "Disconnect this buffer from its underlying raw stream and return it.")
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
