package dev.kaa.stdlib.fcntl;

import dev.kaa.ext.ExtensionModule;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.stdlib.internal.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * {@code fcntl}: {@code fcntl}, {@code ioctl}, {@code flock} and {@code lockf} on the operating
 * system's descriptor behind a Python file descriptor ({@link Py#nativeDescriptor}), through the
 * C library. Calls that may wait (a lock, or any {@code fcntl}) run with the GIL released, and one
 * a signal interrupts is made again once the handlers have run, as PEP 475 asks.
 *
 * <p>Kaa's descriptor table stays in step with what the calls change: {@code F_SETFL} tells it
 * whether {@code O_NONBLOCK} is now set, {@code F_GETFL} reports the table's mode,
 * {@code F_DUPFD} and {@code F_DUPFD_CLOEXEC} make a Kaa descriptor (sharing the native one), and
 * {@code F_GETFD} reports {@code FD_CLOEXEC} for every descriptor but the standard streams, as
 * Kaa passes no other descriptor to child processes. A descriptor with no native descriptor
 * Kaa can reach (see {@code dev.kaa.vm.modules.NativeDescriptors}) raises OSError (ENOSYS).
 * Constants and {@code struct flock} are Linux x86-64's.
 *
 * <p>Thread safety: stateless; each call has its own native memory.
 */
public final class FcntlModule implements ExtensionModule {
    private static final int EINTR = 4, EINVAL = 22, ENOSYS = 38;
    /** The largest argument buffer copied to native memory (CPython's limit). */
    private static final int BUFFER = 1024;
    private static final int F_DUPFD = 0, F_GETFD = 1, F_GETFL = 3, F_SETFL = 4, F_SETLK = 6, F_SETLKW = 7,
            F_DUPFD_CLOEXEC = 1030, FD_CLOEXEC = 1, O_NONBLOCK = 2048;
    private static final int F_RDLCK = 0, F_WRLCK = 1, F_UNLCK = 2;
    private static final int LOCK_SH = 1, LOCK_EX = 2, LOCK_NB = 4, LOCK_UN = 8;

    /** Linux x86-64's values, as CPython 3.13's {@code fcntl} has them. */
    private static final String CONSTANTS = "DN_ACCESS=1 DN_ATTRIB=32 DN_CREATE=4 DN_DELETE=8 DN_MODIFY=2 "
            + "DN_MULTISHOT=2147483648 DN_RENAME=16 FASYNC=8192 FD_CLOEXEC=1 FICLONE=1074041865 "
            + "FICLONERANGE=1075876877 F_ADD_SEALS=1033 F_DUPFD=0 F_DUPFD_CLOEXEC=1030 F_EXLCK=4 F_GETFD=1 "
            + "F_GETFL=3 F_GETLEASE=1025 F_GETLK=5 F_GETLK64=5 F_GETOWN=9 F_GETOWN_EX=16 F_GETPIPE_SZ=1032 "
            + "F_GETSIG=11 F_GET_FILE_RW_HINT=1037 F_GET_RW_HINT=1035 F_GET_SEALS=1034 F_NOTIFY=1026 "
            + "F_OFD_GETLK=36 F_OFD_SETLK=37 F_OFD_SETLKW=38 F_OWNER_PGRP=2 F_OWNER_PID=1 F_OWNER_TID=0 "
            + "F_RDLCK=0 F_SEAL_FUTURE_WRITE=16 F_SEAL_GROW=4 F_SEAL_SEAL=1 F_SEAL_SHRINK=2 F_SEAL_WRITE=8 "
            + "F_SETFD=2 F_SETFL=4 F_SETLEASE=1024 F_SETLK=6 F_SETLK64=6 F_SETLKW=7 F_SETLKW64=7 F_SETOWN=8 "
            + "F_SETOWN_EX=15 F_SETPIPE_SZ=1031 F_SETSIG=10 F_SET_FILE_RW_HINT=1038 F_SET_RW_HINT=1036 "
            + "F_SHLCK=8 F_UNLCK=2 F_WRLCK=1 LOCK_EX=2 LOCK_MAND=32 LOCK_NB=4 LOCK_READ=64 LOCK_RW=192 "
            + "LOCK_SH=1 LOCK_UN=8 LOCK_WRITE=128 RWH_WRITE_LIFE_EXTREME=5 RWH_WRITE_LIFE_LONG=4 "
            + "RWH_WRITE_LIFE_MEDIUM=3 RWH_WRITE_LIFE_NONE=1 RWH_WRITE_LIFE_NOT_SET=0 RWH_WRITE_LIFE_SHORT=2";

