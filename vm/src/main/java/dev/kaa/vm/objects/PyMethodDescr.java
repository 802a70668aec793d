package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * A method of a built-in type, as found in the type's dictionary ({@code list.append}); called
 * through an instance it is bound without a bound-method object when the interpreter can
 * ({@code LOAD_ATTR}'s method form). Methods named like a {@link Slot} also fill that slot.
 *
 * <p>Thread safety: immutable.
 */
public final class PyMethodDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("method_descriptor", PyMethodDescr.class,
            MethodHandles.lookup(), PyType.METHOD_DESCRIPTOR);

    /** A method that stands for a slot ({@code int.__add__}): CPython's {@code wrapper_descriptor}. */
    public static final PyType WRAPPER_DESCRIPTOR = PyType.builtin("wrapper_descriptor", PyMethodDescr.class,
            MethodHandles.lookup(), PyType.METHOD_DESCRIPTOR);

    final PyType owner;
    final JavaCallable callable;
    private final Object doc;
    /** True for a slot's method ({@code __add__}, {@code __repr__} …). */
    final boolean slotWrapper;

    /** The docstring, or None; a bound method shows the same. */
    Object docValue() {
        return doc == null ? PyNone.NONE : doc;
    }

    PyMethodDescr(PyType owner, JavaCallable callable, Object doc) {
        this.owner = owner;
        this.callable = callable;
        this.doc = doc;
        this.slotWrapper = Slot.of(callable.name()) != null && Slot.of(callable.name()).isCPythonSlot()
                && !callable.parser.coexist;
    }

    @Override public PyType type() {
        return slotWrapper ? WRAPPER_DESCRIPTOR : TYPE;
    }

    public String name() {
        return callable.name();
    }

    public PyType owner() {
        return owner;
    }

    /** Calls the method on {@code self}, which must be an instance of the owner. */
    public Object callMethod(Object self, Object[] args, String[] kwnames) {
        if (!owner.javaClass.isInstance(self) && !Abstract.typeOf(self).isSubtypeOf(owner)) {
            throw wrongSelf(self);
        }
        return callable.call(self, args, kwnames);
    }

    /** The interpreter's call of this method on {@code self} with arguments from its stack. */
    public Object callFromStack(Object self, Object[] src, int from, int n) {
        if (!owner.javaClass.isInstance(self) && !Abstract.typeOf(self).isSubtypeOf(owner)) {
            throw wrongSelf(self);
        }
        return callable.callFromStack(self, src, from, n);
    }

    /** CPython's two wordings: a slot wrapper "requires", a method "doesn't apply". */
    private PyException wrongSelf(Object self) {
        if (slotWrapper) {
            return PyErr.typeError("descriptor '%s' requires a '%s' object but received a '%T'",
                    name(), owner.messageName(), self);
        }
        return PyErr.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                name(), owner.messageName(), self);
    }

    /** Calls without checking {@code self}: the caller found this method on {@code self}'s type. */
    Object callChecked(Object self, Object[] args, String[] kwnames) {
        return callable.call(self, args, kwnames);
    }

    @PyMethod
    Object __call__(Object[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos < 1) {
            throw PyErr.typeError("unbound method %s.%s() needs an argument", owner.messageName(), name());
        }
        Object self = args[0];
        Object[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        return callMethod(self, rest, kwnames);
    }

    @PyMethod
    Object __get__(Object obj, @Opt Object type) {
        // null is "through the class" (Python's None is mapped to it before the call).
        if (obj == null) {
            return this;
        }
        if (!owner.javaClass.isInstance(obj) && !Abstract.typeOf(obj).isSubtypeOf(owner)) {
            throw PyErr.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                    name(), owner.messageName(), obj);
        }
        return PyBuiltinFunction.bound(this, obj);
    }

    @PyMethod
    Object __repr__() {
        String kind = slotWrapper ? "slot wrapper" : "method";
        return PyStr.of("<" + kind + " '" + name() + "' of '" + owner.messageName() + "' objects>");
    }

    @PyGetter
    Object __name__() {
        return PyStr.of(name());
    }

    @PyGetter
    Object __qualname__() {
        return PyStr.of(owner.qualname() + "." + name());
    }

    @PyGetter
    Object __objclass__() {
        return owner;
    }

    @PyGetter
    Object __doc__() {
        return doc;
    }

    @PyGetter
    Object __text_signature__() {
        return PyNone.NONE;
    }
}
