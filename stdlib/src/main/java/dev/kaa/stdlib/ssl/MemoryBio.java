package dev.kaa.stdlib.ssl;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyGetter;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonType;

/**
 * {@code _ssl.MemoryBIO}: a byte queue between an {@code SSLObject} and its transport. The
 * transport {@code write}s what it received and {@code read}s what to send; {@code write_eof}
 * marks the end of the incoming stream.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class MemoryBio extends ExtensionObject {
    static volatile PythonType type;

    private byte[] data = new byte[0];
    private int start, end;
    /** True once write_eof() was called. */
    boolean eof;

    private MemoryBio(PythonType cls) {
        super(cls);
    }

    @PyMethod
    static Object __new__(PythonType cls) {
        return new MemoryBio(cls);
    }

    @PyGetter
    int pending() {
        return end - start;
    }

    @PyGetter
    boolean eof() {
        return eof && start == end;
    }

    @PyMethod
    Object read(@Opt("-1") int size) {
        int n = size < 0 ? end - start : Math.min(size, end - start);
        byte[] out = java.util.Arrays.copyOfRange(data, start, start + n);
        start += n;
        return Py.bytes(out);
    }

    @PyMethod
    int write(Object b) {
        byte[] bytes;
        if (Py.isInstance(b, Py.builtinType("memoryview")) && !Py.isTrue(Py.getAttr(b, "c_contiguous"))) {
            throw Py.error(Py.builtinType("BufferError"), "memoryview: underlying buffer is not C-contiguous");
        }
        try {
            bytes = Py.asBytes(b);
        } catch (dev.kaa.ext.PythonException e) {
            throw Py.typeError("a bytes-like object is required, not '" + Py.typeOf(b).name() + "'");
        }
        if (eof) {
            throw Py.error(SslErrors.sslError, "cannot write() after write_eof()");
        }
        append(bytes);
        return bytes.length;
    }

    @PyMethod
    void write_eof() {
        eof = true;
    }

    /** Adds bytes at the end. */
    void append(byte[] bytes) {
        if (end + bytes.length > data.length) {
            int live = end - start;
            byte[] bigger = new byte[Math.max(live + bytes.length, 2 * live + 256)];
            System.arraycopy(data, start, bigger, 0, live);
            data = bigger;
            start = 0;
            end = live;
        }
        System.arraycopy(bytes, 0, data, end, bytes.length);
        end += bytes.length;
    }

    /** Takes up to {@code n} bytes from the front. */
    byte[] take(int n) {
        int k = Math.min(n, end - start);
        byte[] out = java.util.Arrays.copyOfRange(data, start, start + k);
        start += k;
        return out;
    }
}
