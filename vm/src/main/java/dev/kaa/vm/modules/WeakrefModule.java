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
        m.put("__doc__", PyStr.of("The primitives beneath the weakref module."));
        Exposer.functions(WeakrefModule.class, MethodHandles.lookup(), "_weakref", m).forEach(m::put);
        m.put("ref", WeakrefRef.TYPE);
        m.put("ReferenceType", WeakrefRef.TYPE);
        m.put("ProxyType", WeakrefProxy.TYPE);
        m.put("CallableProxyType", WeakrefCallableProxy.TYPE);
        return m;
    }

    @PyMethod(doc = "How many weak references to the object exist.")
    static int getweakrefcount(Object object) {
        return Weakrefs.refsTo(object).size();
    }

    @PyMethod(doc = "The weak references and proxies that point to the object, as a list.")
    static Object getweakrefs(Object object) {
        List<WeakrefBase> refs = Weakrefs.refsTo(object);
        return new PyList(refs.toArray());
    }

    @PyMethod(doc = "A proxy that forwards to the object while it lives, holding it only weakly.")
    static Object proxy(Object object, @Opt Object callback) {
        return WeakrefProxy.make(object, callback);
    }

    @PyMethod(doc = "Delete dict[key] if its value is a weak reference whose object is gone.")
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
