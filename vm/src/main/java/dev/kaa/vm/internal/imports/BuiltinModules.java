package dev.kaa.vm.internal.imports;

import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The modules built into the interpreter ({@code sys}, {@code builtins}, and the Java modules
 * registered by name): CPython's {@code BuiltinImporter}, sitting first in {@code sys.meta_path}.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class BuiltinModules extends PyObject implements JavaFinder {
    public static final PyType TYPE = PyType.builtin("BuiltinImporter", BuiltinModules.class, MethodHandles.lookup(), 0);

    private final Map<String, Supplier<PyModule>> factories = new LinkedHashMap<>();

    @Override public PyType type() {
        return TYPE;
    }

    /** Makes {@code name} importable: {@code factory} creates the module on first import. */
    public void register(String name, Supplier<PyModule> factory) {
        factories.put(name, factory);
    }

    public Iterable<String> names() {
        return factories.keySet();
    }

    public boolean has(String name) {
        return factories.containsKey(name);
    }

    @Override public Object load(Importer importer, String name, Object searchPath) {
        if (searchPath != null) {
            return null;
        }
        Supplier<PyModule> f = factories.get(name);
        if (f == null) {
            return null;
        }
        PyModule m = f.get();
        m.put("__loader__", this);
        importer.runtime().modules.setItem(PyStr.of(name), m);
        return m;
    }

    @PyMethod
    Object find_spec(Object name, @Opt Object path, @Opt Object target) {
        return PyNone.NONE;
    }

    @PyMethod
    Object is_builtin(Object name) {
        return PyBool.of(name instanceof PyStr s && factories.containsKey(s.value()));
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of("<class '_frozen_importlib.BuiltinImporter'>");
    }
}
