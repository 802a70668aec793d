package dev.kaa.vm.objects;

/**
 * The root of every Python object. A Python object is a Java object; its identity is Java
 * identity ({@code is}), and the JVM's collector reclaims it: Kaa counts no references.
 *
 * <p>The root holds no state and no operations (they live in the type's slots, {@link PyType}),
 * so that a small {@code int} or {@code float} costs one header and its value.
 *
 * <p>Thread safety: as each subclass says.
 */
public abstract class PyObject {

    /** The Python type of this object, {@code type(self)}. */
    public abstract PyType type();

    /**
     * Java's {@code toString} is for debugging only; Python's {@code repr} and {@code str} go
     * through the type's slots ({@link Abstract#repr}).
     */
    @Override public String toString() {
        return "<" + type().name() + " object>";
    }
}
