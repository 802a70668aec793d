package dev.kaa.vm.modules;

import dev.kaa.vm.internal.eval.Runtime;
import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.Slot;
import dev.kaa.vm.objects.StructSeq;
import dev.kaa.vm.objects.TracebackPrinter;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code _thread}: locks, thread identity, thread-local objects and starting threads, as
 * {@code threading.py} uses them.
 *
 * <p>New threads are Java platform threads, each with its own {@link ThreadState}, running Python
 * code while they hold the interpreter's global interpreter lock ({@link Runtime#gil}); the
 * waits here (locks, joins) let go of it.
 *
 * <p>Thread safety: the table of started threads is synchronized.
 */
public final class ThreadModule {
    private ThreadModule() {}

    private static final AtomicInteger RUNNING = new AtomicInteger();
    /** Handles of the non-daemon threads started here, for {@code _shutdown}. */
    private static final List<ThreadHandle> NON_DAEMON = new ArrayList<>();
    private static volatile long stackSize;
    private static final long DEFAULT_STACK = 16L << 20;

    static final StructSeq.Kind EXCEPT_HOOK_ARGS = StructSeq.newType("_thread", "_ExceptHookArgs",
            new String[] {"exc_type", "exc_value", "exc_traceback", "thread"}, 4);

    public static PyModule create() {
        PyModule m = new PyModule("_thread");
        m.put("__doc__", PyStr.of("Threads, locks and thread-local data at the lowest level;"
                + " threading builds on them."));
        Exposer.functions(ThreadModule.class, MethodHandles.lookup(), "_thread", m).forEach(m::put);
        m.put("allocate", m.dict().getItem(PyStr.intern("allocate_lock")));
        m.put("start_new", m.dict().getItem(PyStr.intern("start_new_thread")));
        m.put("exit_thread", m.dict().getItem(PyStr.intern("exit")));
        m.put("LockType", ThreadLock.TYPE);
        m.put("lock", ThreadLock.TYPE);
        m.put("RLock", ThreadRLock.TYPE);
        m.put("_local", ThreadLocalObject.TYPE);
        m.put("_ThreadHandle", ThreadHandle.TYPE);
        m.put("_ExceptHookArgs", EXCEPT_HOOK_ARGS.type());
        m.put("error", Exceptions.RuntimeError);
        m.put("TIMEOUT_MAX", new PyFloat(ThreadWaits.TIMEOUT_MAX));
        return m;
    }

    /** {@code get_ident()} of the calling thread. */
    static long ident() {
        return Thread.currentThread().threadId();
    }

    @PyMethod
    static Object allocate_lock() {
        return new ThreadLock();
    }

    @PyMethod
    static long get_ident() {
        return ident();
    }

