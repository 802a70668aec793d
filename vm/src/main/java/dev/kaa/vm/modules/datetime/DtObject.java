package dev.kaa.vm.modules.datetime;

import dev.kaa.vm.objects.Instance;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyType;

/**
 * The common state of {@code _datetime}'s objects: each carries its own type, so one Java class
 * serves a built-in type and every Python subclass of it, with the instance dictionary and
 * {@code __slots__} storage the subclass asks for.
 *
 * <p>Thread safety: the fields of the value are final; the dictionary is GIL-guarded.
 */
abstract class DtObject extends PyObject implements Instance {
    private PyType type;
    private PyDict dict;
    private final Object[] slots;

    DtObject(PyType cls) {
        this.type = cls;
        this.dict = cls.instancesHaveDict() ? new PyDict() : null;
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

    /** The name {@code repr} shows: {@code datetime.date} for the built-in type, a subclass's own name. */
    final String typeName() {
        return type.messageName();
    }
}
