package dev.kaa.vm.modules;

import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.ClassMethod;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.GenericAlias;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBaseException;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code _queue}: {@code SimpleQueue}, the unbounded FIFO queue that {@code queue.SimpleQueue}
 * is, and the {@code Empty} exception {@code queue.Queue} shares with it.
 *
 * <p>Thread safety: stateless; the queues are thread-safe.
 */
public final class QueueModule {
    private QueueModule() {}

    static final PyType EMPTY = PyType.builtin("_queue.Empty", PyBaseException.class, null, Exceptions.Exception);

    public static PyModule create() {
        PyModule m = new PyModule("_queue");
        m.put("__doc__", PyStr.of("C implementation of the Python queue module.\n"
                + "This module is an implementation detail, please do not use it directly."));
        m.put("SimpleQueue", SimpleQueue.TYPE);
        EMPTY.dict().setItem(PyStr.intern("__doc__"),
                PyStr.of("Exception raised by Queue.get(block=0)/get_nowait()."));
        m.put("Empty", EMPTY);
        return m;
    }

    /**
     * {@code _queue.SimpleQueue()}: {@code put} never blocks (so it may be called from a
     * finalizer or a signal handler), {@code get} waits, without the GIL, for an item.
     *
     * <p>Thread safety: thread-safe (a {@link LinkedBlockingQueue}).
     */
    public static final class SimpleQueue extends CollectionsSubclassable {
        public static final PyType TYPE = PyType.builtin("_queue.SimpleQueue", SimpleQueue.class,
                MethodHandles.lookup(), PyType.BASETYPE);

        private final LinkedBlockingQueue<Object> items = new LinkedBlockingQueue<>();

        SimpleQueue(PyType cls) {
            super(cls, false);
        }

        @PyMethod
        static Object __new__(PyType cls, Object[] args, String[] kwnames) {
            if (args.length > 0) {
                throw PyErr.typeError("SimpleQueue() takes no arguments");
            }
            return new SimpleQueue(cls);
        }

        @PyMethod(positionalOnly = 0)
        void put(Object item, @Opt("True") boolean block, @Opt("None") Object timeout) {
            items.add(item);
        }

        @PyMethod(positionalOnly = 0)
        void put_nowait(Object item) {
            items.add(item);
        }

        @PyMethod(positionalOnly = 0)
        Object get(@Opt("True") boolean block, @Opt("None") Object timeout) {
            long nanos = -1;
            if (!block) {
                nanos = 0;
            } else if (timeout != PyNone.NONE) {
                double t = ThreadWaits.timeoutSeconds(timeout);
                if (t < 0) {
                    throw PyErr.valueError("'timeout' must be a non-negative number");
                }
                nanos = (long) Math.ceil(t * 1e9);
            }
            Object item = items.poll();
            if (item == null) {
                item = take(nanos);
            }
            if (item == null) {
                throw PyErr.withArgs(EMPTY);
            }
            return item;
        }

        @PyMethod
        Object get_nowait() {
            return get(false, PyNone.NONE);
        }

        /** The next item, waiting at most {@code nanos} (-1: for ever); null if none came. */
        private Object take(long nanos) {
            if (nanos == 0) {
                return null;
            }
            long deadline = System.nanoTime() + nanos;
            try {
                while (true) {
                    ThreadWaits.checkInterrupt();
                    long slice = 20_000_000L;
                    if (nanos > 0) {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) {
                            return null;
                        }
                        slice = Math.min(slice, left);
                    }
                    Object item;
                    try (var unlocked = ThreadState.releaseGil()) {
                        item = items.poll(slice, TimeUnit.NANOSECONDS);
                    }
                    if (item != null) {
                        return item;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        @PyMethod
        boolean empty() {
            return items.isEmpty();
        }

        @PyMethod
        int qsize() {
            return items.size();
        }

        @ClassMethod
        static Object __class_getitem__(PyType cls, Object item) {
            return GenericAlias.of(cls, item);
        }
    }
}
