package dev.kaa.stdlib.queue;

import dev.kaa.ext.ClassMethod;
import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonType;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code _queue.SimpleQueue()}: {@code put} never blocks (so it may be called from a finalizer
 * or a signal handler), {@code get} waits for an item without the GIL, waking every 20 ms to
 * let Ctrl-C through.
 *
 * <p>Thread safety: thread-safe (a {@link LinkedBlockingQueue}).
 */
public final class SimpleQueue extends ExtensionObject {
    /** {@code _queue.SimpleQueue} and {@code _queue.Empty}, made when the module is first imported. */
    static volatile PythonType type, empty;

    private static final long SLICE_NANOS = 20_000_000L;

    private final LinkedBlockingQueue<Object> items = new LinkedBlockingQueue<>();

    private SimpleQueue(PythonType type) {
        super(type);
    }

    @PyMethod
    static Object __new__(PythonType cls, Object[] args, String[] kwnames) {
        // Arguments are refused unless a subclass's own __init__ is there to take them.
        if (cls != type && Py.getAttr(cls, "__init__") != Py.getAttr(type, "__init__")) {
            return new SimpleQueue(cls);
        }
        int keywords = kwnames == null ? 0 : kwnames.length;
        if (args.length > keywords) {
            throw Py.typeError("SimpleQueue() takes no positional arguments");
        }
        if (keywords > 0) {
            throw Py.typeError("SimpleQueue() takes no keyword arguments");
        }
        return new SimpleQueue(cls);
    }

    @PyMethod(positionalOnly = 0, doc = "Append item to the queue; never waits (block and timeout exist to match Queue.put).")
    void put(Object item, @Opt("True") boolean block, @Opt("None") Object timeout) {
        items.add(item);
    }

    @PyMethod(positionalOnly = 0, doc = "Same as put(item), named as Queue's method is.")
    void put_nowait(Object item) {
        items.add(item);
    }

    @PyMethod(positionalOnly = 0, doc = "Take the oldest item, waiting for one if block is true (for at most timeout\n"
            + "seconds unless timeout is None); raise Empty when none comes.")
    Object get(@Opt("True") boolean block, @Opt("None") Object timeout) {
        long nanos = -1;
        if (!block) {
            nanos = 0;
        } else if (timeout != Py.none()) {
            double t = Py.asDouble(timeout);
            if (Double.isNaN(t)) {
                throw Py.valueError("Invalid value NaN (not a number)");
            }
            if (t < 0) {
                throw Py.valueError("'timeout' must be a non-negative number");
            }
            nanos = (long) Math.ceil(t * 1e9);
        }
        Object item = items.poll();
        if (item == null) {
            item = take(nanos);
        }
        if (item == null) {
            throw Py.errorWithArgs(empty);
        }
        return item;
    }

    @PyMethod(doc = "Take the oldest item if there is one, else raise Empty.")
    Object get_nowait() {
        return get(false, Py.none());
    }

    /** The next item, waiting at most {@code nanos} (-1: for ever); null if none came. */
    private Object take(long nanos) {
        if (nanos == 0) {
            return null;
        }
        long deadline = System.nanoTime() + nanos;
        try {
            while (true) {
                Py.checkInterrupt();
                long slice = SLICE_NANOS;
                if (nanos > 0) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return null;
                    }
                    slice = Math.min(slice, left);
                }
                Object item;
                try (var released = Py.releaseGil()) {
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

    @PyMethod(doc = "Whether the queue holds no item at this moment (other threads may change that).")
    boolean empty() {
        return items.isEmpty();
    }

    @PyMethod(doc = "How many items the queue holds at this moment (other threads may change that).")
    int qsize() {
        return items.size();
    }

    @ClassMethod(doc = "SimpleQueue[T], a generic alias (PEP 585).")
    static Object __class_getitem__(PythonType cls, Object item) {
        return Py.call(Py.getAttr(Py.importModule("types"), "GenericAlias"), cls, item);
    }
}
