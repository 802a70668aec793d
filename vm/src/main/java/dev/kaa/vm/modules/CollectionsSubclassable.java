package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Instance;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyType;

/**
 * The common state of the objects of Group B's Java modules (deque, partial, the itertools
 * iterators…) whose classes Python code may subclass: the object carries its own type, so one
 * Java class serves the built-in type and every Python subclass of it, with the instance
 * dictionary and {@code __slots__} storage a subclass asks for.
 *
 * <p>Thread safety: GIL-guarded.
 */
public abstract class CollectionsSubclassable extends PyObject implements Instance {
    private PyType type;
    private PyDict dict;
    private final Object[] slots;

    /**
     * An instance of {@code cls}; {@code alwaysDict} gives it a dictionary even when it is of
     * the built-in type itself (partial and the lru_cache wrapper have one).
     */
    protected CollectionsSubclassable(PyType cls, boolean alwaysDict) {
        this.type = cls;
        this.dict = alwaysDict || cls.instancesHaveDict() ? new PyDict() : null;
        this.slots = cls.slotCount() == 0 ? null : new Object[cls.slotCount()];
    }

    @Override public final PyType type() {
        return type;
    }

    @Override public final PyDict instanceDict() {
        return dict;
    }

    @Override public final void setInstanceDict(PyDict dict) {
        this.dict = dict;
    }

    @Override public final void setType(PyType type) {
        this.type = type;
    }

    @Override public final Object[] slotValues() {
        return slots;
    }
}
