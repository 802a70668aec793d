package dev.kaa.vm.modules;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.Optional;

/**
 * The few C library calls {@code posix} makes itself, through the foreign function API, where the
 * JDK has nothing to offer: {@code fcntl} for a file channel's {@code O_NONBLOCK},
 * {@code openpty} and the other pseudo-terminal calls, {@code open} with {@code O_NOCTTY}, and
 * {@code poll} for {@code select} on terminals. (The modules built on the extension API call C through
 * {@code dev.kaa.stdlib.internal.Libc}; these serve the descriptor table, which lives here.) The
 * JVM should let {@code dev.kaa.vm} call native code ({@code --enable-native-access=dev.kaa.vm},
 * as the {@code kaa} launcher passes); without it the JDK warns once and makes the calls.
 *
 * <p>Thread safety: the handles are immutable; each call has its own native memory.
 */
final class PosixNative {
    private PosixNative() {}

    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final int F_GETFL = 3, F_SETFL = 4;

    /** {@code int fcntl(int fd, int cmd, int arg)}; made at its first use. */
    private static final class Fcntl {
        static final MethodHandle INT = function("fcntl", FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT), Linker.Option.firstVariadicArg(2));
    }

    /** {@code int openpty(int *master, int *slave, char *name, termios *, winsize *)}; made at its first use. */
    private static final class Openpty {
        static final MethodHandle CALL = function("openpty", FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
    }

    /** {@code posix_openpt}, {@code grantpt}, {@code unlockpt}: int functions of an int. */
    private static final class PtyCalls {
        static final FunctionDescriptor INT_INT = FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT);
        static final MethodHandle POSIX_OPENPT = function("posix_openpt", INT_INT);
        static final MethodHandle GRANTPT = function("grantpt", INT_INT);
        static final MethodHandle UNLOCKPT = function("unlockpt", INT_INT);
        static final MethodHandle PTSNAME_R = function("ptsname_r", FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
    }

    /** {@code int poll(struct pollfd *fds, nfds_t n, int timeout)}. */
    private static final class Poll {
        static final MethodHandle CALL = function("poll", FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT));
    }

    /** {@code int open(const char *path, int flags, ...)} with a mode. */
    private static final class Open {
        static final MethodHandle CALL = function("open", FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT), Linker.Option.firstVariadicArg(2));
    }

    /**
     * The C function {@code name} with {@code errno} captured, or null if there is none. glibc
     * 2.34 moved {@code openpty} into libc; older ones keep it in libutil.
     */
    private static MethodHandle function(String name, FunctionDescriptor descriptor, Linker.Option... options) {
        Optional<MemorySegment> address = LINKER.defaultLookup().find(name);
        if (address.isEmpty()) {
            try {
                address = SymbolLookup.libraryLookup("libutil.so.1", Arena.global()).find(name);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        Linker.Option[] all = java.util.Arrays.copyOf(options, options.length + 1);
        all[options.length] = Linker.Option.captureCallState("errno");
        return address.map(a -> LINKER.downcallHandle(a, descriptor, all)).orElse(null);
    }

    /**
     * Sets or clears {@code O_NONBLOCK} on native descriptor {@code fd}: what
     * {@code os.set_blocking} does to a file channel (a terminal, a pty, a FIFO opened by name),
     * whose reads would otherwise wait in {@code read(2)} whatever Kaa's table says.
     */
    static void setNonBlocking(int fd, boolean nonBlocking) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            int flags = (int) Fcntl.INT.invokeExact(state, fd, F_GETFL, 0);
            if (flags != -1) {
                int wanted = nonBlocking ? flags | PosixFds.O_NONBLOCK : flags & ~PosixFds.O_NONBLOCK;
                if (wanted == flags || (int) Fcntl.INT.invokeExact(state, fd, F_SETFL, wanted) != -1) {
                    return;
                }
            }
            throw new PosixFdTable.PosixFailure((int) ERRNO.get(state, 0L));
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("calling fcntl: " + t, t);
        }
    }

    /** {@code openpty}: the native master and slave descriptors. ENOSYS if the C library has none. */
    static int[] openpty() throws IOException {
        if (Openpty.CALL == null) {
            throw new PosixFdTable.PosixFailure(PosixErrors.ENOSYS);
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            MemorySegment fds = arena.allocate(ValueLayout.JAVA_INT, 2);
            int rc = (int) Openpty.CALL.invokeExact(state, fds, fds.asSlice(4), MemorySegment.NULL, MemorySegment.NULL,
                    MemorySegment.NULL);
            if (rc == -1) {
                throw new PosixFdTable.PosixFailure((int) ERRNO.get(state, 0L));
            }
            return new int[] {fds.get(ValueLayout.JAVA_INT, 0), fds.get(ValueLayout.JAVA_INT, 4)};
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("calling openpty: " + t, t);
        }
    }

    /** {@code posix_openpt(flags)}: a new pseudo-terminal master's native descriptor. */
    static int posixOpenpt(int flags) throws IOException {
        return intCall(PtyCalls.POSIX_OPENPT, flags);
    }

    /** {@code grantpt(fd)}. */
    static void grantpt(int fd) throws IOException {
        intCall(PtyCalls.GRANTPT, fd);
    }

    /** {@code unlockpt(fd)}. */
    static void unlockpt(int fd) throws IOException {
        intCall(PtyCalls.UNLOCKPT, fd);
    }

    /** {@code ptsname_r(fd, …)}: the name of the slave of master {@code fd}. */
    static String ptsname(int fd) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            MemorySegment name = arena.allocate(4096);
            int rc = (int) PtyCalls.PTSNAME_R.invokeExact(state, fd, name, name.byteSize());
            if (rc != 0) {
                throw new PosixFdTable.PosixFailure(rc); // ptsname_r returns the error number itself
            }
            return name.getString(0);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("calling ptsname_r: " + t, t);
        }
    }

    /** An {@code int f(int)} whose -1 means failure with {@code errno}. */
    private static int intCall(MethodHandle function, int argument) throws IOException {
        if (function == null) {
            throw new PosixFdTable.PosixFailure(PosixErrors.ENOSYS);
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            int rc = (int) function.invokeExact(state, argument);
            if (rc == -1) {
                throw new PosixFdTable.PosixFailure((int) ERRNO.get(state, 0L));
            }
            return rc;
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("calling C: " + t, t);
        }
    }

    /** {@code open(path, flags, mode)}: a native descriptor, for flags the JDK cannot pass ({@code O_NOCTTY}). */
    static int open(byte[] path, int flags, int mode) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            MemorySegment name = arena.allocate(path.length + 1L);
            MemorySegment.copy(path, 0, name, ValueLayout.JAVA_BYTE, 0, path.length);
            int fd = (int) Open.CALL.invokeExact(state, name, flags, mode);
            if (fd == -1) {
                throw new PosixFdTable.PosixFailure((int) ERRNO.get(state, 0L));
            }
            return fd;
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("calling open: " + t, t);
        }
    }

    /**
     * {@code poll(2)} of one native descriptor without waiting: the events of {@code events}
     * (and POLLERR, POLLHUP, POLLNVAL) it reports now.
     */
    static int pollNow(int fd, int events) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            MemorySegment pollfd = arena.allocate(8, 4);
            pollfd.set(ValueLayout.JAVA_INT, 0, fd);
            pollfd.set(ValueLayout.JAVA_SHORT, 4, (short) events);
            int rc = (int) Poll.CALL.invokeExact(state, pollfd, 1L, 0);
            if (rc == -1) {
                throw new PosixFdTable.PosixFailure((int) ERRNO.get(state, 0L));
            }
            return Short.toUnsignedInt(pollfd.get(ValueLayout.JAVA_SHORT, 6));
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("calling poll: " + t, t);
        }
    }
}
