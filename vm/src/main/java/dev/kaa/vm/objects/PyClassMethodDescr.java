package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;
import java.util.Arrays;

/**
 * A class method of a built-in type ({@code dict.fromkeys}): CPython's
 * {@code classmethod_descriptor}. Bound to the class it is found through.
 *
 * <p>Thread safety: immutable.
 */
public final class PyClassMethodDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("classmethod_descriptor", PyClassMethodDescr.class,
            MethodHandles.lookup(), 0);

    final PyType owner;
    final JavaCallable callable;
    private final Object doc;

    /** The docstring, or None; the method bound to a class shows the same. */
    Object docValue() {
        return doc == null ? PyNone.NONE : doc;
    }

    PyClassMethodDescr(PyType owner, JavaCallable callable, Object doc) {
        this.owner = owner;
        this.callable = callable;
        this.doc = doc;
    }

    @Override public PyType type() {
        return TYPE;
    }

    @PyMethod
    Object __get__(Object obj, @Opt Object type) {
        PyType cls;
        if (type instanceof PyType t) {
            cls = t;
        } else if (obj != null && obj != PyNone.NONE) {
            cls = Abstract.typeOf(obj);
        } else {
            throw PyErr.typeError("descriptor '%s' for type '%s' needs a type, not a '%T' as arg 2",
                    callable.name(), owner.name(), type);
        }
        if (!cls.isSubtypeOf(owner)) {
            throw PyErr.typeError("descriptor '%s' requires a subtype of '%s' but received '%s'",
                    callable.name(), owner.name(), cls.name());
        }
        return PyBuiltinFunction.boundToClass(this, cls);
    }

    @PyMethod
    Object __call__(Object[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos < 1 || !(args[0] instanceof PyType cls)) {
            throw PyErr.typeError("descriptor '%s' of '%s' object needs a type", callable.name(), owner.name());
        }
        return callable.call(cls, Arrays.copyOfRange(args, 1, args.length), kwnames);
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of("<method '" + callable.name() + "' of '" + owner.messageName() + "' objects>");
    }

    @PyGetter
    Object __name__() {
        return PyStr.of(callable.name());
    }

    @PyGetter
    Object __qualname__() {
        return PyStr.of(owner.qualname() + "." + callable.name());
    }

    @PyGetter
    Object __objclass__() {
        return owner;
    }

    @PyGetter
    Object __doc__() {
        return doc;
    }
}
