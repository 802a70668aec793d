package dev.kaa.vm.objects;

/**
 * A {@code StopIteration}: {@code value} is the first argument (the generator's return value),
 * None without arguments.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class ExcStopIteration extends PyBaseException {
    /** {@code value}; null until {@code __init__} ran (reads as None). */
    Object value;

    ExcStopIteration(PyType type, PyTuple args) {
        super(type, args);
    }

    /** The iterator's return value ({@code value}), None when not given. */
    public Object value() {
        return value == null ? PyNone.NONE : value;
    }

    @Override void initFromJava(Object[] a) {
        super.initFromJava(a);
        value = a.length > 0 ? a[0] : PyNone.NONE;
    }

    @PyMethod("__init__")
    void initStopIteration(Object[] a, String[] kwnames) {
        noKeywords(type(), kwnames);
        initFromJava(a);
    }

    @PyGetter("value")
    Object valueAttr() {
        return value();
    }

    @PySetter("value")
    void setValueAttr(Object v) {
        value = v;
    }
}
