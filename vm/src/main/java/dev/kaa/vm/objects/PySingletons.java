package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * {@code NotImplemented} and {@code Ellipsis}.
 *
 * <p>Thread safety: immutable.
 */
public final class PySingletons {
    private PySingletons() {}

    /** {@code NotImplemented}: a binary method's answer that it does not handle the operands. */
    public static final class NotImplementedType extends PyObject {
        public static final PyType TYPE = PyType.builtin("NotImplementedType", NotImplementedType.class,
                MethodHandles.lookup(), 0);

        private NotImplementedType() {}

        @Override public PyType type() {
            return TYPE;
        }

        @PyMethod
        static Object __new__(PyType cls, Object[] args, String[] kwnames) {
            if (args.length > 0) {
                throw PyErr.typeError("NotImplementedType takes no arguments");
            }
            return NOT_IMPLEMENTED;
        }

        @PyMethod
        Object __repr__() {
            return PyStr.of("NotImplemented");
        }

        @PyMethod
        Object __reduce__() {
            return PyStr.of("NotImplemented");
        }

        @PyMethod
        boolean __bool__() {
            // 3.13 warns (DeprecationWarning) and answers True; 3.14 makes it a TypeError.
            PyErr.warn(Exceptions.DeprecationWarning, 1, "NotImplemented should not be used in a boolean context");
            return true;
        }
    }

    /** {@code Ellipsis} ({@code ...}). */
    public static final class EllipsisType extends PyObject {
        public static final PyType TYPE = PyType.builtin("ellipsis", EllipsisType.class, MethodHandles.lookup(), 0);

        private EllipsisType() {}

        @Override public PyType type() {
            return TYPE;
        }

        @PyMethod
        static Object __new__(PyType cls, Object[] args, String[] kwnames) {
            if (args.length > 0) {
                throw PyErr.typeError("ellipsis takes no arguments");
            }
            return ELLIPSIS;
        }

        @PyMethod
        Object __repr__() {
            return PyStr.of("Ellipsis");
        }

        @PyMethod
        Object __reduce__() {
            return PyStr.of("Ellipsis");
        }
    }

    public static final NotImplementedType NOT_IMPLEMENTED = new NotImplementedType();
    public static final EllipsisType ELLIPSIS = new EllipsisType();
}
