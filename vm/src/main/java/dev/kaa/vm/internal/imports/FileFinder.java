package dev.kaa.vm.internal.imports;

import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;

/**
 * The path-entry finder Kaa's own path hook gives for a directory on {@code sys.path}, as
 * {@code importlib}'s {@code FileFinder}: what {@code sys.path_importer_cache} holds for the
 * entries {@link PathFinder} searches itself (modules, packages, namespace portions, sourceless
 * files, with {@code __pycache__}). It reads the directory afresh at each import, so
 * {@code invalidate_caches()} has nothing to forget.
 *
 * <p>What it does not offer is the Python-level {@code find_spec}: Kaa loads from such an entry in
 * one step, without spec and loader objects (see {@link JavaFinder}).
 *
 * <p>Thread safety: immutable.
 */
final class FileFinder extends PyObject {
    static final PyType TYPE = PyType.builtin("kaa.FileFinder", FileFinder.class, MethodHandles.lookup(), 0);

    final String path;

    FileFinder(String path) {
        this.path = path;
    }

    @Override public PyType type() {
        return TYPE;
    }

    @PyGetter("path")
    Object pathAttr() {
        return PyStr.of(path);
    }

    @PyMethod
    void invalidate_caches() {
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of("FileFinder(" + dev.kaa.vm.objects.Abstract.repr(PyStr.of(path)) + ")");
    }

    /**
     * The hook Kaa puts in {@code sys.path_hooks}: a {@link FileFinder} for an entry that names
     * a directory (or the standard library's jar), ImportError otherwise, so that later hooks
     * may claim it.
     */
    static final class Hook extends PyObject {
        static final PyType TYPE = PyType.builtin("kaa.path_hook", Hook.class, MethodHandles.lookup(), 0);

        private final PathFinder finder;

        Hook(PathFinder finder) {
            this.finder = finder;
        }

        @Override public PyType type() {
            return TYPE;
        }

        @PyMethod
        Object __call__(Object path) {
            if (!(path instanceof PyStr s)) {
                throw PyErr.typeError("expected str, bytes or os.PathLike object, not %T", path);
            }
            if (finder.directory(s.value()) != null) {
                return new FileFinder(s.value());
            }
            Object archive = finder.archiveFinder(s.value());
            if (archive == null) {
                throw PyErr.importError("only directories and ZIP archives are supported");
            }
            return archive;
        }

        @PyMethod
        Object __repr__() {
            return PyStr.of("<kaa path hook for FileFinder>");
        }
    }
}
