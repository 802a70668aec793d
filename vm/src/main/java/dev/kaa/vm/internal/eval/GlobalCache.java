package dev.kaa.vm.internal.eval;

import dev.kaa.vm.objects.PyDict;

/**
 * The inline cache of one {@code LOAD_GLOBAL}: where the name was found last time (the globals
 * or the builtins, and the entry index there), valid while neither dict has gained or lost a key.
 * Values replaced in place are read afresh, so rebinding a global needs no invalidation.
 *
 * <p>Thread safety: GIL-guarded, like the dicts it reads.
 */
final class GlobalCache {
    PyDict globals;
    PyDict builtins;
    int globalsVersion;
    int builtinsVersion;
    /** True when the name was in the globals; else in the builtins. */
    boolean inGlobals;
    int entry;

    /** The cached value, or null when the cache does not apply. */
    Object get(PyDict g, PyDict b) {
        if (g != globals || b != builtins || g.keysVersion() != globalsVersion || b.keysVersion() != builtinsVersion) {
            return null;
        }
        return (inGlobals ? g : b).valueAt(entry);
    }
}
