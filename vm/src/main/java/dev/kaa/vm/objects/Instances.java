package dev.kaa.vm.objects;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.internal.ExtensionObjects;

/**
 * The instance dictionary and {@code __slots__} storage of any object that may have them: an
 * {@link Instance} (a class written in Python, a subclass of a built-in type) or an extension's
 * object ({@link ExtensionObject}), which keeps them for the interpreter behind the extension
 * API's back door ({@link ExtensionObjects}).
 *
 * <p>Thread safety: stateless.
 */
public final class Instances {
    private Instances() {}

    private static final ExtensionObjects.Access EXT = ExtensionObjects.access();

    /** The instance dictionary of {@code o}, or null. */
    public static PyDict dictOf(Object o) {
        if (o instanceof HasDict h) {
            return h.instanceDict();
        }
        return o instanceof ExtensionObject e ? (PyDict) EXT.dict(e) : null;
    }

    /** Whether {@code o} is of a kind that may carry an instance dictionary. */
    public static boolean mayHaveDict(Object o) {
        return o instanceof HasDict || o instanceof ExtensionObject;
    }

    /** The {@code __slots__} storage of {@code o}, or null. */
    public static Object[] slotsOf(Object o) {
        if (o instanceof Instance i) {
            return i.slotValues();
        }
        return o instanceof ExtensionObject e ? EXT.slots(e) : null;
    }

    /** Whether {@code o} is of a kind that may carry {@code __slots__} storage. */
    public static boolean mayHaveSlots(Object o) {
        return o instanceof Instance || o instanceof ExtensionObject;
    }

    /** Whether {@code o}'s class may be assigned (given compatible heap types). */
    static boolean mayChangeType(Object o) {
        return o instanceof Instance || o instanceof ExtensionObject;
    }

    /** Replaces the instance dictionary; false if {@code o} can have none. */
    static boolean setDict(Object o, PyDict d) {
        if (o instanceof Instance i) {
            i.setInstanceDict(d);
            return true;
        }
        if (o instanceof ExtensionObject e && EXT.dict(e) != null) {
            EXT.setDict(e, d);
            return true;
        }
        return false;
    }

    /** Assigns {@code __class__}; false if {@code o}'s class cannot change. */
    static boolean setType(Object o, PyType type) {
        if (o instanceof Instance i) {
            i.setType(type);
            return true;
        }
        if (o instanceof ExtensionObject e) {
            EXT.setType(e, type);
            return true;
        }
        return false;
    }
}
