package dev.kaa.vm.objects;

/**
 * An {@code ImportError} or {@code ModuleNotFoundError}: {@code msg} (the single argument),
 * and the keyword-only {@code name}, {@code path} and {@code name_from}.
 *
 * <p>Fields are null when never set (CPython's NULL) and read as None; {@code __reduce__}
 * keeps the ones that were set, even to None, as CPython does.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class ExcImportError extends PyBaseException {
    Object msg, name, path, nameFrom;

    ExcImportError(PyType type, PyTuple args) {
        super(type, args);
    }

    private static Object orNone(Object v) {
        return v == null ? PyNone.NONE : v;
    }

    /** {@code name}: the module that was imported, or null. */
    public Object name() {
        return name;
    }

    /** Sets {@code name} and {@code path} from Java (the import system does). */
    public void setNameAndPath(Object name, Object path) {
        this.name = name;
        this.path = path;
    }

    /** Sets {@code name_from} (for "Did you mean" on {@code from m import x}). */
    public void setNameFrom(Object nameFrom) {
        this.nameFrom = nameFrom;
    }

    @Override void initFromJava(Object[] a) {
        super.initFromJava(a);
        msg = a.length == 1 ? a[0] : null;
    }

    @PyMethod("__init__")
    void initImportError(Object[] a, String[] kwnames) {
        int npos = a.length - (kwnames == null ? 0 : kwnames.length);
        Object n = null, p = null, f = null;
        for (int i = 0; kwnames != null && i < kwnames.length; i++) {
            Object v = a[npos + i];
            switch (kwnames[i]) {
                case "name" -> n = v;
                case "path" -> p = v;
                case "name_from" -> f = v;
                default -> throw PyErr.typeError("ImportError() got an unexpected keyword argument '%s'", kwnames[i]);
            }
        }
        initFromJava(positional(a, kwnames));
        name = n;
        path = p;
        nameFrom = f;
    }

    @PyMethod("__str__")
    Object strImportError() {
        return msg != null && msg.getClass() == PyStr.class ? msg : strBaseException();
    }

    @PyMethod("__reduce__")
    Object reduceImportError() {
        PyDict state = visibleDict();
        state = state == null ? new PyDict() : state.copy();
        if (name != null) {
            state.setItem(PyStr.intern("name"), name);
        }
        if (path != null) {
            state.setItem(PyStr.intern("path"), path);
        }
        if (nameFrom != null) {
            state.setItem(PyStr.intern("name_from"), nameFrom);
        }
        return state.size() == 0 ? PyTuple.of(type(), args) : PyTuple.of(type(), args, state);
    }

    @PyGetter("msg")
    Object msgAttr() {
        return orNone(msg);
    }

    @PySetter("msg")
    void setMsgAttr(Object v) {
        msg = v;
    }

    @PyGetter("name")
    Object nameAttr() {
        return orNone(name);
    }

    @PySetter("name")
    void setNameAttr(Object v) {
        name = v;
    }

    @PyGetter("path")
    Object pathAttr() {
        return orNone(path);
    }

    @PySetter("path")
    void setPathAttr(Object v) {
        path = v;
    }

    @PyGetter("name_from")
    Object nameFromAttr() {
        return orNone(nameFrom);
    }

    @PySetter("name_from")
    void setNameFromAttr(Object v) {
        nameFrom = v;
    }
}
