package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * A bound method ({@code obj.method} for a Python function): the function and its
 * {@code __self__}; calling it calls the function with {@code self} first.
 *
 * <p>Thread safety: immutable.
 */
public final class PyBoundMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("method", PyBoundMethod.class, MethodHandles.lookup(), 0);

    final Object function;
    final Object self;

    public PyBoundMethod(Object function, Object self) {
        this.function = function;
        this.self = self;
    }

    @Override public PyType type() {
        return TYPE;
    }

    public Object function() {
        return function;
    }

    public Object self() {
        return self;
    }

    @PyMethod
    static Object __new__(PyType cls, Object function, Object self) {
        if (Abstract.typeOf(function).slot(Slot.__call__) == null) {
            throw PyErr.typeError("first argument must be callable");
        }
        if (self == PyNone.NONE) {
            throw PyErr.typeError("instance must not be None");
        }
        return new PyBoundMethod(function, self);
    }

    @PyMethod
    Object __call__(Object[] args, String[] kwnames) {
        return Abstract.callPrepend(function, self, args, kwnames);
    }

    @PyMethod
    Object __get__(Object obj, @Opt Object type) {
        return this;
    }

    @PyGetter(member = true)
    Object __func__() {
        return function;
    }

    @PyGetter(member = true)
    Object __self__() {
        return self;
    }

    /**
     * Pickles as {@code getattr(self, name)}, as CPython's {@code method.__reduce__} does: a
     * class method such as {@code ZoneInfo._unpickle} then pickles by its class's name.
     */
    @PyMethod
    Object __reduce__() {
        Object getattr = dev.kaa.vm.internal.eval.ThreadState.current().runtime.builtins.getItem(PyStr.intern("getattr"));
        return PyTuple.of(getattr, PyTuple.of(self, Abstract.getAttr(function, PyStr.intern("__name__"))));
    }

    /** The function's docstring, as CPython's {@code method.__doc__} getter gives it. */
    @PyGetter("__doc__")
    Object docAttr() {
        return Abstract.getAttr(function, PyStr.intern("__doc__"));
    }

    @PyMethod
    Object __getattribute__(Object name) {
        PyStr n = Abstract.attrName(name);
        PyType t = type();
        if (t.lookup(n) != null) {
            return BaseObject.genericGetAttr(this, n);
        }
        return Abstract.getAttr(function, n);
    }

    @PyMethod
    Object __repr__() {
        Object name = Abstract.lookupAttr(function, PyStr.intern("__qualname__"));
        if (name == null) {
            name = Abstract.lookupAttr(function, PyStr.intern("__name__"));
        }
        String n = name instanceof PyStr s ? s.toString() : "?";
        return PyStr.of("<bound method " + n + " of " + Abstract.repr(self) + ">");
    }

    @PyMethod
    Object __eq__(Object other) {
        if (!(other instanceof PyBoundMethod m)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return PyBool.of(m.self == self && Abstract.equals(function, m.function));
    }

    @PyMethod
    long __hash__() {
        return Abstract.hash(function) ^ BaseObject.__hash__(self);
    }
}
