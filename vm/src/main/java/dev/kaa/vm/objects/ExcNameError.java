package dev.kaa.vm.objects;

/**
 * A {@code NameError} or {@code UnboundLocalError}: the keyword-only {@code name} of the
 * missing variable (for "Did you mean" suggestions).
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class ExcNameError extends PyBaseException {
    /** Null when never set (reads as None). */
    Object name;

    ExcNameError(PyType type, PyTuple args) {
        super(type, args);
    }

    /** {@code name} or null. */
    public Object name() {
        return name;
    }

    @PyMethod("__init__")
    void initNameError(Object[] a, String[] kwnames) {
        int npos = a.length - (kwnames == null ? 0 : kwnames.length);
        Object n = null;
        for (int i = 0; kwnames != null && i < kwnames.length; i++) {
            if (!kwnames[i].equals("name")) {
                throw PyErr.typeError("NameError() got an unexpected keyword argument '%s'", kwnames[i]);
            }
            n = a[npos + i];
        }
        initFromJava(positional(a, kwnames));
        name = n;
    }

    @PyGetter("name")
    Object nameAttr() {
        return name == null ? PyNone.NONE : name;
    }

    @PySetter("name")
    void setNameAttr(Object v) {
        name = v;
    }
}
