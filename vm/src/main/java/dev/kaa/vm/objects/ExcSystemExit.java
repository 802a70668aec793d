package dev.kaa.vm.objects;

/**
 * A {@code SystemExit}: {@code code} is None without arguments, the argument with one, the
 * argument tuple with more; fixed at {@code __init__} (assigning {@code args} later leaves it).
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class ExcSystemExit extends PyBaseException {
    Object code;

    ExcSystemExit(PyType type, PyTuple args) {
        super(type, args);
    }

    /** The exit status object ({@code code}). */
    public Object code() {
        return code == null ? PyNone.NONE : code;
    }

    @Override void initFromJava(Object[] a) {
        super.initFromJava(a);
        code = a.length == 0 ? PyNone.NONE : a.length == 1 ? a[0] : args;
    }

    @PyMethod("__init__")
    void initSystemExit(Object[] a, String[] kwnames) {
        noKeywords(type(), kwnames);
        initFromJava(a);
    }

    @PyGetter("code")
    Object codeAttr() {
        return code();
    }

    @PySetter("code")
    void setCodeAttr(Object v) {
        code = v;
    }
}
