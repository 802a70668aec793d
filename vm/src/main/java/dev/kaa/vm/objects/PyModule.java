package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * A module: a namespace with a name. Attribute access reads the namespace, then a
 * module-level {@code __getattr__} (PEP 562).
 *
 * <p>Thread safety: GIL-guarded.
 */
public class PyModule extends PyObject implements HasDict {
    public static final PyType TYPE = PyType.builtin("module", PyModule.class, MethodHandles.lookup(), PyType.BASETYPE);

    private static final PyStr NAME = PyStr.intern("__name__");

    final PyDict dict;

    public PyModule(String name) {
        this(name, new PyDict());
    }

    public PyModule(String name, PyDict dict) {
        this.dict = dict;
        dict.setItem(NAME, PyStr.of(name));
        if (dict.getItem(PyStr.of("__doc__")) == null) {
            dict.setItem(PyStr.of("__doc__"), PyNone.NONE);
        }
        for (String k : new String[] {"__package__", "__loader__", "__spec__"}) {
            if (dict.getItem(PyStr.of(k)) == null) {
                dict.setItem(PyStr.of(k), PyNone.NONE);
            }
        }
    }

    /** The class a {@code __class__} assignment gave this module, or null for module itself. */
    private PyType assignedType;

    @Override public PyType type() {
        return assignedType == null ? TYPE : assignedType;
    }

    void setAssignedType(PyType t) {
        assignedType = t == TYPE ? null : t;
    }

    @Override public PyDict instanceDict() {
        return dict;
    }

    public PyDict dict() {
        return dict;
    }

    /** {@code __name__}, or "?" when it is not a str. */
    public String name() {
        Object n = dict.getItem(NAME);
        return n instanceof PyStr s ? s.toString() : "?";
    }

    /** Sets a module attribute from Java. */
    public void put(String name, Object value) {
        dict.setItem(PyStr.intern(name), value);
    }

    @PyMethod
    Object __getattribute__(Object name) {
        PyStr n = Abstract.attrName(name);
        try {
            return BaseObject.genericGetAttr(this, n);
        } catch (PyException e) {
            if (!e.matches(Exceptions.AttributeError)) {
                throw e;
            }
            Object hook = dict.getItem(PyStr.of("__getattr__"));
            if (hook != null) {
                return Abstract.call(hook, new Object[] {n}, null);
            }
            throw PyErr.noAttribute(this, n);
        }
    }

    @PyMethod
    Object __repr__() {
        Object file = dict.getItem(PyStr.of("__file__"));
        if (file instanceof PyStr f) {
            return PyStr.of("<module " + PyRepr(name()) + " from " + PyRepr(f.toString()) + ">");
        }
        return PyStr.of("<module " + PyRepr(name()) + ">");
    }

    private static String PyRepr(String s) {
        return Strs.repr(s);
    }

    /** {@code dir(module)}: the module's names (or its own {@code __dir__} function's answer). */
    @PyMethod
    Object __dir__() {
        // Through getattr: a subclass may have replaced __dict__.
        if (!(Abstract.getAttr(this, "__dict__") instanceof PyDict d)) {
            throw PyErr.typeError("<module>.__dict__ is not a dictionary");
        }
        Object hook = d.getItem(PyStr.intern("__dir__"));
        if (hook != null) {
            return Abstract.call(hook, new Object[0], null);
        }
        return new PyList(d.keys().toArray());
    }

    @PyGetter("__dict__")
    Object dictAttr() {
        return dict;
    }

    /** The module's annotations, made empty on first use as CPython 3.13's module type does. */
    @PyGetter("__annotations__")
    Object annotationsAttr() {
        PyStr key = PyStr.intern("__annotations__");
        if (!(Abstract.getAttr(this, "__dict__") instanceof PyDict d)) {
            throw PyErr.typeError("<module>.__dict__ is not a dictionary");
        }
        Object a = d.getItem(key);
        if (a == null) {
            a = new PyDict();
            d.setItem(key, a);
        }
        return a;
    }

    @PySetter("__annotations__")
    void setAnnotationsAttr(Object value) {
        PyStr key = PyStr.intern("__annotations__");
        if (!(Abstract.getAttr(this, "__dict__") instanceof PyDict d)) {
            throw PyErr.typeError("<module>.__dict__ is not a dictionary");
        }
        if (value != null) {
            d.setItem(key, value);
        } else if (d.delItem(key) == null) {
            throw PyErr.attributeError("__annotations__");
        }
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        PyModule m = cls == TYPE ? new PyModule("?") : new Derived(cls);
        // Uninitialised, a module has no attributes at all: __init__ gives it its names.
        m.dict.clear();
        return m;
    }

    @PyMethod(positionalOnly = 0)
    void __init__(Object name, @Opt Object doc) {
        if (!(name instanceof PyStr)) {
            throw PyErr.typeError("module() argument 'name' must be str, not %T", name);
        }
        dict.setItem(NAME, name);
        dict.setItem(PyStr.of("__doc__"), doc == null ? PyNone.NONE : doc);
        for (String k : new String[] {"__package__", "__loader__", "__spec__"}) {
            dict.setItem(PyStr.intern(k), PyNone.NONE);
        }
    }

    /** An instance of a Python subclass of {@code module}. */
    static final class Derived extends PyModule implements Instance {
        private PyType type;

        Derived(PyType type) {
            super("?");
            this.type = type;
        }

        @Override public PyType type() {
            return type;
        }

        @Override public void setInstanceDict(PyDict dict) {
            throw PyErr.typeError("readonly attribute");
        }

        @Override public void setType(PyType type) {
            this.type = type;
        }

        @Override public Object[] slotValues() {
            return null;
        }
    }
}
