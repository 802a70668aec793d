package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * A data descriptor of a built-in type, reading and writing a Java field through accessor
 * methods ({@link PyGetter}, {@link PySetter}): CPython's {@code getset_descriptor}.
 *
 * <p>Thread safety: immutable.
 */
public final class PyGetSetDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("getset_descriptor", PyGetSetDescr.class,
            MethodHandles.lookup(), 0);

    private final PyType owner;
    private final String name;
    private final MethodHandle getter;
    private final MethodHandle setter;
    private final Object doc;

    PyGetSetDescr(PyType owner, String name, MethodHandle getter, MethodHandle setter, Object doc) {
        this.owner = owner;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
        this.doc = doc;
    }

    @Override public PyType type() {
        return TYPE;
    }

    private void check(Object obj) {
        if (!owner.javaClass.isInstance(obj) && !Abstract.typeOf(obj).isSubtypeOf(owner)) {
            throw PyErr.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                    name, owner.messageName(), obj);
        }
    }

    @PyMethod
    Object __get__(Object obj, @Opt Object type) {
        if (obj == null) {
            return this;
        }
        check(obj);
        try {
            return (Object) getter.invokeExact(obj);
        } catch (PyException | InterpreterError e) {
            throw e;
        } catch (Throwable t) {
            throw PyErr.fromJava(t);
        }
    }

    @PyMethod
    void __set__(Object obj, Object value) {
        check(obj);
        if (setter == null) {
            throw PyErr.attributeError("attribute '%s' of '%s' objects is not writable", name, owner.messageName());
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
    void __delete__(Object obj) {
        check(obj);
        if (setter == null) {
            throw PyErr.attributeError("attribute '%s' of '%s' objects is not writable", name, owner.messageName());
        }
        try {
            setter.invokeExact(obj, (Object) null);
        } catch (PyException | InterpreterError e) {
            throw e;
        } catch (Throwable t) {
            throw PyErr.fromJava(t);
        }
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of("<attribute '" + name + "' of '" + owner.messageName() + "' objects>");
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

    @PyGetter
    Object __doc__() {
        return doc;
    }
}
