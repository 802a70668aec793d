package dev.kaa.vm.modules.io;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyByteArray;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.SharedMethods;
import dev.kaa.vm.objects.Star;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The machinery shared by {@code BufferedReader}, {@code BufferedWriter} and
 * {@code BufferedRandom}: a read buffer ({@code rbuf[rpos..rlen)}, bytes read from the raw stream
 * but not yet consumed) and a write buffer ({@code wp.data[0..wp.len)}, bytes written but not yet
 * passed on). At most one of them holds data: reading flushes pending writes first and writing
 * first moves the raw stream back over read-ahead bytes, so the raw position minus the read-ahead
 * plus the pending writes is always the logical position.
 *
 * <p>The methods the three Python types share are exposed from here into each type's own
 * dictionary ({@link SharedMethods}), as CPython's types each have them; each class declares the
 * rest.
 *
 * <p>Thread safety: GIL-guarded.
 */
@SharedMethods
abstract class Buffered extends BufferedIoBase {
    Object raw;
    /** The raw stream when it is exactly a FileIO: calls go straight to Java. */
    FileIO file;
    boolean detached, ok;
    int bufferSize = IoModule.DEFAULT_BUFFER_SIZE;
    byte[] rbuf = new byte[0];
    int rpos, rlen;
    /** Bytes written but not yet passed on (CPython's write buffer). */
    final Pending wp = new Pending();
    /** Where this writer is held while it has unwritten data. */
    OpenFiles files;
    /** The raw stream's position as last learnt (CPython's abs_pos), or -1 when unknown. */
    long absPos = -1;

    Buffered(PyType cls) {
        super(cls);
    }

    @Override public int finalizeRank() {
        return 1;
    }

    /** {@code __init__(raw, buffer_size)} after the subclass checked readable/writable. */
    void init(Object raw, long size) {
        ok = false;
        if (size <= 0) {
            throw PyErr.valueError("buffer size must be strictly positive");
        }
        this.raw = raw;
        finalizeWhenDroppedIfPython(raw);
        this.file = raw instanceof FileIO f && f.type() == FileIO.TYPE ? f : null;
        this.bufferSize = (int) Math.min(size, Integer.MAX_VALUE - 8);
        this.detached = false;
        rbuf = new byte[0];
        rpos = rlen = 0;
        wp.len = 0;
        wp.target = file != null ? file.owner : null;
        absPos = -1;
        try {
            rawTell(); // as CPython, learn the position once; streams that cannot tell are fine
        } catch (PyException e) {
            absPos = -1;
        }
        ok = true;
        files = OpenFiles.current();
    }

    static void checkRaw(Object raw, String method, String message) {
        if (!Abstract.isTrue(Abstract.callMethod(raw, method))) {
            throw IoErrors.unsupported(message);
        }
    }

    // ---- state checks ---------------------------------------------------------------------------------

    final void checkInit() {
        if (detached) {
            throw PyErr.valueError("raw stream has been detached");
        }
        if (!ok || raw == null) {
            throw PyErr.valueError("I/O operation on uninitialized object");
        }
    }

    final boolean rawClosed() {
        if (file != null) {
            return file.fd < 0;
        }
        return Abstract.isTrue(Abstract.getAttr(raw, "closed"));
    }

    /** Checks the object is usable and open; {@code message} is the closed-file text. */
    final void checkOpen(String message) {
        checkInit();
        if (rawClosed()) {
            throw PyErr.valueError("%s", message);
        }
    }

    // ---- the raw stream ---------------------------------------------------------------------------------

    /** One raw read of at most n bytes; null when the raw stream would block. */
    final byte[] rawRead(int n) {
        byte[] got = rawReadOnce(n);
        if (got != null && absPos >= 0) {
            absPos += got.length;
        }
        return got;
    }

