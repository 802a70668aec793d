package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * {@code staticmethod}: a descriptor that gives its function back unbound; callable itself
 * since 3.10. It takes the wrapped function's {@code __name__}, {@code __doc__} … (its
 * {@code __dict__} holds them; {@code __wrapped__} is a read-only member).
 *
 * <p>Thread safety: GIL-guarded.
 */
public class PyStaticMethod extends PyObject implements HasDict {
    public static final PyType TYPE = PyType.builtin("staticmethod", PyStaticMethod.class, MethodHandles.lookup());

    Object function;
    private PyDict dict;

    public PyStaticMethod(Object function) {
        this.function = function;
    }

    @Override public PyType type() {
        return TYPE;
    }

    @Override public PyDict instanceDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    public Object function() {
        return function;
    }

    @PyMethod
    static Object __new__(PyType cls, @Star Object[] args, @StarStar PyDict kw) {
        PyStaticMethod m = cls == TYPE ? new PyStaticMethod(null) : new Derived(cls);
        return m;
    }

    @PyMethod
    void __init__(Object callable) {
        function = callable;
        Wrapping.copyAttributes(callable, instanceDict());
    }

    @PyMethod
    Object __get__(Object obj, @Opt Object type) {
        return function;
    }

    @PyMethod
    Object __call__(Object[] args, String[] kwnames) {
        return Abstract.call(function, args, kwnames);
    }

    @PyGetter(member = true)
    Object __func__() {
        return function;
    }

    @PyGetter(member = true)
    Object __wrapped__() {
        return function;
    }

    @PyGetter
    Object __isabstractmethod__() {
        Object v = Abstract.lookupAttr(function, PyStr.intern("__isabstractmethod__"));
        return PyBool.of(v != null && Abstract.isTrue(v));
    }

    @PyGetter("__dict__")
    Object dictAttr() {
        return instanceDict();
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of("<staticmethod(" + Abstract.repr(function) + ")>");
    }

    static final class Derived extends PyStaticMethod implements Instance {
        private PyType type;

        Derived(PyType type) {
            super(null);
            this.type = type;
        }

        @Override public PyType type() {
            return type;
        }

        @Override public void setInstanceDict(PyDict dict) {
            throw PyErr.typeError("__dict__ of staticmethod cannot be replaced");
        }

        @Override public void setType(PyType type) {
            this.type = type;
        }

        @Override public Object[] slotValues() {
            return null;
        }
    }
}
