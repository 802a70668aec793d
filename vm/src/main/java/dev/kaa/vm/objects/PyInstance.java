package dev.kaa.vm.objects;

/**
 * An instance of a Python class whose only built-in base is {@code object}.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class PyInstance extends PyObject implements Instance {
    private PyType type;
    private PyDict dict;
    private final Object[] slots;

    public PyInstance(PyType type) {
        this.type = type;
        this.dict = type.instancesHaveDict() ? new PyDict() : null;
        this.slots = type.slotCount() == 0 ? null : new Object[type.slotCount()];
    }

    @Override public PyType type() {
        return type;
    }

    @Override public PyDict instanceDict() {
        return dict;
    }

    @Override public void setInstanceDict(PyDict dict) {
        this.dict = dict;
    }

    @Override public void setType(PyType type) {
        this.type = type;
    }

    @Override public Object[] slotValues() {
        return slots;
    }
}
