package dev.kaa.ext;

/**
 * A Python type, as extension code sees it: the type of an object ({@link Py#typeOf}), a
 * built-in type or exception class ({@link Py#builtinType}), or one an extension defined
 * ({@link ModuleDefinition#addType}). It is itself a Python object.
 *
 * <p>Thread safety: immutable as seen from here.
 */
public interface PythonType {
    /** The type's {@code __name__}. */
    String name();

    /** Whether {@code this} is {@code other} or derives from it. */
    boolean isSubtypeOf(PythonType other);
}
