package dev.kaa.vm.modules;

import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyNone;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SelectableChannel;

/**
 * The interpreter's file descriptors as the {@code _io} module sees them: the same table
 * {@code os.open}, {@code os.read} and {@code os.close} use, so that a descriptor passes freely
 * between {@code os} and {@code open()}. Every failure is the {@code OSError} CPython's system
 * call would raise (a {@link PyException}).
 *
 * <p>Blocking reads and writes all pass through {@link #read} and {@link #write}: the place where
 * a future GIL would be released.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class FileDescriptors {
    private FileDescriptors() {}

    /** The O_* flags {@code _io.FileIO} needs (Linux values, as {@code os} has them). */
    public static final int O_RDONLY = 0, O_WRONLY = PosixFds.O_WRONLY, O_RDWR = PosixFds.O_RDWR,
            O_CREAT = PosixFds.O_CREAT, O_EXCL = PosixFds.O_EXCL, O_TRUNC = PosixFds.O_TRUNC,
            O_APPEND = PosixFds.O_APPEND, O_CLOEXEC = 524288;

    private static PosixFdTable table() {
        return PosixState.current().fds;
    }

    /** {@code os.open(path, flags, mode)}: errors name {@code path} as given. */
    public static int open(Object path, int flags, int mode) {
        return PosixFds.open(path, flags & ~O_CLOEXEC, mode, PyNone.NONE);
    }

    /** {@code read(2)} of at most {@code n} bytes; empty at end of file. */
    public static byte[] read(int fd, int n) {
        PosixFdTable.Handle h = table().get(fd);
        if (waitsBetweenSignals(h)) {
            try {
                return betweenSignals(h, () -> h.read(n));
            } catch (IOException e) {
                throw PosixErrors.of(e, null);
            }
        }
        try (var unlocked = ThreadState.releaseGil()) {
            return h.read(n);
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
    }

    /** {@code write(2)}: the count written (all of it for a blocking descriptor). */
    public static int write(int fd, byte[] data) {
        PosixFdTable.Handle h = table().get(fd);
        if (waitsBetweenSignals(h)) {
            try {
                return betweenSignals(h, () -> h.write(data));
            } catch (IOException e) {
                throw PosixErrors.of(e, null);
            }
        }
        try (var unlocked = ThreadState.releaseGil()) {
            return h.write(data);
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
    }

    /**
     * Whether a read or write of {@code h} must let signal handlers run while it waits: the main
     * thread (the one that runs them) on a blocking pipe. In CPython the signal interrupts the
     * system call, the handler runs, and the call is retried (PEP 475) or the handler's exception
     * propagates; a JDK pipe read cannot be interrupted, so it is waited for in slices instead.
     */
    static boolean waitsBetweenSignals(PosixFdTable.Handle h) {
        if (!h.blocking || !(h.channel instanceof SelectableChannel) || h.channel instanceof PosixFdTable.Descriptor) {
            return false;
        }
        ThreadState ts = ThreadState.currentOrNull();
        return ts != null && Thread.currentThread() == ts.runtime.mainThread;
    }

    /** An operation on a descriptor's channel. */
    interface ChannelCall<T> {
        T call() throws IOException;
    }

    /**
     * Runs {@code call} with the pipe's channel made non-blocking and the GIL held: the handle
     * then waits for the channel itself in short selects (the GIL released), checking for signals
     * between them (their handlers run there, under the GIL, and may raise).
     */
    static <T> T betweenSignals(PosixFdTable.Handle h, ChannelCall<T> call) throws IOException {
        SelectableChannel sc = (SelectableChannel) h.channel;
        if (!sc.isBlocking()) {
            return call.call(); // a select.epoll holds it non-blocking already
        }
        // Only the main thread switches the mode; a reader on another thread meanwhile finds the
        // channel non-blocking and waits for it in the handle the same way.
        sc.configureBlocking(false);
        try {
            return call.call();
        } finally {
            if (sc.isOpen()) {
                sc.configureBlocking(true);
            }
        }
    }

    /** {@code lseek(2)}. */
    public static long seek(int fd, long pos, int whence) {
        try {
            return table().get(fd).seek(pos, whence);
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
    }

    /** Whether {@code lseek} would work on {@code fd} (a regular file). */
    public static boolean seekable(int fd) {
        PosixFdTable.Handle h = table().get(fd);
        if (!(h.channel instanceof FileChannel fc)) {
            return h.directory;
        }
        try {
            fc.position();
            // A standard stream redirected to a file is seekable; to a pipe or terminal it is not.
            return !h.stdio || fc.size() > 0 || java.nio.file.Files.isRegularFile(h.path.toRealPath());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** {@code close(2)}. */
    public static void close(int fd) {
        try {
            table().close(fd);
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
    }

    /** What {@code fd} refers to, as an opaque token (null when closed): see {@link #closeIf}. */
    public static Object identity(int fd) {
        PosixFdTable t = table();
        return t.isOpen(fd) ? t.get(fd) : null;
    }

    /**
     * Closes {@code fd} if it still refers to what {@code identity} returned, so that a late
     * close never hits a descriptor number that was closed and reused meanwhile.
     */
    public static void closeIf(int fd, Object identity) {
        PosixFdTable t = table();
        if (identity != null && t.isOpen(fd) && t.get(fd) == identity) {
            close(fd);
        }
    }

    /** The absolute, normalised file a str or bytes path names (null if it names none). */
    public static java.nio.file.Path resolve(Object path) {
        try {
            return PosixPaths.convert("open", "path", path, false, false).path().normalize();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Whether {@code fd} is open on the file {@code resolved} ({@link #resolve}) names. */
    public static boolean isOn(int fd, java.nio.file.Path resolved) {
        PosixFdTable t = table();
        if (resolved == null || !t.isOpen(fd) || t.get(fd).path == null || t.get(fd).stdio) {
            return false;
        }
        return resolved.equals(t.get(fd).path.normalize());
    }

    /** Whether {@code fd} is open. */
    public static boolean isOpen(int fd) {
        return table().isOpen(fd);
    }

    /** {@code EBADF} unless {@code fd} is open. */
    public static void check(int fd) {
        table().get(fd);
    }

    /** Whether {@code fd} names a directory. */
    public static boolean isDirectory(int fd) {
        return table().get(fd).directory;
    }

    /** Whether {@code fd} was opened with {@code O_APPEND}. */
    public static boolean isAppend(int fd) {
        return table().get(fd).append;
    }

    /** CPython's {@code PyObject_AsFileDescriptor}: an int, or what {@code fileno()} returns. */
    public static int asFileDescriptor(Object o) {
        PosixFds.warnIfBool(o);
        Object v = o;
        if (!(o instanceof dev.kaa.vm.objects.PyInt)) {
            Object m = dev.kaa.vm.objects.Abstract.lookupAttr(o, dev.kaa.vm.objects.PyStr.of("fileno"));
            if (m == null) {
                throw PyErr.typeError("argument must be an int, or have a fileno() method.");
            }
            v = dev.kaa.vm.objects.Abstract.call(m);
            if (!(v instanceof dev.kaa.vm.objects.PyInt)) {
                throw PyErr.typeError("fileno() returned a non-integer");
            }
        }
        int fd = dev.kaa.vm.objects.Abstract.asInt(v);
        if (fd < 0) {
            throw PyErr.valueError("file descriptor cannot be a negative integer (%d)", fd);
        }
        return fd;
    }

    /**
     * The operating system's descriptor behind Kaa's descriptor {@code fd}, or -1 when it has
     * none Kaa can reach; EBADF if {@code fd} is not open. Kaa's descriptors are Java channels:
     * the standard streams it started with are the process's 0, 1 and 2, and any other channel's
     * descriptor is read from the JDK's internals, which needs {@code --add-opens
     * java.base/sun.nio.ch=dev.kaa.vm --add-opens java.base/java.io=dev.kaa.vm} (the {@code kaa}
     * launcher passes them; without them the answer is -1: see {@link NativeDescriptors}).
     */
    public static int nativeDescriptor(int fd) {
        return table().get(fd).nativeDescriptor();
    }

    /**
     * A new Kaa descriptor owning {@code nativeFd}, a descriptor the C library made (as
     * {@code openpty} does); closing the Kaa descriptor closes it. OSError (ENOSYS) when the
     * JDK's internals are closed to Kaa.
     */
    public static int adopt(int nativeFd) {
        try {
            return table().adopt(nativeFd);
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
    }

    /** {@code fcntl(fd, F_DUPFD, lowest)}: a new descriptor for what {@code fd} refers to, from {@code lowest} up. */
    public static int dup(int fd, int lowest) {
        return table().dup(fd, lowest);
    }

    /** Whether {@code fd} lacks {@code O_NONBLOCK} ({@code os.get_blocking}). */
    public static boolean blocking(int fd) {
        return table().get(fd).blocking;
    }

    /** {@code os.set_blocking(fd, blocking)}. */
    public static void setBlocking(int fd, boolean blocking) {
        PosixFds.set_blocking(fd, blocking);
    }

    /** {@code isatty(3)}. */
    public static boolean isatty(int fd) {
        PosixFdTable t = table();
        return t.isOpen(fd) && t.get(fd).isatty();
    }

    /** {@code ftruncate(2)}. */
    public static void truncate(int fd, long size) {
        PosixFds.ftruncate(fd, size);
    }

    /** The OSError for errno {@code errno} naming {@code filename} (may be null). */
    public static PyException error(int errno, Object filename) {
        return PosixErrors.error(errno, filename);
    }

    /** The OSError for an unexpected JDK failure. */
    public static PyException error(IOException e) {
        return PosixErrors.of(e, null);
    }

    /** {@code EISDIR}, {@code EBADF}: the errno values {@code _io} raises itself. */
    public static final int EISDIR = PosixErrors.EISDIR, EBADF = PosixErrors.EBADF, EINVAL = PosixErrors.EINVAL;

    /** Rejects a negative descriptor as CPython's FileIO does. */
    public static void checkNonNegative(int fd) {
        if (fd < 0) {
            throw PyErr.valueError("negative file descriptor");
        }
    }
}
