package dev.kaa.ext.internal;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.PythonType;

/**
 * The interpreter's access to the state an {@link ExtensionObject} keeps for it: the instance
 * dictionary and {@code __slots__} storage of an instance of a Python subclass, and the type
 * ({@code __class__} assignment). The package is exported to the virtual machine alone.
 *
 * <p>Thread safety: the accessor is set once, as {@code ExtensionObject} is initialized.
 */
public final class ExtensionObjects {
    private ExtensionObjects() {}

    /** What the interpreter may do to an extension object's hidden state. */
    public interface Access {
        Object dict(ExtensionObject o);

        void setDict(ExtensionObject o, Object dict);

        Object[] slots(ExtensionObject o);

        void setType(ExtensionObject o, PythonType type);
    }

    private static volatile Access access;

    /** Called once, by {@code ExtensionObject}'s initializer. */
    public static void register(Access a) {
        if (access != null) {
            throw new IllegalStateException("registered already");
        }
        access = a;
    }

    /** The accessor. */
    public static Access access() {
        Access a = access;
        if (a == null) {
            try {
                Class.forName(ExtensionObject.class.getName(), true, ExtensionObject.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            a = access;
        }
        return a;
    }
}
