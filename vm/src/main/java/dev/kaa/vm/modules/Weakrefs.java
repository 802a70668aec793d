package dev.kaa.vm.modules;

import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyBaseException;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.StructSeq;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The machinery behind Python's weak references on the JVM: which objects may be weakly
 * referenced, the table from each referent to its weak references ({@code getweakrefs}), and the
 * queue through which the collector reports dead referents so that their callbacks run.
 *
 * <p>The collector clears a {@link java.lang.ref.WeakReference} on its own thread; callbacks are
 * Python code, so they run only when a Python thread calls {@link #drain} at a safe point (new
 * weak references call it; the interpreter should call it at its check points, and
 * {@code gc.collect()} should call {@link #collect}).
 *
 * <p>Thread safety: the table and the queue are guarded by this class's lock; callbacks run on
 * the thread that drains, outside the lock.
 */
public final class Weakrefs {
    private Weakrefs() {}

    /** The queue the collector puts a {@link Ref} on once its referent is gone. */
    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();

    /** Identity hash of a referent to the (weakly held) weak references made to it. */
    private static final Map<Integer, List<WeakReference<WeakrefBase>>> TABLE = new HashMap<>();
    private static int entries;
    private static int sweepAt = 1024;
    private static long serials;

    /** True on a thread that is running callbacks, so that they do not drain again. */
    private static final ThreadLocal<Boolean> DRAINING = ThreadLocal.withInitial(() -> Boolean.FALSE);

    /**
     * The JVM's reference to a referent; it holds its Python weak reference strongly, so that it
     * lives (and is queued) exactly as long as the Python object does, as in CPython, where the
     * callback of a weak reference that died first is never called.
     */
    static final class Ref extends WeakReference<Object> {
        final WeakrefBase owner;
        final long serial;
        final int hash;
        final boolean queued;

        boolean queuedForCallback() {
            return queued;
        }

        Ref(Object referent, WeakrefBase owner, boolean queued) {
            super(referent, queued ? QUEUE : null);
            this.owner = owner;
            this.hash = System.identityHashCode(referent);
            this.queued = queued;
            synchronized (Weakrefs.class) {
                this.serial = ++serials;
            }
        }
    }

    // CPython's types whose instances carry no weak reference list; any other type allows them.
    private static final Set<String> REFUSED = Set.of("ArithmeticError", "BaseException", "NoneType",
            "NotImplementedType", "SimpleNamespace", "UnionType", "bool", "bytearray", "bytes", "cell",
            "classmethod", "classmethod_descriptor", "complex", "dict", "ellipsis", "enumerate", "filter", "float",
            "frame", "getset_descriptor", "int", "list", "map", "mappingproxy", "member_descriptor",
            "method-wrapper", "method_descriptor", "object", "property", "range", "reversed", "slice",
            "staticmethod", "str", "super", "traceback", "tuple", "wrapper_descriptor", "zip", "structseq",
            "list_iterator", "tuple_iterator", "str_ascii_iterator", "dict_keys", "dict_values", "dict_items",
            "range_iterator", "set_iterator", "dict_keyiterator", "dict_valueiterator",
            "dict_itemiterator", "callable_iterator", "iterator", "PyCapsule", "weakref.ReferenceType",
            "weakref.ProxyType", "weakref.CallableProxyType");

    /** Raises CPython's {@code TypeError} when {@code o} may not be weakly referenced. */
    static void checkReferable(Object o) {
        PyType t = Abstract.typeOf(o);
        if (!referable(t)) {
            throw PyErr.typeError("cannot create weak reference to '%s' object", t.messageName());
        }
    }

    static boolean referable(PyType t) {
        for (PyType c : t.mro()) {
            if (!c.isHeapType()) {
                // No class written in Python gave the instances a __weakref__ slot: the built-in
                // layout decides.
                if (c.isSubtypeOf(PyBaseException.TYPE)) {
                    return c.name().equals("ExceptionGroup");
                }
                return !REFUSED.contains(c.messageName()) && c.javaClass() != StructSeq.class;
            }
            if (c.dict().getItem(PyStr.intern("__weakref__")) != null) {
                // Variable-sized layouts have no room for a weak reference list, even in subclasses.
                PyType solid = solidBuiltin(c);
                return !VARIABLE_SIZED.contains(solid.messageName()) && solid.javaClass() != StructSeq.class;
            }
        }
        return false;
    }

    private static final Set<String> VARIABLE_SIZED = Set.of("int", "bool", "tuple", "bytes");

    private static PyType solidBuiltin(PyType t) {
        for (PyType c : t.mro()) {
            if (!c.isHeapType()) {
                return c;
            }
        }
        return PyType.OBJECT;
    }

    /** Records {@code w} as a weak reference to {@code referent}. */
    static synchronized void register(Object referent, WeakrefBase w) {
        int h = System.identityHashCode(referent);
        TABLE.computeIfAbsent(h, k -> new ArrayList<>(2)).add(new WeakReference<>(w));
        if (++entries > sweepAt) {
            sweep();
        }
    }

    /** The live weak references to {@code referent}, in CPython's order. */
    static synchronized List<WeakrefBase> refsTo(Object referent) {
        List<WeakReference<WeakrefBase>> bucket = TABLE.get(System.identityHashCode(referent));
        List<WeakrefBase> out = new ArrayList<>();
        if (bucket == null) {
            return out;
        }
        for (Iterator<WeakReference<WeakrefBase>> it = bucket.iterator(); it.hasNext();) {
            WeakrefBase w = it.next().get();
            if (w == null || w.referentOrNull() == null) {
                it.remove();
                entries--;
            } else if (w.referentOrNull() == referent) {
                out.add(w);
            }
        }
        // The basic (reusable) ref and proxy come first, then the others, newest first.
        out.sort(Comparator.comparingInt((WeakrefBase w) -> w.isBasic() ? (w instanceof WeakrefProxy ? 1 : 0) : 2)
                .thenComparing(w -> -w.ref.serial));
        return out;
    }

    /**
     * What {@code obj.__weakref__} gives: the first weak reference to {@code obj}, or None
     * (for the kernel's {@code __weakref__} descriptor).
     */
    public static Object firstRef(Object obj) {
        List<WeakrefBase> refs = refsTo(obj);
        return refs.isEmpty() ? PyNone.NONE : refs.get(0);
    }

    /** The reusable weak reference ({@code proxy} true: proxy) to {@code referent}, or null. */
    static WeakrefBase basic(Object referent, boolean proxy) {
        for (WeakrefBase w : refsTo(referent)) {
            if (w.isBasic() && (w instanceof WeakrefProxy) == proxy) {
                return w;
            }
        }
        return null;
    }

    private static void sweep() {
        entries = 0;
        for (Iterator<List<WeakReference<WeakrefBase>>> bi = TABLE.values().iterator(); bi.hasNext();) {
            List<WeakReference<WeakrefBase>> bucket = bi.next();
            bucket.removeIf(r -> r.get() == null || r.get().referentOrNull() == null);
            if (bucket.isEmpty()) {
                bi.remove();
            }
            entries += bucket.size();
        }
        sweepAt = Math.max(1024, entries * 2);
    }

    /**
     * Runs the callbacks of the weak references whose referents the collector has reclaimed,
     * newest first as CPython runs them, on the calling thread. Exceptions in callbacks are
     * reported as unraisable. The interpreter calls this at its safe points.
     */
    public static void drain() {
        // The fast path is one read of the queue's head: the interpreter calls this often.
        Reference<?> first = QUEUE.poll();
        if (first == null && !stashed) {
            return;
        }
        List<Ref> dead = new ArrayList<>();
        synchronized (STASH) {
            dead.addAll(STASH);
            STASH.clear();
            stashed = false;
        }
        for (Reference<?> r = first; r != null; r = QUEUE.poll()) {
            if (r instanceof Ref ref) {
                dead.add(ref);
            }
        }
        if (dead.isEmpty()) {
            return;
        }
        if (DRAINING.get()) {
            // A callback made a weak reference: its own drain must not run callbacks inside it.
            synchronized (STASH) {
                STASH.addAll(dead);
                stashed = true;
            }
            return;
        }
        dead.sort(Comparator.comparingLong((Ref r) -> -r.serial));
        DRAINING.set(Boolean.TRUE);
        try {
            for (Ref r : dead) {
                r.owner.died();
            }
        } finally {
            DRAINING.set(Boolean.FALSE);
        }
        if (stashed) {
            drain();
        }
    }

    /** Dead references found while callbacks were running, kept for the next drain. */
    private static final List<Ref> STASH = new ArrayList<>();
    private static volatile boolean stashed;

    /**
     * Asks the JVM to collect, waits until the reference handler has queued what died, and runs
     * the callbacks ({@code gc.collect()}).
     */
    public static void collect() {
        for (int round = 0; round < 2; round++) {
            collectOnce();
        }
    }

    /**
     * One JVM collection, a wait for the reference handler, and the callbacks of what died. What
     * only those callbacks held needs another (as {@link #collect} makes).
     */
    public static void collectOnce() {
        ReferenceQueue<Object> probeQueue = new ReferenceQueue<>();
        WeakReference<Object> probe = new WeakReference<>(new Object(), probeQueue);
        System.gc();
        try {
            // The handler queues a collection's references together: once the probe is queued,
            // the Python references that died with it are queued too.
            probeQueue.remove(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Reference.reachabilityFence(probe);
        drain();
    }

    private static StructSeq.Kind unraisableArgs;

    /**
     * Reports an exception that nobody can catch (a failing callback), as CPython's
     * {@code PyErr_WriteUnraisable}: through {@code sys.unraisablehook} when it was replaced, else
     * as the default hook prints it.
     */
    public static void writeUnraisable(PyException e, Object obj) {
        writeUnraisable(e, obj, null);
    }

    /**
     * As {@link #writeUnraisable(PyException, Object)}, with CPython's {@code err_msg}: when not
     * null, the first line is {@code errMsg + ":"} and {@code obj} is None.
     */
    static void writeUnraisable(PyException e, Object obj, String errMsg) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null || ts.runtime.sys == null) {
            System.err.println("Exception ignored in: " + obj);
            return;
        }
        var rt = ts.runtime;
        Object hook = rt.sys.dict().getItem(PyStr.intern("unraisablehook"));
        Object dflt = rt.sys.dict().getItem(PyStr.intern("__unraisablehook__"));
        try {
            if (hook != null && hook != PyNone.NONE && hook != dflt) {
                synchronized (Weakrefs.class) {
                    if (unraisableArgs == null) {
                        unraisableArgs = StructSeq.newType("sys", "UnraisableHookArgs",
                                new String[] {"exc_type", "exc_value", "exc_traceback", "err_msg", "object"}, 5);
                    }
                }
                Object tb = e.value().traceback();
                Abstract.call(hook, unraisableArgs.make(e.value().type(), e.value(), tb == null ? PyNone.NONE : tb,
                        errMsg == null ? PyNone.NONE : PyStr.of(errMsg), obj == null ? PyNone.NONE : obj));
                return;
            }
        } catch (PyException ignored) {
            // A failing hook falls back to the default output, as CPython does.
        }
        if (errMsg != null) {
            ExceptionDisplay.write(rt, errMsg + ":\n");
            ExceptionDisplay.print(rt, e.value());
            return;
        }
        String what;
        try {
            what = Abstract.repr(obj).toString();
        } catch (PyException re) {
            what = "<object repr() failed>";
        }
        ExceptionDisplay.write(rt, "Exception ignored in: " + what + "\n");
        ExceptionDisplay.print(rt, e.value());
    }
}
