package dev.kaa.vm.objects;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in types of the JVM. A built-in type is declared by its Java class's static
 * initializer ({@link PyType#builtin}); {@link #boot} readies them all (exposes their methods and
 * fills their slots) once every class involved is loaded, which frees the static initializers
 * from caring about one another's order. Types declared after boot are readied at once.
 *
 * <p>This is JVM-wide state by design: built-in types are immutable once ready and shared by
 * every interpreter, as CPython's static types are shared by its subinterpreters.
 *
 * <p>Thread safety: self-locking (the class's monitor).
 */
public final class BuiltinTypes {
    private BuiltinTypes() {}

    private static final List<PyType> DECLARED = new ArrayList<>();
    private static final Map<Class<?>, PyType> BY_CLASS = new HashMap<>();
    private static boolean booted;

    static synchronized void declared(PyType type) {
        BY_CLASS.putIfAbsent(type.javaClass, type);
        if (booted) {
            type.ready();
        } else {
            DECLARED.add(type);
        }
    }

    /** The built-in type whose instances are exactly {@code javaClass} objects, or null. */
    static synchronized PyType forJavaClass(Class<?> javaClass) {
        return BY_CLASS.get(javaClass);
    }

    /**
     * Loads and readies the core types: {@code object}, {@code type}, the types of values and of
     * the interpreter's own objects, the exceptions. Idempotent.
     */
    public static void boot() {
        synchronized (BuiltinTypes.class) {
            if (booted) {
                return;
            }
        }
        // Touch every core class so that its static initializer declares its type.
        PyType[] core = CoreTypes.all();
        List<PyType> toReady;
        synchronized (BuiltinTypes.class) {
            BY_CLASS.putIfAbsent(PyInstance.class, PyType.OBJECT);
            BY_CLASS.putIfAbsent(PyType.class, PyType.TYPE);
            toReady = new ArrayList<>();
            toReady.add(PyType.OBJECT);
            toReady.add(PyType.TYPE);
            toReady.addAll(DECLARED);
            for (PyType t : core) {
                if (!toReady.contains(t)) {
                    toReady.add(t);
                }
            }
            DECLARED.clear();
            booted = true;
        }
        for (PyType t : toReady) {
            t.ready();
        }
    }
}
