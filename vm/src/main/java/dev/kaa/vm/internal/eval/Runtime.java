package dev.kaa.vm.internal.eval;

import dev.kaa.threading.GlobalLock;
import dev.kaa.threading.GlobalLockProvider;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyModule;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The per-interpreter state the interpreter loop and the built-in modules reach through the
 * thread state: {@code builtins}, {@code sys.modules}, limits, and the services that compile
 * and import.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class Runtime {
    public final PyModule builtinsModule;
    public final PyDict builtins;
    /** {@code sys.modules}. */
    public final PyDict modules = new PyDict();
    public PyModule sys;
    public int recursionLimit = 1000;
    /**
     * The global interpreter lock: a thread holds it while it runs Python code and lets go of it
     * around blocking calls ({@link ThreadState#releaseGil()}) and when asked at a check point.
     */
    public final GlobalLock gil;
    /** {@code sys.set_coroutine_origin_tracking_depth}: caller frames a new coroutine records. */
    public int coroutineOriginDepth;
    /** Source lines for tracebacks, read once per file (CPython's {@code linecache} for the C printer). */
    public final dev.kaa.vm.objects.TracebackSource sources = new dev.kaa.vm.objects.TracebackSource();
    /** Whether tracebacks on stderr may be coloured (a terminal, and the environment allows it). */
    public boolean colorTracebacks;
    /** Warnings shown by the fallback before {@code warnings} can be imported, by location. */
    public final java.util.Set<String> warningsShown = new java.util.HashSet<>();
    /**
     * The threads running this interpreter's code, each with its state ({@link ThreadState#attach}
     * keeps it): for {@code sys._current_frames()} and {@code faulthandler}, which read other
     * threads' frames without stopping them, as CPython's do.
     */
    public final java.util.Map<Thread, ThreadState> threads = new java.util.concurrent.ConcurrentHashMap<>();
    /** {@code sys.addaudithook}'s hooks. */
    public final java.util.List<Object> auditHooks = new java.util.ArrayList<>();
    /** The import system and compiler, set by the interpreter once it is built. */
    public Services services;
    /**
     * The eval breaker: bits asking the running thread to stop at its next check point
     * ({@code RESUME}, {@code JUMP_BACKWARD}, calls). Bit {@link #INTERRUPT}: Ctrl-C.
     */
    public volatile int breaker;
    public static final int INTERRUPT = 1;
    /** Bit: a {@code del} left a generator to probe ({@link GeneratorProbes}). */
    public static final int PROBE = 2;
    /** Bit: signals arrived whose Python handlers the main thread is to run ({@link #signalHandlers}). */
    public static final int SIGNALS = 4;
    /** Bit: a thread waiting for the GIL asks the holder to let go ({@link GlobalLock#yieldToWaiters}). */
    public static final int GIL_DROP = 8;
    /**
     * Bit, set while some thread traces or profiles: code not yet instrumented is instrumented
     * where it next starts or loops ({@link Tracing#checkPoint}), so untraced code pays nothing.
     */
    public static final int TRACING = 16;
    private static final VarHandle BREAKER;

    static {
        try {
            BREAKER = MethodHandles.lookup().findVarHandle(Runtime.class, "breaker", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Sets {@code bits} of the eval breaker; any thread, atomically. */
    public void setBreaker(int bits) {
        BREAKER.getAndBitwiseOr(this, bits);
    }

    /** Clears {@code bits} of the eval breaker; any thread, atomically. */
    public void clearBreaker(int bits) {
        BREAKER.getAndBitwiseAnd(this, ~bits);
    }
    /**
     * {@code _signal}'s handlers, once it has state for this interpreter; until then SIGINT
     * ({@link #INTERRUPT}) raises KeyboardInterrupt.
     */
    public volatile SignalHandlers signalHandlers;
    final GeneratorProbes generatorProbes = new GeneratorProbes();
    /**
     * Set when the interpreter shuts down: threads other than the main one that take the GIL
     * after it stop there ({@link ThreadState#holdGil}).
     */
    public volatile boolean finalizing;
    /**
     * Tracing's state: whether some thread has a trace or profile function (all code is then
     * instrumented), how many do, the version of that state code objects compare theirs with
     * ({@code PyCode.instrVersion}), and the code objects the compiled tier has compiled, whose
     * compiled form tracing sets aside ({@link Tracing}).
     */
    boolean instrumenting;
    int tracingThreads;
    int instrVersion;
    final java.util.List<java.lang.ref.WeakReference<dev.kaa.vm.objects.PyCode>> compiledCode = new java.util.ArrayList<>();
    /** The thread that receives {@code KeyboardInterrupt} (the main thread). */
    public Thread mainThread;

    /** Check points until weak-reference callbacks are looked for again. */
    private int weakrefCountdown = WEAKREF_PERIOD;
    private static final int WEAKREF_PERIOD = 4096;

    /**
     * Called at the loop's check points; cheap when nothing is asked. Every few thousand check
     * points it also runs the callbacks of weak references whose objects the collector found
     * dead, on this (Python) thread rather than a Java collector thread.
     */
    void checkBreaker(ThreadState ts) {
        if (breaker != 0) {
            handleBreaker();
        }
        if (--weakrefCountdown <= 0) {
            weakrefCountdown = WEAKREF_PERIOD;
            dev.kaa.vm.modules.Weakrefs.drain();
        }
    }

    /**
     * For long-running Java code (a regular-expression match, say): raises KeyboardInterrupt if
     * Ctrl-C was pressed, as the loop's check points do. Cheap enough to call every few thousand steps.
     */
    public void checkInterrupt() {
        if (breaker != 0) {
            handleBreaker();
        }
    }

    private void handleBreaker() {
        if ((breaker & GIL_DROP) != 0) {
            gil.yieldToWaiters();
        }
        if ((breaker & TRACING) != 0) {
            ThreadState ts = ThreadState.currentOrNull();
            if (ts != null) {
                Tracing.checkPoint(ts);
            }
        }
        if ((breaker & PROBE) != 0) {
            clearBreaker(PROBE);
            ThreadState ts = ThreadState.currentOrNull();
            if (ts != null) {
                generatorProbes.run(ts);
            }
        }
        // Signals are handled only by the main thread, as in CPython; other threads leave the bits.
        if ((breaker & (INTERRUPT | SIGNALS)) != 0 && Thread.currentThread() == mainThread) {
            boolean interrupted = ((int) BREAKER.getAndBitwiseAnd(this, ~(INTERRUPT | SIGNALS)) & INTERRUPT) != 0;
            SignalHandlers handlers = signalHandlers;
            if (handlers != null) {
                handlers.runPending(ThreadState.currentOrNull(), interrupted);
            } else if (interrupted) {
                throw dev.kaa.vm.objects.PyErr.withArgs(dev.kaa.vm.objects.Exceptions.KeyboardInterrupt);
            }
        }
    }

    /** The Python signal handlers ({@code _signal}), run by the main thread at a check point. */
    public interface SignalHandlers {
        /**
         * Calls the handlers of the signals that arrived; {@code interrupted}: SIGINT too (Ctrl-C,
         * {@code _thread.interrupt_main}). A handler's exception propagates.
         */
        void runPending(ThreadState ts, boolean interrupted);
    }

    /** A runtime whose GIL is made by the {@link GlobalLockProvider} called {@code gilName}. */
    public Runtime(PyModule builtinsModule, String gilName) {
        this.builtinsModule = builtinsModule;
        this.builtins = builtinsModule.dict();
        this.gil = GlobalLockProvider.named(gilName).create(new GlobalLock.Hooks() {
            @Override public void requestDrop() {
                setBreaker(GIL_DROP);
            }

            @Override public void clearDropRequest() {
                clearBreaker(GIL_DROP);
            }
        });
    }

    /** What the loop needs from the rest of the VM: imports, compiling, displaying. */
    public interface Services {
        /** {@code __import__(name, globals, locals, fromlist, level)}. */
        Object importName(ThreadState ts, String name, PyDict globals, Object fromlist, int level);

        /** {@code sys.displayhook(value)} for the interactive {@code PRINT} intrinsic. */
        void displayHook(Object value);

        /**
         * {@code warnings.warn(message, category, stacklevel)} from Java code, where stacklevel 1 names the
         * running Python frame (Java code has none of its own); may raise if warnings are errors.
         */
        void warn(Object category, String message, int stacklevel);

        /**
         * Reports an exception nothing can catch (a finalizer's), as {@code sys.unraisablehook}
         * does: "Exception ignored in: repr(obj)" and the traceback.
         */
        void unraisable(PyException e, Object obj);
    }
}
