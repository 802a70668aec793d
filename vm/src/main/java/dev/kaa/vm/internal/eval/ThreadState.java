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
    /** The exception being handled, or null ({@code exc_info}). */
    public PyBaseException handled;

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

    /** Makes {@code ts} the calling thread's state; returns the previous one. */
    public static ThreadState attach(ThreadState ts) {
        ThreadState old = CURRENT.get();
        CURRENT.set(ts);
        return old;
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

    /** The current recursion depth. */
    public int depth() {
        return depth;
    }
}
