package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;
import java.util.Arrays;

/**
 * An instance of {@code BaseException} or of any exception class (built-in or written in
 * Python): its arguments, traceback, chaining and notes. Raising it from Java wraps it in a
 * {@link PyException}.
 *
 * <p>Exceptions with attributes of their own ({@code OSError}, {@code SyntaxError} …) are Java
 * subclasses ({@code ExcOSError} …); a class written in Python that derives from one of them has
 * instances of that Java class with another {@link #type()}, so no {@code Derived} class is
 * needed: {@link #__new__} makes the Java class that the class's layout asks for.
 *
 * <p>Java methods that implement a Python method have a name of their own in each class
 * ({@code strOSError}, not an override of {@code __str__}): a Python call to
 * {@code BaseException.__str__(e)} must run BaseException's code whatever {@code e}'s class.
 *
 * <p>Thread safety: GIL-guarded.
 */
public class PyBaseException extends PyObject implements Instance {
    public static final PyType TYPE = PyType.builtin("BaseException", PyBaseException.class, MethodHandles.lookup());

    private static final PyStr NOTES = PyStr.intern("__notes__");

    private PyType type;
    private PyDict dict;
    /** True once Python code could see the dictionary (CPython creates it only then). */
    private boolean dictVisible;
    private final Object[] slots;
    PyTuple args;
    private Object traceback;
    private PyBaseException cause;
    private PyBaseException context;
    private boolean suppressContext;

