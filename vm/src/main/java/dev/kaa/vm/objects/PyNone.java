package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * {@code None}, the one instance of {@code NoneType}.
 *
 * <p>Thread safety: immutable.
 */
public final class PyNone extends PyObject {
    public static final PyType TYPE = PyType.builtin("NoneType", PyNone.class, MethodHandles.lookup(), 0).withDoc(TypeDocs.NONE);
    public static final PyNone NONE = new PyNone();

    private PyNone() {}

    @Override public PyType type() {
        return TYPE;
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        if (args.length > 0) {
            throw PyErr.typeError("NoneType takes no arguments");
        }
        return NONE;
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of("None");
    }

    @PyMethod
    boolean __bool__() {
        return false;
    }

    @PyMethod
    long __hash__() {
        // CPython 3.12+ hashes None to a constant.
        return 0xFCA86420L;
    }

    @Override public String toString() {
        return "None";
    }
}
