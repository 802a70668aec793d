package dev.kaa.vm.modules;

import dev.kaa.vm.internal.eval.Runtime;
import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.Slot;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * {@code atexit}: functions to call when the interpreter exits, last registered first. Each
 * interpreter ({@link Runtime}) has its own list; the interpreter calls {@link #runExitFuncs}
 * as it shuts down.
 *
 * <p>Thread safety: each list is guarded by its own lock; callbacks run outside it.
 */
public final class AtexitModule {
    private AtexitModule() {}

    /** One registration: the callable and its arguments in the vectorcall layout. */
    private record Callback(Object func, Object[] args, String[] kwnames) {}

    /**
     * Each interpreter's registrations. Unregistering leaves a hole, as CPython does, so that
     * {@code _ncallbacks()} counts registrations since the last clear.
     */
    private static final Map<Runtime, List<Callback>> LISTS = Collections.synchronizedMap(new WeakHashMap<>());

    public static PyModule create() {
        PyModule m = new PyModule("atexit");
        m.put("__doc__", PyStr.of("Functions to call when the interpreter exits normally: register() adds one,\n"
                + "unregister() removes it.\n"));
        Exposer.functions(AtexitModule.class, MethodHandles.lookup(), "atexit", m).forEach(m::put);
        return m;
    }

    private static List<Callback> list(Runtime rt) {
        return LISTS.computeIfAbsent(rt, k -> new ArrayList<>());
    }

    private static List<Callback> current() {
        return list(ThreadState.current().runtime);
    }

    @PyMethod(doc = "Register a function to be executed upon normal program termination.")
    static Object register(Object[] args, String[] kwnames) {
        int nk = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nk;
        if (npos < 1) {
            throw PyErr.typeError("register() takes at least 1 argument (0 given)");
        }
        Object func = args[0];
        if (Abstract.typeOf(func).slot(Slot.__call__) == null) {
            throw PyErr.typeError("the first argument must be callable");
        }
        Object[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        List<Callback> l = current();
        synchronized (l) {
            l.add(new Callback(func, rest, nk == 0 ? null : kwnames.clone()));
        }
        return func;
    }

    @PyMethod(doc = "Unregister an exit function which was previously registered using atexit.register.")
    static void unregister(Object func) {
        List<Callback> l = current();
        List<Callback> snapshot;
        synchronized (l) {
            snapshot = new ArrayList<>(l);
        }
        for (int i = 0; i < snapshot.size(); i++) {
            Callback c = snapshot.get(i);
            // The comparison may run Python code, so it happens outside the lock.
            if (c != null && Abstract.equals(c.func(), func)) {
                synchronized (l) {
                    if (i < l.size() && l.get(i) == c) {
                        l.set(i, null);
                    }
                }
            }
        }
    }

    @PyMethod(doc = "Call the registered exit functions now, newest first, and clear them.")
    static void _run_exitfuncs() {
        runExitFuncs(ThreadState.current().runtime);
    }

    @PyMethod(doc = "Forget every registered exit function.")
    static void _clear() {
        List<Callback> l = current();
        synchronized (l) {
            l.clear();
        }
    }

    @PyMethod(doc = "How many exit functions are registered.")
    static int _ncallbacks() {
        List<Callback> l = current();
        synchronized (l) {
            return l.size();
        }
    }

    /**
     * Calls {@code rt}'s exit functions, last registered first, and forgets them. An exception
     * in one is reported as unraisable and the others still run. The interpreter calls this
     * when it exits (after the main module, before flushing the standard streams).
     */
    public static void runExitFuncs(Runtime rt) {
        List<Callback> l = list(rt);
        List<Callback> todo;
        synchronized (l) {
            todo = new ArrayList<>(l);
            l.clear();
        }
        for (int i = todo.size() - 1; i >= 0; i--) {
            Callback c = todo.get(i);
            if (c == null) {
                continue;
            }
            try {
                Abstract.call(c.func(), c.args(), c.kwnames());
            } catch (PyException e) {
                String what;
                try {
                    what = Abstract.repr(c.func()).toString();
                } catch (PyException re) {
                    what = "<object repr() failed>";
                }
                Weakrefs.writeUnraisable(e, null, "Exception ignored in atexit callback " + what);
            }
        }
    }
}
