package dev.kaa.ext;

import dev.kaa.ext.internal.ExtensionObjects;

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
    static {
        ExtensionObjects.register(new ExtensionObjects.Access() {
            @Override public Object dict(ExtensionObject o) {
                return o.dict;
            }

            @Override public void setDict(ExtensionObject o, Object dict) {
                o.dict = dict;
            }

            @Override public Object[] slots(ExtensionObject o) {
                return o.slots;
            }

            @Override public void setType(ExtensionObject o, PythonType type) {
                o.type = type;
            }
        });
    }

    private PythonType type;
    /** The instance dictionary, for an instance of a Python subclass that has one. */
    private Object dict;
    /** The {@code __slots__} storage, for an instance of a Python subclass that declares some. */
    private final Object[] slots;

    /**
     * An instance of {@code type}: the extension's own type, or a Python subclass of it that
     * the type's {@code __new__} was called for (its instances get a {@code __dict__} and
     * {@code __slots__} storage as the subclass asks).
     */
    protected ExtensionObject(PythonType type) {
        if (type == null) {
            throw new NullPointerException("an extension object needs its Python type");
        }
        this.type = type;
        this.dict = Py.runtime().newInstanceDict(type);
        int n = Py.runtime().slotCount(type);
        this.slots = n == 0 ? null : new Object[n];
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
