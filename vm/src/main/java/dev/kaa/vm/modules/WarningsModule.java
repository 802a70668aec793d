package dev.kaa.vm.modules;

import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;

/**
 * {@code _warnings}, so far only what lets the import system start ({@code importlib} asks
 * for it by name) and a {@code warn} for callers that use it directly. It has none of the
 * accelerated filter machinery, so {@code warnings} uses its pure-Python implementation.
 *
 * <p>Thread safety: stateless.
 */
public final class WarningsModule {
    private WarningsModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_warnings");
        m.put("__doc__", PyStr.of("Low-level interface to warnings functionality."));
        Exposer.functions(WarningsModule.class, MethodHandles.lookup(), "_warnings", m).forEach(m::put);
        return m;
    }

    @PyMethod(positionalOnly = 0)
    static void warn(Object message, @Opt Object category, @Opt("1") int stacklevel, @Opt Object source) {
        Object cat = category == null || category == PyNone.NONE ? Exceptions.UserWarning : category;
        if (message instanceof dev.kaa.vm.objects.PyBaseException e && e.type().isSubtypeOf(Exceptions.Warning)) {
            cat = e.type();
        }
        if (!(cat instanceof PyType t) || !t.isSubtypeOf(Exceptions.Warning)) {
            throw dev.kaa.vm.objects.PyErr.typeError("category must be a Warning subclass, not '%T'", cat);
        }
        ThreadState.current().runtime.services.warn(cat, Abstract.str(message).value(), stacklevel);
    }
}
