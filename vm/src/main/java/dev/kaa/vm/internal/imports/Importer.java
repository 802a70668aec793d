package dev.kaa.vm.internal.imports;

import dev.kaa.vm.internal.eval.Runtime;
import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.PyBaseException;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import java.util.ArrayList;
import java.util.List;

/**
 * The import system: {@code __import__} with relative names and {@code fromlist}, the search
 * through {@code sys.meta_path} (finders written in Python are asked with the PEP 451
 * protocol; Kaa's own finders are Java objects in the same list), then the built-in modules
 * and {@code sys.path}.
 *
 * <p>Thread safety: GIL-guarded; a module being imported is locked ({@link ModuleLocks}), so a
 * second thread importing it waits for the first to finish, as in CPython.
 */
public final class Importer {
    private static final PyStr PACKAGE = PyStr.intern("__package__"), NAME = PyStr.intern("__name__");
    private static final PyStr PATH = PyStr.intern("__path__"), SPEC = PyStr.intern("__spec__");
    private static final PyStr ALL = PyStr.intern("__all__");

    private final Runtime rt;
    /** Per-module locks, so that threads importing one module at once see it whole. */
    private final ModuleLocks locks = new ModuleLocks();
    final BuiltinModules builtins;
    final PathFinder pathFinder;

    public Importer(Runtime rt, BuiltinModules builtins, PathFinder pathFinder) {
        this.rt = rt;
        this.builtins = builtins;
        this.pathFinder = pathFinder;
    }

    /** {@code __import__(name, globals, None, fromlist, level)}. */
    public Object importName(ThreadState ts, String name, PyDict globals, Object fromlist, int level) {
        String absolute = level > 0 ? resolve(name, globals, level) : name;
        if (absolute.isEmpty()) {
            throw PyErr.valueError("Empty module name");
        }
        Object module = importModule(absolute);
        boolean hasFrom = fromlist != null && fromlist != PyNone.NONE && Abstract.isTrue(fromlist);
        if (!hasFrom) {
            if (level == 0 || !name.isEmpty()) {
                int dot = name.indexOf('.');
                if (dot < 0) {
                    return module;
                }
                String top = level == 0 ? name.substring(0, dot)
                        : absolute.substring(0, absolute.length() - (name.length() - dot));
                Object m = rt.modules.getItem(PyStr.of(top));
                if (m == null) {
                    throw PyErr.format(Exceptions.KeyError, "%s not in sys.modules as expected", top);
                }
                return m;
            }
            return module;
        }
        if (Abstract.lookupAttr(module, PATH) != null) {
            handleFromlist(module, absolute, fromlist);
        }
        return module;
    }

    /** Imports submodules named in {@code fromlist} that are not yet attributes of the package. */
    private void handleFromlist(Object module, String name, Object fromlist) {
        Object it = Abstract.iter(fromlist);
        Object item;
        while ((item = Abstract.next(it)) != null) {
            if (!(item instanceof PyStr s)) {
                throw PyErr.typeError("Item in %s.__all__ must be str, not %T", name, item);
            }
            if (s.value().equals("*")) {
                Object all = Abstract.lookupAttr(module, ALL);
                if (all != null) {
                    handleFromlist(module, name, all);
                }
                continue;
            }
            if (Abstract.lookupAttr(module, s) == null) {
                String sub = name + "." + s.value();
                try {
                    importModule(sub);
                } catch (PyException e) {
                    // A missing submodule is not an error here: IMPORT_FROM reports the name.
                    if (!(e.matches(Exceptions.ModuleNotFoundError) && sub.equals(nameOf(e.value())))) {
                        throw e;
                    }
                }
            }
        }
    }

    private static String nameOf(PyBaseException e) {
        Object n = Abstract.lookupAttr(e, NAME);
        return n instanceof PyStr s ? s.value() : null;
    }

