package dev.kaa.vm.modules;

import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PySet;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * {@code _abc._abc_data}: what an abstract base class remembers, kept in its {@code _abc_impl}
 * attribute: the registered virtual subclasses, and the positive and negative caches of
 * {@code issubclass} answers. Classes are held weakly, so that registering or testing a class
 * does not keep it alive.
 *
 * <p>Thread safety: the three sets are guarded by this object's lock.
 */
public final class AbcData extends PyObject {
    public static final PyType TYPE = PyType.builtin("_abc._abc_data", AbcData.class, MethodHandles.lookup(),
            PyType.DISALLOW_INSTANTIATION);

    // PyType keeps Java's identity equals/hashCode, so a WeakHashMap is a weak identity set here.
    private final Map<PyType, Boolean> registry = new WeakHashMap<>();
    private final Map<PyType, Boolean> cache = new WeakHashMap<>();
    private final Map<PyType, Boolean> negativeCache = new WeakHashMap<>();
    /** The value of the global token when the negative cache was last valid. */
    long negativeVersion;

    AbcData(long version) {
        this.negativeVersion = version;
    }

    @Override public PyType type() {
        return TYPE;
    }

    synchronized boolean inCache(PyType t) {
        return cache.containsKey(t);
    }

    synchronized void addCache(PyType t) {
        cache.put(t, Boolean.TRUE);
    }

    synchronized boolean inNegativeCache(PyType t) {
        return negativeCache.containsKey(t);
    }

    synchronized void addNegativeCache(PyType t) {
        negativeCache.put(t, Boolean.TRUE);
    }

    synchronized void clearNegativeCache() {
        negativeCache.clear();
    }

    synchronized void addRegistry(PyType t) {
        registry.put(t, Boolean.TRUE);
    }

    synchronized boolean isRegistered(PyType t) {
        return registry.containsKey(t);
    }

    synchronized List<PyType> registered() {
        return new ArrayList<>(registry.keySet());
    }

    synchronized void clearRegistry() {
        registry.clear();
    }

    synchronized void clearCaches() {
        cache.clear();
        negativeCache.clear();
    }

    /** A Python set of weak references to the classes of {@code which} (0 registry, 1 cache, 2 negative). */
    synchronized PySet dump(int which) {
        Map<PyType, Boolean> m = which == 0 ? registry : which == 1 ? cache : negativeCache;
        PySet s = new PySet();
        for (PyType t : m.keySet()) {
            s.addItem(WeakrefRef.of(t, null));
        }
        return s;
    }
}
