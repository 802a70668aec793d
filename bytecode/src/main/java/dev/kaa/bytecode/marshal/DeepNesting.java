package dev.kaa.bytecode.marshal;

import java.util.function.Supplier;

/**
 * Keeps the recursive reader and writer clear of {@link StackOverflowError}. Both first run on the
 * caller's thread with a small nesting budget ({@link #SHALLOW_DEPTH}, plenty for real code
 * objects, which nest a dozen levels); data nested deeper is read or written again on a
 * short-lived thread whose stack has room for CPython's full limit of 2000 levels, whatever
 * {@code -Xss} the caller's thread has.
 *
 * <p>Thread safety: stateless.
 */
final class DeepNesting {
    /** Nesting the caller's thread is trusted with (a few frames of a few hundred bytes a level). */
    static final int SHALLOW_DEPTH = 200;
    /** Stack for the full 2000 levels, with a wide margin for interpreted (unJITted) frames. */
    private static final long DEEP_STACK_BYTES = 64L << 20;

    /** Thrown when the shallow budget runs out; the work is redone by {@link #run}. */
    static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooDeep() {
            super("nesting beyond the shallow budget", null, false, false);
        }
    }

    private DeepNesting() {}

    /**
     * Runs {@code task.apply(SHALLOW_DEPTH)}; if it throws {@link TooDeep}, runs
     * {@code task.apply(TypeCode.MAX_DEPTH)} on a thread with a large stack and returns its result
     * or rethrows its unchecked exception.
     */
    static <T> T run(java.util.function.IntFunction<T> task) {
        try {
            return task.apply(SHALLOW_DEPTH);
        } catch (TooDeep e) {
            return onLargeStack(() -> task.apply(TypeCode.MAX_DEPTH));
        }
    }

    private static <T> T onLargeStack(Supplier<T> task) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(null, () -> {
            try {
                result[0] = task.get();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "kaa-marshal-deep", DEEP_STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        boolean interrupted = false;
        while (true) {
            try {
                worker.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // finish the (bounded) work, then restore the flag
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] instanceof RuntimeException r) {
            throw r;
        } else if (failure[0] instanceof Error err) {
            throw err;
        } else if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }
}