    /**
     * {@code fcntl} and {@code ioctl} are variadic: one handle passes the third argument as a
     * word (an int zero-extended, as a C caller's 32-bit move leaves it), the other as a pointer.
     */
    private static final MethodHandle FCNTL_WORD = variadic("fcntl", ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG);
    private static final MethodHandle FCNTL_POINTER = variadic("fcntl", ValueLayout.JAVA_INT, ValueLayout.ADDRESS);
    private static final MethodHandle IOCTL_WORD = variadic("ioctl", ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);
    private static final MethodHandle IOCTL_POINTER = variadic("ioctl", ValueLayout.JAVA_LONG, ValueLayout.ADDRESS);
    private static final MethodHandle FLOCK = Libc.function("flock",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));

    /** {@code struct flock} on Linux x86-64: short type, short whence, off_t start, off_t len, pid_t pid. */
    private static final int FLOCK_SIZE = 32, FLOCK_START = 8, FLOCK_LEN = 16;

    /** {@code int name(int fd, command, ...)} called with one variadic argument. */
    private static MethodHandle variadic(String name, MemoryLayout command, MemoryLayout argument) {
        return Libc.function(name, FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, command, argument),
                Linker.Option.firstVariadicArg(2));
    }

    @Override public String name() {
        return "fcntl";
    }

    @Override public void initialize(ModuleDefinition m) {
        m.doc("File and I/O control on file descriptors: the Unix calls fcntl(), ioctl(), flock() and\n"
                + "lockf(). Any argument naming a descriptor may also be an object with a fileno() method.");
        m.addFunctions(FcntlModule.class, MethodHandles.lookup());
        for (String pair : CONSTANTS.split(" ")) {
            int eq = pair.indexOf('=');
            m.add(pair.substring(0, eq), Py.integer(Long.parseLong(pair.substring(eq + 1))));
        }
    }

    @PyMethod(doc = "fcntl($module, fd, cmd, arg=0, /)\n--\n\n"
            + "Performs operation cmd (an F_* constant) on file descriptor fd.\n\n"
            + "arg is an int, passed as it is, or a bytes or str of at most 1024 bytes, copied to a\n"
            + "buffer whose address is passed. With an int the result is what the C call returned; with\n"
            + "a buffer it is the buffer's contents after the call, as bytes of the same length.")
    static Object fcntl(Object fd, int cmd, @Opt Object arg) {
        int kaaFd = Py.fileDescriptor(fd);
        audit("fcntl.fcntl", Py.integer(kaaFd), Py.integer(cmd), arg == null ? Py.none() : arg);
        byte[] data = arg == null ? null : readOnlyBytes(arg);
        if (data != null) {
            if (data.length > BUFFER) {
                throw Py.valueError("fcntl string arg too long");
            }
            if (cmd == F_DUPFD || cmd == F_DUPFD_CLOEXEC) {
                throw Py.osError(EINVAL, null); // a buffer's address is no descriptor number
            }
            int nativeFd = nativeOf(kaaFd);
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment buffer = arena.allocate(BUFFER);
                MemorySegment.copy(data, 0, buffer, ValueLayout.JAVA_BYTE, 0, data.length);
                MemorySegment state = Libc.callState(arena);
                check(retrying(FCNTL_POINTER, state, nativeFd, cmd, buffer), state);
                return Py.bytes(buffer.asSlice(0, data.length).toArray(ValueLayout.JAVA_BYTE));
            }
        }
        int value = arg == null ? 0 : unsignedIntMask(arg);
        if (cmd == F_DUPFD || cmd == F_DUPFD_CLOEXEC) {
            if (value < 0) {
                throw Py.osError(EINVAL, null);
            }
            return Py.integer(Py.dupDescriptor(kaaFd, value));
        }
        int nativeFd = nativeOf(kaaFd);
        int result;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(arena);
            result = check(retrying(FCNTL_WORD, state, nativeFd, cmd, Integer.toUnsignedLong(value)), state);
        }
        switch (cmd) {
            case F_SETFL -> Py.setDescriptorBlocking(kaaFd, (value & O_NONBLOCK) == 0);
            case F_GETFL -> result = Py.descriptorBlocking(kaaFd) ? result & ~O_NONBLOCK : result | O_NONBLOCK;
            case F_GETFD -> result = nativeFd > 2 ? result | FD_CLOEXEC : result;
            default -> { }
        }
        return Py.integer(result);
    }

    @PyMethod(doc = "ioctl($module, fd, request, arg=0, mutate_flag=True, /)\n--\n\n"
            + "Performs device request request on file descriptor fd.\n\n"
            + "arg is an int, passed as it is, or a buffer whose contents are copied to native memory\n"
            + "and its address passed. A read-only buffer (bytes, str) is at most 1024 bytes and the result\n"
            + "is the memory's contents after the call, as bytes. A writable buffer (bytearray, array)\n"
            + "receives those contents itself when mutate_flag is true, and the result is the C call's;\n"
            + "with mutate_flag false it is treated as a read-only one. With an int the result is the C\n"
            + "call's.")
    static Object ioctl(Object fd, Object request, @Opt Object arg, @Opt("True") boolean mutate_flag) {
        int kaaFd = Py.fileDescriptor(fd);
        long code = Integer.toUnsignedLong(unsignedIntMask(request)); // any int, modulo 2**32 as CPython 3.13 takes it
        audit("fcntl.ioctl", Py.integer(kaaFd), Py.integer(code), arg == null ? Py.none() : arg);
        if (arg != null && Py.isWritableBuffer(arg) && !Py.isInstance(arg, Py.builtinType("str"))) {
            byte[] data = Py.asBytes(arg);
            if (!mutate_flag && data.length > BUFFER) {
                throw Py.valueError("ioctl string arg too long");
            }
            int nativeFd = nativeOf(kaaFd);
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment buffer = arena.allocate(Math.max(BUFFER, data.length) + 1L);
                MemorySegment.copy(data, 0, buffer, ValueLayout.JAVA_BYTE, 0, data.length);
                MemorySegment state = Libc.callState(arena);
                int result = check(retrying(IOCTL_POINTER, state, nativeFd, code, buffer), state);
                byte[] after = buffer.asSlice(0, data.length).toArray(ValueLayout.JAVA_BYTE);
                if (!mutate_flag) {
                    return Py.bytes(after);
                }
                Py.writeBuffer(arg, after);
                return Py.integer(result);
            }
        }
        byte[] data = arg == null ? null : readOnlyBytes(arg);
        if (data != null) {
            if (data.length > BUFFER) {
                throw Py.valueError("ioctl string arg too long");
            }
            int nativeFd = nativeOf(kaaFd);
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment buffer = arena.allocate(BUFFER + 1L);
                MemorySegment.copy(data, 0, buffer, ValueLayout.JAVA_BYTE, 0, data.length);
                MemorySegment state = Libc.callState(arena);
                check(retrying(IOCTL_POINTER, state, nativeFd, code, buffer), state);
                return Py.bytes(buffer.asSlice(0, data.length).toArray(ValueLayout.JAVA_BYTE));
            }
        }
        int value = arg == null ? 0 : signedInt(arg);
        int nativeFd = nativeOf(kaaFd);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(arena);
            return Py.integer(check(retrying(IOCTL_WORD, state, nativeFd, code, Integer.toUnsignedLong(value)), state));
        }
    }

    @PyMethod(doc = "flock($module, fd, operation, /)\n--\n\n"
            + "Applies or removes an advisory lock on the whole file open on fd, as flock(2) does:\n"
            + "operation is LOCK_SH, LOCK_EX or LOCK_UN, optionally or-ed with LOCK_NB.")
    static void flock(Object fd, int operation) {
        int kaaFd = Py.fileDescriptor(fd);
        audit("fcntl.flock", Py.integer(kaaFd), Py.integer(operation));
        int nativeFd = nativeOf(kaaFd);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(arena);
            check(retrying(FLOCK, state, nativeFd, operation), state);
        }
    }

    @PyMethod(doc = "lockf($module, fd, cmd, len=0, start=0, whence=0, /)\n--\n\n"
            + "Locks or unlocks len bytes of the file open on fd (0: up to the end, however far it grows)\n"
            + "from start, counted from whence (0 the beginning, 1 the current position, 2 the end):\n"
            + "through fcntl's record locks. cmd is LOCK_UN, or LOCK_SH or LOCK_EX optionally or-ed with\n"
            + "LOCK_NB, in which case a lock held elsewhere raises OSError (EACCES or EAGAIN) at once.")
    static void lockf(Object fd, int cmd, @Opt Object len, @Opt Object start, @Opt("0") int whence) {
        int kaaFd = Py.fileDescriptor(fd);
        audit("fcntl.lockf", Py.integer(kaaFd), Py.integer(cmd), len == null ? Py.none() : len,
                start == null ? Py.none() : start, Py.integer(whence));
        int nativeFd = nativeOf(kaaFd);
        short type;
        if (cmd == LOCK_UN) {
            type = F_UNLCK;
        } else if ((cmd & LOCK_SH) != 0) {
            type = F_RDLCK;
        } else if ((cmd & LOCK_EX) != 0) {
            type = F_WRLCK;
        } else {
            throw Py.valueError("unrecognized lockf argument");
        }
        long startAt = start == null ? 0 : Py.asLong(start);
        long length = len == null ? 0 : Py.asLong(len);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment lock = arena.allocate(FLOCK_SIZE, 8);
            lock.set(ValueLayout.JAVA_SHORT, 0, type);
            lock.set(ValueLayout.JAVA_SHORT, 2, (short) whence);
            lock.set(ValueLayout.JAVA_LONG, FLOCK_START, startAt);
            lock.set(ValueLayout.JAVA_LONG, FLOCK_LEN, length);
            MemorySegment state = Libc.callState(arena);
            check(retrying(FCNTL_POINTER, state, nativeFd, (cmd & LOCK_NB) != 0 ? F_SETLK : F_SETLKW, lock), state);
        }
    }

    /** {@code sys.audit(event, *arguments)}, as CPython raises an event for each call. */
    private static void audit(String event, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = Py.str(event);
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        Py.call(Py.getAttr(Py.importModule("sys"), "audit"), all);
    }

    /**
     * The call with the GIL released, made again while it fails with EINTR: each time after the
     * signal handlers have run (one that raises ends the retries with its exception).
     */
    private static int retrying(MethodHandle function, MemorySegment state, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = state;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        while (true) {
            int rc;
            try (var released = Py.releaseGil()) {
                rc = Libc.call(function, all);
            }
            if (rc != -1 || Libc.errno(state) != EINTR) {
                return rc;
            }
            Py.checkInterrupt();
        }
    }

    /** {@code rc}, or the OSError for the call's errno when it is -1. */
    private static int check(int rc, MemorySegment state) {
        if (rc == -1) {
            throw Py.osError(Libc.errno(state), null);
        }
        return rc;
    }

    /** The native descriptor behind Kaa's {@code fd}: OSError EBADF if closed, ENOSYS if Kaa has none. */
    private static int nativeOf(int fd) {
        int nativeFd = Py.nativeDescriptor(fd);
        if (nativeFd < 0) {
            throw Py.osError(ENOSYS, null);
        }
        return nativeFd;
    }

    /**
     * The bytes of a str (UTF-8) or of a read-only buffer (bytes, a read-only memoryview); null
     * for anything else, which must then be an integer.
     */
    private static byte[] readOnlyBytes(Object arg) {
        if (Py.isInstance(arg, Py.builtinType("str"))) {
            return Py.asBytes(Py.callMethod(arg, "encode", Py.str("utf-8")));
        }
        if (Py.isInstance(arg, Py.builtinType("bytes"))
                || Py.isInstance(arg, Py.builtinType("memoryview")) && !Py.isWritableBuffer(arg)) {
            return Py.asBytes(arg);
        }
        return null;
    }

    /** An int argument taken modulo 2**32, as C's {@code unsigned int} conversion without overflow check. */
    private static int unsignedIntMask(Object arg) {
        return Py.asBigInteger(arg).intValue();
    }

    /** An int argument that must fit a C {@code int}, with CPython's messages. */
    private static int signedInt(Object arg) {
        long v = Py.asLong(arg);
        if (v > Integer.MAX_VALUE) {
            throw Py.overflowError("signed integer is greater than maximum");
        }
        if (v < Integer.MIN_VALUE) {
            throw Py.overflowError("signed integer is less than minimum");
        }
        return (int) v;
    }
}
