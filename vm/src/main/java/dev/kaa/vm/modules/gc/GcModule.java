package dev.kaa.vm.modules.gc;

import dev.kaa.vm.internal.eval.Runtime;
import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.modules.Weakrefs;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyComplex;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.Star;
import java.lang.invoke.MethodHandles;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * {@code gc} on the JVM. Kaa's objects are reclaimed by the JVM's collector, which finds cycles
 * by itself and cannot be enumerated or walked from Python, so this module is honest about
 * what it can know:
 * <ul>
 * <li>{@code collect()} asks the JVM to collect ({@code System.gc()}), waits for the reference
 *     handler, runs the weak-reference callbacks of what died ({@link Weakrefs#collect}) and
 *     calls {@code gc.callbacks} with "start"/"stop" as CPython does. It returns 0: the JVM
 *     does not report how many objects were unreachable.</li>
 * <li>{@code enable()}, {@code disable()}, thresholds and debug flags are recorded and reported
 *     back, but do not steer the JVM's collector, which always runs.</li>
 * <li>{@code get_count()} is (0, 0, 0) and {@code get_stats()} counts only explicit
 *     {@code collect()} calls, with 0 collected and 0 uncollectable.</li>
 * <li>{@code get_objects()}, {@code get_referrers()} and {@code get_referents()} return empty
 *     lists (after checking their arguments as CPython does): no Python-level collector tracks
 *     objects, so there is nothing to list; the permanent generation of {@code freeze()} is
 *     likewise always empty. {@code is_tracked()} follows CPython's rules (atomic values and
 *     containers of atomic values are untracked), since code uses it to ask whether an object
 *     could be part of a cycle. {@code is_finalized()} is False: the JVM never runs
 *     {@code __del__} through this module.</li>
 * <li>{@code garbage} stays empty: the JVM frees every unreachable cycle.</li>
 * </ul>
 *
 * <p>Thread safety: the state is per runtime, guarded by its own lock; callbacks run on the
 * calling thread.
 */
public final class GcModule {
    private GcModule() {}

    private static final int DEBUG_STATS = 1, DEBUG_COLLECTABLE = 2, DEBUG_UNCOLLECTABLE = 4, DEBUG_SAVEALL = 32;

    /** One runtime's gc settings and counters. */
    private static final class State {
        boolean enabled = true;
        long debug;
        long[] threshold = {2000, 10, 10};
        final long[] collections = new long[3];
        final PyList callbacks = new PyList(new Object[0]);
        final PyList garbage = new PyList(new Object[0]);
    }

    private static final Map<Runtime, State> STATES = Collections.synchronizedMap(new WeakHashMap<>());

    private static State state() {
        return STATES.computeIfAbsent(ThreadState.current().runtime, k -> new State());
    }

    public static PyModule create() {
        PyModule m = new PyModule("gc");
        m.put("__doc__", PyStr.of("This module provides access to the garbage collector for reference cycles.\n\n"
                + "enable() -- Enable automatic garbage collection.\n"
                + "disable() -- Disable automatic garbage collection.\n"
                + "isenabled() -- Returns true if automatic collection is enabled.\n"
                + "collect() -- Do a full collection right now.\n"
                + "get_count() -- Return the current collection counts.\n"
                + "get_stats() -- Return list of dictionaries containing per-generation stats.\n"
                + "set_debug() -- Set debugging flags.\n"
                + "get_debug() -- Get debugging flags.\n"
                + "set_threshold() -- Set the collection thresholds.\n"
                + "get_threshold() -- Return the current the collection thresholds.\n"
                + "get_objects() -- Return a list of all objects tracked by the collector.\n"
                + "is_tracked() -- Returns true if a given object is tracked.\n"
                + "is_finalized() -- Returns true if a given object has been already finalized.\n"
                + "get_referrers() -- Return the list of objects that refer to an object.\n"
                + "get_referents() -- Return the list of objects that an object refers to.\n"
                + "freeze() -- Freeze all tracked objects and ignore them for future collections.\n"
                + "unfreeze() -- Unfreeze all objects in the permanent generation.\n"
                + "get_freeze_count() -- Return the number of objects in the permanent generation.\n"
                + "\nOn Kaa, the JVM's collector reclaims all unreachable objects, cycles included.\n"
                + "collect() asks it to run, runs the weak reference callbacks of what died and\n"
                + "returns 0 (the JVM does not count what it frees). No Python-level collector\n"
                + "tracks objects, so get_objects(), get_referrers() and get_referents() return\n"
                + "empty lists and the permanent generation stays empty. Thresholds, debug flags\n"
                + "and enable()/disable() are recorded but do not steer the JVM's collector.\n"));
        Exposer.functions(GcModule.class, MethodHandles.lookup(), "gc", m).forEach(m::put);
        State s = state();
        m.put("callbacks", s.callbacks);
        m.put("garbage", s.garbage);
        m.put("DEBUG_STATS", PyInt.of(DEBUG_STATS));
        m.put("DEBUG_COLLECTABLE", PyInt.of(DEBUG_COLLECTABLE));
        m.put("DEBUG_UNCOLLECTABLE", PyInt.of(DEBUG_UNCOLLECTABLE));
        m.put("DEBUG_SAVEALL", PyInt.of(DEBUG_SAVEALL));
        m.put("DEBUG_LEAK", PyInt.of(DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL));
        return m;
    }

    @PyMethod(positionalOnly = 0, doc = "Run the garbage collector.\n\nWith no arguments, run a full collection.  "
            + "The optional argument\nmay be an integer specifying which generation to collect.  A ValueError\n"
            + "is raised if the generation number is invalid.\n\nThe number of unreachable objects is returned.")
    static long collect(@Opt("2") long generation) {
        if (generation < 0 || generation > 2) {
            throw PyErr.valueError("invalid generation");
        }
        State s = state();
        int g = (int) generation;
        runCallbacks(s, "start", g);
        collectAndFinalize();
        synchronized (s) {
            s.collections[g]++;
        }
        runCallbacks(s, "stop", g);
        return 0;
    }

    /**
     * Collects, then runs the {@code __del__} of the instances found unreachable; what only
     * those held becomes unreachable in its turn, so a second round follows when any ran. Each
     * round is two JVM collections: the second finds what only the first's weak-reference
     * callbacks held, and brackets the finalizer thread's work on the first (a full collection
     * of a large heap is what makes {@code gc.collect()} slow, so one serves both purposes).
     */
    private static void collectAndFinalize() {
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 2; i++) {
                dev.kaa.vm.objects.DelFinalizers.awaitProbe(dev.kaa.vm.objects.DelFinalizers.probe(),
                        Weakrefs::collectOnce);
            }
            if (!dev.kaa.vm.objects.DelFinalizers.hasPending()) {
                return;
            }
            dev.kaa.vm.objects.DelFinalizers.runPending();
        }
    }

    private static void runCallbacks(State s, String phase, int generation) {
        if (s.callbacks.size() == 0) {
            return;
        }
        PyDict info = new PyDict();
        info.setItem(PyStr.of("generation"), PyInt.of(generation));
        info.setItem(PyStr.of("collected"), PyInt.of(0));
        info.setItem(PyStr.of("uncollectable"), PyInt.of(0));
        // A copy, as CPython iterates a snapshot: a callback may change the list.
        Object[] cbs = new Object[s.callbacks.size()];
        for (int i = 0; i < cbs.length; i++) {
            cbs[i] = s.callbacks.get(i);
        }
        for (Object cb : cbs) {
            try {
                Abstract.call(cb, PyStr.of(phase), info);
            } catch (PyException e) {
                Weakrefs.writeUnraisable(e, cb);
            }
        }
    }

    @PyMethod(doc = "Enable automatic garbage collection.")
    static void enable() {
        state().enabled = true;
    }

    @PyMethod(doc = "Disable automatic garbage collection.")
    static void disable() {
        state().enabled = false;
    }

    @PyMethod(doc = "Returns true if automatic garbage collection is enabled.")
    static boolean isenabled() {
        return state().enabled;
    }

    @PyMethod(doc = "Set the garbage collection debugging flags.")
    static void set_debug(long flags) {
        state().debug = flags;
    }

    @PyMethod(doc = "Get the garbage collection debugging flags.")
    static long get_debug() {
        return state().debug;
    }

    @PyMethod(doc = "Set the collection thresholds (the collection frequency).")
    static void set_threshold(@Star Object[] args) {
        if (args.length < 1 || args.length > 3) {
            throw PyErr.typeError("gc.set_threshold requires 1 to 3 arguments");
        }
        long[] t = state().threshold.clone();
        for (int i = 0; i < args.length; i++) {
            t[i] = Abstract.asInt(args[i]);
        }
        state().threshold = t;
    }

    @PyMethod(doc = "Return the current collection thresholds.")
    static PyTuple get_threshold() {
        long[] t = state().threshold;
        return PyTuple.of(PyInt.of(t[0]), PyInt.of(t[1]), PyInt.of(t[2]));
    }

    @PyMethod(doc = "Return a three-tuple of the current collection counts.")
    static PyTuple get_count() {
        return PyTuple.of(PyInt.of(0), PyInt.of(0), PyInt.of(0));
    }

    @PyMethod(doc = "Return a list of dictionaries containing per-generation statistics.")
    static PyList get_stats() {
        State s = state();
        Object[] gens = new Object[3];
        for (int i = 0; i < 3; i++) {
            PyDict d = new PyDict();
            d.setItem(PyStr.of("collections"), PyInt.of(s.collections[i]));
            d.setItem(PyStr.of("collected"), PyInt.of(0));
            d.setItem(PyStr.of("uncollectable"), PyInt.of(0));
            gens[i] = d;
        }
        return new PyList(gens);
    }

    @PyMethod(positionalOnly = 0, doc = "Return a list of objects tracked by the collector (excluding the list "
            + "returned).\n\n  generation\n    Generation to extract the objects from.\n\nIf generation is not None, "
            + "return only the objects tracked by the collector\nthat are in that generation.")
    static PyList get_objects(@Opt Object generation) {
        if (generation != null && generation != PyNone.NONE) {
            long g = Abstract.asLong(generation);
            if (g >= 3) {
                throw PyErr.valueError("generation parameter must be less than the number of available generations (3)");
            }
        }
        return new PyList(new Object[0]);
    }

    @PyMethod(doc = "Return the list of objects that directly refer to any of 'objs'.")
    static PyList get_referrers(@Star Object[] objs) {
        return new PyList(new Object[0]);
    }

    @PyMethod(doc = "Return the list of objects that are directly referred to by 'objs'.")
    static PyList get_referents(@Star Object[] objs) {
        return new PyList(new Object[0]);
    }

    @PyMethod(doc = "Freeze all current tracked objects and ignore them for future collections.")
    static void freeze() {}

    @PyMethod(doc = "Unfreeze all objects in the permanent generation.")
    static void unfreeze() {}

    @PyMethod(doc = "Return the number of objects in the permanent generation.")
    static long get_freeze_count() {
        return 0;
    }

    @PyMethod(doc = "Returns true if the object has been already finalized by the GC.")
    static boolean is_finalized(Object obj) {
        return false;
    }

    @PyMethod(doc = "Returns true if the object is tracked by the garbage collector.\n\n"
            + "Simple atomic objects will return false.")
    static boolean is_tracked(Object obj) {
        return tracked(obj, 0);
    }

    /** CPython's rule: atomic values are untracked, and so are dicts and tuples holding only them. */
    private static boolean tracked(Object o, int depth) {
        if (o == PyNone.NONE || o instanceof PyInt || o instanceof PyFloat || o instanceof PyStr
                || o instanceof PyBytes || o instanceof PyComplex || o instanceof PyBool) {
            return o.getClass() != PyInt.class && o.getClass() != PyFloat.class && o.getClass() != PyStr.class
                    && o.getClass() != PyBytes.class && o.getClass() != PyComplex.class
                    && o.getClass() != PyBool.class && o != PyNone.NONE;
        }
        if (Abstract.typeOf(o) == dev.kaa.vm.objects.PyType.OBJECT) {
            return false; // a bare object() holds no references
        }
        if (o instanceof dev.kaa.vm.objects.PyType t && !t.isHeapType()) {
            return false; // CPython's static types are not collector objects
        }
        if (depth > 50) {
            return true;
        }
        if (o.getClass() == PyTuple.class) {
            for (Object item : ((PyTuple) o).items()) {
                if (tracked(item, depth + 1)) {
                    return true;
                }
            }
            return false;
        }
        if (o.getClass() == PyDict.class) {
            boolean[] any = {false};
            Abstract.forEach(Abstract.callMethod(o, "items"), kv -> {
                PyTuple t = (PyTuple) kv;
                if (!any[0] && (tracked(t.items()[0], depth + 1) || tracked(t.items()[1], depth + 1))) {
                    any[0] = true;
                }
            });
            return any[0];
        }
        return true;
    }
}
