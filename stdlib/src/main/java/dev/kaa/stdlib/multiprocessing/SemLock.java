package dev.kaa.stdlib.multiprocessing;

import dev.kaa.ext.ClassMethod;
import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyGetter;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonType;
import java.lang.ref.Cleaner;

/**
 * {@code _multiprocessing.SemLock(kind, value, maxvalue, name, unlink)}: a POSIX semaphore used
 * as a counting semaphore ({@code kind} 1) or as a recursive mutex ({@code kind} 0) that
 * remembers the thread holding it. {@code unlink} removes the name at once (the semaphore lives
 * on while open, and {@code name} is then None), as {@code multiprocessing} does for a lock no
 * other process will open by name.
 *
 * <p>The semaphore is closed when the object is collected, unless it was rebuilt from a bare
 * handle ({@code _rebuild} without a name), which another SemLock owns.
 *
 * <p>Thread safety: the count and owner are read and written under the GIL; waits release it.
 */
public final class SemLock extends ExtensionObject {
    static volatile PythonType type;

    static final int RECURSIVE_MUTEX = 0, SEMAPHORE = 1;
    static final int SEM_VALUE_MAX = Integer.MAX_VALUE;
    /** How long a wait sleeps without the GIL before it runs signal handlers (Ctrl-C) and waits on. */
    private static final long SLICE_NANOS = 20_000_000L;
    private static final Cleaner CLEANER = Cleaner.create();

    private final long handle;
    private final int kind;
    private final int maxvalue;
    private final String name;
    /** Acquisitions minus releases by this process (by the owning thread, for a mutex). */
    private int count;
    /** The Java thread that last acquired it. */
    private long owner = -1;

    private SemLock(PythonType cls, long handle, int kind, int maxvalue, String name, boolean owns) {
        super(cls);
        this.handle = handle;
        this.kind = kind;
        this.maxvalue = maxvalue;
        this.name = name;
        if (owns) {
            CLEANER.register(this, () -> Semaphores.close(handle));
        }
    }

    @PyMethod(positionalOnly = 0)
    static Object __new__(PythonType cls, int kind, int value, int maxvalue, String name, boolean unlink) {
        if (kind != RECURSIVE_MUTEX && kind != SEMAPHORE) {
            throw Py.valueError("unrecognized kind");
        }
        long sem = Semaphores.create(name, value & 0xffffffffL);
        if (unlink) {
            try {
                Semaphores.unlink(name);
            } catch (RuntimeException e) {
                Semaphores.close(sem);
                throw e;
            }
        }
        return new SemLock(cls, sem, kind, maxvalue, unlink ? null : name, true);
    }

    @ClassMethod
    static Object _rebuild(PythonType cls, long handle, int kind, int maxvalue, Object name) {
        if (name == Py.none()) {
            return new SemLock(cls, handle, kind, maxvalue, null, false);
        }
        String n = Py.asString(name);
        return new SemLock(cls, Semaphores.open(n), kind, maxvalue, n, true);
    }

    private boolean mine() {
        return count > 0 && owner == Thread.currentThread().threadId();
    }

    @PyMethod(positionalOnly = 0, doc = "Acquire the semaphore/lock.")
    boolean acquire(@Opt("True") boolean block, @Opt("None") Object timeout) {
        if (kind == RECURSIVE_MUTEX && mine()) {
            count++;
            return true;
        }
        long nanos = -1;
        if (!block) {
            nanos = 0;
        } else if (timeout != null && timeout != Py.none()) {
            double t = Py.asDouble(timeout);
            nanos = t <= 0 ? 0 : (long) Math.min(t * 1e9, Long.MAX_VALUE);
        }
        if (!Semaphores.tryWait(handle) && !await(nanos)) {
            return false;
        }
        count++;
        owner = Thread.currentThread().threadId();
        return true;
    }

    /** Waits for the semaphore for at most {@code nanos} (-1: for ever) without the GIL. */
    private boolean await(long nanos) {
        if (nanos == 0) {
            return false;
        }
        long deadline = System.nanoTime() + nanos;
        while (true) {
            Py.checkInterrupt();
            long slice = SLICE_NANOS;
            if (nanos > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                slice = Math.min(slice, left);
            }
            int got;
            try (var released = Py.releaseGil()) {
                got = Semaphores.timedWait(handle, slice);
            }
            if (got == 1) {
                return true;
            }
            if (got < -1) {
                throw Py.osError(-1000 - got, null);
            }
        }
    }

    @PyMethod(doc = "Release the semaphore/lock.")
    void release() {
        if (kind == RECURSIVE_MUTEX) {
            if (!mine()) {
                throw Py.error(Py.builtinType("AssertionError"), "attempt to release recursive lock not owned by thread");
            }
            if (count > 1) {
                count--;
                return;
            }
        } else if (maxvalue == 1) {
            // A lock: released too often when it can be taken now.
            if (Semaphores.tryWait(handle)) {
                Semaphores.post(handle);
                throw Py.valueError("semaphore or lock released too many times");
            }
        } else if (Semaphores.value(handle) >= maxvalue) {
            throw Py.valueError("semaphore or lock released too many times");
        }
        Semaphores.post(handle);
        count--;
    }

    @PyMethod(doc = "Enter the semaphore/lock.")
    boolean __enter__() {
        return acquire(true, Py.none());
    }

    @PyMethod(doc = "Exit the semaphore/lock.")
    void __exit__(@Opt("None") Object excType, @Opt("None") Object excValue, @Opt("None") Object traceback) {
        release();
    }

    @PyMethod(doc = "Num of `acquire()`s minus num of `release()`s for this process.")
    int _count() {
        return count;
    }

    @PyMethod(doc = "Whether the lock is owned by this thread.")
    boolean _is_mine() {
        return mine();
    }

    @PyMethod(doc = "Get the value of the semaphore.")
    int _get_value() {
        return Semaphores.value(handle);
    }

    @PyMethod(doc = "Return whether semaphore has value zero.")
    boolean _is_zero() {
        return Semaphores.value(handle) == 0;
    }

    @PyMethod(doc = "Rezero the net acquisition count after fork().")
    void _after_fork() {
        count = 0;
    }

    @PyGetter
    long handle() {
        return handle;
    }

    @PyGetter
    int kind() {
        return kind;
    }

    @PyGetter
    int maxvalue() {
        return maxvalue;
    }

    @PyGetter
    Object name() {
        return name == null ? Py.none() : Py.str(name);
    }
}
