package dev.kaa.vm.objects;

/**
 * An instance of a Python class whose only built-in base is {@code object}.
 *
 * <p>Thread safety: GIL-guarded.
 */
public class PyInstance extends PyObject implements Instance {
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

    /**
     * An instance of a class with {@code __del__}: when the JVM finds it unreachable, its
     * finalizer only queues it (no Python code runs on the finalizer thread); {@code gc.collect()}
     * then calls {@code __del__} ({@link DelFinalizers}). The JVM finalizes an object once, as
     * PEP 442 calls {@code __del__} once, resurrected or not.
     */
    static final class Finalizable extends PyInstance {
        /** The interpreter whose gc.collect() runs the __del__. */
        private final Object owner;

        Finalizable(PyType type) {
            super(type);
            DelFinalizers.created();
            owner = DelFinalizers.owner();
        }

        @Override
        @SuppressWarnings({"removal", "deprecation", "checkstyle:NoFinalizer"})
        protected void finalize() {
            DelFinalizers.enqueue(owner, this);
        }
    }
}
