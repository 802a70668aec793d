package dev.kaa.threading;

/**
 * An interpreter's global interpreter lock: the lock a thread holds while it touches Python
 * objects. The interpreter takes it before a thread runs Python code and gives it up around
 * anything that blocks; it asks the holder to let go through the {@linkplain Hooks#requestDrop()
 * drop request} the lock raises, which the holder answers at its next check point by calling
 * {@link #yieldToWaiters()}.
 *
 * <p>Implementations come from a {@link GlobalLockProvider}; a host may plug in its own.
 *
 * <p>Thread safety: every method is called concurrently from any thread; implementations are
 * thread-safe.
 */
public interface GlobalLock {

    /** What the lock needs from its interpreter. */
    interface Hooks {
        /**
         * Asks the holder to call {@link #yieldToWaiters()} at its next check point (sets the
         * interpreter's eval-breaker bit). Called by a waiting thread, without the lock.
         */
        void requestDrop();

        /** Withdraws a drop request once a waiter has the lock. */
        void clearDropRequest();
    }

    /** Blocks until the calling thread holds the lock. It must not hold it already. */
    void acquire();

    /** Gives the lock up; the calling thread must hold it. */
    void release();

    /**
     * The holder's answer to a drop request: releases the lock, lets a waiting thread take it
     * (CPython's forced switching: the caller does not take it straight back) and takes it again.
     */
    void yieldToWaiters();

    /** Whether the calling thread holds the lock. */
    boolean isHeldByCurrentThread();

    /** How long a waiting thread waits before it asks the holder to let go ({@code sys.setswitchinterval}). */
    void setSwitchInterval(long nanos);

    /** The switch interval in nanoseconds. */
    long switchInterval();

    /** How many times the lock passed from one thread to another, for measurements. */
    long switches();

    /** Whether this lock serialises Python code ({@code sys._is_gil_enabled()}). */
    default boolean enabled() {
        return true;
    }
}