    private byte[] rawReadOnce(int n) {
        if (file != null) {
            return file.readRaw(n);
        }
        byte[] store = new byte[n];
        Object got = Abstract.callMethod(raw, "readinto", RawIoBase.viewOf(new PyByteArray(store)));
        if (got == PyNone.NONE) {
            return null;
        }
        long k;
        try {
            k = Abstract.asLong(got);
        } catch (PyException e) {
            PyException failed = PyErr.format(dev.kaa.vm.objects.Exceptions.OSError, "raw readinto() failed");
            failed.value().setCause(e.value());
            failed.value().setContext(e.value());
            throw failed;
        }
        if (k < 0 || k > n) {
            throw PyErr.format(dev.kaa.vm.objects.Exceptions.OSError,
                    "raw readinto() returned invalid length %d (should have been between 0 and %d)", k, n);
        }
        return k == n ? store : Arrays.copyOf(store, (int) k);
    }

    /** Writes all of data (a raw write may take less); BlockingIOError if the raw stream would block. */
    final void rawWriteAll(byte[] data, int len) {
        int done = 0;
        while (done < len) {
            byte[] part = done == 0 && len == data.length ? data : Arrays.copyOfRange(data, done, len);
            int n;
            if (file != null) {
                n = file.writeRaw(part);
            } else {
                Object r = Abstract.callMethod(raw, "write", new PyBytes(part));
                if (r == PyNone.NONE) {
                    // Keep what was not written for the next flush.
                    byte[] rest = Arrays.copyOfRange(data, done, len);
                    wp.len = 0;
                    append(rest);
                    throw IoErrors.blocking(11, "write could not complete without blocking", 0);
                }
                n = Abstract.asInt(r);
                if (n < 0 || n > part.length) {
                    throw PyErr.format(dev.kaa.vm.objects.Exceptions.OSError,
                            "raw write() returned invalid length %d (should have been between 0 and %d)", n, part.length);
                }
            }
            done += n;
            if (absPos >= 0) {
                absPos += n;
            }
        }
    }

    final long rawSeek(long pos, int whence) {
        absPos = -1;
        if (file != null) {
            absPos = Abstract.asLong(file.seek(PyInt.of(pos), whence));
            return absPos;
        }
        Object r = Abstract.callMethod(raw, "seek", PyInt.of(pos), PyInt.of(whence));
        long n = Abstract.asLong(r);
        if (n < 0) {
            throw PyErr.format(dev.kaa.vm.objects.Exceptions.OSError, "Raw stream returned invalid position %d", n);
        }
        absPos = n;
        return n;
    }

    final long rawTell() {
        if (file != null) {
            absPos = Abstract.asLong(file.tell());
            return absPos;
        }
        long n = Abstract.asLong(Abstract.callMethod(raw, "tell"));
        if (n < 0) {
            throw PyErr.format(dev.kaa.vm.objects.Exceptions.OSError, "Raw stream returned invalid position %d", n);
        }
        absPos = n;
        return n;
    }

    // ---- buffers ------------------------------------------------------------------------------------------

    final int available() {
        return rlen - rpos;
    }

    /** Writes out pending bytes. */
    final void flushWrites() {
        if (wp.len > 0) {
            int n = wp.len;
            wp.len = 0;
            try {
                rawWriteAll(wp.data, n);
            } finally {
                if (wp.len == 0 && files != null) {
                    files.clean(wp);
                }
            }
        }
    }

    /** Before writing: move the raw stream back over bytes read ahead, and drop them. */
    final void dropReadAhead() {
        if (available() > 0) {
            rawSeek(-available(), 1);
        }
        rpos = rlen = 0;
    }

    /**
     * CPython's {@code flush_and_rewind} for a BufferedRandom: pending writes go out, then the
     * raw stream moves back over the unread bytes (a seek even when there are none), which are
     * dropped. A reader or writer only flushes.
     */
    final void flushAndRewind() {
        flushWrites();
        if (this instanceof BufferedRandom) {
            rawSeek(-available(), 1);
            rpos = rlen = 0;
        }
    }

