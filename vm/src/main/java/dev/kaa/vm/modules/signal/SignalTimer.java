package dev.kaa.vm.modules.signal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code ITIMER_REAL}, which {@code alarm} and {@code setitimer} share: a Java timer that sends
 * the process a real SIGALRM when it expires (and every interval after), so the signal's
 * disposition decides what happens, as with the kernel's timer. The CPU-time timers
 * ({@code ITIMER_VIRTUAL}, {@code ITIMER_PROF}) have no JVM counterpart.
 *
 * <p>Thread safety: self-locking.
 */
final class SignalTimer {
    private final SignalState state;
    private ScheduledExecutorService executor;
    private ScheduledFuture<?> task;
    /** When the timer next fires ({@link System#nanoTime}), and its period; 0: none. */
    private long deadline, intervalNanos;

    SignalTimer(SignalState state) {
        this.state = state;
    }

    /** The time left and the interval, in nanoseconds: {@code getitimer}. */
    synchronized long[] get() {
        if (task == null || intervalNanos == 0 && task.isDone()) {
            return new long[] {0, 0};
        }
        long now = System.nanoTime();
        if (intervalNanos > 0) {
            while (deadline <= now) {
                deadline += intervalNanos;
            }
        } else if (deadline <= now) {
            return new long[] {0, 0};
        }
        return new long[] {deadline - now, intervalNanos};
    }

    /** Sets the timer (0: stops it); returns what {@link #get} gave before. */
    synchronized long[] set(long valueNanos, long intervalNanos) {
        long[] old = get();
        if (task != null) {
            task.cancel(false);
            task = null;
        }
        if (valueNanos > 0) {
            if (executor == null) {
                executor = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "kaa-itimer-real");
                    t.setDaemon(true);
                    return t;
                });
            }
            deadline = System.nanoTime() + valueNanos;
            this.intervalNanos = intervalNanos;
            Runnable fire = () -> state.send(SignalNames.SIGALRM.number);
            task = intervalNanos > 0
                    ? executor.scheduleAtFixedRate(fire, valueNanos, intervalNanos, TimeUnit.NANOSECONDS)
                    : executor.schedule(fire, valueNanos, TimeUnit.NANOSECONDS);
        }
        return old;
    }
}
