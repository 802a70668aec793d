package dev.kaa.vm.objects;

/**
 * An {@code OSError} or one of its subclasses: {@code errno}, {@code strerror},
 * {@code filename}, {@code filename2}, and for {@code BlockingIOError} {@code characters_written}.
 *
 * <p>As in CPython, {@code OSError(errno, strerror, ...)} becomes the subclass PEP 3151 names for
 * the errno ({@code OSError(2, 'x')} is a {@code FileNotFoundError}), and the arguments are read
 * in {@code __new__} unless a subclass overrides {@code __init__} without overriding
 * {@code __new__}, in which case {@code __init__} reads them. With a filename, {@code args} keeps
 * only {@code (errno, strerror)}.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class ExcOSError extends PyBaseException {
    /** Null when never set (reads as None). */
    Object errno, strerror, filename, filename2;
    /** {@code characters_written}, -1 when unset. */
    long written = -1;

    ExcOSError(PyType type, PyTuple args) {
        super(type, args);
    }

    /**
     * {@code OSError(errno, strerror(errno), filename)}, of the subclass the errno maps to, with
     * the system's message: what Java code raises for a failed system call.
     *
     * @param filename the file name (a str or bytes object), or null for none
     */
    public static ExcOSError fromErrno(int errno, Object filename) {
        PyStr msg = PyStr.of(ExcErrno.strerror(errno));
        return (ExcOSError) (filename == null ? create(Exceptions.OSError, PyInt.of(errno), msg)
                : create(Exceptions.OSError, PyInt.of(errno), msg, filename));
    }

    /** {@code errno}, or null. */
    public Object errno() {
        return errno;
    }

    /** {@code filename}, or null. */
    public Object filename() {
        return filename;
    }

    private static final PyStr INIT = PyStr.intern("__init__"), NEW = PyStr.intern("__new__");

    /** True when {@code __init__}, not {@code __new__}, reads the arguments (CPython's {@code oserror_use_init}). */
    private static boolean useInit(PyType type) {
        return type.lookup(INIT) != Exceptions.OSError.dict().getItem(INIT)
                && type.lookup(NEW) == Exceptions.OSError.dict().getItem(NEW);
    }

    /** {@code __new__} of every OSError class. */
    static ExcOSError make(PyType cls, Object[] all, String[] kwnames) {
        if (useInit(cls)) {
            return new ExcOSError(cls, PyTuple.EMPTY);
        }
        noKeywords(cls, kwnames);
        Object[] a = positional(all, kwnames);
        PyType made = cls;
        if (cls == Exceptions.OSError && a.length >= 2 && a.length <= 5 && a[0] instanceof PyInt n) {
            PyType sub = n.isLong() ? ExcErrno.subclassFor(n.value) : null;
            if (sub != null) {
                made = sub;
            }
        }
        ExcOSError e = new ExcOSError(made, PyTuple.EMPTY);
        e.parse(a);
        return e;
    }

    /** CPython's {@code oserror_parse_args} and {@code oserror_init}. */
    private void parse(Object[] a) {
        args = PyTuple.of(a);
        if (a.length < 2 || a.length > 5) {
            return;
        }
        Object name = a.length > 2 ? a[2] : null;
        Object name2 = a.length > 4 ? a[4] : null;
        if (name != null && name != PyNone.NONE) {
            if (type() == Exceptions.BlockingIOError && isNumber(name)) {
                // BlockingIOError's third argument may be the number of characters written.
                written = Abstract.asLong(Abstract.index(name));
            } else {
                filename = name;
                if (name2 != null && name2 != PyNone.NONE) {
                    filename2 = name2;
                }
                args = PyTuple.of(a[0], a[1]);
            }
        }
        errno = a[0];
        strerror = a[1];
    }

    /** CPython's {@code PyNumber_Check}. */
    private static boolean isNumber(Object o) {
        PyType t = Abstract.typeOf(o);
        return o instanceof PyInt || o instanceof PyFloat || t.lookup("__index__") != null
                || t.lookup("__int__") != null || t.lookup("__float__") != null || t.lookup("__complex__") != null;
    }

    @Override void initFromJava(Object[] a) {
        // Built-in OSError classes read their arguments in __new__.
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        checkSubtype("OSError", cls, Exceptions.OSError);
        return make(cls, args, kwnames);
    }

    @PyMethod("__init__")
    void initOSError(Object[] a, String[] kwnames) {
        if (!useInit(type())) {
            return;
        }
        noKeywords(type(), kwnames);
        parse(a);
    }

    private static Object orNone(Object v) {
        return v == null ? PyNone.NONE : v;
    }

    @PyMethod("__str__")
    Object strOSError() {
        if (filename != null) {
            String head = "[Errno " + Abstract.str(orNone(errno)) + "] " + Abstract.str(orNone(strerror)) + ": "
                    + Abstract.repr(filename);
            return PyStr.of(filename2 == null ? head : head + " -> " + Abstract.repr(filename2));
        }
        if (errno != null && strerror != null) {
            return PyStr.of("[Errno " + Abstract.str(errno) + "] " + Abstract.str(strerror));
        }
        return strBaseException();
    }

    @PyMethod("__reduce__")
    Object reduceOSError() {
        Object a = args;
        if (args.size() == 2 && filename != null) {
            a = filename2 == null ? PyTuple.of(args.get(0), args.get(1), filename)
                    : PyTuple.of(args.get(0), args.get(1), filename, PyNone.NONE, filename2);
        }
        PyDict d = visibleDict();
        return d == null || d.size() == 0 ? PyTuple.of(type(), a) : PyTuple.of(type(), a, d);
    }

    @PyGetter("errno")
    Object errnoAttr() {
        return orNone(errno);
    }

    @PySetter("errno")
    void setErrnoAttr(Object v) {
        errno = v;
    }

    @PyGetter("strerror")
    Object strerrorAttr() {
        return orNone(strerror);
    }

    @PySetter("strerror")
    void setStrerrorAttr(Object v) {
        strerror = v;
    }

    @PyGetter("filename")
    Object filenameAttr() {
        return orNone(filename);
    }

    @PySetter("filename")
    void setFilenameAttr(Object v) {
        filename = v;
    }

    @PyGetter("filename2")
    Object filename2Attr() {
        return orNone(filename2);
    }

    @PySetter("filename2")
    void setFilename2Attr(Object v) {
        filename2 = v;
    }

    @PyGetter("characters_written")
    Object charactersWrittenAttr() {
        if (written == -1) {
            throw PyErr.attributeError("characters_written");
        }
        return PyInt.of(written);
    }

    @PySetter("characters_written")
    void setCharactersWrittenAttr(Object v) {
        if (v == null) {
            if (written == -1) {
                throw PyErr.attributeError("characters_written");
            }
            written = -1;
            return;
        }
        written = Abstract.asLong(Abstract.index(v));
    }
}
