package dev.kaa.compiler.internal.symtable;

import java.util.function.Supplier;

/**
 * Runs a recursive pass over a deeply nested tree on a thread with a large stack. The passes
 * recurse once or twice per tree level and count their depth against CPython's limit (about
 * 10,000 levels), which the default Java stack cannot hold; the common shallow case runs on
 * the caller's thread, and only a pass that overflowed there is run again here.
 *
 * <p>Thread safety: stateless; the task runs on a new thread while the caller waits, so it
 * sees and publishes memory as if it ran on the caller's thread (start/join order them).
 */
public final class LargeStack {
    /** Enough for CPython's depth limit with frames of a few hundred bytes. */
    private static final long STACK_BYTES = 1L << 29;

    private LargeStack() {}

    /** {@code task.get()}, run on the caller's thread, or again on a large stack if it overflowed. */
    public static <T> T call(Supplier<T> task) {
        try {
            return task.get();
        } catch (StackOverflowError e) {
            return onLargeStack(task);
        }
    }

    /** {@code task.get()} on a new thread with a large stack; exceptions reach the caller. */
    public static <T> T onLargeStack(Supplier<T> task) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread t = Thread.ofPlatform().name("kaa-compile-deep").stackSize(STACK_BYTES).unstarted(() -> {
            try {
                result[0] = task.get();
            } catch (Throwable x) {
                failure[0] = x;
            }
        });
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] instanceof RuntimeException r) {
            throw r;
        }
        if (failure[0] instanceof Error err) {
            throw err;
        }
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
