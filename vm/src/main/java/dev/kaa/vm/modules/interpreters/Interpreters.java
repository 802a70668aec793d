package dev.kaa.vm.modules.interpreters;

import dev.kaa.vm.Config;
import dev.kaa.vm.Interpreter;
import dev.kaa.vm.internal.eval.Runtime;
import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.modules.StdStreams;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PySimpleNamespace;
import dev.kaa.vm.objects.PyStr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The interpreters of this JVM as {@code _interpreters} numbers them, and the switch of a
 * thread from one to another for {@code _interpreters.exec}.
 *
 * <p>This is the one place where state is JVM-wide on purpose: CPython's interpreter ids, like
 * its queues and channels, belong to the process, and every interpreter must see the same
 * numbers. The first interpreter that asks is the main one (id 0, "runtime init"); the ones
 * {@code _interpreters.create} makes get the next ids.
 *
 * <p>Thread safety: self-locking (the registry is a synchronized map; an {@link Entry}'s
 * counters are atomic).
 */
final class Interpreters {
    private Interpreters() {}

    static final int WHENCE_UNKNOWN = 0, WHENCE_RUNTIME = 1, WHENCE_LEGACY_CAPI = 2, WHENCE_CAPI = 3,
            WHENCE_XI = 4, WHENCE_STDLIB = 5;

    /** One interpreter: the Kaa {@link Interpreter} when this module made it, else null. */
    static final class Entry {
        final long id;
        final Runtime rt;
        final StdStreams streams;
        final Interpreter owned;
        final int whence;
        final PySimpleNamespace config;
        final boolean reqrefs;
        final AtomicInteger refs = new AtomicInteger();
        final AtomicInteger running = new AtomicInteger();

        Entry(long id, Runtime rt, StdStreams streams, Interpreter owned, int whence, PySimpleNamespace config,
                boolean reqrefs) {
            this.id = id;
            this.rt = rt;
            this.streams = streams;
            this.owned = owned;
            this.whence = whence;
            this.config = config;
            this.reqrefs = reqrefs;
        }

        PyModule main() {
            return (PyModule) rt.modules.getItem(PyStr.of("__main__"));
        }
    }

    private static final Map<Long, Entry> BY_ID = new TreeMap<>();
    private static final Map<Runtime, Entry> BY_RUNTIME = new ConcurrentHashMap<>();
    private static long nextId;

    /** The entry of the calling thread's interpreter, registering it on first sight. */
    static Entry current() {
        Runtime rt = ThreadState.current().runtime;
        synchronized (BY_ID) {
            Entry e = BY_RUNTIME.get(rt);
            if (e == null) {
                e = new Entry(nextId, rt, StdStreams.current(), null, nextId == 0 ? WHENCE_RUNTIME : WHENCE_UNKNOWN,
                        mainConfig(), false);
                nextId++;
                BY_ID.put(e.id, e);
                BY_RUNTIME.put(rt, e);
            }
            return e;
        }
    }

    /** An interpreter Kaa made otherwise: CPython's main one, "legacy" with a GIL of its own. */
    private static dev.kaa.vm.objects.PySimpleNamespace mainConfig() {
        return Configs.named("legacy").with("gil", PyStr.of("own"));
    }

    static Entry main() {
        current();
        synchronized (BY_ID) {
            return BY_ID.get(0L);
        }
    }

    static List<Entry> all() {
        current();
        synchronized (BY_ID) {
            return new ArrayList<>(BY_ID.values());
        }
    }

    /** The interpreter with id {@code idArg}, checked as CPython checks an interpreter ID. */
    static Entry lookup(Object idArg) {
        current();
        long id = idOf(idArg);
        synchronized (BY_ID) {
            Entry e = BY_ID.get(id);
            if (e == null) {
                throw PyErr.format(InterpretersModule.NOT_FOUND, "unrecognized interpreter ID %d", id);
            }
            return e;
        }
    }

    static long idOf(Object idArg) {
        if (!(idArg instanceof PyInt i) || idArg instanceof dev.kaa.vm.objects.PyBool) {
            throw PyErr.typeError("interpreter ID must be an int, got %T", idArg);
        }
        if (i.signum() < 0) {
            throw PyErr.valueError("interpreter ID must be a non-negative int, got %s", Abstract.repr(i).value());
        }
        if (!i.isLong()) {
            throw PyErr.overflowError("int too big to convert");
        }
        return i.longValue();
    }

