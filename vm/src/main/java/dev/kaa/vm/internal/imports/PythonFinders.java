package dev.kaa.vm.internal.imports;

import dev.kaa.vm.internal.eval.Runtime;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;

/**
 * Finders written in Python, in {@code sys.meta_path}: asked with PEP 451's protocol
 * ({@code find_spec}, then the spec's loader's {@code create_module} and {@code exec_module}).
 *
 * <p>Thread safety: stateless; runs under the GIL.
 */
final class PythonFinders {
    private PythonFinders() {}

    private static PyStr s(String v) {
        return PyStr.intern(v);
    }

    /** Loads {@code name} through meta path finder {@code finder}, or answers null when it does not find it. */
    static Object tryFinder(Runtime rt, Object finder, String name, Object searchPath) {
        Object findSpec = Abstract.lookupAttr(finder, s("find_spec"));
        if (findSpec == null) {
            return null;
        }
        Object spec = Abstract.call(findSpec, PyStr.of(name), searchPath == null ? PyNone.NONE : searchPath, PyNone.NONE);
        if (spec == PyNone.NONE) {
            return null;
        }
        return loadSpec(rt, name, spec);
    }

    /** The spec of {@code name} from path-entry finder {@code finder} ({@code find_spec(name, None)}), or null. */
    static Object entrySpec(Object finder, String name) {
        Object findSpec = Abstract.lookupAttr(finder, s("find_spec"));
        if (findSpec == null) {
            return null;
        }
        Object spec = Abstract.call(findSpec, PyStr.of(name), PyNone.NONE);
        return spec == PyNone.NONE ? null : spec;
    }

    /**
     * The namespace portions a path-entry finder's spec stands for (no loader, search locations
     * given), or null when the spec is a module's.
     */
    static java.util.List<String> namespacePortions(Object spec) {
        Object loader = Abstract.lookupAttr(spec, s("loader"));
        Object locations = Abstract.lookupAttr(spec, s("submodule_search_locations"));
        if ((loader != null && loader != PyNone.NONE) || locations == null || locations == PyNone.NONE) {
            return null;
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        Abstract.forEach(locations, p -> out.add(Abstract.str(p).value()));
        return out;
    }

    /** Creates, registers and executes the module {@code spec} describes, as importlib's {@code _load}. */
    static Object loadSpec(Runtime rt, String name, Object spec) {
        Object loader = Abstract.lookupAttr(spec, s("loader"));
        Object locations = Abstract.lookupAttr(spec, s("submodule_search_locations"));
        Object module = null;
        if (loader != null && loader != PyNone.NONE) {
            Object create = Abstract.lookupAttr(loader, s("create_module"));
            if (create != null) {
                module = Abstract.call(create, spec);
            }
        } else if (locations == null || locations == PyNone.NONE) {
            throw PyErr.importError("missing loader");
        }
        if (module == null || module == PyNone.NONE) {
            module = new PyModule(name);
        }
        setIfMissing(module, "__spec__", spec);
        setIfMissing(module, "__loader__", loader == null ? PyNone.NONE : loader);
        Object parent = Abstract.lookupAttr(spec, s("parent"));
        setIfMissing(module, "__package__", parent == null ? PyNone.NONE : parent);
        if (locations != null && locations != PyNone.NONE) {
            setIfMissing(module, "__path__", locations);
        }
        Object hasLocation = Abstract.lookupAttr(spec, s("has_location"));
        if (hasLocation != null && Abstract.isTrue(hasLocation)) {
            Object origin = Abstract.lookupAttr(spec, s("origin"));
            if (origin != null) {
                setIfMissing(module, "__file__", origin);
            }
            Object cached = Abstract.lookupAttr(spec, s("cached"));
            if (cached != null && cached != PyNone.NONE) {
                setIfMissing(module, "__cached__", cached);
            }
        }
        PyStr key = PyStr.of(name);
        rt.modules.setItem(key, module);
        try {
            if (loader != null && loader != PyNone.NONE) {
                Object exec = Abstract.lookupAttr(loader, s("exec_module"));
                if (exec != null) {
                    Abstract.call(exec, module);
                } else {
                    Object legacy = Abstract.lookupAttr(loader, s("load_module"));
                    if (legacy == null) {
                        throw PyErr.importError("loader for %s cannot handle %s", name, name);
                    }
                    Abstract.call(legacy, PyStr.of(name));
                }
            }
        } catch (PyException e) {
            rt.modules.delItem(key);
            throw e;
        }
        Object result = rt.modules.getItem(key);
        if (result == null) {
            throw PyErr.importError("Loaded module %s not found in sys.modules", name);
        }
        return result;
    }

    private static void setIfMissing(Object module, String attr, Object value) {
        Object current = Abstract.lookupAttr(module, s(attr));
        if (current == null || current == PyNone.NONE) {
            try {
                Abstract.setAttr(module, s(attr), value);
            } catch (PyException e) {
                // A module object that refuses attributes keeps what it has, as importlib allows.
            }
        }
    }
}
