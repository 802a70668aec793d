package dev.kaa.vm.objects;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The error for instantiating a class with abstract methods, worded as CPython words it.
 *
 * <p>Thread safety: stateless.
 */
final class AbstractMethods {
    private AbstractMethods() {}

    static PyException cannotInstantiate(PyType cls) {
        Object am = cls.dict.getItem(PyStr.intern("__abstractmethods__"));
        List<String> names = new ArrayList<>();
        if (am != null) {
            Abstract.forEach(am, o -> names.add(Abstract.str(o).toString()));
        }
        Collections.sort(names);
        String joined = "'" + String.join("', '", names) + "'";
        return PyErr.typeError("Can't instantiate abstract class %s without an implementation for abstract method%s %s",
                cls.name(), names.size() == 1 ? "" : "s", joined);
    }
}
