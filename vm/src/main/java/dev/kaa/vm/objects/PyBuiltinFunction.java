package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;
import java.util.Arrays;

/**
 * A built-in function ({@code len}) or a built-in method bound to its object ({@code [].append}):
 * CPython's {@code builtin_function_or_method}. A type's {@code __new__} is one too, taking the
 * class as its first argument.
 *
 * <p>Thread safety: immutable, bar the docstring set once while a module is made.
 */
public final class PyBuiltinFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", PyBuiltinFunction.class,
            MethodHandles.lookup(), 0);
    /** A slot's method bound to its object ({@code (1).__add__}): CPython's {@code method-wrapper}. */
    public static final PyType METHOD_WRAPPER = PyType.builtin("method-wrapper", PyBuiltinFunction.class,
            MethodHandles.lookup(), 0);

    private final JavaCallable callable;
    /** The bound object ({@code __self__}): the instance, the module, or null. */
    private final Object self;
    private final String module;
    /** For {@code __new__}: the type it constructs; the first argument is the class. */
    private final PyType newOwner;
    /** For a bound method: its descriptor's owner, for {@code __qualname__}. */
    private final PyType methodOwner;
    private Object doc = PyNone.NONE;
    private boolean methodWrapper;

    PyBuiltinFunction(JavaCallable callable, Object self, String module, PyType newOwner) {
        this(callable, self, module, newOwner, null);
    }

    private PyBuiltinFunction(JavaCallable callable, Object self, String module, PyType newOwner, PyType methodOwner) {
        this.callable = callable;
        this.self = self;
        this.module = module;
        this.newOwner = newOwner;
        this.methodOwner = methodOwner;
    }

    /**
     * A built-in function made from a Java lambda (raw vectorcall layout); for the few functions
     * the VM hands to Python code itself (predicates, callbacks).
     */
    public static PyBuiltinFunction of(String name, Fn.Call body) {
        try {
            java.lang.invoke.MethodHandle mh = MethodHandles.lookup()
                    .findVirtual(Fn.Call.class, "call", java.lang.invoke.MethodType.methodType(Object.class,
                            Object.class, Object[].class, String[].class))
                    .bindTo(body);
            ArgParser p = ArgParser.raw(name);
            return new PyBuiltinFunction(new JavaCallable(p, mh, true), null, null, null);
        } catch (ReflectiveOperationException e) {
            throw new InterpreterError("Fn.Call.call not found", e);
        }
    }

    /** {@code descr} bound to {@code obj}. */
    static PyBuiltinFunction bound(PyMethodDescr descr, Object obj) {
        PyBuiltinFunction f = new PyBuiltinFunction(descr.callable, obj, null, null, descr.owner);
        f.methodWrapper = descr.slotWrapper;
        f.doc = descr.docValue();
        return f;
    }

    /** Whether this is {@code descr} bound to {@code obj}. */
    boolean isBinding(PyMethodDescr descr, Object obj) {
        return self == obj && callable == descr.callable;
    }

    /** {@code descr} (a class method) bound to {@code cls}. */
    static PyBuiltinFunction boundToClass(PyClassMethodDescr descr, PyType cls) {
        PyBuiltinFunction f = new PyBuiltinFunction(descr.callable, cls, null, null, descr.owner);
        f.doc = descr.docValue();
        return f;
    }

    @Override public PyType type() {
        return methodWrapper ? METHOD_WRAPPER : TYPE;
    }

    void setDoc(Object doc) {
        this.doc = doc;
    }

    public String name() {
        return callable.name();
    }

    /** Calls the function with the vectorcall layout of {@link Fn.Call}. */
    public Object call(Object[] args, String[] kwnames) {
        if (newOwner != null) {
            return callNew(args, kwnames);
        }
        return callable.call(self, args, kwnames);
    }

    /** The interpreter's call with positional arguments from its stack. */
    public Object callFromStack(Object[] src, int from, int n) {
        if (newOwner != null) {
            return callNew(java.util.Arrays.copyOfRange(src, from, from + n), null);
        }
        return callable.callFromStack(self, src, from, n);
    }

    private Object callNew(Object[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos < 1) {
            throw PyErr.typeError("%s.__new__(): not enough arguments", newOwner.name());
        }
        if (!(args[0] instanceof PyType cls)) {
            throw PyErr.typeError("%s.__new__(X): X is not a type object (%T)", newOwner.name(), args[0]);
        }
        if (!cls.isSubtypeOf(newOwner)) {
            throw PyErr.typeError("%s.__new__(%s): %s is not a subtype of %s", newOwner.name(), cls.name(),
                    cls.name(), newOwner.name());
        }
        if (cls != newOwner) {
            checkSafeNew(cls);
        }
        return callable.call(cls, Arrays.copyOfRange(args, 1, args.length), kwnames);
    }

    /**
     * Refuses {@code int.__new__(bool)} and the like: the nearest class of {@code cls} that does
     * not define {@code __new__} in Python must construct through this very {@code __new__}.
     */
    private void checkSafeNew(PyType cls) {
        PyStr name = PyStr.intern("__new__");
        PyType staticBase = cls;
        Object f = staticBase.lookup(name);
        while (staticBase != null && staticBase.isHeapType() && !(f instanceof PyBuiltinFunction)) {
            staticBase = staticBase.base;
            f = staticBase == null ? null : staticBase.lookup(name);
        }
        if (staticBase != null && f instanceof PyBuiltinFunction b && b.newOwner != null
                && b.callable != callable) {
            throw PyErr.typeError("%s.__new__(%s) is not safe, use %s.__new__()", newOwner.name(), cls.name(),
                    staticBase.name());
        }
    }

    /** For the {@code __new__} slot: constructs {@code cls} without re-checking it. */
    Object callNewChecked(PyType cls, Object[] args, String[] kwnames) {
        return callable.call(cls, args, kwnames);
    }

    @PyMethod
    Object __call__(Object[] args, String[] kwnames) {
        return call(args, kwnames);
    }

    @PyMethod
    Object __repr__() {
        if (self == null || self instanceof PyModule) {
            return PyStr.of("<built-in function " + name() + ">");
        }
        if (methodWrapper) {
            return PyStr.of("<method-wrapper '" + name() + "' of " + Abstract.typeOf(self).messageName()
                    + " object at " + Abstract.idHex(self) + ">");
        }
        return PyStr.of("<built-in method " + name() + " of " + Abstract.typeOf(self).messageName()
                + " object at " + Abstract.idHex(self) + ">");
    }

    /** Equal when the same Java method is bound to the same object ({@code l.append == l.append}). */
    @PyMethod
    Object __eq__(Object other) {
        return other instanceof PyBuiltinFunction o ? PyBool.of(sameBinding(o)) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __ne__(Object other) {
        return other instanceof PyBuiltinFunction o ? PyBool.of(!sameBinding(o)) : PySingletons.NOT_IMPLEMENTED;
    }

    private boolean sameBinding(PyBuiltinFunction o) {
        return this == o || (self == o.self && callable == o.callable && newOwner == o.newOwner);
    }

    /** From the bound object's identity, never its own {@code __hash__}. */
    @PyMethod
    long __hash__() {
        return 31L * System.identityHashCode(self) + System.identityHashCode(callable);
    }

    @PyGetter
    Object __name__() {
        return PyStr.of(name());
    }

    @PyGetter
    Object __qualname__() {
        if (methodOwner != null) {
            return PyStr.of(methodOwner.qualname() + "." + name());
        }
        if (newOwner != null) {
            return PyStr.of(newOwner.qualname() + ".__new__");
        }
        return PyStr.of(name());
    }

    /**
     * Pickling: a module's function by its qualified name (pickle finds it as a global), a
     * method as {@code getattr(self, name)}, as CPython's {@code builtin_function_or_method}.
     */
    @PyMethod
    Object __reduce__() {
        Object bound = self != null ? self : newOwner;
        if (bound == null || bound instanceof PyModule) {
            return __qualname__();
        }
        Object getattr = dev.kaa.vm.internal.eval.ThreadState.current().runtime.builtins.getItem(PyStr.intern("getattr"));
        return PyTuple.of(getattr, PyTuple.of(bound, PyStr.of(name())));
    }

    /** Only a method-wrapper has one (the type its slot belongs to). */
    @PyGetter
    Object __objclass__() {
        if (!methodWrapper || methodOwner == null) {
            throw PyErr.attributeError("'%T' object has no attribute '__objclass__'", this);
        }
        return methodOwner;
    }

    @PyGetter
    Object __self__() {
        // A type's __new__ is bound to the type, as CPython's tp_new wrapper is.
        return self != null ? self : newOwner != null ? newOwner : PyNone.NONE;
    }

    @PyGetter
    Object __module__() {
        return module == null ? PyNone.NONE : PyStr.of(module);
    }

    @PyGetter
    Object __doc__() {
        int mark = clinicMark();
        return mark < 0 ? doc : PyStr.of(doc.toString().substring(mark + 6));
    }

    /** The signature a docstring of Argument Clinic's form {@code "name(sig)\n--\n\ndoc"} starts with; else None. */
    @PyGetter
    Object __text_signature__() {
        int mark = clinicMark();
        return mark < 0 ? PyNone.NONE : PyStr.of(doc.toString().substring(name().length(), mark + 1));
    }

    /** Where the docstring's signature ends (at its ')'), or -1 when it has none. */
    private int clinicMark() {
        if (!(doc instanceof PyStr s)) {
            return -1;
        }
        String text = s.toString();
        int mark = text.indexOf(")\n--\n\n");
        return mark > 0 && text.startsWith(name() + "(") ? mark : -1;
    }
}
