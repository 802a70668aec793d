package dev.kaa.vm.objects;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code dir()}'s default answers: an object's instance attributes and its class's, a class's
 * attributes along its MRO.
 *
 * <p>Thread safety: stateless.
 */
final class Dir {
    private Dir() {}

    static PyList ofObject(Object o) {
        // As CPython's object.__dir__: the attributes __dict__ and __class__ as Python code sees
        // them, so a slot or property that shadows either (or fails) changes the answer.
        Set<Object> names = new LinkedHashSet<>();
        if (Abstract.lookupAttr(o, PyStr.intern("__dict__")) instanceof PyDict d) {
            names.addAll(d.keys());
        }
        if (Abstract.lookupAttr(o, PyStr.intern("__class__")) instanceof PyType t) {
            addClassNames(t, names);
        }
        return new PyList(names.toArray());
    }

    static PyList ofType(PyType t) {
        Set<Object> names = new LinkedHashSet<>();
        addClassNames(t, names);
        return new PyList(names.toArray());
    }

    private static void addClassNames(PyType t, Set<Object> names) {
        List<PyType> mro = new ArrayList<>(List.of(t.mro()));
        for (PyType c : mro) {
            names.addAll(c.dict.keys());
        }
    }
}
