package dev.kaa.vm.modules.ast;

import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyInstance;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import java.util.HashMap;
import java.util.Map;

/**
 * The classes of one {@code _ast} module by Python name, and the shared instances of the operator
 * and context classes that converted trees use (as CPython's do: {@code Load()} nodes of a parsed
 * tree are one object).
 *
 * <p>Thread safety: immutable after construction.
 */
final class AstState {
    private final Map<String, PyType> types = new HashMap<>();
    private final Map<String, PyInstance> singletons = new HashMap<>();

    AstState(PyDict ns) {
        types.put("AST", (PyType) ns.getItem(PyStr.of("AST")));
        for (NodeKinds.Category c : NodeKinds.CATEGORIES) {
            types.put(c.name(), (PyType) ns.getItem(PyStr.of(c.name())));
        }
        for (NodeKinds.Kind k : NodeKinds.KINDS.values()) {
            PyType t = (PyType) ns.getItem(PyStr.of(k.name()));
            types.put(k.name(), t);
            if (k.javaClass().isEnum()) {
                singletons.put(k.name(), new PyInstance(t));
            }
        }
    }

    PyType type(String name) {
        return types.get(name);
    }

    PyInstance singleton(String name) {
        return singletons.get(name);
    }
}
