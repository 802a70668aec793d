package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * A {@code __slots__} member: a data descriptor reading and writing one of the instance's slot
 * values ({@code member_descriptor}).
 *
 * <p>Thread safety: immutable.
 */
public final class PyMemberDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("member_descriptor", PyMemberDescr.class, MethodHandles.lookup(), 0);

    private final PyType owner;
    private final String name;
    private final int index;

    PyMemberDescr(PyType owner, String name, int index) {
        this.owner = owner;
        this.name = name;
        this.index = index;
    }

    @Override public PyType type() {
        return TYPE;
    }

    private Object[] values(Object obj) {
        if (!Abstract.typeOf(obj).isSubtypeOf(owner) || !(obj instanceof Instance i) || i.slotValues() == null) {
            throw PyErr.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%T' object", name, owner.name(), obj);
        }
        return i.slotValues();
    }

    @PyMethod
    Object __get__(Object obj, @Opt Object type) {
        if (obj == null) {
            return this;
        }
        Object v = values(obj)[index];
        if (v == null) {
            throw PyErr.noAttribute(obj, PyStr.of(name));
        }
        return v;
    }

    @PyMethod
    void __set__(Object obj, Object value) {
        values(obj)[index] = value;
    }

    @PyMethod
    void __delete__(Object obj) {
        Object[] vs = values(obj);
        if (vs[index] == null) {
            // CPython's member deleter raises AttributeError with just the name.
            throw PyErr.format(Exceptions.AttributeError, "%s", name);
        }
        vs[index] = null;
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of("<member '" + name + "' of '" + owner.name() + "' objects>");
    }

    @PyGetter
    Object __name__() {
        return PyStr.of(name);
    }

    @PyGetter
    Object __objclass__() {
        return owner;
    }
}
