package dev.kaa.vm.internal.imports;

import dev.kaa.vm.internal.eval.Eval;
import dev.kaa.vm.internal.eval.Runtime;
import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyCode;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyFrame;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyStr;

/**
 * {@code kaa -m NAME}: runs a module's code as {@code __main__}, as {@code runpy} does: parent
 * packages are imported first, a package runs its {@code __main__} submodule, and
 * {@code sys.argv[0]} becomes the module's file.
 *
 * <p>Thread safety: runs on the main thread under the GIL.
 */
public final class RunModule {
    private RunModule() {}

    /**
     * Finds {@code name} and its code; the returned action runs it. Finding fails with
     * ImportError as {@code runpy} words it; running raises whatever the module raises.
     */
    public static Runnable prepare(Runtime rt, Importer importer, String name) {
        return prepare(rt, importer, name, name);
    }

    /**
     * {@code kaa DIR} or {@code kaa APP.zip}, with the folder or archive first on
     * {@code sys.path}: finds its {@code __main__} module, as runpy's {@code _run_module_as_main}
     * does, and the returned action runs it with {@code sys.argv} left as it is. ImportError
     * when there is none.
     */
    public static Runnable prepareMain(Runtime rt, Importer importer) {
        PathFinder.Location loc = importer.pathFinder.locate("__main__", null);
        if (loc == null || loc.isPackage()) {
            throw Importer.notFound("No module named __main__", "__main__");
        }
        if (loc.spec() == null) {
            PyCode code = importer.pathFinder.codeOf(loc);
            String file = importer.pathFinder.fileName(loc);
            Object spec = importer.pathFinder.specOf("__main__", loc);
            return () -> run(rt, code, file, PyStr.of(importer.pathFinder.cachePath(loc.file()).toString()),
                    importer.pathFinder, spec);
        }
        // Found by a path-entry finder written in Python: zipimport's, for an archive.
        Object spec = loc.spec();
        Object loader = Abstract.getAttr(spec, PyStr.intern("loader"));
        Object code = Abstract.call(Abstract.getAttr(loader, PyStr.intern("get_code")), PyStr.of("__main__"));
        if (!(code instanceof PyCode c)) {
            throw PyErr.importError("No code object available for __main__");
        }
        String file = Abstract.str(Abstract.getAttr(spec, PyStr.intern("origin"))).value();
        return () -> run(rt, c, file, dev.kaa.vm.objects.PyNone.NONE, loader, spec);
    }

    private static void run(Runtime rt, PyCode code, String file, Object cached, Object loader, Object spec) {
        PyModule main = (PyModule) rt.modules.getItem(PyStr.of("__main__"));
        main.put("__file__", PyStr.of(file));
        main.put("__cached__", cached);
        main.put("__package__", PyStr.of(""));
        main.put("__loader__", loader);
        main.put("__spec__", spec);
        Eval.run(ThreadState.current(), new PyFrame(code, main.dict(), rt.builtins, main.dict(), null));
    }

    private static Runnable prepare(Runtime rt, Importer importer, String name, String requested) {
        Object searchPath = null;
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            Object parent = importer.importModule(name.substring(0, dot));
            searchPath = Abstract.lookupAttr(parent, PyStr.intern("__path__"));
        }
        if (importer.builtins.has(name)) {
            throw PyErr.importError("No code object available for %s", name);
        }
        PathFinder.Location loc = importer.pathFinder.locate(name, searchPath);
        if (loc == null) {
            throw Importer.notFound("No module named " + name, name);
        }
        if (loc.isPackage()) {
            if (name.equals(requested + ".__main__") || loc.portions() != null && name.endsWith(".__main__")) {
                throw PyErr.importError("Cannot use package as __main__ module");
            }
            importer.importModule(name);
            try {
                return prepare(rt, importer, name + ".__main__", requested);
            } catch (dev.kaa.vm.objects.PyException e) {
                if (e.matches(dev.kaa.vm.objects.Exceptions.ModuleNotFoundError)) {
                    throw PyErr.importError("No module named %s.__main__; '%s' is a package and cannot be directly executed",
                            name, name);
                }
                throw e;
            }
        }
        PyCode code = importer.pathFinder.codeOf(loc);
        String file = importer.pathFinder.fileName(loc);
        return () -> execute(rt, importer, loc, code, file, name, dot);
    }

    private static void execute(Runtime rt, Importer importer, PathFinder.Location loc, PyCode code, String file,
            String name, int dot) {
        PyModule main = (PyModule) rt.modules.getItem(PyStr.of("__main__"));
        main.put("__file__", PyStr.of(file));
        main.put("__cached__", PyStr.of(file.endsWith(".py")
                ? importer.pathFinder.cachePath(loc.file()).toString() : file));
        main.put("__package__", PyStr.of(dot > 0 ? name.substring(0, dot) : ""));
        main.put("__loader__", importer.pathFinder);
        main.put("__spec__", importer.pathFinder.specOf(name, loc));
        Object argv = rt.sys.dict().getItem(PyStr.intern("argv"));
        if (argv instanceof PyList l && l.size() > 0) {
            l.set(0, PyStr.of(file));
        }
        Eval.run(ThreadState.current(), new PyFrame(code, main.dict(), rt.builtins, main.dict(), null));
    }
}
