package dev.kaa.stdlib.ctypes;

import dev.kaa.ext.GilRelease;
import dev.kaa.ext.Py;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls from Python to a C function at an address, through the linker's downcall handles: the
 * arguments are Python ints and floats (a pointer is its address, a structure passed by value
 * the address of its memory), converted to the C types the descriptions name ({@link CLayouts}).
 * The GIL is released for the call, so C may run long, block, or call back into Python
 * ({@link CCallback} takes the GIL back).
 *
 * <p>{@code errno}: with {@code use_errno}, ctypes swaps its private copy with the real
 * {@code errno} around the call. The copy is written just before the call through
 * {@code __errno_location()}, and the value the call left is captured by the linker
 * ({@code captureCallState}), since the JVM may itself change {@code errno} on the way back.
 *
 * <p>Thread safety: the handle cache is a concurrent map of immutable handles, shared by every
 * interpreter (a handle depends on the C signature alone).
 */
final class CCalls {
    private CCalls() {}

    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final MethodHandle ERRNO_LOCATION = LINKER.downcallHandle(
            LINKER.defaultLookup().find("__errno_location").orElseThrow(),
            FunctionDescriptor.of(ValueLayout.ADDRESS));

    private record Signature(FunctionDescriptor descriptor, int firstVariadic, boolean errno) {}

    private static final ConcurrentHashMap<Signature, MethodHandle> HANDLES = new ConcurrentHashMap<>();

    /**
     * Calls the C function at {@code address}: {@code restype} and {@code argtypes} describe its
     * result and arguments, {@code firstVariadic} is the index of the first variadic argument
     * (-1 for a function with a fixed list), {@code errno} the value to set before the call, or
     * null not to touch it. The answer is the result as a Python value (bytes for a structure),
     * or with {@code errno} given, a tuple of it and the {@code errno} the call left.
     */
    static Object call(long address, Object restype, Object argtypes, Object args, int firstVariadic, Object errno) {
        List<Object> specs = new ArrayList<>();
        Py.iterate(argtypes).forEach(specs::add);
        List<Object> values = new ArrayList<>();
        Py.iterate(args).forEach(values::add);
        if (specs.size() != values.size()) {
            throw Py.typeError("this function takes " + specs.size() + " arguments (" + values.size() + " given)");
        }
        MemoryLayout[] layouts = new MemoryLayout[specs.size()];
        for (int i = 0; i < layouts.length; i++) {
            layouts[i] = CLayouts.of(specs.get(i));
            if (firstVariadic >= 0 && i >= firstVariadic) {
                layouts[i] = promoted(layouts[i]);
            }
        }
        CLayouts.checkArity(layouts);
        MemoryLayout result = CLayouts.of(restype);
        FunctionDescriptor fd = result == null ? FunctionDescriptor.ofVoid(layouts) : FunctionDescriptor.of(result, layouts);
        boolean captures = errno != null;
        Signature sig = new Signature(fd, firstVariadic, captures);
        MethodHandle handle = HANDLES.computeIfAbsent(sig, CCalls::link);

        try (Arena arena = Arena.ofConfined()) {
            List<Object> javaArgs = new ArrayList<>();
            javaArgs.add(MemorySegment.ofAddress(address));
            if (result instanceof GroupLayout) {
                javaArgs.add(arena);
            }
            MemorySegment state = null;
            if (captures) {
                state = arena.allocate(CALL_STATE);
                javaArgs.add(state);
            }
            for (int i = 0; i < layouts.length; i++) {
                javaArgs.add(toJava(layouts[i], values.get(i)));
            }
            int errnoIn = captures ? (int) Py.asLong(errno) : 0;
            Object out;
            try (GilRelease released = Py.releaseGil()) {
                if (captures) {
                    setErrno(errnoIn);
                }
                out = handle.invokeWithArguments(javaArgs);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException("calling a C function: " + t, t);
            }
            Object value = toPython(restype, result, out);
            return captures ? Py.tuple(value, Py.integer((int) ERRNO.get(state, 0L))) : value;
        }
    }

    private static MethodHandle link(Signature sig) {
        List<Linker.Option> options = new ArrayList<>();
        if (sig.firstVariadic >= 0) {
            options.add(Linker.Option.firstVariadicArg(sig.firstVariadic));
        }
        if (sig.errno) {
            options.add(Linker.Option.captureCallState("errno"));
        }
        try {
            return LINKER.downcallHandle(sig.descriptor, options.toArray(Linker.Option[]::new));
        } catch (IllegalArgumentException e) {
            throw Py.error(Py.builtinType("NotImplementedError"),
                    "this C signature cannot be called through the foreign function API: " + e.getMessage());
        }
    }

    /** C's default argument promotions, for the variadic part of a call. */
    private static MemoryLayout promoted(MemoryLayout layout) {
        if (layout == ValueLayout.JAVA_BYTE || layout == ValueLayout.JAVA_SHORT) {
            return ValueLayout.JAVA_INT;
        }
        return layout == ValueLayout.JAVA_FLOAT ? ValueLayout.JAVA_DOUBLE : layout;
    }

    private static void setErrno(int value) throws Throwable {
        MemorySegment where = (MemorySegment) ERRNO_LOCATION.invokeExact();
        where.reinterpret(4).set(ValueLayout.JAVA_INT, 0, value);
    }

    /** A Python argument as the Java value a downcall handle takes for {@code layout}. */
    static Object toJava(MemoryLayout layout, Object value) {
        if (layout instanceof GroupLayout) {
            return CValues.at(CValues.bits(value), layout.byteSize());
        }
        if (layout == ValueLayout.JAVA_BYTE) {
            return (byte) CValues.bits(value);
        } else if (layout == ValueLayout.JAVA_SHORT) {
            return (short) CValues.bits(value);
        } else if (layout == ValueLayout.JAVA_INT) {
            return (int) CValues.bits(value);
        } else if (layout == ValueLayout.JAVA_LONG) {
            return CValues.bits(value);
        } else if (layout == ValueLayout.JAVA_FLOAT) {
            return (float) Py.asDouble(value);
        } else if (layout == ValueLayout.JAVA_DOUBLE) {
            return Py.asDouble(value);
        }
        return MemorySegment.ofAddress(CValues.bits(value));
    }

    /** A C result, as the handle gave it, as the Python value of the code {@code spec} names. */
    static Object toPython(Object spec, MemoryLayout layout, Object out) {
        if (layout == null) {
            return Py.none();
        }
        if (layout instanceof GroupLayout) {
            return Py.bytes(((MemorySegment) out).toArray(ValueLayout.JAVA_BYTE));
        }
        char code = Py.asString(spec).charAt(0);
        long bits = switch (out) {
            case Byte b -> b;
            case Short s -> s;
            case Integer i -> i;
            case Long l -> l;
            case MemorySegment m -> m.address();
            case Float f -> {
                yield Double.doubleToRawLongBits(f);
            }
            default -> Double.doubleToRawLongBits((Double) out);
        };
        return switch (code) {
            case 'f' -> Py.floating((Float) out);
            case 'd' -> Py.floating((Double) out);
            case 'b', 'h', 'i', 'l', 'q' -> Py.integer(bits);
            case 'B' -> Py.integer(bits & 0xFF);
            case 'H' -> Py.integer(bits & 0xFFFF);
            case 'I' -> Py.integer(bits & 0xFFFF_FFFFL);
            case '?' -> Py.bool((bits & 0xFF) != 0);
            case 'c' -> Py.bytes(new byte[] {(byte) bits});
            case 'u' -> CValues.character((int) bits);
            default -> CValues.unsigned(bits);
        };
    }
}
