package dev.kaa.vm.modules.interpreters;

import dev.kaa.vm.internal.eval.Runtime;
import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cross-interpreter queues of this JVM, by id. Like interpreter ids they belong to the
 * process, so they live in one JVM-wide table; each interpreter registers its own Python
 * classes for a queue handle and the empty and full errors ({@code _register_heap_types}).
 *
 * <p>Thread safety: self-locking (one lock, {@link #QUEUES}, guards every queue: operations are
 * short and never wait; the Python layer polls).
 */
final class Queues {
    private Queues() {}

    static final int UNBOUND_REMOVE = 1, UNBOUND_ERROR = 2, UNBOUND = 3;

    /** An item and the interpreter that put it; {@code crossing} is null once that one is gone. */
    static final class Item {
        Object crossing;
        final int fmt, unboundop;
        final long from;
        boolean unbound;

        Item(Object crossing, int fmt, int unboundop, long from) {
            this.crossing = crossing;
            this.fmt = fmt;
            this.unboundop = unboundop;
            this.from = from;
        }
    }

    static final class Queue {
        final long id;
        final int maxsize, fmt, unboundop;
        final ArrayDeque<Item> items = new ArrayDeque<>();
        int refs;

        Queue(long id, int maxsize, int fmt, int unboundop) {
            this.id = id;
            this.maxsize = maxsize;
            this.fmt = fmt;
            this.unboundop = unboundop;
        }
    }

    static final Map<Long, Queue> QUEUES = new TreeMap<>();
    private static long nextId = 1;
    /** Each interpreter's queue class, QueueEmpty and QueueFull. */
    private static final Map<Runtime, PyType[]> TYPES = new ConcurrentHashMap<>();

    static void checkUnboundop(int op) {
        if (op < UNBOUND_REMOVE || op > UNBOUND) {
            throw PyErr.valueError("unsupported unboundop %d", op);
        }
    }

    static long create(int maxsize, int fmt, int unboundop) {
        checkUnboundop(unboundop);
        synchronized (QUEUES) {
            long id = nextId++;
            QUEUES.put(id, new Queue(id, maxsize, fmt, unboundop));
            return id;
        }
    }

    /** The queue {@code id}; the caller holds the {@link #QUEUES} lock. */
    static Queue lockHeld(long id) {
        Queue q = QUEUES.get(id);
        if (q == null) {
            throw PyErr.format(QueuesModule.NOT_FOUND, "queue %d not found", id);
        }
        return q;
    }

    static long idArg(Object qid) {
        if (!(qid instanceof PyInt i) || !i.isLong()) {
            throw PyErr.typeError("queue ID must be an int, got %T", qid);
        }
        if (i.longValue() < 0) {
            throw PyErr.valueError("queue ID must be a non-negative int, got %d", i.longValue());
        }
        return i.longValue();
    }

    static void register(PyType queue, PyType empty, PyType full) {
        TYPES.put(ThreadState.current().runtime, new PyType[] {queue, empty, full});
    }

    /** The calling interpreter's registered classes, importing the Python layer once if needed. */
    static PyType[] types() {
        ThreadState ts = ThreadState.current();
        PyType[] t = TYPES.get(ts.runtime);
        if (t == null) {
            ts.runtime.services.importName(ts, "test.support.interpreters.queues", null, PyNone.NONE, 0);
            t = TYPES.get(ts.runtime);
            if (t == null) {
                throw PyErr.format(QueuesModule.QUEUE_ERROR, "queue types not registered");
            }
        }
        return t;
    }

    /** The queue id a handle object of the calling interpreter's queue class stands for, or -1. */
    static long idOfHandle(Object o) {
        ThreadState ts = ThreadState.currentOrNull();
        PyType[] t = ts == null ? null : TYPES.get(ts.runtime);
        if (t == null || Abstract.typeOf(o) != t[0]) {
            return -1;
        }
        Object id = Abstract.lookupAttr(o, PyStr.intern("_id"));
        return id instanceof PyInt i && i.isLong() ? i.longValue() : -1;
    }

    /** The calling interpreter's handle for queue {@code id}. */
    static Object rebuild(long id) {
        return Abstract.call(types()[0], PyInt.of(id));
    }

    /** Applies each item's unbound rule to what the destroyed interpreter {@code interp} put. */
    static void interpreterGone(long interp) {
        synchronized (QUEUES) {
            for (Queue q : QUEUES.values()) {
                q.items.removeIf(item -> item.from == interp && item.unboundop == UNBOUND_REMOVE);
                for (Item item : q.items) {
                    if (item.from == interp) {
                        item.unbound = true;
                        item.crossing = null;
                    }
                }
            }
        }
    }

    static PyStr emptyMessage(long id) {
        return PyStr.of("queue " + id + " is empty");
    }
}
