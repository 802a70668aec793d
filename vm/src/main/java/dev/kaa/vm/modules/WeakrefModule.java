package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyStr;
import java.lang.invoke.MethodHandles;
import java.util.List;

/**
 * {@code _weakref}: the weak reference types and functions {@code weakref.py} and
 * {@code _weakrefset.py} build on.
 *
 * <p>Thread safety: stateless; the state is in {@link Weakrefs}.
 */
public final class WeakrefModule {
    private WeakrefModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_weakref");
        m.put("__doc__", PyStr.of("Weak-reference support module."));
        Exposer.functions(WeakrefModule.class, MethodHandles.lookup(), "_weakref", m).forEach(m::put);
        m.put("ref", WeakrefRef.TYPE);
        m.put("ReferenceType", WeakrefRef.TYPE);
        m.put("ProxyType", WeakrefProxy.TYPE);
        m.put("CallableProxyType", WeakrefCallableProxy.TYPE);
        return m;
    }

    @PyMethod(doc = "Return the number of weak references to 'object'.")
    static int getweakrefcount(Object object) {
        return Weakrefs.refsTo(object).size();
    }

    @PyMethod(doc = "Return a list of all weak reference objects pointing to 'object'.")
    static Object getweakrefs(Object object) {
        List<WeakrefBase> refs = Weakrefs.refsTo(object);
        return new PyList(refs.toArray());
    }

    @PyMethod(doc = "Create a proxy object that weakly references 'object'.")
    static Object proxy(Object object, @Opt Object callback) {
        return WeakrefProxy.make(object, callback);
    }

    @PyMethod(doc = "Atomically remove key from dict if it points to a dead weakref.")
    static void _remove_dead_weakref(Object dict, Object key) {
        if (!(dict instanceof PyDict d)) {
            throw PyErr.typeError("_remove_dead_weakref() argument 1 must be dict, not %T", dict);
        }
        Object v = d.getItem(key);
        if (v == null) {
            return;
        }
        if (!(v instanceof WeakrefRef r)) {
            throw PyErr.typeError("not a weakref");
        }
        if (r.referentOrNull() == null) {
            d.delItem(key);
        }
    }
}
