package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * A {@code member_descriptor}: a data descriptor reading and writing one of the instance's
 * {@code __slots__} values, or a field of a built-in type through accessor methods
 * ({@link PyGetter#member()}), as CPython's {@code PyMemberDef} members do.
 *
 * <p>Thread safety: immutable.
 */
public final class PyMemberDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("member_descriptor", PyMemberDescr.class, MethodHandles.lookup(), 0);

    private final PyType owner;
    private final String name;
    private final int index;
    /** For a built-in type's member: {@code (Object) -> Object} and {@code (Object, Object) -> void} or null (read-only). */
    private final MethodHandle getter, setter;

    PyMemberDescr(PyType owner, String name, int index) {
        this.owner = owner;
        this.name = name;
        this.index = index;
        this.getter = null;
        this.setter = null;
    }

    /** Whether this is a {@code __slots__} member that {@code t} declared. */
    boolean isSlotOf(PyType t) {
        return owner == t && getter == null;
    }

    PyMemberDescr(PyType owner, String name, MethodHandle getter, MethodHandle setter) {
        this.owner = owner;
        this.name = name;
        this.index = -1;
        this.getter = getter;
        this.setter = setter;
    }

    @Override public PyType type() {
        return TYPE;
    }

    /** The index of a {@code __slots__} member in its instance's slot values, or -1 for a built-in type's member. */
    public int slotIndex() {
        return index;
    }

    private Object[] values(Object obj) {
        Object[] values = Abstract.typeOf(obj).isSubtypeOf(owner) ? Instances.slotsOf(obj) : null;
        if (values == null) {
            throw PyErr.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%T' object", name, owner.name(), obj);
        }
        return values;
    }

    /** An unset slot: CPython 3.13 names the class fully here (module.qualname, as its %T does). */
    private PyException emptySlot(Object obj) {
        PyType t = Abstract.typeOf(obj);
        String module = t.moduleName();
        String full = module.equals("builtins") || module.equals("__main__") ? t.qualname() : module + "." + t.qualname();
        PyBaseException e = PyBaseException.create(Exceptions.AttributeError,
                PyStr.of("'" + full + "' object has no attribute '" + name + "'"));
        e.setAttributeErrorContext(PyStr.of(name), obj);
        return new PyException(e);
    }

    @PyMethod
    Object __get__(Object obj, @Opt Object type) {
        if (obj == null) {
            return this;
        }
        if (getter != null) {
            checkBuiltin(obj);
            try {
                return (Object) getter.invokeExact(obj);
            } catch (PyException | InterpreterError e) {
                throw e;
            } catch (Throwable t) {
                throw PyErr.fromJava(t);
            }
        }
        Object v = values(obj)[index];
        if (v == null) {
            throw emptySlot(obj);
        }
        return v;
    }

    private void checkBuiltin(Object obj) {
        if (!owner.javaClass.isInstance(obj) && !Abstract.typeOf(obj).isSubtypeOf(owner)) {
            throw PyErr.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                    name, owner.messageName(), obj);
        }
    }

    /** Writes (or with null deletes) a built-in type's member. */
    private void setBuiltin(Object obj, Object value) {
        checkBuiltin(obj);
        if (setter == null) {
            throw PyErr.attributeError("readonly attribute");
        }
        try {
            setter.invokeExact(obj, value);
        } catch (PyException | InterpreterError e) {
            throw e;
        } catch (Throwable t) {
            throw PyErr.fromJava(t);
        }
    }

    @PyMethod
    void __set__(Object obj, Object value) {
        if (getter != null) {
            setBuiltin(obj, value);
            return;
        }
        values(obj)[index] = value;
    }

    @PyMethod
    void __delete__(Object obj) {
        if (getter != null) {
            setBuiltin(obj, null);
            return;
        }
        Object[] vs = values(obj);
        if (vs[index] == null) {
            // CPython's member deleter raises AttributeError with just the name.
            throw PyErr.format(Exceptions.AttributeError, "%s", name);
        }
        vs[index] = null;
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of("<member '" + name + "' of '" + owner.messageName() + "' objects>");
    }

    @PyGetter
    Object __name__() {
        return PyStr.of(name);
    }

    @PyGetter
    Object __qualname__() {
        return PyStr.of(owner.qualname() + "." + name);
    }

    @PyGetter
    Object __objclass__() {
        return owner;
    }
}