    public PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
        this.slots = type.slotCount() > 0 ? new Object[type.slotCount()] : null;
    }

    /**
     * A new exception of {@code type} with {@code args}, as calling the class would make it.
     * Built-in classes skip the generic call path (they cannot be changed from Python).
     */
    public static PyBaseException create(PyType type, Object... args) {
        if (type.javaClass() == PyBaseException.class && !type.isHeapType()) {
            // The common case (ValueError, TypeError …): __new__ and __init__ just keep the arguments.
            return new PyBaseException(type, PyTuple.of(args.clone()));
        }
        if (!type.isHeapType() && type.isSubtypeOf(TYPE)) {
            PyBaseException e = newInstance(type, args, null);
            e.initFromJava(args);
            return e;
        }
        Object made = Abstract.call(type, args, null);
        if (made instanceof PyBaseException e) {
            return e;
        }
        throw PyErr.typeError("calling %R should have returned an instance of BaseException, not %R",
                type, Abstract.typeOf(made));
    }

    /**
     * Runs the built-in {@code __init__} of this exception's Java class with positional
     * arguments only: {@link #create}'s fast path for built-in classes.
     */
    void initFromJava(Object[] args) {
        this.args = PyTuple.of(args.clone());
    }

    /**
     * {@code cls.__new__(cls, *args)} for any exception class: an instance of the Java class of
     * {@code cls}'s layout. {@code args} are all the call's values (keywords last, named by
     * {@code kwnames}).
     */
    static PyBaseException newInstance(PyType cls, Object[] args, String[] kwnames) {
        Class<?> layout = cls.javaClass();
        if (layout == PyBaseException.class) {
            return new PyBaseException(cls, PyTuple.of(positional(args, kwnames)));
        }
        if (layout == ExcOSError.class) {
            return ExcOSError.make(cls, args, kwnames);
        }
        if (layout == ExcBaseExceptionGroup.class) {
            return ExcBaseExceptionGroup.make(cls, args, kwnames);
        }
        PyTuple a = PyTuple.of(positional(args, kwnames));
        if (layout == ExcKeyError.class) {
            return new ExcKeyError(cls, a);
        } else if (layout == ExcStopIteration.class) {
            return new ExcStopIteration(cls, a);
        } else if (layout == ExcSystemExit.class) {
            return new ExcSystemExit(cls, a);
        } else if (layout == ExcImportError.class) {
            return new ExcImportError(cls, a);
        } else if (layout == ExcSyntaxError.class) {
            return new ExcSyntaxError(cls, a);
        } else if (layout == ExcAttributeError.class) {
            return new ExcAttributeError(cls, a);
        } else if (layout == ExcNameError.class) {
            return new ExcNameError(cls, a);
        } else if (layout == ExcUnicodeError.class) {
            return new ExcUnicodeError(cls, a);
        }
        return OTHER_LAYOUTS.get(layout).apply(cls, a);
    }

    /**
     * Makers of exception layouts declared outside this package's list: any Java subclass of
     * PyBaseException with a public {@code (PyType, PyTuple)} constructor can be the layout of
     * a built-in exception class (a module's own exception with extra fields, say).
     */
    private static final ClassValue<java.util.function.BiFunction<PyType, PyTuple, PyBaseException>> OTHER_LAYOUTS =
            new ClassValue<>() {
                @Override
                protected java.util.function.BiFunction<PyType, PyTuple, PyBaseException> computeValue(Class<?> c) {
                    java.lang.invoke.MethodHandle ctor;
                    try {
                        ctor = MethodHandles.publicLookup().findConstructor(c,
                                java.lang.invoke.MethodType.methodType(void.class, PyType.class, PyTuple.class));
                    } catch (ReflectiveOperationException e) {
                        throw new InterpreterError("exception layout " + c.getName()
                                + " needs a public (PyType, PyTuple) constructor", e);
                    }
                    return (t, a) -> {
                        try {
                            return (PyBaseException) ctor.invoke(t, a);
                        } catch (RuntimeException | Error e) {
                            throw e;
                        } catch (Throwable e) {
                            throw new InterpreterError("cannot make " + c.getName(), e);
                        }
                    };
                }
            };

    /** tp_new_wrapper's check: {@code X.__new__(cls)} needs cls to be a subclass of X. */
    static void checkSubtype(String owner, PyType cls, PyType required) {
        if (!cls.isSubtypeOf(required)) {
            throw PyErr.typeError("%s.__new__(%s): %s is not a subtype of %s", owner, cls.name(), cls.name(),
                    required.name());
        }
    }

    /** The positional part of a vectorcall argument array. */
    static Object[] positional(Object[] args, String[] kwnames) {
        return kwnames == null || kwnames.length == 0 ? args.clone()
                : Arrays.copyOf(args, args.length - kwnames.length);
    }

    /** CPython's {@code _PyArg_NoKeywords}: "X() takes no keyword arguments". */
    static void noKeywords(PyType type, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("%s() takes no keyword arguments", type.messageName());
        }
    }

    @Override public PyType type() {
        return type;
    }

    @Override public PyDict instanceDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** The dictionary if Python code could have seen it (what CPython's {@code __reduce__} tests), else null. */
    PyDict visibleDict() {
        return dict != null && (dictVisible || dict.size() > 0) ? dict : null;
    }

    @Override public void setInstanceDict(PyDict dict) {
        this.dict = dict;
        this.dictVisible = true;
    }

    @Override public void setType(PyType type) {
        this.type = type;
    }

    @Override public Object[] slotValues() {
        return slots;
    }

    public PyTuple args() {
        return args;
    }

    /** The traceback ({@code __traceback__}): a {@code PyTraceback} or null. */
    public Object traceback() {
        return traceback;
    }

    public void setTraceback(Object traceback) {
        this.traceback = traceback;
    }

    public PyBaseException cause() {
        return cause;
    }

    /** Sets {@code __cause__}; as in Python, this also sets {@code __suppress_context__}. */
    public void setCause(PyBaseException cause) {
        this.cause = cause;
        this.suppressContext = true;
    }

    public PyBaseException context() {
        return context;
    }

    public void setContext(PyBaseException context) {
        this.context = context;
    }

    public boolean suppressContext() {
        return suppressContext;
    }

    public void setSuppressContext(boolean suppress) {
        this.suppressContext = suppress;
    }

    /** Sets {@code AttributeError.name} and {@code .obj} (for suggestions); a no-op on other layouts. */
    void setAttributeErrorContext(PyStr name, Object obj) {
        if (this instanceof ExcAttributeError a) {
            a.name = name;
            a.obj = obj;
        }
    }

    /** Sets {@code NameError.name} (for suggestions); a no-op on other layouts. */
    void setNameErrorName(PyStr name) {
        if (this instanceof ExcNameError n) {
            n.name = name;
        }
    }

    /** The text {@link PyException#getMessage} shows Java readers. */
    String messageForJava() {
        try {
            return Abstract.str(this).toString();
        } catch (RuntimeException e) {
            return "<unprintable>";
        }
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        checkSubtype("BaseException", cls, TYPE);
        // Layouts whose class has a __new__ of its own must be made by it (tp_new_wrapper's check).
        if (cls.javaClass() == ExcOSError.class || cls.javaClass() == ExcBaseExceptionGroup.class) {
            throw PyErr.typeError("BaseException.__new__(%s) is not safe, use %s.__new__()", cls.name(),
                    cls.javaClass() == ExcOSError.class ? "OSError" : "BaseExceptionGroup");
        }
        return newInstance(cls, args, kwnames);
    }

    @PyMethod("__init__")
    void initBaseException(Object[] args, String[] kwnames) {
        noKeywords(type, kwnames);
        this.args = PyTuple.of(args.clone());
    }

    @PyMethod("__str__")
    Object strBaseException() {
        return switch (args.size()) {
            case 0 -> PyStr.EMPTY;
            case 1 -> Abstract.str(args.get(0));
            default -> Abstract.str(args);
        };
    }

    @PyMethod("__repr__")
    Object reprBaseException() {
        String n = type.name();
        if (args.size() == 1) {
            return PyStr.of(n + "(" + Abstract.repr(args.get(0)) + ")");
        }
        return PyStr.of(n + Abstract.repr(args));
    }

    @PyGetter("args")
    Object argsAttr() {
        return args;
    }

    @PySetter("args")
    void setArgs(Object value) {
        if (value == null) {
            throw PyErr.typeError("args may not be deleted");
        }
        args = PyTuple.fromIterable(value);
    }

    @PyGetter("__traceback__")
    Object tracebackAttr() {
        return traceback == null ? PyNone.NONE : traceback;
    }

    @PySetter("__traceback__")
    void setTracebackAttr(Object value) {
        if (value == null) {
            throw PyErr.typeError("__traceback__ may not be deleted");
        }
        if (value != PyNone.NONE && !(value instanceof PyTraceback)) {
            throw PyErr.typeError("__traceback__ must be a traceback or None");
        }
        traceback = value == PyNone.NONE ? null : value;
    }

    @PyGetter("__cause__")
    Object causeAttr() {
        return cause == null ? PyNone.NONE : cause;
    }

    @PySetter("__cause__")
    void setCauseAttr(Object value) {
        if (value == null) {
            throw PyErr.typeError("__cause__ may not be deleted");
        }
        if (value == PyNone.NONE) {
            cause = null;
        } else if (value instanceof PyBaseException e) {
            cause = e;
        } else {
            throw PyErr.typeError("exception cause must be None or derive from BaseException");
        }
        suppressContext = true;
    }

    @PyGetter("__context__")
    Object contextAttr() {
        return context == null ? PyNone.NONE : context;
    }

    @PySetter("__context__")
    void setContextAttr(Object value) {
        if (value == null) {
            throw PyErr.typeError("__context__ may not be deleted");
        }
        if (value == PyNone.NONE) {
            context = null;
        } else if (value instanceof PyBaseException e) {
            context = e;
        } else {
            throw PyErr.typeError("exception context must be None or derive from BaseException");
        }
    }

    @PyGetter("__suppress_context__")
    Object suppressContextAttr() {
        return PyBool.of(suppressContext);
    }

    @PySetter("__suppress_context__")
    void setSuppressContextAttr(Object value) {
        // A bool member (T_BOOL) in CPython: only True and False, never deleted.
        if (value == null) {
            throw PyErr.typeError("can't delete numeric/char attribute");
        }
        if (!(value instanceof PyBool)) {
            throw PyErr.typeError("attribute value type must be bool");
        }
        suppressContext = value == PyBool.of(true);
    }

    @PyGetter("__dict__")
    Object dictAttr() {
        dictVisible = true;
        return instanceDict();
    }

    @PySetter("__dict__")
    void setDictAttr(Object value) {
        if (value == null) {
            throw PyErr.typeError("cannot delete __dict__");
        }
        if (!(value instanceof PyDict d)) {
            throw PyErr.typeError("__dict__ must be set to a dictionary, not a '%T'", value);
        }
        setInstanceDict(d);
    }

    @PyMethod
    Object with_traceback(Object tb) {
        setTracebackAttr(tb);
        return this;
    }

    @PyMethod
    void add_note(Object note) {
        if (!(note instanceof PyStr)) {
            throw PyErr.typeError("note must be a str, not '%T'", note);
        }
        // Through getattr/setattr, as CPython does: a subclass may make __notes__ a property.
        Object notes = Abstract.lookupAttr(this, NOTES);
        if (notes == null) {
            notes = new PyList();
            Abstract.setAttr(this, NOTES, notes);
        } else if (!(notes instanceof PyList)) {
            throw PyErr.typeError("Cannot add note: __notes__ is not a list");
        }
        ((PyList) notes).append(note);
    }

    @PyMethod("__reduce__")
    Object reduceBaseException() {
        PyDict d = visibleDict();
        return d == null ? PyTuple.of(type, args) : PyTuple.of(type, args, d);
    }

    @PyMethod
    void __setstate__(Object state) {
        if (state == PyNone.NONE) {
            return;
        }
        if (!(state instanceof PyDict d)) {
            throw PyErr.typeError("state is not a dictionary");
        }
        for (Object k : d.keys()) {
            Abstract.setAttr(this, Abstract.attrName(k), d.getItem(k));
        }
    }
}
