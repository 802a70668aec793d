package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * {@code classmethod}: a descriptor that binds its function to the class
 * it is found through. It takes the wrapped function's {@code __name__}, {@code __doc__} … (its
 * {@code __dict__} holds them; {@code __wrapped__} is a read-only member).
 *
 * <p>Thread safety: GIL-guarded.
 */
public class PyClassMethod extends PyObject implements HasDict {
    public static final PyType TYPE = PyType.builtin("classmethod", PyClassMethod.class, MethodHandles.lookup());

    Object function;
    private PyDict dict;

    public PyClassMethod(Object function) {
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
        PyClassMethod m = cls == TYPE ? new PyClassMethod(null) : new Derived(cls);
        return m;
    }

    @PyMethod
    void __init__(Object callable) {
        function = callable;
        Wrapping.copyAttributes(callable, instanceDict());
    }

    @PyMethod
    Object __get__(Object obj, @Opt Object type) {
        Object cls = type != null && type != PyNone.NONE ? type : Abstract.typeOf(obj);
        // 3.9–3.12 chained the wrapped object's __get__ here; 3.13 binds directly (gh-89519).
        return new PyBoundMethod(function, cls);
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
        return PyStr.of("<classmethod(" + Abstract.repr(function) + ")>");
    }

    static final class Derived extends PyClassMethod implements Instance {
        private PyType type;

        Derived(PyType type) {
            super(null);
            this.type = type;
        }

        @Override public PyType type() {
            return type;
        }

        @Override public void setInstanceDict(PyDict dict) {
            throw PyErr.typeError("__dict__ of classmethod cannot be replaced");
        }

        @Override public void setType(PyType type) {
            this.type = type;
        }

        @Override public Object[] slotValues() {
            return null;
        }
    }
}
