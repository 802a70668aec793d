package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Star;
import dev.kaa.vm.objects.StarStar;
import dev.kaa.vm.objects.PyDict;
import java.lang.invoke.MethodHandles;
import java.util.concurrent.Semaphore;

/**
 * {@code _thread.lock} ({@code _thread.LockType}): a plain lock that any thread may release,
 * hence a one-permit semaphore rather than a Java owner-bound lock.
 *
 * <p>Thread safety: thread-safe (the semaphore).
 */
public final class ThreadLock extends PyObject {
    public static final PyType TYPE = PyType.builtin("_thread.lock", ThreadLock.class, MethodHandles.lookup(), 0);

    private final Semaphore permit = new Semaphore(1);

    @Override public PyType type() {
        return TYPE;
    }

    @PyMethod
    static Object __new__(PyType cls, @Star Object[] args, @StarStar PyDict kw) {
        if (args.length > 0 || (kw != null && kw.size() > 0)) {
            throw PyErr.typeError("lock() takes no arguments");
        }
        return new ThreadLock();
    }

    @PyMethod(positionalOnly = 0)
    boolean acquire(@Opt("True") boolean blocking, @Opt Object timeout) {
        return ThreadWaits.acquire(permit, ThreadWaits.acquireTimeout(blocking, timeout));
    }

    @PyMethod(positionalOnly = 0)
    boolean acquire_lock(@Opt("True") boolean blocking, @Opt Object timeout) {
        return acquire(blocking, timeout);
    }

    @PyMethod
    boolean __enter__() {
        return acquire(true, null);
    }

    @PyMethod
    void __exit__(@Star Object[] args) {
        release();
    }

    @PyMethod
    void release() {
        synchronized (this) {
            if (permit.availablePermits() > 0) {
                throw PyErr.runtimeError("release unlocked lock");
            }
            permit.release();
        }
    }

    @PyMethod
    void release_lock() {
        release();
    }

    @PyMethod
    boolean locked() {
        return permit.availablePermits() == 0;
    }

    @PyMethod
    boolean locked_lock() {
        return locked();
    }

    @PyMethod
    void _at_fork_reinit() {
        permit.drainPermits();
        permit.release();
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of("<" + (locked() ? "locked" : "unlocked") + " _thread.lock object at " + Abstract.idHex(this)
                + ">");
    }
}
