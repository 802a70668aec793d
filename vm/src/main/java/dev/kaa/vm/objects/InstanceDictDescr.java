package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * The {@code __dict__} and {@code __weakref__} attributes a class written in Python gives its
 * instances (CPython's {@code subtype_dict} and {@code subtype_getweakref} getsets).
 *
 * <p>Thread safety: immutable.
 */
final class InstanceDictDescr extends PyObject {
    static final PyType TYPE = PyType.builtin("getset_descriptor", InstanceDictDescr.class, MethodHandles.lookup(), 0);

    private final PyType owner;
    private final boolean weakref;

    InstanceDictDescr(PyType owner, boolean weakref) {
        this.owner = owner;
        this.weakref = weakref;
    }

    @Override public PyType type() {
        return TYPE;
    }

    private String name() {
        return weakref ? "__weakref__" : "__dict__";
    }

    @PyMethod
    Object __get__(Object obj, @Opt Object type) {
        if (obj == null) {
            return this;
        }
        if (weakref) {
            return dev.kaa.vm.modules.Weakrefs.firstRef(obj);
        }
        Object builtin = builtinDictDescr(obj);
        if (builtin != null) {
            return Abstract.typeOf(builtin).ternary(Slot.__get__).call(builtin, obj, Abstract.typeOf(obj));
        }
        PyDict d = Instances.dictOf(obj);
        if (d != null) {
            return d;
        }
        throw PyErr.attributeError("'%T' object has no attribute '__dict__'", obj);
    }

    @PyMethod
    void __set__(Object obj, Object value) {
        if (weakref) {
            throw PyErr.attributeError("attribute '__weakref__' of '%s' objects is not writable", owner.name());
        }
        Object builtin = builtinDictDescr(obj);
        if (builtin != null) {
            Abstract.callMethod(builtin, "__set__", obj, value);
            return;
        }
        if (!(value instanceof PyDict d)) {
            throw PyErr.typeError("__dict__ must be set to a dictionary, not a '%T'", value);
        }
        if (!Instances.setDict(obj, d)) {
            throw PyErr.attributeError("This object has no __dict__");
        }
    }

    @PyMethod
    void __delete__(Object obj) {
        if (weakref) {
            throw PyErr.attributeError("attribute '__weakref__' of '%s' objects is not writable", owner.name());
        }
        Object builtin = builtinDictDescr(obj);
        if (builtin != null) {
            Abstract.callMethod(builtin, "__delete__", obj);
            return;
        }
        if (Instances.setDict(obj, new PyDict())) {
            return;
        }
        throw PyErr.typeError("cannot delete __dict__");
    }

    /**
     * The {@code __dict__} descriptor of the built-in class (type, function, module …) that the
     * object's class derives from, which answers for it as CPython's {@code subtype_dict} lets it;
     * null when only object is built in.
     */
    private static Object builtinDictDescr(Object obj) {
        for (PyType t : Abstract.typeOf(obj).mro()) {
            if (!t.isHeapType() && t != PyType.OBJECT) {
                Object d = t.dict().getItem(PyStr.intern("__dict__"));
                if (d != null && !(d instanceof InstanceDictDescr)) {
                    return d;
                }
            }
        }
        return null;
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of("<attribute '" + name() + "' of '" + owner.name() + "' objects>");
    }

    @PyGetter
    Object __name__() {
        return PyStr.of(name());
    }

    @PyGetter
    Object __objclass__() {
        return owner;
    }

    @PyGetter
    Object __doc__() {
        return weakref ? PyStr.of("list of weak references to the object") : PyNone.NONE;
    }
}
