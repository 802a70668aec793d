package dev.kaa.stdlib.multiprocessing;

import dev.kaa.ext.Py;
import dev.kaa.stdlib.internal.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;

/**
 * The C library's POSIX semaphores ({@code sem_open}, {@code sem_wait} …) as {@link SemLock}
 * uses them: a semaphore is the address {@code sem_open} returned. Failures are the
 * {@code OSError} of the C call's {@code errno}.
 *
 * <p>Thread safety: stateless; the C functions are thread-safe.
 */
final class Semaphores {
    private Semaphores() {}

    static final int O_CREAT = 0x40, O_EXCL = 0x80;
    static final int EAGAIN = 11, EINTR = 4, ETIMEDOUT = 110;

    private static final MethodHandle SEM_OPEN = Libc.function("sem_open",
            FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT,
                    ValueLayout.JAVA_INT), Linker.Option.firstVariadicArg(2));
    private static final MethodHandle SEM_OPEN_EXISTING = Libc.function("sem_open",
            FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT),
            Linker.Option.firstVariadicArg(2));
    private static final MethodHandle SEM_UNLINK = Libc.function("sem_unlink",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    private static final MethodHandle SEM_CLOSE = Libc.function("sem_close",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    private static final MethodHandle SEM_TRYWAIT = Libc.function("sem_trywait",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    private static final MethodHandle SEM_TIMEDWAIT = Libc.function("sem_timedwait",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
    private static final MethodHandle SEM_POST = Libc.function("sem_post",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    private static final MethodHandle SEM_GETVALUE = Libc.function("sem_getvalue",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
    private static final MethodHandle CLOCK_GETTIME = Libc.function("clock_gettime",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    private static final int CLOCK_REALTIME = 0;

    /** {@code sem_open(name, O_CREAT | O_EXCL, 0600, value)}: a new semaphore. */
    static long create(String name, long value) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(arena);
            MemorySegment sem = Libc.callForAddress(SEM_OPEN, state, cName(arena, name), O_CREAT | O_EXCL, 0600,
                    (int) value);
            return checked(sem, state);
        }
    }

    /** {@code sem_open(name, 0)}: a semaphore another process (or SemLock) made. */
    static long open(String name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(arena);
            return checked(Libc.callForAddress(SEM_OPEN_EXISTING, state, cName(arena, name), 0), state);
        }
    }

    private static long checked(MemorySegment sem, MemorySegment state) {
        // SEM_FAILED is (sem_t *) 0 on glibc.
        if (sem.address() == 0) {
            throw Py.osError(Libc.errno(state), null);
        }
        return sem.address();
    }

    static void unlink(String name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(arena);
            if (Libc.call(SEM_UNLINK, state, cName(arena, name)) < 0) {
                throw Py.osError(Libc.errno(state), null);
            }
        }
    }

    static void close(long sem) {
        try (Arena arena = Arena.ofConfined()) {
            Libc.call(SEM_CLOSE, Libc.callState(arena), MemorySegment.ofAddress(sem));
        }
    }

    /** {@code sem_trywait}: true when taken, false when the value was zero. */
    static boolean tryWait(long sem) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(arena);
            while (true) {
                if (Libc.call(SEM_TRYWAIT, state, MemorySegment.ofAddress(sem)) == 0) {
                    return true;
                }
                int errno = Libc.errno(state);
                if (errno == EAGAIN) {
                    return false;
                }
                if (errno != EINTR) {
                    throw Py.osError(errno, null);
                }
            }
        }
    }

    /**
     * {@code sem_timedwait} until {@code nanos} from now: true when taken, false when the time
     * ran out. Touches no Python object on success or time-out (it is called with the GIL
     * released); -1 stands for an interrupted wait (EINTR), for the caller to retry.
     */
    static int timedWait(long sem, long nanos) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(arena);
            MemorySegment now = arena.allocate(16);
            Libc.call(CLOCK_GETTIME, state, CLOCK_REALTIME, now);
            long seconds = now.get(ValueLayout.JAVA_LONG, 0) + nanos / 1_000_000_000L;
            long fraction = now.get(ValueLayout.JAVA_LONG, 8) + nanos % 1_000_000_000L;
            if (fraction >= 1_000_000_000L) {
                seconds++;
                fraction -= 1_000_000_000L;
            }
            MemorySegment deadline = arena.allocate(16);
            deadline.set(ValueLayout.JAVA_LONG, 0, seconds);
            deadline.set(ValueLayout.JAVA_LONG, 8, fraction);
            if (Libc.call(SEM_TIMEDWAIT, state, MemorySegment.ofAddress(sem), deadline) == 0) {
                return 1;
            }
            int errno = Libc.errno(state);
            return switch (errno) {
                case ETIMEDOUT -> 0;
                case EINTR -> -1;
                default -> -1000 - errno;
            };
        }
    }

    static void post(long sem) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(arena);
            if (Libc.call(SEM_POST, state, MemorySegment.ofAddress(sem)) < 0) {
                throw Py.osError(Libc.errno(state), null);
            }
        }
    }

    static int value(long sem) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(arena);
            MemorySegment out = arena.allocate(ValueLayout.JAVA_INT);
            if (Libc.call(SEM_GETVALUE, state, MemorySegment.ofAddress(sem), out) < 0) {
                throw Py.osError(Libc.errno(state), null);
            }
            // glibc gives 0, not a negative count of waiters, when threads wait.
            return Math.max(0, out.get(ValueLayout.JAVA_INT, 0));
        }
    }

    private static MemorySegment cName(Arena arena, String name) {
        return Libc.string(arena, name.getBytes(StandardCharsets.UTF_8));
    }
}
