package dev.kaa.threading.internal;

import dev.kaa.threading.GlobalLock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * CPython's global interpreter lock. A thread that finds it held waits one switch interval
 * (5 ms unless {@code sys.setswitchinterval} says otherwise); if the lock did not change hands
 * meanwhile, it asks the holder to let go, which the holder does at its next check point
 * ({@link #yieldToWaiters}). The holder that let go on request then waits until another thread
 * has taken the lock before it competes again, so that on a multi-core machine it does not take
 * the lock straight back (CPython's "forced switching"). Which waiter wins is the JVM's choice:
 * there is no queue, as there is none in CPython.
 *
 * <p>Thread safety: the state is guarded by {@link #mutex}; {@link #holder} is also read without
 * it, which is safe because only the holder itself can make it stop being the holder.
 */
final class SwitchingGil implements GlobalLock {
    private final Hooks hooks;
    private final ReentrantLock mutex = new ReentrantLock();
    /** Signalled when the lock is released (CPython's {@code cond}). */
    private final Condition released = mutex.newCondition();
    /** Signalled when the lock passes to another thread (CPython's {@code switch_cond}). */
    private final Condition switched = mutex.newCondition();

    private volatile Thread holder;
    /** The thread that held the lock last (or holds it). */
    private Thread lastHolder;
    private long switchNumber;
    private int waiters;
    private boolean dropRequested;
    private volatile long intervalNanos = TimeUnit.MILLISECONDS.toNanos(5);

    SwitchingGil(Hooks hooks) {
        this.hooks = hooks;
    }

    @Override public void acquire() {
        Thread me = Thread.currentThread();
        mutex.lock();
        try {
            if (holder == me) {
                throw new IllegalStateException("the global interpreter lock is already held by this thread");
            }
            take(me);
        } finally {
            mutex.unlock();
        }
    }

    @Override public void release() {
        mutex.lock();
        try {
            if (holder != Thread.currentThread()) {
                throw new IllegalStateException("the global interpreter lock is not held by this thread");
            }
            holder = null;
            if (waiters > 0) {
                released.signal();
            }
        } finally {
            mutex.unlock();
        }
    }

    @Override public void yieldToWaiters() {
        Thread me = Thread.currentThread();
        mutex.lock();
        try {
            if (holder != me) {
                return;
            }
            if (waiters == 0) {
                withdrawDropRequest();
                return;
            }
            holder = null;
            released.signal();
            // Forced switching: let a waiter have it before competing again.
            boolean interrupted = false;
            while (lastHolder == me && waiters > 0) {
                try {
                    switched.await();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            take(me);
            if (interrupted) {
                me.interrupt();
            }
        } finally {
            mutex.unlock();
        }
    }

    /** Waits until the lock is free and takes it; the mutex is held. */
    private void take(Thread me) {
        boolean interrupted = false;
        if (holder != null) {
            waiters++;
            try {
                while (holder != null) {
                    long seen = switchNumber;
                    long left;
                    try {
                        left = released.awaitNanos(intervalNanos);
                    } catch (InterruptedException e) {
                        interrupted = true;
                        continue;
                    }
                    if (left <= 0 && holder != null && switchNumber == seen && !dropRequested) {
                        dropRequested = true;
                        hooks.requestDrop();
                    }
                }
            } finally {
                waiters--;
            }
        }
        holder = me;
        if (lastHolder != me) {
            lastHolder = me;
            switchNumber++;
            switched.signalAll();
        }
        withdrawDropRequest();
        if (interrupted) {
            me.interrupt();
        }
    }

    private void withdrawDropRequest() {
        if (dropRequested) {
            dropRequested = false;
            hooks.clearDropRequest();
        }
    }

    @Override public boolean isHeldByCurrentThread() {
        return holder == Thread.currentThread();
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
        mutex.lock();
        try {
            return switchNumber;
        } finally {
            mutex.unlock();
        }
    }
}
