package dev.kaa.vm.objects;

/**
 * {@code isinstance}/{@code issubclass} beyond the MRO: objects that claim a class through
 * {@code __class__}, classes that are not types but have {@code __bases__}, and the
 * {@code __instancecheck__}/{@code __subclasscheck__} hooks.
 *
 * <p>Thread safety: stateless.
 */
public final class TypeChecks {
    private TypeChecks() {}

    private static final PyStr CLASS = PyStr.intern("__class__"), BASES = PyStr.intern("__bases__");
    private static final PyStr INSTANCECHECK = PyStr.intern("__instancecheck__");
    private static final PyStr SUBCLASSCHECK = PyStr.intern("__subclasscheck__");

    static boolean classOfAttrIsSubtype(Object instance, PyType cls) {
        Object c = Abstract.lookupAttr(instance, CLASS);
        return c instanceof PyType t && t != Abstract.typeOf(instance) && t.isSubtypeOf(cls);
    }

    static boolean isSubclassRecursive(Object sub, Object cls) {
        if (sub instanceof PyType s && cls instanceof PyType c) {
            return s.isSubtypeOf(c);
        }
        if (sub == cls) {
            return true;
        }
        Object bases = Abstract.lookupAttr(sub, BASES);
        if (!(bases instanceof PyTuple t)) {
            throw PyErr.typeError("issubclass() arg 1 must be a class");
        }
        for (Object b : t.items) {
            if (isSubclassRecursive(b, cls)) {
                return true;
            }
        }
        return false;
    }

    /** {@code isinstance(obj, cls)} with tuples, unions and {@code __instancecheck__}. */
    public static boolean isInstance(Object obj, Object cls) {
        if (cls instanceof PyType t && Abstract.typeOf(obj).isSubtypeOf(t)) {
            return true;
        }
        if (cls instanceof PyTuple tup) {
            for (Object c : tup.items) {
                if (isInstance(obj, c)) {
                    return true;
                }
            }
            return false;
        }
        if (cls instanceof UnionType u) {
            return isInstance(obj, u.args());
        }
        Object hook = Abstract.lookupSpecial(cls, INSTANCECHECK);
        if (hook != null) {
            return Abstract.isTrue(Abstract.call(hook, obj));
        }
        if (!(Abstract.lookupAttr(cls, BASES) instanceof PyTuple)) {
            throw PyErr.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        Object c = Abstract.lookupAttr(obj, CLASS);
        return c != null && isSubclassRecursive(c, cls);
    }

    /** {@code issubclass(sub, cls)} with tuples, unions and {@code __subclasscheck__}. */
    public static boolean isSubclass(Object sub, Object cls) {
        if (cls instanceof PyTuple tup) {
            for (Object c : tup.items) {
                if (isSubclass(sub, c)) {
                    return true;
                }
            }
            return false;
        }
        if (cls instanceof UnionType u) {
            return isSubclass(sub, u.args());
        }
        if (sub instanceof PyType s && cls instanceof PyType c && Abstract.typeOf(cls) == PyType.TYPE) {
            return s.isSubtypeOf(c);
        }
        Object hook = Abstract.lookupSpecial(cls, SUBCLASSCHECK);
        if (hook != null) {
            return Abstract.isTrue(Abstract.call(hook, sub));
        }
        if (!(cls instanceof PyType) && !(Abstract.lookupAttr(cls, BASES) instanceof PyTuple)) {
            throw PyErr.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        if (!(sub instanceof PyType) && !(Abstract.lookupAttr(sub, BASES) instanceof PyTuple)) {
            throw PyErr.typeError("issubclass() arg 1 must be a class");
        }
        return isSubclassRecursive(sub, cls);
    }

    /** CPython's {@code __flags__} bits for the flags Python code inspects. */
    static long cpythonFlags(PyType t) {
        long f = 0;
        if (t.hasFlag(PyType.HEAPTYPE)) {
            f |= 1L << 9;
        }
        if (t.hasFlag(PyType.BASETYPE)) {
            f |= 1L << 10;
        }
        if (t.hasFlag(PyType.ABSTRACT)) {
            f |= 1L << 20;
        }
        if (t.hasFlag(PyType.IMMUTABLE)) {
            f |= 1L << 8;
        }
        int collection = t.collectionFlag();
        if (collection == PyType.SEQUENCE) {
            f |= 1L << 5;
        }
        if (collection == PyType.MAPPING) {
            f |= 1L << 6;
        }
        if (t.hasFlag(PyType.METHOD_DESCRIPTOR)) {
            f |= 1L << 17;
        }
        return f;
    }
}
