package dev.kaa.stdlib.internal;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * Calls into the C library through the JDK's foreign function API, for the modules whose
 * whole point is a system call the JDK does not wrap ({@code resource}'s limits and usage): the
 * process's real limits, not an imitation. Each call captures {@code errno}, read with
 * {@link #errno} from the state segment passed as the call's first argument.
 *
 * <p>The JVM must let the {@code dev.kaa.stdlib} module call native code
 * ({@code --enable-native-access=dev.kaa.stdlib}, as the {@code kaa} launcher passes); without it,
 * the JDK prints a warning at the first call and still makes it.
 *
 * <p>Thread safety: the handles are immutable and may be shared; each call needs its own state
 * segment.
 */
public final class Libc {
    private Libc() {}

    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    /**
     * A handle on the C function {@code name}, taking a call-state segment ({@link #callState})
     * before the arguments {@code descriptor} describes; {@code options} as the linker takes them
     * ({@code firstVariadicArg} for a variadic function such as {@code ioctl}).
     *
     * @throws UnsupportedOperationException if the C library has no such function
     */
    public static MethodHandle function(String name, FunctionDescriptor descriptor, Linker.Option... options) {
        MemorySegment address = LINKER.defaultLookup().find(name)
                .orElseThrow(() -> new UnsupportedOperationException("the C library has no " + name + "()"));
        Linker.Option[] all = java.util.Arrays.copyOf(options, options.length + 1);
        all[options.length] = Linker.Option.captureCallState("errno");
        return LINKER.downcallHandle(address, descriptor, all);
    }

    private static final MethodHandle STRERROR = function("strerror",
            FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT));

    /** The C library's message for an error number, as {@code os.strerror} gives it. */
    public static String strerror(int errno) {
        try (Arena arena = Arena.ofConfined()) {
            byte[] text = stringBytes(callForAddress(STRERROR, callState(arena), errno));
            return text == null ? "Unknown error " + errno : new String(text, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /**
     * Calls a C function made by {@link #function}, given the call-state segment and then its
     * arguments: its {@code int} result (0 for a {@code void} function). A failure of the call
     * itself, as opposed to an error the function reports, is a bug in the handle's description
     * and surfaces as such.
     */
    public static int call(MethodHandle function, Object... arguments) {
        return invoke(function, arguments) instanceof Integer result ? result : 0;
    }

    /** {@link #call} for a C function returning a pointer. */
    public static MemorySegment callForAddress(MethodHandle function, Object... arguments) {
        return (MemorySegment) invoke(function, arguments);
    }

    /** {@link #call} for a C function of any result type: the result as the handle gives it. */
    public static Object invoke(MethodHandle function, Object... arguments) {
        try {
            return function.invokeWithArguments(arguments);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("calling a C function: " + t, t);
        }
    }

    /** The bytes of the NUL-terminated C string at {@code address}; null for a null pointer. */
    public static byte[] stringBytes(MemorySegment address) {
        if (address.address() == 0) {
            return null;
        }
        MemorySegment s = address.reinterpret(Long.MAX_VALUE);
        long n = 0;
        while (s.get(ValueLayout.JAVA_BYTE, n) != 0) {
            n++;
        }
        return s.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE);
    }

    /** A NUL-terminated copy of {@code bytes} in {@code arena}, to pass as a C string. */
    public static MemorySegment string(Arena arena, byte[] bytes) {
        MemorySegment s = arena.allocate(bytes.length + 1L);
        MemorySegment.copy(bytes, 0, s, ValueLayout.JAVA_BYTE, 0, bytes.length);
        return s;
    }

    /** A segment for one call's captured state, from {@code arena}. */
    public static MemorySegment callState(Arena arena) {
        return arena.allocate(CALL_STATE);
    }

    /** The {@code errno} a call left in its state segment. */
    public static int errno(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }
}
