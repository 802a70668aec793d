package dev.kaa.bytecode.dis;

import dev.kaa.bytecode.PyRepr;

/**
 * {@code repr()} of a constant for the disassembly, safe for constants nested as deep as
 * {@code marshal} allows (2000 levels). {@link PyRepr} recurses once per level, which can exhaust
 * a small thread stack where CPython, whose frames are smaller, prints the value; such a constant
 * is printed again on a short-lived thread with a large stack. Catching the
 * {@link StackOverflowError} is safe here because {@code PyRepr} only builds a string.
 *
 * <p>Thread safety: stateless.
 */
final class ConstantRepr {
    private static final long LARGE_STACK_BYTES = 64L << 20;

    private ConstantRepr() {}

    static String of(Object constant) {
        try {
            return PyRepr.repr(constant);
        } catch (StackOverflowError deep) {
            return onLargeStack(constant);
        }
    }

    private static String onLargeStack(Object constant) {
        String[] result = new String[1];
        RuntimeException[] failure = new RuntimeException[1];
        Thread worker = new Thread(null, () -> {
            try {
                result[0] = PyRepr.repr(constant);
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        }, "kaa-dis-repr", LARGE_STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        boolean interrupted = false;
        while (true) {
            try {
                worker.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the work is bounded; finish it, then restore the flag
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return result[0];
    }
}
