package dev.kaa.vm.internal.imports;

import dev.kaa.vm.internal.eval.ThreadState;
import java.util.HashMap;
import java.util.Map;

/**
 * One lock per module being imported, as CPython's {@code importlib._bootstrap._ModuleLock}:
 * a thread that finds a module another thread is still executing waits until that import ends,
 * instead of using the half-made module; the thread importing it may import it again
 * (re-entrant). When waiting would close a cycle of threads each waiting for a module another
 * one is importing (a concurrent circular import), the thread does not wait and gets the
 * partially initialized module, as CPython's {@code _DeadlockError} path gives it.
 *
 * <p>Thread safety: the table is guarded by its monitor; waits release the GIL, so the
 * importing thread can run on.
 */
final class ModuleLocks {
    /** The thread importing each module, and how many times it entered. */
    private static final class Lock {
        Thread owner;
        int depth;
    }

    private final Map<String, Lock> locks = new HashMap<>();
    /** The module each waiting thread waits for: to find cycles. */
    private final Map<Thread, String> waiting = new HashMap<>();

    /**
     * Takes the lock of {@code name}, waiting while another thread imports it.
     *
     * @return true if taken (release it with {@link #release}); false if waiting would deadlock,
     *     in which case the caller proceeds without it
     */
    boolean acquire(String name) {
        Thread self = Thread.currentThread();
        synchronized (this) {
            Lock lock = locks.computeIfAbsent(name, n -> new Lock());
            if (lock.owner == null || lock.owner == self) {
                lock.owner = self;
                lock.depth++;
                return true;
            }
            if (wouldDeadlock(lock.owner, self)) {
                return false;
            }
        }
        try (var unlocked = ThreadState.releaseGil()) {
            synchronized (this) {
                waiting.put(self, name);
                try {
                    while (true) {
                        Lock lock = locks.computeIfAbsent(name, n -> new Lock());
                        if (lock.owner == null) {
                            lock.owner = self;
                            lock.depth = 1;
                            return true;
                        }
                        if (wouldDeadlock(lock.owner, self)) {
                            return false;
                        }
                        wait(20);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                } finally {
                    waiting.remove(self);
                }
            }
        }
    }

    /** Releases a lock {@link #acquire} took. */
    synchronized void release(String name) {
        Lock lock = locks.get(name);
        if (lock != null && lock.owner == Thread.currentThread() && --lock.depth == 0) {
            locks.remove(name);
            notifyAll();
        }
    }

    /** Whether another thread holds the lock of {@code name}: its import is still running. */
    synchronized boolean importedElsewhere(String name) {
        Lock lock = locks.get(name);
        return lock != null && lock.owner != null && lock.owner != Thread.currentThread();
    }

    /** Whether {@code owner}, or a thread it waits for, transitively, waits for {@code self}. */
    private boolean wouldDeadlock(Thread owner, Thread self) {
        Thread t = owner;
        for (int steps = 0; t != null && steps <= waiting.size(); steps++) {
            if (t == self) {
                return true;
            }
            String awaited = waiting.get(t);
            Lock next = awaited == null ? null : locks.get(awaited);
            t = next == null ? null : next.owner;
        }
        return false;
    }
}
