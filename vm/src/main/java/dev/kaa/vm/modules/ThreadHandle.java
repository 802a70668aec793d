package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code _thread._ThreadHandle}: what {@code threading.Thread} joins: the identity of a thread
 * and whether it has finished.
 *
 * <p>Thread safety: thread-safe (volatile identity, a latch for "done").
 */
public final class ThreadHandle extends PyObject {
    public static final PyType TYPE = PyType.builtin("_thread._ThreadHandle", ThreadHandle.class,
            MethodHandles.lookup(), 0);

    volatile long ident;
    /** The Java thread, or null for a handle of a thread Kaa did not start. */
    volatile Thread thread;
    private final CountDownLatch done = new CountDownLatch(1);
    /**
     * Whether a thread was given to this handle: false only for {@code _ThreadHandle()} before
     * {@code start_joinable_thread} took it.
     */
    private volatile boolean started;

    ThreadHandle(long ident) {
        this.ident = ident;
        this.started = true;
    }

    private ThreadHandle() {
        this.started = false;
    }

    /** Marks a handle made by {@code _ThreadHandle()} as taken by a new thread (once only). */
    synchronized void markStarted() {
        if (started) {
            throw PyErr.runtimeError("thread already started");
        }
        started = true;
    }

    private void checkStarted() {
        if (!started) {
            throw PyErr.runtimeError("thread not started");
        }
    }

    @Override public PyType type() {
        return TYPE;
    }

    @PyMethod
    static Object __new__(PyType cls) {
        return new ThreadHandle();
    }

    @PyGetter
    Object ident() {
        return dev.kaa.vm.objects.PyInt.of(ident);
    }

    @PyMethod
    boolean is_done() {
        return done.getCount() == 0;
    }

    @PyMethod
    void _set_done() {
        checkStarted();
        done.countDown();
    }

    @PyMethod(positionalOnly = 0)
    void join(@Opt Object timeout) {
        checkStarted();
        long nanos = timeout == null || timeout == PyNone.NONE ? -1
                : (long) Math.max(0, ThreadWaits.timeoutSeconds(timeout) * 1e9);
        if (thread == Thread.currentThread() && !is_done()) {
            throw PyErr.runtimeError("Cannot join current thread");
        }
        long deadline = System.nanoTime() + nanos;
        try {
            while (done.getCount() > 0) {
                ThreadWaits.checkInterrupt();
                long slice = 20_000_000L;
                if (nanos >= 0) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return;
                    }
                    slice = Math.min(slice, left);
                }
                try (var unlocked = dev.kaa.vm.internal.eval.ThreadState.releaseGil()) {
                    done.await(slice, TimeUnit.NANOSECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // A signal the ended thread sent (interrupt_main) is handled as the join returns, as
        // CPython's check after a call does, not at the caller's next call.
        ThreadWaits.checkInterrupt();
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of("<_thread._ThreadHandle object: ident=" + ident + ">");
    }
}
