package dev.kaa.vm.objects;

/**
 * A {@code BaseExceptionGroup} or {@code ExceptionGroup}: {@code message} and the tuple of
 * {@code exceptions}. {@code BaseExceptionGroup(msg, excs)} is an {@code ExceptionGroup} when
 * every member is an {@code Exception}; an {@code ExceptionGroup} may not hold other
 * {@code BaseException}s. Splitting is in {@link ExceptionGroups}.
 *
 * <p>Thread safety: GIL-guarded; the fields are fixed at creation.
 */
public final class ExcBaseExceptionGroup extends PyBaseException {
    PyStr message;
    PyTuple exceptions;

    private ExcBaseExceptionGroup(PyType type, PyTuple args, PyStr message, PyTuple exceptions) {
        super(type, args);
        this.message = message;
        this.exceptions = exceptions;
    }

    /** {@code message}. */
    public PyStr message() {
        return message;
    }

    /** The member exceptions ({@code exceptions}); every item is a {@link PyBaseException}. */
    public PyTuple exceptions() {
        return exceptions;
    }

    /** {@code __new__} of every exception group class, with CPython's checks and messages. */
    static ExcBaseExceptionGroup make(PyType cls, Object[] all, String[] kwnames) {
        Object[] a = positional(all, kwnames);
        if (a.length != 2) {
            throw PyErr.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", a.length);
        }
        if (!(a[0] instanceof PyStr msg)) {
            throw PyErr.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not %T", a[0]);
        }
        if (!isSequence(a[1])) {
            throw PyErr.typeError("second argument (exceptions) must be a sequence");
        }
        PyTuple excs = PyTuple.fromIterable(a[1]);
        if (excs.size() == 0) {
            throw PyErr.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean nestedBase = false;
        for (int i = 0; i < excs.size(); i++) {
            Object e = excs.get(i);
            if (!(e instanceof PyBaseException)) {
                throw PyErr.valueError("Item %d of second argument (exceptions) is not an exception", i);
            }
            nestedBase |= !Abstract.typeOf(e).isSubtypeOf(Exceptions.Exception);
        }
        PyType made = cls;
        if (cls == Exceptions.BaseExceptionGroup) {
            if (!nestedBase) {
                made = Exceptions.ExceptionGroup;
            }
        } else if (cls == Exceptions.ExceptionGroup) {
            if (nestedBase) {
                throw PyErr.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
        } else if (nestedBase && cls.isSubtypeOf(Exceptions.Exception)) {
            throw PyErr.typeError("Cannot nest BaseExceptions in '%s'", cls.messageName());
        }
        return new ExcBaseExceptionGroup(made, PyTuple.of(a), msg, excs);
    }

    /** CPython's {@code PySequence_Check}: has {@code __getitem__} and is not a dict. */
    static boolean isSequence(Object o) {
        return !(o instanceof PyDict) && Abstract.typeOf(o).slot(Slot.__getitem__) != null;
    }

    @Override void initFromJava(Object[] a) {
        this.args = PyTuple.of(a.clone());
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        checkSubtype("BaseExceptionGroup", cls, Exceptions.BaseExceptionGroup);
        return make(cls, args, kwnames);
    }

    @PyMethod("__init__")
    void initExceptionGroup(Object[] a, String[] kwnames) {
        noKeywords(type(), kwnames);
        initFromJava(a);
    }

    @PyMethod("__str__")
    Object strExceptionGroup() {
        int n = exceptions.size();
        return PyStr.of(Abstract.str(message) + " (" + n + " sub-exception" + (n > 1 ? "s" : "") + ")");
    }

    @ClassMethod
    static Object __class_getitem__(PyType cls, Object item) {
        return GenericAlias.of(cls, item);
    }

    @PyGetter("message")
    Object messageAttr() {
        return message;
    }

    @PySetter("message")
    void setMessageAttr(Object v) {
        throw PyErr.attributeError("readonly attribute");
    }

    @PyGetter("exceptions")
    Object exceptionsAttr() {
        return exceptions;
    }

    @PySetter("exceptions")
    void setExceptionsAttr(Object v) {
        throw PyErr.attributeError("readonly attribute");
    }

    @PyMethod
    Object derive(Object excs) {
        return Abstract.call(Exceptions.BaseExceptionGroup, message, excs);
    }

    @PyMethod
    Object split(Object condition) {
        ExceptionGroups.Split s = ExceptionGroups.split(this, ExceptionGroups.matcher(condition), true);
        return PyTuple.of(s.match() == null ? PyNone.NONE : s.match(), s.rest() == null ? PyNone.NONE : s.rest());
    }

    @PyMethod
    Object subgroup(Object condition) {
        ExceptionGroups.Split s = ExceptionGroups.split(this, ExceptionGroups.matcher(condition), false);
        return s.match() == null ? PyNone.NONE : s.match();
    }
}
