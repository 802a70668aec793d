package dev.kaa.vm.objects;

/**
 * Attribute access on a class ({@code type.__getattribute__} and {@code __setattr__}): the
 * metaclass's data descriptors first, then the class's own MRO (binding descriptors to the
 * class), then the metaclass's other attributes.
 *
 * <p>Thread safety: GIL-guarded.
 */
final class TypeAttributes {
    private TypeAttributes() {}

    static Object get(PyType type, PyStr name) {
        PyType meta = type.type();
        Object metaAttr = meta.lookup(name);
        Fn.Ternary metaGet = null;
        if (metaAttr != null) {
            PyType mt = Abstract.typeOf(metaAttr);
            metaGet = mt.ternary(Slot.__get__);
            if (metaGet != null && BaseObject.isDataDescriptor(mt)) {
                return metaGet.call(metaAttr, type, meta);
            }
        }
        Object attr = type.lookup(name);
        if (attr != null) {
            Fn.Ternary get = Abstract.typeOf(attr).ternary(Slot.__get__);
            return get == null ? attr : get.call(attr, null, type);
        }
        if (metaGet != null) {
            return metaGet.call(metaAttr, type, meta);
        }
        if (metaAttr != null) {
            return metaAttr;
        }
        throw PyErr.noAttribute(type, name);
    }

    static void set(PyType type, PyStr name, Object value) {
        PyType meta = type.type();
        Object metaAttr = meta.lookup(name);
        if (metaAttr != null) {
            PyType mt = Abstract.typeOf(metaAttr);
            if (value != null && mt.ternary(Slot.__set__) != null) {
                mt.ternary(Slot.__set__).call(metaAttr, type, value);
                return;
            }
            if (value == null && mt.binary(Slot.__delete__) != null) {
                mt.binary(Slot.__delete__).call(metaAttr, type);
                return;
            }
        }
        if (!type.isHeapType()) {
            // CPython words deletion the same way (type_setattro is called with NULL).
            throw PyErr.typeError("cannot set '%s' attribute of immutable type '%s'", name, type.name());
        }
        if (value != null) {
            type.dict.setItem(name, value);
        } else if (type.dict.delItem(name) == null) {
            throw PyErr.noAttribute(type, name);
        }
        type.changed(name);
    }
}
