package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.PyBuiltinFunction;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.Slot;
import java.lang.invoke.MethodHandles;

/**
 * {@code _functools}: the C-level half of {@code functools} ({@code reduce},
 * {@code cmp_to_key}, {@link FunctoolsPartial partial}, {@link FunctoolsLruCache the lru_cache
 * wrapper}).
 *
 * <p>Thread safety: stateless.
 */
public final class FunctoolsModule {
    private FunctoolsModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_functools");
        m.put("__doc__", PyStr.of("Fast parts of the functools module."));
        Exposer.functions(FunctoolsModule.class, MethodHandles.lookup(), "_functools", m).forEach(m::put);
        m.put("partial", FunctoolsPartial.TYPE);
        m.put("_lru_cache_wrapper", FunctoolsLruCache.TYPE);
        return m;
    }

    /** {@code callable(o)}. */
    static boolean callable(Object o) {
        return o instanceof PyBuiltinFunction || Abstract.typeOf(o).call(Slot.__call__) != null;
    }

    @PyMethod(doc = "Fold an iterable into one value: call function(total, item) for each item in turn,\n"
            + "starting from initial if given, else from the first item.")
    static Object reduce(Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("reduce() takes no keyword arguments");
        }
        if (args.length < 2) {
            throw PyErr.typeError("reduce expected at least 2 arguments, got %d", args.length);
        }
        if (args.length > 3) {
            throw PyErr.typeError("reduce expected at most 3 arguments, got %d", args.length);
        }
        Object function = args[0];
        Object it;
        try {
            it = Abstract.iter(args[1]);
        } catch (PyException e) {
            if (e.matches(dev.kaa.vm.objects.Exceptions.TypeError)) {
                throw PyErr.typeError("reduce() arg 2 must support iteration");
            }
            throw e;
        }
        Object result = args.length == 3 ? args[2] : null;
        for (Object item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            result = result == null ? item : Abstract.call(function, result, item);
        }
        if (result == null) {
            throw PyErr.typeError("reduce() of empty iterable with no initial value");
        }
        return result;
    }

    @PyMethod(doc = "Wrap an old-style comparison function (negative, zero, positive) as a key for sorting.")
    static Object cmp_to_key(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length > 1) {
            throw PyErr.typeError("cmp_to_key() takes at most 1 argument (%d given)", args.length);
        }
        if (nkw == 1 && !kwnames[0].equals("mycmp")) {
            throw PyErr.typeError("cmp_to_key() got an unexpected keyword argument '%s'", kwnames[0]);
        }
        if (args.length == 0) {
            throw PyErr.typeError("cmp_to_key() missing required argument 'mycmp' (pos 1)");
        }
        return new FunctoolsKeyWrapper(args[0], null);
    }
}
