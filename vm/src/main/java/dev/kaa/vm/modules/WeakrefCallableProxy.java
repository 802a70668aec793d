package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;

/**
 * {@code weakref.CallableProxyType}: a proxy to a callable object, callable itself. (In CPython
 * it is not a subclass of {@code ProxyType}; here it is, to share the forwarding methods.)
 *
 * <p>Thread safety: see {@link WeakrefBase}.
 */
public final class WeakrefCallableProxy extends WeakrefProxy {
    public static final PyType TYPE = PyType.builtin("weakref.CallableProxyType", WeakrefCallableProxy.class,
            MethodHandles.lookup(), PyType.UNHASHABLE, WeakrefProxy.TYPE);

    @Override public PyType type() {
        return TYPE;
    }

    @PyMethod
    Object __call__(Object[] args, String[] kwnames) {
        return Abstract.call(referent(), args, kwnames);
    }
}
