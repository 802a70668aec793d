package dev.kaa.vm.modules;

import dev.kaa.vm.internal.eval.ThreadState;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.Channel;
import java.nio.channels.FileChannel;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The file descriptors of one interpreter: small integers naming open Java channels, as the
 * C library's descriptors name open files. Descriptors 0, 1 and 2 are the process's standard
 * streams; new descriptors take the lowest free number from 3, as {@code open(2)} does.
 * {@code dup} makes a second descriptor for the same open file: the file closes when the last
 * descriptor for it does.
 *
 * <p>Public for the modules in packages of their own: a socket ({@code _socket}) is a
 * {@link Descriptor}, a channel that keeps its own state; {@code select} waits on the
 * {@link java.nio.channels.SelectableChannel}s behind descriptors.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class PosixFdTable {
    /**
     * A channel that keeps descriptor state of its own (a socket): told when
     * {@code os.set_blocking} changes the descriptor's {@code O_NONBLOCK}, and able to name the
     * NIO channel {@code select} waits on.
     */
    public interface Descriptor extends ByteChannel {
        /** {@code O_NONBLOCK} of the descriptor changed. */
        void setBlocking(boolean blocking) throws IOException;

        /** The channel a selector can wait on, or null while there is none (a fresh TCP socket). */
        SelectableChannel selectable();

        /** Whether this is a socket ({@code fstat} reports S_IFSOCK), not a pipe end (S_IFIFO). */
        default boolean isSocket() {
            return false;
        }

        /** Input is waiting outside the selectable channel (data a {@code MSG_PEEK} took). */
        default boolean hasBufferedInput() {
            return false;
        }
    }

    /** What a descriptor refers to: CPython's "open file description". */
    public static final class Handle {
        final Channel channel;
        /** The file, for fstat; for the standard streams their /proc entry. */
        final Path path;
        final boolean directory, append, seekable, stdio;
        final int fdForProc;
        boolean blocking = true;
        int refs;
        /** A directory's channel, opened when its native descriptor is first asked for. */
        private FileChannel directoryChannel;

        Handle(Channel channel, Path path, boolean directory, boolean append, int fdForProc) {
            this.channel = channel;
            this.path = path;
            this.directory = directory;
            this.append = append;
            this.seekable = channel instanceof FileChannel;
            this.stdio = fdForProc >= 0;
            this.fdForProc = fdForProc;
        }

        /** {@code read(2)} of at most {@code n} bytes; an empty array at end of file. */
        byte[] read(int n) throws IOException {
            if (directory) {
                throw new PosixFailure(PosixErrors.EISDIR);
            }
            if (!(channel instanceof ReadableByteChannel rc)) {
                throw new PosixFailure(PosixErrors.EBADF);
            }
            // Never allocate more than a file still holds, so that read(fd, 2**31) is cheap.
            n = Math.min(n, remainingOr(n));
            ByteBuffer buf = ByteBuffer.allocate(n);
            int got;
            try {
                got = rc.read(buf); // even for n == 0: a write-only file raises EBADF
                while (got == 0 && blocking && n > 0 && heldNonBlocking()) {
                    awaitReady(SelectionKey.OP_READ);
                    got = rc.read(buf);
                }
            } catch (NonReadableChannelException e) {
                throw new PosixFailure(PosixErrors.EBADF);
            }
            if (got <= 0) {
                if (got == 0 && !blocking && n > 0) {
                    throw new PosixFailure(11); // EAGAIN: a non-blocking pipe with nothing to read
                }
                return new byte[0];
            }
            byte[] out = new byte[got];
            buf.flip().get(out);
            return out;
        }

        /**
         * How many bytes to allocate for a read of {@code n}: what a file still holds (at least a
         * chunk); for a pipe or terminal, a chunk (read(2) may return less than asked).
         */
        private int remainingOr(int n) {
            if (channel instanceof FileChannel fc) {
                try {
                    // Files of /proc and /sys report size 0 but have content: read those in chunks.
                    return (int) Math.min(n, Math.max(1 << 16, fc.size() - fc.position()));
                } catch (IOException e) {
                    // A standard stream on a pipe cannot tell its position.
                }
            }
            return Math.min(n, 1 << 16);
        }

        /** {@code write(2)}: the number of bytes written. */
        int write(byte[] data) throws IOException {
            if (directory || !(channel instanceof WritableByteChannel wc)) {
                throw new PosixFailure(PosixErrors.EBADF);
            }
            try {
                if (append && channel instanceof FileChannel fc) {
                    fc.position(fc.size());
                }
                ByteBuffer buf = ByteBuffer.wrap(data);
                int total = 0;
                do {
                    int w = wc.write(buf);
                    if (w == 0 && !blocking) {
                        break;
                    }
                    if (w == 0 && heldNonBlocking()) {
                        awaitReady(SelectionKey.OP_WRITE);
                    }
                    total += w;
                } while (buf.hasRemaining() && blocking);
                if (total == 0 && !blocking && data.length > 0) {
                    throw new PosixFailure(11);
                }
                return total;
            } catch (NonWritableChannelException e) {
                throw new PosixFailure(PosixErrors.EBADF);
            }
        }

        /**
         * Whether a descriptor without O_NONBLOCK has a channel NIO keeps non-blocking: a pipe end
         * that a {@code select.epoll} holds registered. Its reads and writes must then wait here.
         */
        private boolean heldNonBlocking() {
            return channel instanceof SelectableChannel sc && !(channel instanceof Descriptor) && !sc.isBlocking();
        }

        /** Waits until the channel is ready for {@code op}, in 20 ms slices that let Ctrl-C through. */
        private void awaitReady(int op) throws IOException {
            SelectableChannel sc = (SelectableChannel) channel;
            try (Selector sel = Selector.open()) {
                sc.register(sel, op);
                while (true) {
                    ThreadState ts = ThreadState.currentOrNull();
                    if (ts != null) {
                        ts.runtime.checkInterrupt();
                    }
                    int ready;
                    try (var unlocked = ThreadState.releaseGil()) {
                        ready = sel.select(20);
                    }
                    if (ready > 0 || !sc.isOpen()) {
                        return;
                    }
                }
            }
        }

        /** {@code lseek(2)}. */
        long seek(long pos, int whence) throws IOException {
            if (directory) {
                return 0;
            }
            if (!(channel instanceof FileChannel fc)) {
                throw new PosixFailure(PosixErrors.ESPIPE);
            }
            long base = switch (whence) {
                case 0 -> 0;
                case 1 -> fc.position();
                case 2 -> fc.size();
                default -> throw new PosixFailure(PosixErrors.EINVAL);
            };
            long target = base + pos;
            if (target < 0) {
                throw new PosixFailure(PosixErrors.EINVAL);
            }
            fc.position(target);
            return target;
        }

        void close() throws IOException {
            if (directoryChannel != null) {
                directoryChannel.close();
            }
            if (!stdio && channel != null) {
                channel.close();
            }
        }

        /**
         * Whether the descriptor is a terminal: its /proc link names a tty device (Linux). Files
         * count when Kaa can reach their native descriptor (a terminal opened by name, a pty).
         */
        boolean isatty() {
            int fd = stdio ? fdForProc : channel instanceof FileChannel ? nativeDescriptor() : -1;
            if (fd < 0) {
                return false;
            }
            try {
                String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console")
                        || target.equals("/dev/ptmx");
            } catch (IOException | UnsupportedOperationException e) {
                return stdio && fdForProc <= 1 && System.console() != null;
            }
        }

        /**
         * The operating system's descriptor for this open file, or -1 when Kaa cannot reach one
         * ({@link NativeDescriptors}). The standard streams are the process's 0, 1 and 2; a
         * directory gets a native descriptor of its own the first time one is asked for (Kaa's
         * directory descriptors hold none), kept until the handle closes.
         */
        public int nativeDescriptor() {
            if (stdio) {
                return fdForProc;
            }
            if (directory) {
                if (directoryChannel == null && path != null && NativeDescriptors.available()) {
                    try {
                        directoryChannel = FileChannel.open(path, java.nio.file.StandardOpenOption.READ);
                    } catch (IOException | UnsupportedOperationException e) {
                        return -1;
                    }
                }
                return NativeDescriptors.of(directoryChannel);
            }
            return NativeDescriptors.of(channel instanceof Descriptor d ? d.selectable() : channel);
        }

        public void setBlocking(boolean b) throws IOException {
            if (channel instanceof FileChannel && !stdio) {
                // A terminal or FIFO: its reads wait in read(2) unless the native descriptor is
                // non-blocking too. (The standard streams keep the mode their parent gave them.)
                int fd = nativeDescriptor();
                if (fd >= 0) {
                    PosixNative.setNonBlocking(fd, !b);
                }
            }
            if (channel instanceof Descriptor d) {
                d.setBlocking(b);
            } else if (channel instanceof SelectableChannel sc) {
                try {
                    sc.configureBlocking(b);
                } catch (java.nio.channels.IllegalBlockingModeException e) {
                    // Registered with a selector (select.epoll): it stays non-blocking until unregistered.
                }
            }
            blocking = b;
        }

        /**
         * The {@code POLL*} events of {@code events} the file channel's native descriptor has now
         * ({@code poll(2)} without waiting: a terminal or FIFO is ready when the OS says so), or
         * -1 when this is no file channel or Kaa reaches no native descriptor for it.
         */
        public int pollNow(int events) throws IOException {
            int fd = channel instanceof FileChannel && !stdio ? nativeDescriptor() : -1;
            return fd < 0 ? -1 : PosixNative.pollNow(fd, events);
        }

        /**
         * Whether this is a regular file (which {@code epoll} refuses): a file channel other than
         * a standard stream, not on a terminal, FIFO or other device.
         */
        public boolean isRegularFile() {
            return channel instanceof FileChannel && !stdio && (path == null || Files.isRegularFile(path));
        }

        /** The Java channel (null for a directory). */
        public Channel channel() {
            return channel;
        }

        /** Whether {@code O_NONBLOCK} is clear. */
        public boolean blocking() {
            return blocking;
        }

        /** Whether this is a directory, which {@code select} reports always ready. */
        public boolean isDirectory() {
            return directory;
        }

        /** The standard stream number 0, 1 or 2 this handle stands for, or -1. */
        public int standardStream() {
            return fdForProc;
        }
    }

    /** A failed call with this errno (checked, so it travels with the JDK's IOExceptions). */
    public static final class PosixFailure extends IOException {
        private static final long serialVersionUID = 1L;
        final int errno;

        public PosixFailure(int errno) {
            super(PosixErrors.strerror(errno));
            this.errno = errno;
        }

        public int errno() {
            return errno;
        }

        @Override public synchronized Throwable fillInStackTrace() {
            return this; // an expected outcome, not a bug: no stack trace
        }
    }

    private final List<Handle> table = new ArrayList<>();

    PosixFdTable() {
        table.add(stdio(new FileInputStream(FileDescriptor.in).getChannel(), 0));
        table.add(stdio(new FileOutputStream(FileDescriptor.out).getChannel(), 1));
        table.add(stdio(new FileOutputStream(FileDescriptor.err).getChannel(), 2));
    }

    private static Handle stdio(ByteChannel c, int fd) {
        Handle h = new Handle(c, Path.of("/proc/self/fd/" + fd), false, false, fd);
        h.refs = 1;
        return h;
    }

    /** The table of the calling thread's interpreter. */
    public static PosixFdTable current() {
        return PosixState.current().fds;
    }

    /**
     * A new descriptor, the lowest free one, for {@code fd}, a native descriptor the C library
     * made (a pseudo-terminal's end): Kaa owns it from now on and closes it with the handle.
     * ENOSYS when the JDK's internals are closed to Kaa ({@link NativeDescriptors}).
     */
    public int adopt(int fd) throws IOException {
        return adopt(fd, true, true, null);
    }

    /**
     * {@link #adopt(int)} for a descriptor open for reading, writing or both, on {@code path}
     * (null: unknown; fstat then follows its /proc link).
     */
    int adopt(int fd, boolean readable, boolean writable, Path path) throws IOException {
        Path proc = Path.of("/proc/self/fd/" + fd);
        FileChannel c = NativeDescriptors.adopt(fd, proc.toString(), readable, writable);
        return add(new Handle(c, path == null ? proc : path, false, false, -1));
    }

    /** {@code fcntl(fd, F_DUPFD, lowest)}: a new descriptor, the lowest free one from {@code lowest}. */
    public int dup(int fd, int lowest) {
        return addFrom(get(fd), lowest);
    }

    /** A new descriptor, the lowest free one, for a new handle on {@code channel} (a socket). */
    public int open(Descriptor channel) {
        return add(new Handle(channel, null, false, false, -1));
    }

    /** The handle of {@code fd}; {@code EBADF} if none. */
    public Handle get(int fd) {
        Handle h = fd >= 0 && fd < table.size() ? table.get(fd) : null;
        if (h == null) {
            throw PosixErrors.error(PosixErrors.EBADF, null);
        }
        return h;
    }

    /** The handle of {@code fd} for a path function given a descriptor: its error names the descriptor. */
    Handle get(int fd, Object filename) {
        Handle h = fd >= 0 && fd < table.size() ? table.get(fd) : null;
        if (h == null) {
            throw PosixErrors.error(PosixErrors.EBADF, filename);
        }
        return h;
    }

    /** Whether {@code fd} is open. */
    public boolean isOpen(int fd) {
        return fd >= 0 && fd < table.size() && table.get(fd) != null;
    }

    /** A new descriptor, the lowest free one, for {@code h}. */
    public int add(Handle h) {
        return addFrom(h, 0);
    }

    /** One more holder of {@code h} that is no descriptor (a child process's end, say). */
    void retain(Handle h) {
        h.refs++;
    }

    /** Drops a holder {@link #retain} counted; the file closes when none is left. */
    void release(Handle h) throws IOException {
        if (--h.refs == 0) {
            h.close();
        }
    }

    private int addFrom(Handle h, int from) {
        h.refs++;
        for (int i = from; i < table.size(); i++) {
            if (table.get(i) == null) {
                table.set(i, h);
                return i;
            }
        }
        while (table.size() < from) {
            table.add(null);
        }
        table.add(h);
        return table.size() - 1;
    }

    /** {@code dup2(fd, fd2)}: {@code fd2} closed first if open. */
    void put(int fd2, Handle h) throws IOException {
        if (isOpen(fd2)) {
            if (table.get(fd2) == h) {
                return;
            }
            close(fd2);
        }
        while (table.size() <= fd2) {
            table.add(null);
        }
        h.refs++;
        table.set(fd2, h);
    }

    /** {@code close(fd)}; {@code EBADF} if not open. */
    public void close(int fd) throws IOException {
        Handle h = get(fd);
        table.set(fd, null);
        if (--h.refs == 0) {
            h.close();
        }
    }
}
