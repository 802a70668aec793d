package dev.kaa.vm.modules.io;

import dev.kaa.vm.modules.FileDescriptors;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandles;

/**
 * {@code _io.FileIO}: a raw stream over one of the interpreter's file descriptors (the table
 * {@code os} uses, through {@link FileDescriptors}), so descriptors pass freely between
 * {@code os.open}/{@code os.read} and {@code open()}/{@code fileno()}.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class FileIO extends RawIoBase {
    public static final PyType TYPE = PyType.builtin("_io.FileIO", FileIO.class, MethodHandles.lookup(), RawIoBase.TYPE);

    int fd = -1;
    boolean readable, writable, appending, created, closefd = true;
    /** -1 unknown, 0 no, 1 yes. */
    private int seekable = -1;
    private int blksize = IoModule.DEFAULT_BUFFER_SIZE;
    /** Shared with the reference that closes the descriptor if this object is dropped open. */
    OpenFiles.FdOwner owner;

    FileIO(PyType cls) {
        super(cls);
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        return new FileIO(cls);
    }

    @PyMethod(positionalOnly = 0)
    void __init__(Object file, @Opt("'r'") Object mode, @Opt("True") boolean closefd, @Opt("None") Object opener) {
        if (fd >= 0) {
            if (this.closefd) {
                close();
            } else {
                fd = -1;
            }
        }
        if (file instanceof PyInt || file instanceof PyBool) {
            // An integer names an open descriptor.
        } else {
            file = fspath(file);
        }
        if (!(mode instanceof PyStr ms)) {
            throw PyErr.typeError("FileIO() argument 'mode' must be str, not %T", mode);
        }
        int flags = parseMode(ms.value());
        instanceDict().setItem(PyStr.intern("name"), file);
        try {
            if (file instanceof PyInt) {
                long n = Abstract.asLong(file);
                if (n < 0) {
                    throw PyErr.valueError("negative file descriptor");
                }
                this.fd = (int) n;
                this.closefd = closefd;
                FileDescriptors.check(fd);
            } else {
                if (!closefd) {
                    throw PyErr.valueError("Cannot use closefd=False with file name");
                }
                this.closefd = true;
                flags |= FileDescriptors.O_CLOEXEC;
                OpenFiles files = OpenFiles.current();
                files.beforeOpen(file);
                if (opener == PyNone.NONE) {
                    this.fd = openReclaiming(files, file, flags);
                } else {
                    Object r = Abstract.call(opener, file, PyInt.of(flags));
                    if (!(r instanceof PyInt ri)) {
                        throw PyErr.typeError("expected integer from opener");
                    }
                    int n = Abstract.asInt(ri);
                    if (n < 0) {
                        throw PyErr.valueError("opener returned %d", n);
                    }
                    this.fd = n;
                    FileDescriptors.check(fd);
                }
            }
            owner = new OpenFiles.FdOwner(fd);
            if (this.closefd && !finalizedWhenDropped()) { // else its own __del__ closes it
                OpenFiles.current().track(this, owner);
            }
            if (FileDescriptors.isDirectory(fd)) {
                throw FileDescriptors.error(FileDescriptors.EISDIR, file);
            }
            // As CPython: st_blksize of the open file (4096 for /dev/null too), else the default.
            long bs = dev.kaa.vm.modules.PosixBlockSize.ofFd(fd);
            blksize = bs > 1 && bs <= Integer.MAX_VALUE ? (int) bs : IoModule.DEFAULT_BUFFER_SIZE;
            if (appending) {
                // For a file opened O_APPEND, start at its end, as CPython does.
                try {
                    FileDescriptors.seek(fd, 0, 2);
                } catch (RuntimeException e) {
                    // Not seekable (a pipe): nothing to do.
                }
            }
        } catch (RuntimeException e) {
            if (fd >= 0 && this.closefd && !(file instanceof PyInt)) {
                try {
                    FileDescriptors.close(fd);
                } catch (RuntimeException ignored) {
                    // Already failing with the first error.
                }
            }
            fd = -1;
            if (owner != null) {
                owner.closed = true; // closed above (or never ours): nothing for the collector to do
                owner = null;
            }
            throw e;
        }
    }

    /** {@code open(2)}; on "too many open files", once more after closing dropped files. */
    private static int openReclaiming(OpenFiles files, Object file, int flags) {
        try {
            return FileDescriptors.open(file, flags, 0666);
        } catch (dev.kaa.vm.objects.PyException e) {
            Object errno = Abstract.lookupAttr(e.value(), PyStr.intern("errno"));
            boolean tooMany = errno instanceof PyInt i && (i.equals(PyInt.of(24)) || i.equals(PyInt.of(23)));
            if (!tooMany || !files.reclaim()) {
                throw e;
            }
            return FileDescriptors.open(file, flags, 0666);
        }
    }

    /** {@code os.fspath(file)}, with FileIO's message for other types. */
    static Object fspath(Object file) {
        if (file instanceof PyStr || file instanceof PyBytes) {
            return file;
        }
        Object m = Abstract.lookupSpecial(file, PyStr.intern("__fspath__"));
        if (m == null) {
            throw PyErr.typeError("expected str, bytes or os.PathLike object, not %T", file);
        }
        Object r = Abstract.call(m);
        if (!(r instanceof PyStr || r instanceof PyBytes)) {
            throw PyErr.typeError("expected %T.__fspath__() to return str or bytes, not %T", file, r);
        }
        return r;
    }

    private int parseMode(String mode) {
        boolean rwa = false, plus = false;
        readable = writable = appending = created = false;
        int flags = 0;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            switch (c) {
                case 'x', 'r', 'w', 'a' -> {
                    if (rwa) {
                        throw badMode();
                    }
                    rwa = true;
                    if (c == 'x') {
                        created = writable = true;
                        flags |= FileDescriptors.O_EXCL | FileDescriptors.O_CREAT;
                    } else if (c == 'r') {
                        readable = true;
                    } else if (c == 'w') {
                        writable = true;
                        flags |= FileDescriptors.O_CREAT | FileDescriptors.O_TRUNC;
                    } else {
                        writable = appending = true;
                        flags |= FileDescriptors.O_APPEND | FileDescriptors.O_CREAT;
                    }
                }
                case 'b' -> { }
                case '+' -> {
                    if (plus) {
                        throw badMode();
                    }
                    readable = writable = plus = true;
                }
                default -> throw PyErr.valueError("invalid mode: %s", mode);
            }
        }
        if (!rwa) {
            throw badMode();
        }
        return flags | (readable && writable ? FileDescriptors.O_RDWR
                : readable ? FileDescriptors.O_RDONLY : FileDescriptors.O_WRONLY);
    }

    private static RuntimeException badMode() {
        return PyErr.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
    }

    // ---- checks ---------------------------------------------------------------------------------------------

    private void checkOpen() {
        if (fd < 0) {
            throw IoErrors.closed();
        }
    }

    private void checkReadable() {
        checkOpen();
        if (!readable) {
            throw IoErrors.unsupported("File not open for reading");
        }
    }

    private void checkWritable() {
        checkOpen();
        if (!writable) {
            throw IoErrors.unsupported("File not open for writing");
        }
    }

    // ---- Java entry points used by the buffered classes -------------------------------------------------

    /** One read(2) of at most n bytes. */
    byte[] readRaw(int n) {
        checkReadable();
        return FileDescriptors.read(fd, n);
    }

    /** One write(2). */
    int writeRaw(byte[] data) {
        checkWritable();
        return FileDescriptors.write(fd, data);
    }

    // ---- the Python methods ------------------------------------------------------------------------------

    @PyMethod(doc = "Read at most size bytes with a single system call (everything when size < 0).")
    @Override Object read(@Opt("-1") Object size) {
        checkReadable();
        long n = IoArgs.size(size);
        if (n < 0) {
            return readall();
        }
        return new PyBytes(FileDescriptors.read(fd, (int) Math.min(n, Integer.MAX_VALUE - 8)));
    }

    @PyMethod(doc = "Read what is left of the file, as bytes.")
    @Override Object readall() {
        checkReadable();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            byte[] chunk = FileDescriptors.read(fd, 1 << 16);
            if (chunk.length == 0) {
                break;
            }
            out.writeBytes(chunk);
        }
        return new PyBytes(out.toByteArray());
    }

    @PyMethod(doc = "Read into the writable buffer b; gives the number of bytes stored.")
    @Override Object readinto(Object b) {
        int len = IoArgs.writableLength(b, "readinto() argument 1");
        checkReadable();
        byte[] got = FileDescriptors.read(fd, len);
        IoArgs.copyInto(b, got, got.length);
        return PyInt.of(got.length);
    }

    @PyMethod(doc = "Write the bytes of b with one system call; gives how many were written.")
    @Override Object write(Object b) {
        checkOpen();
        byte[] data = dev.kaa.vm.modules.struct.Buffers.read(b);
        checkWritable();
        return PyInt.of(FileDescriptors.write(fd, data));
    }

    @PyMethod(doc = "Set the file position (relative to whence: 0 start, 1 current, 2 end); gives the new position.")
    Object seek(Object pos, @Opt("0") int whence) {
        checkOpen();
        if (pos instanceof dev.kaa.vm.objects.PyFloat) {
            throw PyErr.typeError("an integer is required");
        }
        return PyInt.of(FileDescriptors.seek(fd, Abstract.asLong(pos), whence));
    }

    @PyMethod(doc = "Current file position.")
    @Override Object tell() {
        checkOpen();
        return PyInt.of(FileDescriptors.seek(fd, 0, 1));
    }

    @PyMethod(doc = "Cut or extend the file to size bytes (the current position by default); gives the size.")
    Object truncate(@Opt("None") Object size) {
        checkOpen();
        if (!writable) {
            throw IoErrors.unsupported("File not open for writing");
        }
        long here = FileDescriptors.seek(fd, 0, 1);
        long n = size == PyNone.NONE ? here : Abstract.asLong(size);
        FileDescriptors.truncate(fd, n);
        // ftruncate(2) leaves the position alone; Java's truncate moves it back to the new end.
        FileDescriptors.seek(fd, here, 0);
        return PyInt.of(n);
    }

    @PyMethod(doc = "Whether seek() and tell() work on this file.")
    @Override Object seekable() {
        checkOpen();
        if (seekable < 0) {
            seekable = FileDescriptors.seekable(fd) ? 1 : 0;
        }
        return PyBool.of(seekable == 1);
    }

    @PyMethod(doc = "Whether the file was opened for reading.")
    @Override Object readable() {
        checkOpen();
        return PyBool.of(readable);
    }

    @PyMethod(doc = "Whether the file was opened for writing.")
    @Override Object writable() {
        checkOpen();
        return PyBool.of(writable);
    }

    @PyMethod(doc = "The descriptor number this file object wraps.")
    @Override Object fileno() {
        checkOpen();
        return PyInt.of(fd);
    }

    @PyMethod(doc = "Whether the descriptor is a terminal.")
    @Override Object isatty() {
        checkOpen();
        return PyBool.of(FileDescriptors.isatty(fd));
    }

    @PyMethod(doc = "Close the file.")
    @Override Object close() {
        if (finalizing) {
            _dealloc_warn(this);
        }
        RuntimeException failure = null;
        try {
            super.close();
        } catch (RuntimeException e) {
            failure = e;
        }
        if (fd >= 0) {
            int f = fd;
            fd = -1;
            if (owner != null) {
                owner.closed = true;
                owner = null;
            }
            if (closefd) {
                try {
                    FileDescriptors.close(f);
                } catch (RuntimeException e) {
                    if (failure == null) {
                        failure = e;
                    }
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return PyNone.NONE;
    }

    @PyGetter
    @Override Object closed() {
        return PyBool.of(fd < 0);
    }

    @PyGetter
    Object closefd() {
        return PyBool.of(closefd);
    }

    @PyGetter
    Object _blksize() {
        return PyInt.of(blksize);
    }

    @PyGetter
    Object mode() {
        return PyStr.of(modeString());
    }

    String modeString() {
        if (created) {
            return readable ? "xb+" : "xb";
        }
        if (appending) {
            return readable ? "ab+" : "ab";
        }
        if (readable) {
            return writable ? "rb+" : "rb";
        }
        return "wb";
    }

    @PyMethod
    Object __repr__() {
        String tn = type() == TYPE ? "_io.FileIO" : type().name();
        if (fd < 0) {
            return PyStr.of("<" + tn + " [closed]>");
        }
        Object name = Abstract.lookupAttr(this, PyStr.intern("name"));
        String what = name == null ? "fd=" + fd : "name=" + Abstract.repr(name).value();
        return PyStr.of("<" + tn + " " + what + " mode='" + modeString() + "' closefd=" + (closefd ? "True" : "False")
                + ">");
    }

    @PyMethod
    Object __reduce_ex__(Object protocol) {
        throw PyErr.typeError("cannot pickle '%s' instances", type().name());
    }

    @PyMethod
    Object __reduce__() {
        throw PyErr.typeError("cannot pickle '%s' instances", type().name());
    }

    /** Warns that {@code source} (this file or its wrapper) was dropped with the descriptor open. */
    @PyMethod
    Object _dealloc_warn(Object source) {
        if (fd >= 0 && closefd) {
            try {
                PyErr.warn(dev.kaa.vm.objects.Exceptions.ResourceWarning, 1, "%s",
                        "unclosed file " + Abstract.repr(source));
            } catch (dev.kaa.vm.objects.PyException e) {
                dev.kaa.vm.modules.Weakrefs.writeUnraisable(e, this);
            }
        }
        return PyNone.NONE;
    }

    @PyGetter
    Object _finalizing() {
        return PyBool.of(finalizing);
    }
}
