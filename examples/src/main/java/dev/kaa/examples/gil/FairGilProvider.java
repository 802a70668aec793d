package dev.kaa.examples.gil;

import dev.kaa.threading.GlobalLock;
import dev.kaa.threading.GlobalLockProvider;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A custom global interpreter lock, {@code "fair"}: waiting threads get the lock in the order
 * they asked for it, where CPython's (and Kaa's {@code "gil"}) let the system pick any waiter.
 * A host chooses it with {@code Config.withGil("fair")}. It keeps the GIL's contract: a thread
 * that has waited a switch interval asks the holder to let go, and a holder that lets go on
 * request goes to the back of the queue.
 *
 * <p>Thread safety: thread-safe (a fair {@link ReentrantLock}).
 */
public final class FairGilProvider implements GlobalLockProvider {
    /** How many locks this provider has made: for the example's test. */
    public static final AtomicLong MADE = new AtomicLong();

    @Override public String name() {
        return "fair";
    }

    @Override public GlobalLock create(GlobalLock.Hooks hooks) {
        MADE.incrementAndGet();
        return new FairGil(hooks);
    }

    private static final class FairGil implements GlobalLock {
        private final GlobalLock.Hooks hooks;
        private final ReentrantLock lock = new ReentrantLock(true);
        private final AtomicLong switches = new AtomicLong();
        private volatile Thread last;
        private volatile long intervalNanos = TimeUnit.MILLISECONDS.toNanos(5);

        FairGil(GlobalLock.Hooks hooks) {
            this.hooks = hooks;
        }

        @Override public void acquire() {
            if (lock.isHeldByCurrentThread()) {
                throw new IllegalStateException("the global interpreter lock is already held by this thread");
            }
            boolean requested = false;
            boolean interrupted = false;
            while (true) {
                try {
                    if (lock.tryLock(intervalNanos, TimeUnit.NANOSECONDS)) {
                        break;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                    continue;
                }
                hooks.requestDrop();
                requested = true;
            }
            if (requested) {
                hooks.clearDropRequest();
            }
            Thread me = Thread.currentThread();
            if (last != me) {
                last = me;
                switches.incrementAndGet();
            }
            if (interrupted) {
                me.interrupt();
            }
        }

        @Override public void release() {
            lock.unlock();
        }

        @Override public void yieldToWaiters() {
            if (!lock.isHeldByCurrentThread()) {
                return;
            }
            if (!lock.hasQueuedThreads()) {
                hooks.clearDropRequest();
                return;
            }
            // A fair lock hands itself to the longest waiter; this thread queues behind the others.
            lock.unlock();
            acquire();
        }

        @Override public boolean isHeldByCurrentThread() {
            return lock.isHeldByCurrentThread();
        }

        @Override public void setSwitchInterval(long nanos) {
            if (nanos <= 0) {
                throw new IllegalArgumentException("switch interval must be positive");
            }
            intervalNanos = nanos;
        }

        @Override public long switchInterval() {
            return intervalNanos;
        }

        @Override public long switches() {
            return switches.get();
        }
    }
}
