package dev.kaa.vm.modules.io;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyByteArray;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMemoryView;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyType;
import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;

/**
 * {@code _io._RawIOBase}: unbuffered byte streams. {@code read} and {@code readall} are built
 * on the subclass's {@code readinto}.
 *
 * <p>Thread safety: GIL-guarded.
 */
public class RawIoBase extends IoBase {
    public static final PyType TYPE = PyType.builtin("_io._RawIOBase", RawIoBase.class, MethodHandles.lookup(),
            IoBase.TYPE);

    protected RawIoBase(PyType cls) {
        super(cls);
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        return new RawIoBase(cls);
    }

    @PyMethod(doc = "Read up to size bytes from the object and return them.")
    Object read(@Opt("-1") Object size) {
        long n = IoArgs.size(size);
        if (n < 0) {
            return call(this, "readall");
        }
        int len = (int) Math.min(n, Integer.MAX_VALUE - 8);
        // A bytearray, as CPython passes: readinto may even resize it, so read it back afterwards.
        PyByteArray b = new PyByteArray(new byte[len]);
        Object got = call(this, "readinto", b);
        if (got == PyNone.NONE) {
            return PyNone.NONE;
        }
        long k = Abstract.asLong(got);
        byte[] store = b.toByteArray();
        if (k < 0 || k > store.length) {
            throw PyErr.valueError("readinto returned %d outside buffer size %d", k, store.length);
        }
        return new PyBytes(Arrays.copyOf(store, (int) k));
    }

    /** A memoryview of {@code b}: what the buffered classes hand to a raw stream's readinto. */
    static Object viewOf(PyByteArray b) {
        return Abstract.call(PyMemoryView.TYPE, b);
    }

    @PyMethod(doc = "Call read() until it gives b'' and return everything read, as bytes.")
    Object readall() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean any = false;
        while (true) {
            Object data = call(this, "read", PyInt.of(IoModule.DEFAULT_BUFFER_SIZE));
            if (data == PyNone.NONE) {
                if (!any) {
                    return PyNone.NONE;
                }
                break;
            }
            if (!(data instanceof PyBytes b)) {
                throw PyErr.typeError("read() should return bytes");
            }
            if (b.data().length == 0) {
                break;
            }
            any = true;
            out.writeBytes(b.data());
        }
        return new PyBytes(out.toByteArray());
    }

    @PyMethod
    Object readinto(Object b) {
        throw PyErr.notImplementedError("");
    }

    @PyMethod
    Object write(Object b) {
        throw PyErr.notImplementedError("");
    }
}
