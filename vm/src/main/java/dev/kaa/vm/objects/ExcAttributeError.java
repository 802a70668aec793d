package dev.kaa.vm.objects;

/**
 * An {@code AttributeError}: the keyword-only {@code name} and {@code obj} (the missing
 * attribute and the object it was looked up on, for "Did you mean" suggestions).
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class ExcAttributeError extends PyBaseException {
    /** Null when never set (reads as None). */
    Object name, obj;

    ExcAttributeError(PyType type, PyTuple args) {
        super(type, args);
    }

    /** {@code name} or null. */
    public Object name() {
        return name;
    }

    /** {@code obj} or null. */
    public Object obj() {
        return obj;
    }

    @PyMethod("__init__")
    void initAttributeError(Object[] a, String[] kwnames) {
        int npos = a.length - (kwnames == null ? 0 : kwnames.length);
        Object n = null, o = null;
        for (int i = 0; kwnames != null && i < kwnames.length; i++) {
            switch (kwnames[i]) {
                case "name" -> n = a[npos + i];
                case "obj" -> o = a[npos + i];
                default -> throw PyErr.typeError("AttributeError() got an unexpected keyword argument '%s'",
                        kwnames[i]);
            }
        }
        initFromJava(positional(a, kwnames));
        name = n;
        obj = o;
    }

    /** The pickled state: the instance dictionary, {@code name} when set, and {@code args}. */
    @PyMethod("__getstate__")
    Object getstateAttributeError() {
        PyDict d = visibleDict();
        PyDict state = d == null ? new PyDict() : d.copy();
        if (name != null) {
            state.setItem(PyStr.intern("name"), name);
        }
        state.setItem(PyStr.intern("args"), args);
        return state;
    }

    @PyMethod("__reduce__")
    Object reduceAttributeError() {
        return PyTuple.of(type(), args, getstateAttributeError());
    }

    @PyGetter("name")
    Object nameAttr() {
        return name == null ? PyNone.NONE : name;
    }

    @PySetter("name")
    void setNameAttr(Object v) {
        name = v;
    }

    @PyGetter("obj")
    Object objAttr() {
        return obj == null ? PyNone.NONE : obj;
    }

    @PySetter("obj")
    void setObjAttr(Object v) {
        obj = v;
    }
}