    /** The absolute name of a relative import from a module with these globals. */
    private String resolve(String name, PyDict globals, int level) {
        if (globals == null) {
            throw PyErr.keyError(PyStr.of("'__name__' not in globals"));
        }
        Object pkg = globals.getItem(PACKAGE);
        String pkgName;
        if (pkg instanceof PyStr s) {
            pkgName = s.value();
        } else if (pkg != null && pkg != PyNone.NONE) {
            throw PyErr.typeError("package must be a string");
        } else {
            Object spec = globals.getItem(SPEC);
            Object parent = spec != null && spec != PyNone.NONE ? Abstract.lookupAttr(spec, PyStr.intern("parent")) : null;
            if (parent instanceof PyStr p) {
                pkgName = p.value();
            } else {
                Object modName = globals.getItem(NAME);
                if (!(modName instanceof PyStr mn)) {
                    throw PyErr.keyError(PyStr.of("'__name__' not in globals"));
                }
                pkgName = globals.getItem(PATH) != null ? mn.value()
                        : mn.value().contains(".") ? mn.value().substring(0, mn.value().lastIndexOf('.')) : "";
            }
        }
        if (pkgName.isEmpty()) {
            throw PyErr.importError("attempted relative import with no known parent package");
        }
        String base = pkgName;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw PyErr.importError("attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** Imports {@code name} (absolute), its parents first; returns the module from {@code sys.modules}. */
    public Object importModule(String name) {
        Object existing = rt.modules.getItem(PyStr.of(name));
        if (existing != null && locks.importedElsewhere(name)) {
            // Another thread is still executing it: wait for the end of that import.
            if (locks.acquire(name)) {
                locks.release(name);
            }
            existing = rt.modules.getItem(PyStr.of(name));
        }
        if (existing != null) {
            if (existing == PyNone.NONE) {
                throw notFound("import of " + name + " halted; None in sys.modules", name);
            }
            return existing;
        }
        Object searchPath = null;
        int dot = name.lastIndexOf('.');
        Object parent = null;
        if (dot > 0) {
            String parentName = name.substring(0, dot);
            parent = importModule(parentName);
            existing = rt.modules.getItem(PyStr.of(name));
            if (existing != null) {
                return existing;
            }
            searchPath = Abstract.lookupAttr(parent, PATH);
            if (searchPath == null) {
                throw notFound("No module named '" + name + "'; '" + parentName + "' is not a package", name);
            }
        }
        Object module;
        boolean locked = locks.acquire(name);
        try {
            // Another thread may have imported it while this one waited.
            existing = rt.modules.getItem(PyStr.of(name));
            module = existing != null ? existing : find(name, searchPath);
        } finally {
            if (locked) {
                locks.release(name);
            }
        }
        if (module == PyNone.NONE) {
            throw notFound("import of " + name + " halted; None in sys.modules", name);
        }
        if (module == null) {
            throw notFound("No module named '" + name + "'", name);
        }
        if (parent != null) {
            Abstract.setAttr(parent, PyStr.intern(name.substring(dot + 1)), module);
        }
        return module;
    }

    private Object find(String name, Object searchPath) {
        Object metaPath = rt.sys.dict().getItem(PyStr.intern("meta_path"));
        if (metaPath instanceof PyList finders && finders.size() > 0) {
            for (Object finder : finders.toArray()) {
                if (finder instanceof JavaFinder jf) {
                    Object m = jf.load(this, name, searchPath);
                    if (m != null) {
                        return m;
                    }
                    continue;
                }
                Object m = PythonFinders.tryFinder(rt, finder, name, searchPath);
                if (m != null) {
                    return m;
                }
            }
            return null;
        }
        Object m = builtins.load(this, name, searchPath);
        return m != null ? m : pathFinder.load(this, name, searchPath);
    }

    Runtime runtime() {
        return rt;
    }

    static PyException notFound(String message, String name) {
        Object e = Abstract.call(Exceptions.ModuleNotFoundError, new Object[] {PyStr.of(message), PyStr.of(name)},
                new String[] {"name"});
        return new PyException((PyBaseException) e);
    }

    /** Names of the modules currently in {@code sys.modules} (for tests and diagnostics). */
    List<String> loadedNames() {
        List<String> out = new ArrayList<>();
        for (Object k : rt.modules.keys()) {
            out.add(k.toString());
        }
        return out;
    }
}
