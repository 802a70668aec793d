package dev.kaa.vm.internal.imports;

import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;
import java.util.Map;

/**
 * The names CPython gives its frozen import machinery, {@code _frozen_importlib} and
 * {@code _frozen_importlib_external}, for the modules that import it by those names
 * ({@code zipimport}, tools that poke at the bootstrap). In CPython they are the modules
 * {@code importlib._bootstrap} and {@code importlib._bootstrap_external} under a second name.
 * Kaa's import system is its own Java code, so there is nothing frozen to give: the names are
 * the same Python modules, made by {@code import importlib}, which sets them up as CPython's
 * {@code importlib} does when it finds no frozen bootstrap. A module under both names is one
 * object, as in CPython.
 *
 * <p>While {@code importlib} itself is starting, it asks for {@code _frozen_importlib} first;
 * the name is then not found, and {@code importlib} falls back to loading its bootstrap from
 * source, which is what makes the name answerable afterwards.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class FrozenImporter extends PyObject implements JavaFinder {
    public static final PyType TYPE = PyType.builtin("FrozenImporter", FrozenImporter.class, MethodHandles.lookup(), 0);

    /** Each frozen name, and the module of {@code importlib} it stands for. */
    private static final Map<String, String> ALIASES = Map.of(
            "_frozen_importlib", "importlib._bootstrap",
            "_frozen_importlib_external", "importlib._bootstrap_external");

    @Override public PyType type() {
        return TYPE;
    }

    @Override public Object load(Importer importer, String name, Object searchPath) {
        String target = searchPath == null ? ALIASES.get(name) : null;
        if (target == null) {
            return null;
        }
        importer.importModule("importlib");
        Object module = importer.runtime().modules.getItem(PyStr.of(target));
        if (module == null) {
            return null;
        }
        importer.runtime().modules.setItem(PyStr.of(name), module);
        return module;
    }

    /** {@code find_spec(name, path=None, target=None)}: None; the import statement finds these names. */
    @PyMethod
    Object find_spec(Object name, @dev.kaa.vm.objects.Opt Object path, @dev.kaa.vm.objects.Opt Object target) {
        return PyNone.NONE;
    }

    @PyMethod
    Object is_frozen(Object name) {
        return PyBool.of(name instanceof PyStr s && ALIASES.containsKey(s.value()));
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of("<class '_frozen_importlib.FrozenImporter'>");
    }
}
