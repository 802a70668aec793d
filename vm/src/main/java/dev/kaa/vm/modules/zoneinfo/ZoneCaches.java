package dev.kaa.vm.modules.zoneinfo;

import dev.kaa.vm.internal.eval.Runtime;
import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The caches of {@code ZoneInfo(key)}, one pair per class and interpreter: a weak cache (a
 * {@code weakref.WeakValueDictionary}, so a zone in use anywhere is found again) and a strong
 * cache holding the 8 most recently asked-for zones alive. A subclass's weak cache is its
 * {@code _weak_cache} attribute, made by {@code __init_subclass__} as the C module does; that of
 * {@code ZoneInfo} itself is kept here, out of sight.
 *
 * <p>Thread safety: GIL-guarded (the map of interpreters is synchronized).
 */
final class ZoneCaches {
    private static final Map<Runtime, ZoneCaches> STATES = Collections.synchronizedMap(new WeakHashMap<>());
    static final int STRONG_SIZE = 8;

    private Object baseWeak;
    private final Map<PyType, List<Object[]>> strong = new WeakHashMap<>();

    static ZoneCaches current() {
        return STATES.computeIfAbsent(ThreadState.current().runtime, k -> new ZoneCaches());
    }

    /** The weak cache of {@code cls}. */
    Object weak(PyType cls) {
        if (cls != PyZoneInfo.TYPE) {
            return Abstract.getAttr(cls, "_weak_cache");
        }
        if (baseWeak == null) {
            baseWeak = newWeakCache();
        }
        return baseWeak;
    }

    static Object newWeakCache() {
        return Abstract.callMethod(module("weakref"), "WeakValueDictionary");
    }

    /** Gives {@code cls} a fresh strong cache (for a new subclass). */
    void resetStrong(PyType cls) {
        strong.remove(cls);
    }

    /**
     * Marks {@code key} most recently used in the strong cache of {@code cls}, holding
     * {@code instance} unless the cache holds a zone for it already; drops the least recently used
     * past the limit.
     */
    void touch(PyType cls, Object key, Object instance) {
        List<Object[]> lru = strong.computeIfAbsent(cls, k -> new ArrayList<>());
        Object[] entry = remove(lru, key);
        lru.add(entry != null ? entry : new Object[] {key, instance});
        if (lru.size() > STRONG_SIZE) {
            lru.remove(0);
        }
    }

    /** Forgets {@code key} (every key when null) in both caches of {@code cls}. */
    void clear(PyType cls, Object key) {
        Object weak = weak(cls);
        List<Object[]> lru = strong.get(cls);
        if (key == null) {
            Abstract.callMethod(weak, "clear");
            if (lru != null) {
                lru.clear();
            }
            return;
        }
        Abstract.callMethod(weak, "pop", key, PyNone.NONE);
        if (lru != null) {
            remove(lru, key);
        }
    }

    private static Object[] remove(List<Object[]> lru, Object key) {
        for (int i = 0; i < lru.size(); i++) {
            if (Abstract.equals(lru.get(i)[0], key)) {
                return lru.remove(i);
            }
        }
        return null;
    }

    /** The module {@code name}, from {@code sys.modules} or imported. */
    static Object module(String name) {
        ThreadState ts = ThreadState.current();
        PyStr n = PyStr.intern(name);
        Object m = ts.runtime.modules.getItem(n);
        if (!(m instanceof PyModule)) {
            ts.runtime.services.importName(ts, name, null, PyNone.NONE, 0);
            m = ts.runtime.modules.getItem(n);
        }
        return m;
    }
}
