package dev.kaa.stdlib.queue;

import dev.kaa.ext.ExtensionModule;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Py;
import java.lang.invoke.MethodHandles;

/**
 * {@code _queue}: {@link SimpleQueue}, the unbounded FIFO queue that {@code queue.SimpleQueue}
 * is, and the {@code Empty} exception {@code queue.Queue} shares with it.
 *
 * <p>Thread safety: stateless.
 */
public final class QueueModule implements ExtensionModule {
    @Override public String name() {
        return "_queue";
    }

    @Override public void initialize(ModuleDefinition m) {
        m.doc("The parts of queue that Kaa writes in Java: SimpleQueue and the Empty exception.");
        SimpleQueue.type = m.addType("SimpleQueue", SimpleQueue.class, MethodHandles.lookup(),
                "An unbounded first-in first-out queue, simpler than queue.Queue: no size limit, no task tracking.");
        SimpleQueue.empty = m.addException("Empty", Py.builtinType("Exception"),
                "Raised by a get() that finds the queue empty and may not wait, or waits in vain.");
    }
}
