package dev.kaa.ext;

/**
 * The base class of the instances of an extension's types. The instance carries its Python
 * type, given to the constructor by the type's {@code __new__}.
 *
 * <pre>{@code
 * public final class Vector extends ExtensionObject {
 *     private final double[] values;
 *
 *     Vector(PythonType type, double[] values) {
 *         super(type);
 *         this.values = values;
 *     }
 *
 *     @PyMethod
 *     static Object __new__(PythonType cls, Object iterable) { ... }
 *
 *     @PyMethod
 *     int __len__() { return values.length; }
 * }
 * }</pre>
 *
 * <p>Thread safety: an extension object is guarded by the GIL like any Python object: its
 * methods run with the GIL held, unless they release it ({@link Py#releaseGil}).
 */
public abstract class ExtensionObject {
    private final PythonType type;

    protected ExtensionObject(PythonType type) {
        if (type == null) {
            throw new NullPointerException("an extension object needs its Python type");
        }
        this.type = type;
    }

    /** {@code type(self)}. */
    public final PythonType pythonType() {
        return type;
    }

    /** Java's {@code toString} is for debugging; Python's {@code repr} comes from {@code __repr__}. */
    @Override public String toString() {
        return "<" + type.name() + " object>";
    }
}
