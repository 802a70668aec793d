package dev.kaa.vm.objects;

/**
 * An object with an instance dictionary that generic attribute access reads and writes
 * ({@code __dict__}): instances of classes, modules, functions.
 */
public interface HasDict {
    /** The dictionary, or null when this object has none. */
    PyDict instanceDict();
}
