package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * {@code bool}: the two instances {@code True} and {@code False}, ints 1 and 0. {@code & | ^}
 * between two bools give a bool; with other ints, an int. The Java methods have names of their
 * own (not {@code __and__}): a Java override of {@link PyInt}'s would make {@code int.__and__}
 * run bool's code on a bool.
 *
 * <p>Thread safety: immutable.
 */
public final class PyBool extends PyInt {
    public static final PyType TYPE = PyType.builtin("bool", PyBool.class, MethodHandles.lookup(), 0, PyInt.TYPE).withDoc(TypeDocs.BOOL);

    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    private PyBool(long v) {
        super(v, null);
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override public PyType type() {
        return TYPE;
    }

    @Override public String toString() {
        return value != 0 ? "True" : "False";
    }

    /** {@code bool(x=False, /)}. */
    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("bool() takes no keyword arguments");
        }
        if (args.length > 1) {
            throw PyErr.typeError("bool expected at most 1 argument, got %d", args.length);
        }
        return args.length == 0 ? FALSE : of(Abstract.isTrue(args[0]));
    }

    @PyMethod("__repr__")
    Object boolRepr() {
        return PyStr.of(toString());
    }

    @PyMethod("__invert__")
    Object boolInvert() {
        PyErr.warn(Exceptions.DeprecationWarning, 1, "Bitwise inversion '~' on bool is deprecated and will be "
                + "removed in Python 3.16. This returns the bitwise inversion of the underlying int object and is "
                + "usually not what you expect from negating a bool. Use the 'not' operator for boolean negation "
                + "or ~int(x) if you really want the bitwise inversion of the underlying int.");
        return PyInt.of(~value);
    }

    @PyMethod("__and__")
    Object boolAnd(Object o) {
        if (o instanceof PyBool b) {
            return of(value != 0 && b.value != 0);
        }
        return o instanceof PyInt i ? IntBits.and(this, i) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod("__rand__")
    Object boolRand(Object o) {
        return boolAnd(o);
    }

    @PyMethod("__or__")
    Object boolOr(Object o) {
        if (o instanceof PyBool b) {
            return of(value != 0 || b.value != 0);
        }
        return o instanceof PyInt i ? IntBits.or(this, i) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod("__ror__")
    Object boolRor(Object o) {
        return boolOr(o);
    }

    @PyMethod("__xor__")
    Object boolXor(Object o) {
        if (o instanceof PyBool b) {
            return of((value != 0) ^ (b.value != 0));
        }
        return o instanceof PyInt i ? IntBits.xor(this, i) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod("__rxor__")
    Object boolRxor(Object o) {
        return boolXor(o);
    }
}
