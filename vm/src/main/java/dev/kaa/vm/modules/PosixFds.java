package dev.kaa.vm.modules;

import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.KwOnly;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.Pipe;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The {@code posix} functions on file descriptors ({@code open}, {@code read}, {@code write},
 * {@code lseek}, {@code pipe}, {@code dup} …) over the interpreter's {@link PosixFdTable}.
 *
 * <p>Thread safety: GIL-guarded.
 */
final class PosixFds {
    private PosixFds() {}

    static final int O_WRONLY = 1, O_RDWR = 2, O_CREAT = 64, O_EXCL = 128, O_TRUNC = 512, O_APPEND = 1024,
            O_NONBLOCK = 2048, O_DSYNC = 4096, O_DIRECTORY = 65536, O_NOFOLLOW = 131072, O_SYNC = 1052672,
            O_PATH = 2097152, O_NOCTTY = 256;

    private static PosixFdTable fds() {
        return PosixState.current().fds;
    }

    @PyMethod(positionalOnly = 0, doc = "Open path with the given O_* flags (and mode, for files it creates); gives"
            + " the new descriptor.")
    static int open(Object path, int flags, @Opt("511") int mode, @KwOnly @Opt Object dir_fd) {
        PosixStat.noDirFd("open", dir_fd);
        PosixPaths.Arg p = PosixPaths.convert("open", "path", path, false, false);
        Path f = p.path();
        int acc = flags & 3;
        if ((flags & O_NOCTTY) != 0 && NativeDescriptors.available() && !Files.isDirectory(f)) {
            return openNatively(p, flags, mode);
        }
        boolean isDir = Files.isDirectory(f, (flags & O_NOFOLLOW) != 0 ? new LinkOption[] {LinkOption.NOFOLLOW_LINKS}
                : new LinkOption[0]);
        if ((flags & O_DIRECTORY) != 0 || (flags & O_PATH) != 0 || isDir) {
            if (!Files.exists(f)) {
                throw PosixErrors.error(PosixErrors.ENOENT, p.object());
            }
            if (!isDir && (flags & O_PATH) == 0) {
                throw PosixErrors.error(PosixErrors.ENOTDIR, p.object());
            }
            if (isDir && (acc != 0 || (flags & O_CREAT) != 0 && (flags & O_EXCL) != 0)) {
                throw PosixErrors.error(acc != 0 ? PosixErrors.EISDIR : PosixErrors.EEXIST, p.object());
            }
            return fds().add(new PosixFdTable.Handle(null, f, isDir, false, -1));
        }
        Set<OpenOption> opts = new HashSet<>();
        if (acc == 0 || acc == O_RDWR) {
            opts.add(StandardOpenOption.READ);
        }
        if (acc == O_WRONLY || acc == O_RDWR) {
            opts.add(StandardOpenOption.WRITE);
        }
        if ((flags & O_CREAT) != 0) {
            opts.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if ((flags & O_TRUNC) != 0 && acc != 0) {
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if ((flags & O_NOFOLLOW) != 0) {
            opts.add(LinkOption.NOFOLLOW_LINKS);
        }
        if ((flags & O_SYNC) == O_SYNC) {
            opts.add(StandardOpenOption.SYNC);
        } else if ((flags & O_DSYNC) != 0) {
            opts.add(StandardOpenOption.DSYNC);
        }
        try {
            boolean existed = Files.exists(f, LinkOption.NOFOLLOW_LINKS);
            FileChannel fc = (flags & O_CREAT) != 0 ? FileChannel.open(f, opts, PosixFiles.permissions(mode))
                    : FileChannel.open(f, opts);
            if (!existed && (flags & O_CREAT) != 0) {
                PosixFiles.applyUmask(f, mode);
            }
            PosixFdTable.Handle h = new PosixFdTable.Handle(fc, f, false, (flags & O_APPEND) != 0, -1);
            if ((flags & O_NONBLOCK) != 0) {
                h.blocking = false;
            }
            return fds().add(h);
        } catch (IOException e) {
            throw PosixErrors.of(e, p.object());
        }
    }

    /**
     * {@code open(2)} itself, for {@code O_NOCTTY}, which the JDK cannot pass: a terminal opened
     * without it becomes the controlling terminal of a session leader that has none, and the
     * session is then hung up (SIGHUP) when the terminal's other end closes.
     */
    private static int openNatively(PosixPaths.Arg p, int flags, int mode) {
        int acc = flags & 3;
        try {
            byte[] name = p.path().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            int fd = PosixNative.open(name, flags | FileDescriptors.O_CLOEXEC, mode);
            int kaaFd = fds().adopt(fd, acc != O_WRONLY, acc != 0, p.path());
            if ((flags & O_NONBLOCK) != 0) {
                fds().get(kaaFd).blocking = false;
            }
            return kaaFd;
        } catch (IOException e) {
            throw PosixErrors.of(e, p.object());
        }
    }

    @PyMethod(positionalOnly = 0, doc = "Close a file descriptor.")
    static void close(int fd) {
        try {
            fds().close(fd);
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
    }

    @PyMethod(doc = "Close every descriptor from fd_low up to (not including) fd_high; errors are ignored.")
    static void closerange(int fd_low, int fd_high) {
        PosixFdTable t = fds();
        for (int fd = Math.max(fd_low, 0); fd < fd_high; fd++) {
            if (t.isOpen(fd)) {
                try {
                    t.close(fd);
                } catch (IOException e) {
                    // Ignored, as the C function ignores errors.
                }
            }
        }
    }

    @PyMethod(doc = "Read at most length bytes from fd, as bytes (b'' at end of file).")
    static Object read(int fd, long length) {
        if (length < 0) {
            throw PosixErrors.error(PosixErrors.EINVAL, null);
        }
        PosixFdTable.Handle h = fds().get(fd);
        int n = (int) Math.min(length, Integer.MAX_VALUE - 8);
        if (FileDescriptors.waitsBetweenSignals(h)) {
            try {
                return new PyBytes(FileDescriptors.betweenSignals(h, () -> h.read(n)));
            } catch (IOException e) {
                throw PosixErrors.of(e, null);
            }
        }
        byte[] got;
        try (var unlocked = ThreadState.releaseGil()) {
            got = h.read(n);
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
        return new PyBytes(got);
    }

    @PyMethod(doc = "Write some of the bytes to fd; gives how many were written.")
    static int write(int fd, Object data) {
        byte[] b = dev.kaa.vm.modules.struct.Buffers.read(data);
        PosixFdTable.Handle h = fds().get(fd);
        if (FileDescriptors.waitsBetweenSignals(h)) {
            try {
                return FileDescriptors.betweenSignals(h, () -> h.write(b));
            } catch (IOException e) {
                throw PosixErrors.of(e, null);
            }
        }
        try (var unlocked = ThreadState.releaseGil()) {
            return h.write(b);
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
    }

    @PyMethod(doc = "Read up to length bytes of fd at the given offset, leaving the file position alone.")
    static Object pread(int fd, long length, long offset) {
        PosixFdTable.Handle h = fds().get(fd);
        if (length < 0 || offset < 0) {
            throw PosixErrors.error(PosixErrors.EINVAL, null);
        }
        if (!(h.channel instanceof FileChannel fc) || h.stdio) {
            throw PosixErrors.error(h.directory ? PosixErrors.EISDIR : PosixErrors.ESPIPE, null);
        }
        try {
            // Files of /proc and /sys report size 0 but have content: read those in chunks.
            int n = (int) Math.min(Math.min(length, Integer.MAX_VALUE - 8), Math.max(1 << 16, fc.size() - offset));
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(n);
            int got = fc.read(buf, offset);
            byte[] out = new byte[Math.max(got, 0)];
            buf.flip().get(out);
            return new PyBytes(out);
        } catch (java.nio.channels.NonReadableChannelException e) {
            throw PosixErrors.error(PosixErrors.EBADF, null);
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
    }

    @PyMethod(doc = "Write the bytes to fd at the given offset, leaving the file position alone.")
    static int pwrite(int fd, Object data, long offset) {
        PosixFdTable.Handle h = fds().get(fd);
        byte[] b = dev.kaa.vm.modules.struct.Buffers.read(data);
        if (offset < 0) {
            throw PosixErrors.error(PosixErrors.EINVAL, null);
        }
        if (!(h.channel instanceof FileChannel fc) || h.stdio) {
            throw PosixErrors.error(h.directory ? PosixErrors.EBADF : PosixErrors.ESPIPE, null);
        }
        try {
            return fc.write(java.nio.ByteBuffer.wrap(b), offset);
        } catch (java.nio.channels.NonWritableChannelException e) {
            throw PosixErrors.error(PosixErrors.EBADF, null);
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
    }

    @PyMethod(doc = "Move fd's file position (relative to whence: SEEK_SET, SEEK_CUR or SEEK_END); gives the new"
            + " position.")
    static long lseek(int fd, long position, int whence) {
        try {
            return fds().get(fd).seek(position, whence);
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
    }

    @PyMethod(positionalOnly = 0, doc = "Flush fd's data and metadata to the storage device.")
    static void fsync(Object fd) {
        PosixFdTable.Handle h = fds().get(fileno(fd));
        try {
            if (h.channel instanceof FileChannel fc) {
                fc.force(true);
            } else if (!h.directory) {
                // Pipes and terminals cannot be synced: EINVAL, as Linux says.
                throw PosixErrors.error(PosixErrors.EINVAL, null);
            }
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
    }

    @PyMethod(doc = "Flush fd's data (not necessarily its metadata) to the storage device.")
    static void fdatasync(Object fd) {
        fsync(fd);
    }

    /** An int, or an object with a {@code fileno()} method (CPython's {@code fildes_converter}). */
    static int fileno(Object o) {
        warnIfBool(o);
        Object v = o;
        if (!(o instanceof PyInt)) {
            Object m = dev.kaa.vm.objects.Abstract.lookupAttr(o, PyStr.of("fileno"));
            if (m == null) {
                throw PyErr.typeError("argument must be an int, or have a fileno() method.");
            }
            v = dev.kaa.vm.objects.Abstract.call(m);
            if (!(v instanceof PyInt)) {
                throw PyErr.typeError("fileno() returned a non-integer");
            }
        }
        long n = ((PyInt) v).isLong() ? ((PyInt) v).longValue() : -1;
        if (n < 0 || n > Integer.MAX_VALUE) {
            throw PyErr.valueError("file descriptor cannot be a negative integer (%d)", n);
        }
        return (int) n;
    }

    /**
     * CPython warns when a bool is taken as a descriptor: {@code os.fsync(True)} is more likely a
     * slip than a wish for descriptor 1.
     */
    static void warnIfBool(Object o) {
        if (o instanceof dev.kaa.vm.objects.PyBool) {
            PyErr.warn(dev.kaa.vm.objects.Exceptions.RuntimeWarning, 1, "bool is used as a file descriptor");
        }
    }

    @PyMethod(doc = "A new, non-inheritable descriptor for what fd refers to.")
    static int dup(int fd) {
        return fds().add(fds().get(fd));
    }

    @PyMethod(positionalOnly = 0, doc = "Make fd2 refer to what fd refers to (closing fd2 first); gives fd2.")
    static int dup2(int fd, int fd2, @Opt("True") boolean inheritable) {
        PosixFdTable.Handle h = fds().get(fd);
        if (fd2 < 0) {
            throw PosixErrors.error(PosixErrors.EBADF, null);
        }
        try {
            fds().put(fd2, h);
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
        return fd2;
    }

    @PyMethod(doc = "Whether fd is open on a terminal.")
    static boolean isatty(int fd) {
        PosixFdTable t = fds();
        return t.isOpen(fd) && t.get(fd).isatty();
    }

    @PyMethod(doc = "Make a new pipe: gives (read end, write end) as two descriptors.")
    static Object pipe() {
        try {
            Pipe pipe = Pipe.open();
            int r = fds().add(new PosixFdTable.Handle(pipe.source(), null, false, false, -1));
            int w = fds().add(new PosixFdTable.Handle(pipe.sink(), null, false, false, -1));
            return PyTuple.of(PyInt.of(r), PyInt.of(w));
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
    }

    @PyMethod(doc = "Cut or extend the file open on fd to length bytes.")
    static void ftruncate(int fd, long length) {
        PosixFdTable.Handle h = fds().get(fd);
        if (!(h.channel instanceof FileChannel fc) || length < 0) {
            throw PosixErrors.error(PosixErrors.EINVAL, null);
        }
        try {
            PosixFiles.setLength(fc, length);
        } catch (java.nio.channels.NonWritableChannelException e) {
            throw PosixErrors.error(PosixErrors.EINVAL, null);
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
    }

    @PyMethod(doc = "Whether reads and writes on fd wait (True) or fail at once (False).")
    static boolean get_blocking(int fd) {
        return fds().get(fd).blocking;
    }

    @PyMethod(doc = "Make reads and writes on fd wait (True) or fail at once (False).")
    static void set_blocking(int fd, boolean blocking) {
        try {
            fds().get(fd).setBlocking(blocking);
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
    }

    @PyMethod(doc = "Whether child processes started by exec get a copy of fd.")
    static boolean get_inheritable(int fd) {
        // Java opens every file close-on-exec; only the standard streams reach child processes.
        return fds().get(fd).stdio;
    }

    @PyMethod(doc = "Choose whether child processes started by exec get a copy of fd.")
    static void set_inheritable(int fd, boolean inheritable) {
        if (inheritable != fds().get(fd).stdio) {
            throw PyErr.notImplementedError("set_inheritable: Kaa passes exactly the standard streams to child processes");
        }
    }

    @PyMethod(positionalOnly = 0, doc = "The text encoding of the terminal open on fd, or None when fd is no terminal.")
    static Object device_encoding(int fd) {
        return isatty(fd) ? PyStr.of("UTF-8") : PyNone.NONE;
    }
}