    /**
     * Makes a new Kaa interpreter: same {@code sys.path} as the caller's, the process's standard
     * descriptors, no {@code site}. The caller's GIL is released while it starts, and the thread
     * goes back to the caller's state afterwards.
     */
    static Entry create(PySimpleNamespace config, boolean reqrefs) {
        current();
        ThreadState caller = ThreadState.current();
        StdStreams callerStreams = StdStreams.current();
        List<String> path = new ArrayList<>();
        Object sysPath = caller.runtime.sys.dict().getItem(PyStr.intern("path"));
        if (sysPath instanceof PyList l) {
            for (int i = 0; i < l.size(); i++) {
                if (l.get(i) instanceof PyStr s) {
                    path.add(s.value());
                }
            }
        }
        Config c = new Config(List.of(""), List.of(), path, "", Map.of(), List.of(), 0, false, false, true, true,
                true, true, true, true, true, 0, false, 0, false, 4300, null);
        Interpreter made;
        ThreadState madeTs;
        StdStreams madeStreams;
        try (var released = ThreadState.releaseGil()) {
            try {
                made = Interpreter.create(c);
                madeTs = ThreadState.current();
                dev.kaa.vm.modules.PosixModule.shareProcessState(caller.runtime, madeTs.runtime);
                madeStreams = StdStreams.current();
            } finally {
                StdStreams.install(callerStreams);
                ThreadState.attach(caller);
            }
        }
        synchronized (BY_ID) {
            Entry e = new Entry(nextId++, madeTs.runtime, madeStreams, made, WHENCE_STDLIB, config, reqrefs);
            BY_ID.put(e.id, e);
            BY_RUNTIME.put(e.rt, e);
            return e;
        }
    }

    /** Forgets and closes {@code e}, which must not be running. */
    static void destroy(Entry e) {
        if (e == current()) {
            throw PyErr.format(InterpretersModule.INTERPRETER_ERROR, "cannot destroy the current interpreter");
        }
        if (e.running.get() > 0) {
            throw PyErr.format(InterpretersModule.INTERPRETER_ERROR, "interpreter running");
        }
        if (e.owned == null) {
            throw PyErr.format(InterpretersModule.INTERPRETER_ERROR, "cannot destroy an interpreter Kaa did not create here");
        }
        runIn(e, ts -> {
            finish(e.rt);
            return PyNone.NONE;
        });
        synchronized (BY_ID) {
            BY_ID.remove(e.id);
            BY_RUNTIME.remove(e.rt);
        }
        ThreadState caller = ThreadState.current();
        StdStreams callerStreams = StdStreams.current();
        try (var released = ThreadState.releaseGil()) {
            try {
                e.owned.close();
            } finally {
                StdStreams.install(callerStreams);
                ThreadState.attach(caller);
            }
        }
        Queues.interpreterGone(e.id);
    }

    /**
     * What ending an interpreter runs inside it, as at the end of a program: waits for its
     * non-daemon threads ({@code threading._shutdown}, which also calls the functions
     * {@code threading._register_atexit} recorded), then its {@code atexit} functions. An
     * exception there is reported and does not stop the destruction.
     */
    private static void finish(Runtime rt) {
        Object threading = rt.modules.getItem(PyStr.of("threading"));
        if (threading != null) {
            try {
                Object shutdown = Abstract.lookupAttr(threading, PyStr.intern("_shutdown"));
                if (shutdown != null) {
                    Abstract.call(shutdown, new Object[0], null);
                }
            } catch (PyException ex) {
                rt.services.unraisable(ex, threading);
            }
        }
        dev.kaa.vm.modules.AtexitModule.runExitFuncs(rt);
    }

    /**
     * Runs {@code body} in interpreter {@code target} on this thread: the thread leaves its own
     * interpreter's GIL, takes on a thread state of the target and the target's GIL, and comes
     * back afterwards. The result must be shareable (it crosses back as it is).
     */
    static Object runIn(Entry target, Function<ThreadState, Object> body) {
        ThreadState caller = ThreadState.current();
        if (target.rt == caller.runtime) {
            target.running.incrementAndGet();
            try {
                return body.apply(caller);
            } finally {
                target.running.decrementAndGet();
            }
        }
        // One thread at a time runs an interpreter's __main__, as in CPython.
        if (target.running.getAndIncrement() > 0) {
            target.running.decrementAndGet();
            throw PyErr.format(InterpretersModule.INTERPRETER_ERROR, "interpreter already running");
        }
        StdStreams callerStreams = StdStreams.current();
        ThreadState inside = new ThreadState(target.rt);
        try (var released = ThreadState.releaseGil()) {
            ThreadState.attach(inside);
            StdStreams.install(target.streams);
            try (var held = inside.holdGil()) {
                try {
                    return body.apply(inside);
                } finally {
                    flushStreams(target.rt);
                }
            } finally {
                StdStreams.install(callerStreams);
                ThreadState.attach(caller);
            }
        } finally {
            target.running.decrementAndGet();
        }
    }

    /**
     * Flushes the target's {@code sys.stdout} and {@code sys.stderr} after each run, so that what
     * it printed comes out before what the caller prints next (each interpreter buffers its own
     * streams over the same descriptors).
     */
    private static void flushStreams(Runtime rt) {
        for (String name : new String[] {"stdout", "stderr"}) {
            Object s = rt.sys.dict().getItem(PyStr.intern(name));
            if (s != null && s != PyNone.NONE) {
                try {
                    Abstract.callMethod(s, "flush");
                } catch (PyException ignored) {
                    // As at exit: a stream that cannot flush loses its output.
                }
            }
        }
    }

    /** The ids of the interpreters as {@code list_all} gives them. */
    static Object idObject(Entry e) {
        return PyInt.of(e.id);
    }
}
