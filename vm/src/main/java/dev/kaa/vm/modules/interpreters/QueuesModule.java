package dev.kaa.vm.modules.interpreters;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.PyBaseException;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Opt;
import java.lang.invoke.MethodHandles;

/**
 * {@code _interpqueues}: queues that carry shareable objects between the interpreters of the
 * JVM ({@link Queues}). Operations never wait: the Python layer
 * ({@code test.support.interpreters.queues}) polls, sleeping between tries.
 *
 * <p>Thread safety: self-locking ({@link Queues}).
 */
public final class QueuesModule {
    private QueuesModule() {}

    static final PyType QUEUE_ERROR = PyType.builtin("_interpqueues.QueueError", PyBaseException.class, null,
            Exceptions.RuntimeError);
    static final PyType NOT_FOUND = PyType.builtin("_interpqueues.QueueNotFoundError", PyBaseException.class, null,
            QUEUE_ERROR);

    public static PyModule create() {
        PyModule m = new PyModule("_interpqueues");
        m.put("__doc__", PyStr.of("Queues that carry shareable objects between interpreters."));
        Exposer.functions(QueuesModule.class, MethodHandles.lookup(), "_interpqueues", m).forEach(m::put);
        m.put("QueueError", QUEUE_ERROR);
        m.put("QueueNotFoundError", NOT_FOUND);
        return m;
    }

    @PyMethod(doc = "Record the calling interpreter's queue class and its QueueEmpty and QueueFull errors.")
    static void _register_heap_types(Object queuetype, Object emptyerror, Object fullerror) {
        for (Object t : new Object[] {queuetype, emptyerror, fullerror}) {
            if (!(t instanceof PyType)) {
                throw PyErr.typeError("expected a type, got %T", t);
            }
        }
        Queues.register((PyType) queuetype, (PyType) emptyerror, (PyType) fullerror);
    }

    @PyMethod(positionalOnly = 0, doc = "Make a new queue and return its ID.")
    static Object create(int maxsize, int fmt, int unboundop) {
        return PyInt.of(Queues.create(maxsize, fmt, unboundop));
    }

    @PyMethod(positionalOnly = 0, doc = "Remove the queue; what it still holds is dropped.")
    static void destroy(Object qid) {
        long id = Queues.idArg(qid);
        synchronized (Queues.QUEUES) {
            Queues.lockHeld(id);
            Queues.QUEUES.remove(id);
        }
    }

    @PyMethod(doc = "The (qid, fmt, unboundop) of every queue.")
    static Object list_all() {
        PyList l = new PyList();
        synchronized (Queues.QUEUES) {
            for (Queues.Queue q : Queues.QUEUES.values()) {
                l.append(PyTuple.of(PyInt.of(q.id), PyInt.of(q.fmt), PyInt.of(q.unboundop)));
            }
        }
        return l;
    }

    @PyMethod(positionalOnly = 0, doc = "Add an object to the end of the queue.")
    static void put(Object qid, Object obj, int fmt, @Opt Object unboundop) {
        long id = Queues.idArg(qid);
        Object crossing = Shared.export(obj);
        long from = Interpreters.current().id;
        boolean full;
        synchronized (Queues.QUEUES) {
            Queues.Queue q = Queues.lockHeld(id);
            int op = unboundop == null || unboundop == PyNone.NONE ? q.unboundop : (int) Abstract.index(unboundop).longValue();
            Queues.checkUnboundop(op);
            full = q.maxsize > 0 && q.items.size() >= q.maxsize;
            if (!full) {
                q.items.addLast(new Queues.Item(crossing, fmt, op, from));
            }
        }
        if (full) {
            throw raise(Queues.types()[2], "queue " + id + " is full");
        }
    }

    @PyMethod(positionalOnly = 0, doc = "Remove and return (obj, fmt, unboundop) from the front of the queue.")
    static Object get(Object qid) {
        long id = Queues.idArg(qid);
        Queues.Item item;
        synchronized (Queues.QUEUES) {
            item = Queues.lockHeld(id).items.pollFirst();
        }
        if (item == null) {
            throw raise(Queues.types()[1], Queues.emptyMessage(id).value());
        }
        if (item.unbound) {
            return PyTuple.of(PyNone.NONE, PyNone.NONE, PyInt.of(item.unboundop));
        }
        return PyTuple.of(Shared.rebuild(item.crossing), PyInt.of(item.fmt), PyNone.NONE);
    }

    private static PyException raise(PyType type, String message) {
        return new PyException((PyBaseException) Abstract.call(type, PyStr.of(message)));
    }

    @PyMethod(positionalOnly = 0, doc = "Take a reference to the queue.")
    static void bind(Object qid) {
        long id = Queues.idArg(qid);
        synchronized (Queues.QUEUES) {
            Queues.lockHeld(id).refs++;
        }
    }

    @PyMethod(positionalOnly = 0, doc = "Drop a reference; the queue goes when the last one does.")
    static void release(Object qid) {
        long id = Queues.idArg(qid);
        synchronized (Queues.QUEUES) {
            Queues.Queue q = Queues.lockHeld(id);
            if (q.refs == 0) {
                throw PyErr.format(QUEUE_ERROR, "queue %d never bound", id);
            }
            if (--q.refs == 0) {
                Queues.QUEUES.remove(id);
            }
        }
    }

    @PyMethod(positionalOnly = 0, doc = "The queue's maximum size (0: unbounded).")
    static Object get_maxsize(Object qid) {
        long id = Queues.idArg(qid);
        synchronized (Queues.QUEUES) {
            return PyInt.of(Queues.lockHeld(id).maxsize);
        }
    }

    @PyMethod(positionalOnly = 0, doc = "The queue's default (fmt, unboundop).")
    static Object get_queue_defaults(Object qid) {
        long id = Queues.idArg(qid);
        synchronized (Queues.QUEUES) {
            Queues.Queue q = Queues.lockHeld(id);
            return PyTuple.of(PyInt.of(q.fmt), PyInt.of(q.unboundop));
        }
    }

    @PyMethod(positionalOnly = 0, doc = "Whether the queue holds maxsize items.")
    static boolean is_full(Object qid) {
        long id = Queues.idArg(qid);
        synchronized (Queues.QUEUES) {
            Queues.Queue q = Queues.lockHeld(id);
            return q.maxsize > 0 && q.items.size() >= q.maxsize;
        }
    }

    @PyMethod(positionalOnly = 0, doc = "How many items the queue holds.")
    static Object get_count(Object qid) {
        long id = Queues.idArg(qid);
        synchronized (Queues.QUEUES) {
            return PyInt.of(Queues.lockHeld(id).items.size());
        }
    }
}
