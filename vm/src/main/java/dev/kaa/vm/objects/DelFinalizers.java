package dev.kaa.vm.objects;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * {@code __del__} of instances of Python classes the JVM found unreachable. The JVM's finalizer
 * thread only queues them here; {@code gc.collect()} calls their {@code __del__} on the
 * collecting Python thread, under the GIL. Kaa has no reference counts, so {@code __del__} runs
 * at a collection, never at the moment the last reference goes: only after {@code gc.collect()}
 * is it certain to have run for everything unreachable.
 *
 * <p>Thread safety: the queue is concurrent (the finalizer thread adds); {@link #runPending} runs
 * under the GIL.
 */
public final class DelFinalizers {
    private DelFinalizers() {}

    /**
     * Per interpreter (several may share the JVM), the finalized instances whose {@code __del__}
     * is still to run; filled by the JVM's finalizer thread.
     */
    private static final java.util.Map<Object, ConcurrentLinkedQueue<Object>> PENDING =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** The interpreter (its runtime) of the calling Python thread: instances remember it. */
    static Object owner() {
        return dev.kaa.vm.internal.eval.ThreadState.current().runtime;
    }

    private static ConcurrentLinkedQueue<Object> queue(Object owner) {
        return PENDING.computeIfAbsent(owner, k -> new ConcurrentLinkedQueue<>());
    }

    /** Whether an instance with {@code __del__} was ever made: else a collection waits for nothing. */
    private static volatile boolean used;

    static void created() {
        if (!used) {
            used = true;
        }
    }

    static void enqueue(Object owner, Object o) {
        queue(owner).add(o);
    }

    /** An object finalized only to tell that the finalizer thread has reached a collection's objects. */
    private static final class Probe {
        private final java.util.concurrent.CountDownLatch done;

        Probe(java.util.concurrent.CountDownLatch done) {
            this.done = done;
        }

        @Override
        @SuppressWarnings({"removal", "deprecation"})
        protected void finalize() {
            done.countDown();
        }
    }

    /**
     * A probe to bracket the next collection with ({@link #awaitProbe}); null when no
     * instance with {@code __del__} was ever made, so there is nothing to wait for.
     */
    public static java.util.concurrent.CountDownLatch probe() {
        if (!used) {
            return null;
        }
        var done = new java.util.concurrent.CountDownLatch(1);
        new Probe(done);
        return done;
    }

    /**
     * Runs {@code collection} (one that includes a {@code System.gc()}), then waits (a moment at
     * most) until the finalizer thread has finalized the {@link #probe} made before it. The
     * finalizer thread takes a collection's objects in no set order: a probe made before a
     * collection and one made after the first was finalized bracket them, so a collection
     * needs two such waits in a row (System.runFinalization could wait on
     * other interpreters' finalizers, so it is not used).
     */
    public static void awaitProbe(java.util.concurrent.CountDownLatch probe, Runnable collection) {
        collection.run();
        if (probe == null) {
            return;
        }
        try {
            probe.await(100, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The finalizer of a Java-built object whose type calls for {@code __del__} (an {@code _io}
     * object, which closes itself; an extension object): held only by that object, it becomes
     * unreachable with it, and its JVM finalizer queues the object for {@link #runPending} (its
     * reference brings the object back for that call, as a finalizer may). An object with none
     * costs nothing.
     */
    public static final class Guardian {
        private final Object owner;
        private final Object target;

        public Guardian(Object target) {
            created();
            this.owner = owner();
            this.target = target;
        }

        @Override
        @SuppressWarnings({"removal", "deprecation", "checkstyle:NoFinalizer"})
        protected void finalize() {
            enqueue(owner, target);
        }
    }

    /** A {@link Guardian} for an extension object, which keeps it in a field. */
    public static Object companion(Object o) {
        return new Guardian(o);
    }

    /** Whether instances of {@code cls} need finalizing: it (or a base) defines {@code __del__}. */
    static boolean wanted(PyType cls) {
        return cls.lookup(PyStr.intern("__del__")) != null;
    }

    /** Whether any instance waits for its {@code __del__}. */
    public static boolean hasPending() {
        return !queue(owner()).isEmpty();
    }

    /**
     * Calls the {@code __del__} of every queued instance; an exception is reported as
     * unraisable ("Exception ignored in: ..."), as CPython reports it.
     */
    public static void runPending() {
        runPending(o -> true);
    }

    /** As {@link #runPending()}, for the queued instances {@code which} accepts; the rest wait on. */
    public static void runPending(java.util.function.Predicate<Object> which) {
        ConcurrentLinkedQueue<Object> pending = queue(owner());
        java.util.List<Object> others = new java.util.ArrayList<>();
        while (!pending.isEmpty()) {
            java.util.List<Object> batch = new java.util.ArrayList<>();
            for (Object o = pending.poll(); o != null; o = pending.poll()) {
                (which.test(o) ? batch : others).add(o);
            }
            // The JVM finalizes what died together in no set order; a wrapper must close before
            // the stream it wraps, as CPython's reference counts order them.
            batch.sort(java.util.Comparator.comparingInt(
                    o -> o instanceof Ordered ordered ? ordered.finalizeRank() : Integer.MAX_VALUE));
            for (Object o : batch) {
                Object del = Abstract.typeOf(o).lookup(PyStr.intern("__del__"));
                if (del == null) {
                    continue;
                }
                try {
                    Abstract.callMethodValue(del, o);
                } catch (PyException e) {
                    dev.kaa.vm.modules.Weakrefs.writeUnraisable(e, del);
                }
            }
        }
        pending.addAll(others);
    }

    /**
     * An object whose {@code __del__} must run before those of others that died with it: lower
     * ranks first (a text wrapper before its buffer, a buffer before its raw stream).
     */
    public interface Ordered {
        int finalizeRank();
    }
}
