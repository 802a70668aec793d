package dev.kaa.vm.modules;

import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Blocking waits that a Python program may sit in (lock acquisition, {@code time.sleep},
 * joining a thread): they let go of the global interpreter lock while they wait, wake every few
 * milliseconds so that Ctrl-C still raises {@code KeyboardInterrupt} in the main thread, and
 * they parse CPython's timeout arguments.
 *
 * <p>Thread safety: stateless.
 */
final class ThreadWaits {
    private ThreadWaits() {}

    /** {@code _thread.TIMEOUT_MAX}: CPython's, in seconds. */
    static final double TIMEOUT_MAX = 9223372036.0;

    private static final long SLICE_NANOS = 20_000_000L;

    /**
     * What the loop's check points do, in a wait: in the main thread, the Python handlers of the
     * signals that arrived run (Ctrl-C's raises KeyboardInterrupt by default).
     */
    static void checkInterrupt() {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts != null) {
            ts.runtime.checkInterrupt();
        }
    }

    /**
     * The timeout in nanoseconds of {@code acquire(blocking, timeout)}: -1 waits for ever, 0 does
     * not wait; CPython's errors for bad combinations.
     */
    static long acquireTimeout(boolean blocking, Object timeout) {
        double t = timeout == null ? -1 : timeoutSeconds(timeout);
        if (!blocking && t != -1) {
            throw PyErr.valueError("can't specify a timeout for a non-blocking call");
        }
        if (t < 0 && t != -1) {
            throw PyErr.valueError("timeout value must be a non-negative number");
        }
        if (!blocking) {
            return 0;
        }
        if (t == -1) {
            return -1;
        }
        if (t > TIMEOUT_MAX) {
            throw PyErr.overflowError("timeout value is too large");
        }
        return (long) Math.ceil(t * 1e9);
    }

    static double timeoutSeconds(Object timeout) {
        if (timeout instanceof PyInt) {
            try {
                return Abstract.asDouble(timeout);
            } catch (dev.kaa.vm.objects.PyException e) {
                throw PyErr.overflowError("timestamp out of range for platform time_t");
            }
        }
        double d = Abstract.asDouble(timeout);
        if (Double.isNaN(d)) {
            throw PyErr.valueError("Invalid value NaN (not a number)");
        }
        if (d > 9.2e18 || d < -9.2e18) {
            throw PyErr.overflowError("timestamp out of range for platform time_t");
        }
        return d;
    }

    /** Takes a permit, waiting at most {@code nanos} (-1: for ever); true when taken. */
    static boolean acquire(Semaphore s, long nanos) {
        if (s.tryAcquire()) {
            return true;
        }
        if (nanos == 0) {
            return false;
        }
        long deadline = System.nanoTime() + nanos;
        try {
            while (true) {
                checkInterrupt();
                long slice = SLICE_NANOS;
                if (nanos > 0) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    slice = Math.min(slice, left);
                }
                boolean taken;
                try (var unlocked = ThreadState.releaseGil()) {
                    taken = s.tryAcquire(slice, TimeUnit.NANOSECONDS);
                }
                if (taken) {
                    // CPython runs pending signal handlers as the call returns, the lock then
                    // held (an exception leaves it held, as there); checking only at the
                    // caller's next call would raise inside its finally blocks instead.
                    checkInterrupt();
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Sleeps {@code nanos}, waking to honour Ctrl-C. */
    static void sleep(long nanos) {
        long deadline = System.nanoTime() + nanos;
        try {
            while (true) {
                checkInterrupt();
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try (var unlocked = ThreadState.releaseGil()) {
                    Thread.sleep(java.time.Duration.ofNanos(Math.min(left, SLICE_NANOS)));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
