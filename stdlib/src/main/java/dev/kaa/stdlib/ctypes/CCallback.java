package dev.kaa.stdlib.ctypes;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.GilRelease;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyGetter;
import dev.kaa.ext.PythonType;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * A C function pointer that calls a Python function: an upcall stub of the foreign function API
 * (what ctypes makes with libffi's closures for {@code CFUNCTYPE(...)(pyfunc)}). C's arguments
 * reach the Python function as Python ints and floats (a pointer or a structure by value as
 * its address); its answer is converted back to the C result. The stub lives as long as this
 * object (its arena is automatic), which the ctypes function object keeps.
 *
 * <p>The call comes on the thread that called into C with the GIL released; the stub takes the
 * GIL back ({@link Py#holdGil}) for the Python function. Nothing may escape a stub (the JVM
 * would end the process), so the Python half catches the function's exceptions and reports
 * them as unraisable, and a failure here yields a zero result.
 *
 * <p>Thread safety: immutable once made.
 */
final class CCallback extends ExtensionObject {
    private static final MethodHandle DISPATCH;

    static {
        try {
            DISPATCH = MethodHandles.lookup().findVirtual(Target.class, "dispatch",
                    MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final MemorySegment stub;

    /**
     * What the stub calls: the Python function and the C result's layout. It must not refer to
     * the callback (or to the stub's arena): the stub holds its target strongly until the arena
     * is freed, which an automatic arena is only once nothing refers to it.
     */
    private record Target(Object function, MemoryLayout result) {
        Object dispatch(Object[] args) {
            try (GilRelease held = Py.holdGil()) {
                Object[] py = new Object[args.length];
                for (int i = 0; i < args.length; i++) {
                    py[i] = fromC(args[i]);
                }
                Object answer = Py.call(function, py);
                return result == null ? null : CCalls.toJava(result, answer);
            } catch (RuntimeException | Error e) {
                return zero(result);
            }
        }
    }

    CCallback(PythonType type, Object function, Object restype, Object argtypes) {
        super(type);
        MemoryLayout result = CLayouts.of(restype);
        if (result instanceof GroupLayout) {
            throw Py.error(Py.builtinType("NotImplementedError"),
                    "a callback returning a structure is not supported by Kaa's ctypes");
        }
        java.util.List<MemoryLayout> list = new java.util.ArrayList<>();
        for (Object spec : Py.iterate(argtypes)) {
            list.add(CLayouts.of(spec));
        }
        MemoryLayout[] arguments = list.toArray(MemoryLayout[]::new);
        CLayouts.checkArity(arguments);
        FunctionDescriptor fd = result == null ? FunctionDescriptor.ofVoid(arguments)
                : FunctionDescriptor.of(result, arguments);
        MethodHandle target = DISPATCH.bindTo(new Target(function, result))
                .asCollector(Object[].class, arguments.length)
                .asType(fd.toMethodType());
        this.stub = Linker.nativeLinker().upcallStub(target, fd, Arena.ofAuto());
    }

    /** The C function pointer. */
    @PyGetter
    Object address() {
        return Py.integer(stub.address());
    }

    private static Object zero(MemoryLayout result) {
        if (result == ValueLayout.JAVA_BYTE) {
            return (byte) 0;
        } else if (result == ValueLayout.JAVA_SHORT) {
            return (short) 0;
        } else if (result == ValueLayout.JAVA_INT) {
            return 0;
        } else if (result == ValueLayout.JAVA_LONG) {
            return 0L;
        } else if (result == ValueLayout.JAVA_FLOAT) {
            return 0f;
        } else if (result == ValueLayout.JAVA_DOUBLE) {
            return 0d;
        } else if (result == null) {
            return null;
        }
        return MemorySegment.NULL;
    }

    private static Object fromC(Object value) {
        return switch (value) {
            case MemorySegment m -> Py.integer(m.address());
            case Byte b -> Py.integer(b);
            case Short s -> Py.integer(s);
            case Integer i -> Py.integer(i);
            case Long l -> Py.integer(l);
            case Float f -> Py.floating(f);
            case Double d -> Py.floating(d);
            default -> Py.none();
        };
    }
}