    /** Reads once from the raw stream into the read buffer; false at EOF, null-read counts as none. */
    final boolean fill() {
        flushWrites();
        byte[] got = rawRead(bufferSize);
        if (got == null || got.length == 0) {
            return false;
        }
        if (rpos == rlen) {
            rbuf = got;
            rpos = 0;
            rlen = got.length;
        } else {
            byte[] nb = new byte[available() + got.length];
            System.arraycopy(rbuf, rpos, nb, 0, available());
            System.arraycopy(got, 0, nb, available(), got.length);
            rbuf = nb;
            rpos = 0;
            rlen = nb.length;
        }
        return true;
    }

    final byte[] take(int n) {
        byte[] out = Arrays.copyOfRange(rbuf, rpos, rpos + n);
        rpos += n;
        return out;
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    Object doRead(long n) {
        checkOpen("read of closed file");
        if (n < -1) {
            throw PyErr.valueError("read length must be non-negative or -1");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (n < 0) {
            out.write(rbuf, rpos, available());
            rpos = rlen;
            flushAndRewind();
            rpos = rlen = 0;
            if (file != null) {
                out.writeBytes(((PyBytes) file.readall()).data());
                return new PyBytes(out.toByteArray());
            }
            Object all = Abstract.lookupAttr(raw, PyStr.intern("readall"));
            if (all != null) {
                Object r = Abstract.call(all);
                if (r == PyNone.NONE) {
                    return out.size() == 0 ? PyNone.NONE : new PyBytes(out.toByteArray());
                }
                out.writeBytes(IoArgs.bytesOf(r, "readall() should return bytes"));
                return new PyBytes(out.toByteArray());
            }
            while (true) {
                byte[] got = rawRead(bufferSize);
                if (got == null) {
                    return out.size() == 0 ? PyNone.NONE : new PyBytes(out.toByteArray());
                }
                if (got.length == 0) {
                    return new PyBytes(out.toByteArray());
                }
                out.writeBytes(got);
            }
        }
        int want = (int) Math.min(n, Integer.MAX_VALUE - 8);
        if (available() >= want) {
            return new PyBytes(take(want));
        }
        // As CPython: the buffered bytes, then whole buffers' worth straight from the raw
        // stream, then the rest through the buffer (which keeps what is left over).
        out.write(rbuf, rpos, available());
        rpos = rlen;
        flushAndRewind();
        rpos = rlen = 0;
        int remaining = want - out.size();
        while (remaining >= bufferSize) {
            byte[] got = rawRead(remaining - remaining % bufferSize);
            if (got == null || got.length == 0) {
                return got == null && out.size() == 0 ? PyNone.NONE : new PyBytes(out.toByteArray());
            }
            out.writeBytes(got);
            remaining -= got.length;
        }
        while (remaining > 0 && rlen < bufferSize) {
            byte[] got = rawRead(bufferSize - rlen);
            if (got == null || got.length == 0) {
                return got == null && out.size() == 0 ? PyNone.NONE : new PyBytes(out.toByteArray());
            }
            if (rlen + got.length > rbuf.length) {
                rbuf = Arrays.copyOf(rbuf, Math.max(bufferSize, rlen + got.length));
            }
            System.arraycopy(got, 0, rbuf, rlen, got.length);
            rlen += got.length;
            int k = Math.min(remaining, rlen - rpos);
            out.write(rbuf, rpos, k);
            rpos += k;
            remaining -= k;
        }
        return new PyBytes(out.toByteArray());
    }

    Object doRead1(long n) {
        checkOpen("read of closed file");
        if (n < 0) {
            n = bufferSize;
        }
        if (n == 0) {
            return PyBytes.EMPTY;
        }
        if (available() == 0) {
            // As CPython: one raw read of exactly n bytes, straight to the caller.
            flushAndRewind();
            rpos = rlen = 0;
            byte[] got = rawRead((int) Math.min(n, Integer.MAX_VALUE - 8));
            return got == null || got.length == 0 ? PyBytes.EMPTY : new PyBytes(got);
        }
        return new PyBytes(take((int) Math.min(n, available())));
    }

    Object doPeek() {
        checkOpen("peek of closed file");
        flushAndRewind();
        if (available() == 0) {
            fill();
        }
        return new PyBytes(Arrays.copyOfRange(rbuf, rpos, rlen));
    }

    /** CPython's readinto: what is buffered, then raw reads straight into the caller's buffer or via ours. */
    Object doReadinto(Object b, boolean one) {
        int len = IoArgs.writableLength(b, one ? "readinto1() argument" : "readinto() argument");
        checkOpen("readinto of closed file");
        byte[] out = new byte[len];
        int written = Math.min(available(), len);
        System.arraycopy(rbuf, rpos, out, 0, written);
        rpos += written;
        if (written < len) {
            flushAndRewind();
            rpos = rlen = 0;
            int remaining = len - written;
            while (remaining > 0) {
                byte[] got;
                if (remaining > bufferSize) {
                    got = rawRead(remaining);
                } else if (!(one && written > 0)) {
                    got = rawRead(bufferSize - rlen);
                    if (got != null && got.length > 0) {
                        if (rlen + got.length > rbuf.length) {
                            rbuf = Arrays.copyOf(rbuf, Math.max(bufferSize, rlen + got.length));
                        }
                        System.arraycopy(got, 0, rbuf, rlen, got.length);
                        rlen += got.length;
                        int k = Math.min(got.length, remaining);
                        System.arraycopy(rbuf, rpos, out, written, k);
                        rpos += k;
                        written += k;
                        remaining -= k;
                        continue;
                    }
                } else {
                    break;
                }
                if (got == null) {
                    if (written == 0) {
                        return PyNone.NONE;
                    }
                    break;
                }
                if (got.length == 0) {
                    break;
                }
                System.arraycopy(got, 0, out, written, got.length);
                written += got.length;
                remaining -= got.length;
                if (one) {
                    break;
                }
            }
        }
        IoArgs.copyInto(b, out, written);
        return PyInt.of(written);
    }

    Object doReadline(long limit) {
        checkOpen("readline of closed file");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean rewound = false;
        while (limit < 0 || out.size() < limit) {
            if (available() == 0) {
                if (!rewound) {
                    flushAndRewind(); // once, when the buffer runs out, as CPython
                    rewound = true;
                }
                if (!fill()) {
                    break;
                }
            }
            int end = rlen;
            if (limit >= 0) {
                end = (int) Math.min(end, rpos + (limit - out.size()));
            }
            int i = rpos;
            while (i < end && rbuf[i] != '\n') {
                i++;
            }
            if (i < end) {
                out.write(rbuf, rpos, i + 1 - rpos);
                rpos = i + 1;
                break;
            }
            out.write(rbuf, rpos, end - rpos);
            rpos = end;
        }
        return new PyBytes(out.toByteArray());
    }

    // ---- writing -----------------------------------------------------------------------------------------------

    Object doWrite(Object b) {
        checkInit();
        byte[] data = dev.kaa.vm.modules.struct.Buffers.read(b);
        if (rawClosed()) {
            throw PyErr.valueError("write to closed file");
        }
        if (available() > 0 || rlen > 0) {
            dropReadAhead();
        }
        if (wp.len + data.length <= bufferSize) {
            append(data);
        } else {
            // As CPython: what was buffered goes out first; then a chunk at least a buffer long
            // is written directly, a shorter one waits in the buffer.
            flushWrites();
            if (data.length >= bufferSize) {
                rawWriteAll(data, data.length);
            } else {
                append(data);
            }
        }
        return PyInt.of(data.length);
    }

    private void append(byte[] data) {
        if (wp.len == 0 && data.length > 0 && files != null) {
            files.dirty(this, wp);
        }
        if (wp.len + data.length > wp.data.length) {
            wp.data = Arrays.copyOf(wp.data, Math.max(Math.max(wp.data.length * 2, wp.len + data.length), 64));
        }
        System.arraycopy(data, 0, wp.data, wp.len, data.length);
        wp.len += data.length;
    }

    Object doFlush() {
        checkOpen("flush of closed file");
        flushAndRewind();
        return PyNone.NONE;
    }

    // ---- positioning --------------------------------------------------------------------------------------

    Object doSeek(Object target, int whence) {
        if (target instanceof dev.kaa.vm.objects.PyFloat) {
            throw PyErr.typeError("'float' object cannot be interpreted as an integer");
        }
        long pos = Abstract.asLong(target);
        checkOpen("seek of closed file");
        if (whence < 0 || whence > 4) {
            throw PyErr.valueError("whence value %d unsupported", whence);
        }
        Object seekable = file != null ? file.seekable() : Abstract.callMethod(raw, "seekable");
        if (!Abstract.isTrue(seekable)) {
            throw IoErrors.unsupported("File or stream is not seekable.");
        }
        if ((whence == 0 || whence == 1) && wp.len == 0 && available() > 0) {
            // A target inside the read buffer moves only the buffer's cursor, as CPython's does:
            // rbuf[0..rlen) holds the bytes just before the raw position.
            long rawPos = absPos >= 0 ? absPos : rawTell();
            long dest = whence == 0 ? pos : rawPos - available() + pos;
            if (dest >= rawPos - rlen && dest <= rawPos) {
                rpos = (int) (dest - (rawPos - rlen));
                // gh-95782: a raw stream that always tells 0 (a character device) gives no
                // negative position.
                return PyInt.of(Math.max(dest, 0));
            }
        }
        flushWrites();
        if (whence == 1) {
            pos -= available();
        }
        rpos = rlen = 0;
        return PyInt.of(rawSeek(pos, whence));
    }

    Object doTell() {
        checkInit();
        long pos = rawTell() - available() + wp.len;
        return PyInt.of(Math.max(pos, 0));
    }

    Object doTruncate(Object pos) {
        checkOpen("truncate of closed file");
        // A BufferedReader never writes, whatever its raw stream could do (CPython's "writable" flag).
        Object writable = this instanceof BufferedReader ? dev.kaa.vm.objects.PyBool.FALSE
                : file != null ? file.writable() : Abstract.callMethod(raw, "writable");
        if (!Abstract.isTrue(writable)) {
            throw IoErrors.unsupported("truncate");
        }
        flushWrites();
        if (available() > 0) {
            rawSeek(-available(), 1); // the raw stream to the logical position first
        }
        rpos = rlen = 0;
        Object r = file != null ? file.truncate(pos == null ? PyNone.NONE : pos)
                : Abstract.callMethod(raw, "truncate", pos == null ? PyNone.NONE : pos);
        try {
            rawTell();
        } catch (PyException e) {
            absPos = -1;
        }
        return r;
    }

    // ---- life cycle ---------------------------------------------------------------------------------------------

    Object doClose() {
        checkInit();
        if (rawClosed()) {
            return PyNone.NONE;
        }
        if (finalizing) {
            deallocWarn(raw, this);
        }
        PyException failure = null;
        try {
            Abstract.callMethod(this, "flush"); // self.flush(), as CPython: a subclass's counts
        } catch (PyException e) {
            failure = e;
        }
        try {
            if (file != null) {
                file.close();
            } else {
                Abstract.callMethod(raw, "close");
            }
        } catch (PyException e) {
            if (failure == null) {
                failure = e;
            } else {
                e.value().setContext(failure.value());
                failure = e;
            }
        }
        rpos = rlen = 0;
        if (failure != null) {
            throw failure;
        }
        return PyNone.NONE;
    }

    Object doDetach() {
        checkInit();
        if (this instanceof BufferedReader) {
            Abstract.callMethod(raw, "flush");
        } else {
            doFlush();
        }
        Object r = raw;
        raw = null;
        file = null;
        detached = true;
        return r;
    }

    Object rawCall(String method) {
        checkInit();
        return Abstract.callMethod(raw, method);
    }

    Object rawAttr(String name) {
        checkInit();
        return Abstract.getAttr(raw, name);
    }

    Object doRepr() {
        String tn = type() == typeOfClass() ? "_io." + type().name() : type().name();
        if (detached || raw == null) {
            return PyStr.of("<" + tn + ">");
        }
        Object name;
        try {
            name = Abstract.lookupAttr(this, PyStr.intern("name"));
        } catch (PyException e) {
            if (!e.matches(dev.kaa.vm.objects.Exceptions.ValueError)) {
                throw e;
            }
            name = null;
        }
        if (name == null) {
            return PyStr.of("<" + tn + ">");
        }
        return PyStr.of("<" + tn + " name=" + Abstract.repr(name).value() + ">");
    }

    // ---- argument handling shared by the three types' methods -------------------------------------------------

    /** {@code write(*args)}: exactly one argument, named after the type as CPython's message does. */
    final Object doWrite(Object[] args) {
        if (args.length != 1) {
            throw PyErr.typeError("%s.write() takes exactly one argument (%d given)", typeOfClass().name(), args.length);
        }
        return doWrite(args[0]);
    }

    /** {@code seek(*args)}: a target and an optional whence. */
    final Object doSeek(Object[] args) {
        IoArgs.seekArgs(args);
        return doSeek(args[0], args.length > 1 ? Abstract.asInt(args[1]) : 0);
    }

    /** {@code truncate(*args)}: an optional position, None meaning the current one. */
    final Object doTruncate(Object[] args) {
        return doTruncate(args.length > 0 ? args[0] : PyNone.NONE);
    }

    /** What {@code __reduce__} and {@code __reduce_ex__} raise: buffered objects do not pickle. */
    final PyException cannotPickle() {
        return PyErr.typeError("cannot pickle '%s' instances", type().name());
    }

    abstract PyType typeOfClass();

    Object doNext() {
        Object line = doReadline(-1);
        if (((PyBytes) line).data().length == 0) {
            throw PyErr.stopIteration(null);
        }
        return line;
    }

    // ---- the methods every buffered type has (exposed into each) ----------------------------------

    @PyMethod
    @Override Object seek(@Star Object[] args) {
        return doSeek(args);
    }

    @PyMethod
    @Override Object tell() {
        return doTell();
    }

    @PyMethod
    @Override Object truncate(@Star Object[] args) {
        return doTruncate(args);
    }

    @PyMethod
    @Override Object close() {
        return doClose();
    }

    @PyMethod
    @Override Object detach() {
        return doDetach();
    }

    @PyMethod
    @Override Object seekable() {
        return rawCall("seekable");
    }

    @PyMethod
    @Override Object fileno() {
        return rawCall("fileno");
    }

    @PyMethod
    @Override Object isatty() {
        return rawCall("isatty");
    }

    @PyGetter
    @Override Object closed() {
        return rawAttr("closed");
    }

    @PyGetter
    Object name() {
        return rawAttr("name");
    }

    @PyGetter
    Object mode() {
        return rawAttr("mode");
    }

    @PyGetter
    Object raw() {
        checkInit();
        return raw;
    }

    @PyMethod
    Object __repr__() {
        return doRepr();
    }

    @PyMethod
    Object __reduce_ex__(Object protocol) {
        throw cannotPickle();
    }

    @PyMethod
    Object __reduce__() {
        throw cannotPickle();
    }

    @PyMethod
    Object _dealloc_warn(Object source) {
        if (raw != null) {
            deallocWarn(raw, source);
        }
        return PyNone.NONE;
    }

    /** {@code inner._dealloc_warn(source)} if it has one; a failure is dropped, as CPython's. */
    static void deallocWarn(Object inner, Object source) {
        try {
            if (Abstract.lookupAttr(inner, dev.kaa.vm.objects.PyStr.intern("_dealloc_warn")) instanceof Object m) {
                Abstract.call(m, source);
            }
        } catch (PyException e) {
            // CPython clears it too: the close that follows matters more.
        }
    }

    @PyGetter
    Object _finalizing() {
        return dev.kaa.vm.objects.PyBool.of(finalizing);
    }
}
