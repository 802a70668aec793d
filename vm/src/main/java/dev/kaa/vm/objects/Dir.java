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
        Set<Object> names = new LinkedHashSet<>();
        PyDict d = Instances.dictOf(o);
        if (d != null) {
            names.addAll(d.keys());
        }
        PyType t = Abstract.typeOf(o);
        addClassNames(t, names);
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
