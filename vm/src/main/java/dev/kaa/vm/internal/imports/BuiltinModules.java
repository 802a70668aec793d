package dev.kaa.vm.internal.imports;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyErr;
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

    /** {@code find_spec(name, path=None, target=None)} for importlib: a spec with origin 'built-in', or None. */
    @PyMethod
    Object find_spec(Object name, @Opt Object path, @Opt Object target) {
        if (!(name instanceof PyStr s) || (path != null && path != PyNone.NONE) || !factories.containsKey(s.value())) {
            return PyNone.NONE;
        }
        return ModuleSpecs.make(dev.kaa.vm.internal.eval.ThreadState.current().runtime, s.value(), this, "built-in", null, false);
    }

    /** {@code create_module(spec)}: the built-in module itself (the one in sys.modules if already made). */
    @PyMethod
    Object create_module(Object spec) {
        String name = Abstract.str(Abstract.getAttr(spec, PyStr.intern("name"))).value();
        Object existing = dev.kaa.vm.internal.eval.ThreadState.current().runtime.modules.getItem(PyStr.of(name));
        if (existing != null) {
            return existing;
        }
        Supplier<PyModule> f = factories.get(name);
        if (f == null) {
            throw PyErr.importError("no built-in module named %s", name);
        }
        return f.get();
    }

    /** {@code exec_module(module)}: nothing to run, a built-in module is complete when made. */
    @PyMethod
    void exec_module(Object module) {
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
