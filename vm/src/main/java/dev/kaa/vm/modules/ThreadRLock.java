package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Instance;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Star;
import dev.kaa.vm.objects.StarStar;
import java.lang.invoke.MethodHandles;
import java.util.concurrent.Semaphore;

/**
 * {@code _thread.RLock}: a lock its owner may take again; each acquisition needs a release.
 *
 * <p>Thread safety: thread-safe: the permit decides ownership; owner and count are written only
 * by the owner and read under this object's lock.
 */
public class ThreadRLock extends PyObject {
    public static final PyType TYPE = PyType.builtin("_thread.RLock", ThreadRLock.class, MethodHandles.lookup());

    private final Semaphore permit = new Semaphore(1);
    private volatile long owner;
    private long count;

    @Override public PyType type() {
        return TYPE;
    }

    @PyMethod
    static Object __new__(PyType cls, @Star Object[] args, @StarStar PyDict kw) {
        return cls == TYPE ? new ThreadRLock() : new Derived(cls);
    }

    @PyMethod(positionalOnly = 0)
    boolean acquire(@Opt("True") boolean blocking, @Opt Object timeout) {
        long nanos = ThreadWaits.acquireTimeout(blocking, timeout);
        long me = ThreadModule.ident();
        if (owner == me && count > 0) {
            if (count == Long.MAX_VALUE) {
                throw PyErr.overflowError("Internal lock count overflowed");
            }
            count++;
            return true;
        }
        if (!ThreadWaits.acquire(permit, nanos)) {
            return false;
        }
        owner = me;
        count = 1;
        return true;
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
        if (count == 0 || owner != ThreadModule.ident()) {
            throw PyErr.runtimeError("cannot release un-acquired lock");
        }
        if (--count == 0) {
            owner = 0;
            permit.release();
        }
    }

    @PyMethod
    boolean _is_owned() {
        return count > 0 && owner == ThreadModule.ident();
    }

    @PyMethod
    long _recursion_count() {
        return _is_owned() ? count : 0;
    }

    /** Releases completely (for {@code Condition.wait}); gives back what to restore. */
    @PyMethod
    Object _release_save() {
        if (count == 0) {
            throw PyErr.runtimeError("cannot release un-acquired lock");
        }
        Object state = PyTuple.of(PyInt.of(count), PyInt.of(owner));
        count = 0;
        owner = 0;
        permit.release();
        return state;
    }

    @PyMethod
    void _acquire_restore(Object state) {
        if (!(state instanceof PyTuple t) || t.size() != 2) {
            throw PyErr.typeError("_acquire_restore() argument 1 must be tuple");
        }
        ThreadWaits.acquire(permit, -1);
        owner = Abstract.asLong(t.get(1));
        count = Abstract.asLong(t.get(0));
    }

    @PyMethod
    void _at_fork_reinit() {
        permit.drainPermits();
        permit.release();
        owner = 0;
        count = 0;
    }

    @PyMethod
    Object __repr__() {
        PyType t = type();
        String name = t.isHeapType() ? t.moduleName() + "." + t.qualname() : "_thread.RLock";
        return PyStr.of("<" + (count > 0 ? "locked" : "unlocked") + " " + name + " object owner=" + owner
                + " count=" + count + " at " + Abstract.idHex(this) + ">");
    }

    static final class Derived extends ThreadRLock implements Instance {
        private PyType type;
        private PyDict dict;
        private final Object[] slots;

        Derived(PyType type) {
            this.type = type;
            this.dict = type.instancesHaveDict() ? new PyDict() : null;
            this.slots = type.slotCount() == 0 ? null : new Object[type.slotCount()];
        }

        @Override public PyType type() {
            return type;
        }

        @Override public PyDict instanceDict() {
            return dict;
        }

        @Override public void setInstanceDict(PyDict dict) {
            this.dict = dict;
        }

        @Override public void setType(PyType type) {
            this.type = type;
        }

        @Override public Object[] slotValues() {
            return slots;
        }
    }
}