    @PyMethod
    static long get_native_id() {
        // Linux names the calling thread's task in /proc; its first field is the kernel's id.
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/thread-self/stat"));
            return Long.parseLong(stat.substring(0, stat.indexOf(' ')));
        } catch (java.io.IOException | RuntimeException e) {
            return ident();
        }
    }

    @PyMethod
    static long _get_main_thread_ident() {
        ThreadState ts = ThreadState.currentOrNull();
        Thread main = ts == null ? null : ts.runtime.mainThread;
        return main == null ? ident() : main.threadId();
    }

    @PyMethod
    static boolean _is_main_interpreter() {
        return true;
    }

    @PyMethod
    static boolean daemon_threads_allowed() {
        return true;
    }

    @PyMethod
    static int _count() {
        return RUNNING.get();
    }

    @PyMethod
    static long stack_size(@Opt("0") long size) {
        long old = stackSize;
        if (size != 0 && size < 32768) {
            throw PyErr.valueError("size not valid: %s bytes", size);
        }
        stackSize = size;
        return old;
    }

    @PyMethod
    static void exit() {
        throw PyErr.withArgs(Exceptions.SystemExit);
    }

    @PyMethod
    static void interrupt_main(@Opt("2") int signum) {
        dev.kaa.vm.modules.signal.SignalModule.simulateSignal(signum);
        // CPython checks the eval breaker as a builtin call returns: in the main thread the
        // handler runs (KeyboardInterrupt is raised) before the caller's next instruction.
        ThreadState.current().runtime.checkInterrupt();
    }

    @PyMethod
    static Object _make_thread_handle(long ident) {
        ThreadHandle h = new ThreadHandle(ident);
        if (ident == ident()) {
            h.thread = Thread.currentThread();
        }
        return h;
    }

    @PyMethod
    static Object start_new_thread(Object function, Object args, @Opt Object kwargs) {
        if (Abstract.typeOf(function).slot(Slot.__call__) == null) {
            throw PyErr.typeError("first arg must be callable");
        }
        if (!(args instanceof PyTuple t)) {
            throw PyErr.typeError("2nd arg must be a tuple");
        }
        if (kwargs != null && !(kwargs instanceof PyDict)) {
            throw PyErr.typeError("optional 3rd arg must be a dictionary");
        }
        Object[] a = t.items().clone();
        String[] kwnames = null;
        if (kwargs instanceof PyDict d && d.size() > 0) {
            List<Object> keys = d.keys();
            Object[] all = java.util.Arrays.copyOf(a, a.length + keys.size());
            kwnames = new String[keys.size()];
            for (int i = 0; i < keys.size(); i++) {
                if (!(keys.get(i) instanceof PyStr k)) {
                    throw PyErr.typeError("keywords must be strings");
                }
                kwnames[i] = k.toString();
                all[a.length + i] = d.getItem(k);
            }
            a = all;
        }
        ThreadHandle h = start(function, a, kwnames, true);
        return dev.kaa.vm.objects.PyInt.of(h.ident);
    }

    @PyMethod(positionalOnly = 1)
    static Object start_joinable_thread(Object function, @Opt Object handle, @Opt("True") boolean daemon) {
        if (Abstract.typeOf(function).slot(Slot.__call__) == null) {
            throw PyErr.typeError("thread function must be callable");
        }
        ThreadHandle h;
        if (handle == null || handle == PyNone.NONE) {
            h = null;
        } else if (handle instanceof ThreadHandle th) {
            h = th;
        } else {
            throw PyErr.typeError("'handle' must be a _ThreadHandle");
        }
        return start(function, new Object[0], null, daemon, h);
    }

    private static ThreadHandle start(Object function, Object[] args, String[] kwnames, boolean daemon) {
        return start(function, args, kwnames, daemon, null);
    }

    private static ThreadHandle start(Object function, Object[] args, String[] kwnames, boolean daemon,
            ThreadHandle given) {
        Runtime rt = ThreadState.current().runtime;
        ThreadHandle handle;
        if (given != null) {
            given.markStarted();
            handle = given;
        } else {
            handle = new ThreadHandle(0);
        }
        long stack = stackSize == 0 ? DEFAULT_STACK : stackSize;
        Thread t = Thread.ofPlatform().daemon(daemon).stackSize(stack).unstarted(() -> {
            ThreadState ts = new ThreadState(rt);
            ThreadState.attach(ts);
            try (var held = ts.holdGil()) {
                try {
                    Abstract.call(function, args, kwnames);
                } catch (PyException e) {
                    if (!e.matches(Exceptions.SystemExit)) {
                        Weakrefs.writeUnraisable(e, null, "Exception ignored in thread started by "
                                + safeRepr(function));
                    }
                } finally {
                    RUNNING.decrementAndGet();
                    handle._set_done();
                }
            } finally {
                ThreadState.attach(null);
            }
        });
        handle.thread = t;
        handle.ident = t.threadId();
        if (!daemon) {
            synchronized (NON_DAEMON) {
                NON_DAEMON.add(handle);
            }
        }
        RUNNING.incrementAndGet();
        t.start();
        return handle;
    }

    private static String safeRepr(Object o) {
        try {
            return Abstract.repr(o).toString();
        } catch (PyException e) {
            return "<object repr() failed>";
        }
    }

    @PyMethod
    static void _shutdown() {
        while (true) {
            ThreadHandle h;
            synchronized (NON_DAEMON) {
                NON_DAEMON.removeIf(ThreadHandle::is_done);
                h = null;
                for (ThreadHandle c : NON_DAEMON) {
                    if (c.thread != Thread.currentThread()) {
                        h = c;
                        break;
                    }
                }
            }
            if (h == null) {
                return;
            }
            h.join(null);
        }
    }

    @PyMethod
    static void _excepthook(Object args) {
        Object excType = Abstract.getAttr(args, "exc_type");
        if (excType == Exceptions.SystemExit) {
            return;
        }
        Object excValue = Abstract.getAttr(args, "exc_value");
        Object thread = Abstract.getAttr(args, "thread");
        ThreadState ts = ThreadState.current();
        Object file = ts.runtime.sys.dict().getItem(PyStr.intern("stderr"));
        if (file == null || file == PyNone.NONE) {
            if (thread == PyNone.NONE) {
                return;
            }
            file = Abstract.lookupAttr(thread, PyStr.intern("_stderr"));
            if (file == null || file == PyNone.NONE) {
                return;
            }
        }
        String name;
        if (thread != PyNone.NONE) {
            Object n = Abstract.lookupAttr(thread, PyStr.intern("name"));
            name = n == null ? null : Abstract.str(n).toString();
        } else {
            name = null;
        }
        String head = "Exception in thread " + (name != null ? name : Long.toString(ident())) + ":\n";
        Abstract.callMethod(file, "write", PyStr.of(head));
        String text = excValue instanceof dev.kaa.vm.objects.PyBaseException e ? new TracebackPrinter().format(e)
                : Abstract.str(excType) + "\n";
        Abstract.callMethod(file, "write", PyStr.of(text));
        Abstract.callMethod(file, "flush");
    }
}
