package dev.kaa.vm.modules;

import java.util.IdentityHashMap;

/**
 * Guards the {@code repr} of containers that may contain themselves (deque, defaultdict,
 * partial): while an object's repr is being made, a nested repr of the same object prints
 * {@code ...}, as CPython's {@code Py_ReprEnter} arranges.
 *
 * <p>Thread safety: per thread (a thread-local set).
 */
final class CollectionsRecursion {
    private CollectionsRecursion() {}

    private static final ThreadLocal<IdentityHashMap<Object, Boolean>> ACTIVE =
            ThreadLocal.withInitial(IdentityHashMap::new);

    /** Marks {@code o} as being printed; false when it already is. */
    static boolean enter(Object o) {
        return ACTIVE.get().put(o, Boolean.TRUE) == null;
    }

    static void leave(Object o) {
        ACTIVE.get().remove(o);
    }
}
