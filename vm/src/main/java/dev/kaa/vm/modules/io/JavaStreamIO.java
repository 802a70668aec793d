package dev.kaa.vm.modules.io;

import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;

/**
 * A raw byte stream over a Java {@link InputStream} or {@link OutputStream}: what an embedding
 * host's streams become under {@code sys.stdin}, {@code sys.stdout} and {@code sys.stderr}
 * (the {@code kaa} command's are the process's descriptors, as {@link FileIO}s). Closing it
 * leaves the Java stream open, as {@code closefd=False} leaves a descriptor.
 *
 * <p>Thread safety: GIL-guarded; reads and writes release the GIL while they block.
 */
public final class JavaStreamIO extends RawIoBase {
    public static final PyType TYPE = PyType.builtin("_io._JavaStreamIO", JavaStreamIO.class, MethodHandles.lookup(),
            0, RawIoBase.TYPE);

    private final InputStream in;
    private final OutputStream out;

    JavaStreamIO(String name, InputStream in, OutputStream out) {
        super(TYPE);
        this.in = in;
        this.out = out;
        instanceDict().setItem(PyStr.intern("name"), PyStr.of(name));
        instanceDict().setItem(PyStr.intern("mode"), PyStr.of(in != null ? "rb" : "wb"));
    }

    @PyMethod
    Object readable() {
        checkOpen();
        return dev.kaa.vm.objects.PyBool.of(in != null);
    }

    @PyMethod
    Object writable() {
        checkOpen();
        return dev.kaa.vm.objects.PyBool.of(out != null);
    }

    @PyMethod
    Object seekable() {
        checkOpen();
        return dev.kaa.vm.objects.PyBool.of(false);
    }

    @PyMethod
    Object isatty() {
        checkOpen();
        return dev.kaa.vm.objects.PyBool.of(false);
    }

    @PyMethod
    Object fileno() {
        throw IoErrors.unsupported("fileno");
    }

    @PyMethod
    Object readinto(Object b) {
        checkOpen();
        if (in == null) {
            throw IoErrors.unsupported("File not open for reading");
        }
        int len = (int) dev.kaa.vm.objects.Abstract.len(b);
        byte[] buf = new byte[len];
        int got;
        try (var unlocked = ThreadState.releaseGil()) {
            got = len == 0 ? 0 : in.read(buf, 0, len);
        } catch (IOException e) {
            throw PyErr.format(Exceptions.OSError, "%s", String.valueOf(e.getMessage()));
        }
        if (got <= 0) {
            return PyInt.of(0);
        }
        dev.kaa.vm.objects.Abstract.setItem(b, new dev.kaa.vm.objects.PySlice(PyInt.of(0), PyInt.of(got), dev.kaa.vm.objects.PyNone.NONE),
                new PyBytes(java.util.Arrays.copyOf(buf, got)));
        return PyInt.of(got);
    }

    @PyMethod
    Object write(Object b) {
        checkOpen();
        if (out == null) {
            throw IoErrors.unsupported("File not open for writing");
        }
        byte[] data = dev.kaa.vm.modules.struct.Buffers.read(b);
        try (var unlocked = ThreadState.releaseGil()) {
            out.write(data);
            out.flush();
        } catch (IOException e) {
            throw PyErr.format(Exceptions.OSError, "%s", String.valueOf(e.getMessage()));
        }
        return PyInt.of(data.length);
    }

    private void checkOpen() {
        if (closedAttr()) {
            throw IoErrors.closed();
        }
    }
}
