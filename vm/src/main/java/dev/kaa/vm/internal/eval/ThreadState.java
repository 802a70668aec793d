package dev.kaa.vm.internal.eval;

import dev.kaa.vm.objects.PyBaseException;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyFrame;

/**
 * The state of one Python thread: its interpreter, the frame it runs, its recursion depth and
 * the exception being handled ({@code sys.exception()}).
 *
 * <p>Thread safety: confined to its thread.
 */
public final class ThreadState {
    private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();

    public final Runtime runtime;
    /** The innermost frame, or null between calls. */
    public PyFrame frame;
    int depth;
    /**
     * The exception being handled by the running frames, or null: a generator's own while it
     * runs ({@code PUSH_EXC_INFO} and {@code POP_EXCEPT} set it).
     */
    public PyBaseException handled;
    /**
     * The {@link #handled} of the frames below each running generator, innermost last: CPython's
     * chain of exception states, which {@link #currentException} walks down.
     */
    private PyBaseException[] outer = new PyBaseException[8];
    /** {@code sys.settrace}'s and {@code sys.setprofile}'s functions for this thread, or null. */
    Object traceFunc, profileFunc;
    /** Set while a trace or profile function runs: events it causes are not reported. */
    boolean inTrace;
    /** The code and code unit whose trace marker {@link Tracing} put back for one instruction, or null. */
    dev.kaa.vm.objects.PyCode remarkCode;
    int remarkAt;
    /** The event a trace or profile function is running for ({@link FrameJump}'s constants), or 0. */
    int traceEvent;
    /** {@code sys.set_asyncgen_hooks}' hooks of this thread, or null. */
    public Object asyncgenFirstiter, asyncgenFinalizer;
    private int outerDepth;

    public ThreadState(Runtime runtime) {
        this.runtime = runtime;
    }

    /** The thread state of the calling thread; it must have one ({@link #attach}). */
    public static ThreadState current() {
        ThreadState ts = CURRENT.get();
        if (ts == null) {
            throw new IllegalStateException("this Java thread runs no Python interpreter");
        }
        return ts;
    }

    /** The calling thread's state, or null. */
    public static ThreadState currentOrNull() {
        return CURRENT.get();
    }

    /**
     * Makes {@code ts} the calling thread's state, listed in its interpreter's
     * {@link Runtime#threads}; returns the previous one.
     */
    public static ThreadState attach(ThreadState ts) {
        ThreadState old = CURRENT.get();
        CURRENT.set(ts);
        Thread self = Thread.currentThread();
        if (old != null) {
            old.runtime.threads.remove(self, old);
        }
        if (ts != null) {
            ts.runtime.threads.put(self, ts);
        }
        return old;
    }

    /**
     * A stretch of code over which this thread's hold on the global interpreter lock differs,
     * ended by {@link #close()}: used with try-with-resources.
     */
    public interface GilScope extends AutoCloseable {
        @Override void close();
    }

    private static final GilScope NOTHING_TO_UNDO = () -> {};

    /** Takes the GIL back after {@link #releaseGil()}. */
    private final GilScope retake = this::acquireGil;
    /** Gives the GIL back after {@link #holdGil()}. */
    private final GilScope giveBack = this::releaseHeldGil;

    /**
     * Releases the global interpreter lock until the result is closed, for a stretch of Java
     * code in which the calling thread touches no Python object, so that other Python threads
     * run meanwhile: a blocking call (a lock wait, {@code sleep}, socket or pipe I/O, waiting
     * for a child process) or a long computation on Java data. Nothing happens if the thread
     * does not hold the lock.
     */
    public static GilScope releaseGil() {
        ThreadState ts = CURRENT.get();
        if (ts == null || !ts.runtime.gil.isHeldByCurrentThread()) {
            return NOTHING_TO_UNDO;
        }
        ts.runtime.gil.release();
        return ts.retake;
    }

    /**
     * Takes the global interpreter lock for a call from Java into Python (the embedding API, a
     * new thread's start), unless this thread holds it already; closing the result gives back
     * what was taken.
     */
    public GilScope holdGil() {
        if (runtime.gil.isHeldByCurrentThread()) {
            return NOTHING_TO_UNDO;
        }
        acquireGil();
        return giveBack;
    }

    /**
     * Takes the lock. A thread other than the main one that gets it after the interpreter began
     * to shut down never returns (it parks, as in CPython 3.14): it must not touch objects the
     * shutdown is tearing down, and a daemon thread keeps the JVM from nothing.
     */
    private void acquireGil() {
        runtime.gil.acquire();
        if (runtime.finalizing && Thread.currentThread() != runtime.mainThread) {
            runtime.gil.release();
            while (true) {
                java.util.concurrent.locks.LockSupport.park(this);
            }
        }
    }

    private void releaseHeldGil() {
        runtime.gil.release();
    }

    /** Enters a Python call; {@code RecursionError} past the limit. */
    void enter() {
        if (++depth > runtime.recursionLimit) {
            depth--;
            throw PyErr.recursionError("maximum recursion depth exceeded");
        }
    }

    void leave() {
        depth--;
    }

    /**
     * The exception being handled as {@code sys.exception()}, a bare {@code raise} and a new
     * exception's {@code __context__} see it: the running frames' own, else that of the frames
     * below the running generator(s), the nearest first.
     */
    public PyBaseException currentException() {
        PyBaseException e = handled;
        for (int i = outerDepth - 1; e == null && i >= 0; i--) {
            e = outer[i];
        }
        return e;
    }

    /** A generator starts running over frames whose handled exception is {@code below}. */
    void pushOuter(PyBaseException below) {
        if (outerDepth == outer.length) {
            outer = java.util.Arrays.copyOf(outer, outerDepth * 2);
        }
        outer[outerDepth++] = below;
    }

    /** The generator that last started running stops. */
    void popOuter() {
        outer[--outerDepth] = null;
    }

    /** The current recursion depth. */
    public int depth() {
        return depth;
    }
}
