package dev.kaa.vm.internal.imports;

/**
 * One of Kaa's own finders, as it sits in {@code sys.meta_path}: it finds and loads a module
 * in one step, without the Python-level spec and loader objects.
 */
interface JavaFinder {
    /**
     * Loads {@code name} (absolute) from {@code searchPath} (a package's {@code __path__}, or
     * null for a top-level module); returns the module as {@code sys.modules} has it after
     * loading, or null when this finder does not know the name.
     */
    Object load(Importer importer, String name, Object searchPath);
}
