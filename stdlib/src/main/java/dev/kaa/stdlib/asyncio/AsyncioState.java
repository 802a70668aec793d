package dev.kaa.stdlib.asyncio;

import dev.kaa.ext.Py;
import dev.kaa.ext.PythonException;
import dev.kaa.ext.PythonType;

/**
 * What {@code _asyncio} keeps for an interpreter: its types, the task registries the module
 * shows ({@code _scheduled_tasks}, a {@code WeakSet}; {@code _eager_tasks}, a set;
 * {@code _current_tasks}, a dict from loop to task), each thread's running loop, and the
 * Python helpers of {@code asyncio} it calls (found on first use: {@code _asyncio} is imported
 * while {@code asyncio} itself is half made).
 *
 * <p>Thread safety: GIL-guarded; the running loop is per thread.
 */
final class AsyncioState {
    /** The state of the interpreter that imported {@code _asyncio} last. */
    static volatile AsyncioState current;

    PythonType futureType, taskType, futureIterType, stepType;

    final Object scheduledTasks = Py.call(Py.getAttr(Py.importModule("_weakrefset"), "WeakSet"));
    final Object eagerTasks = Py.call(Py.builtinType("set"));
    final Object currentTasks = Py.dict();

    private final ThreadLocal<Object> runningLoop = new ThreadLocal<>();

    private Object invalidStateError, cancelledError, copyContext, iscoroutine, coroutineType, isgenerator;
    private long taskNameCounter;

    // ---- the running loop ----------------------------------------------------------------------

    Object runningLoop() {
        Object loop = runningLoop.get();
        return loop == null ? Py.none() : loop;
    }

    void setRunningLoop(Object loop) {
        if (loop == Py.none()) {
            runningLoop.remove();
        } else {
            runningLoop.set(loop);
        }
    }

    Object eventLoop() {
        Object loop = runningLoop();
        if (loop != Py.none()) {
            return loop;
        }
        Object policy = Py.call(Py.getAttr(Py.importModule("asyncio.events"), "get_event_loop_policy"));
        return Py.callMethod(policy, "get_event_loop");
    }

    // ---- the task registries -------------------------------------------------------------------

    void registerTask(Object task) {
        Py.callMethod(scheduledTasks, "add", task);
    }

    void unregisterTask(Object task) {
        Py.callMethod(scheduledTasks, "discard", task);
    }

    Object currentTask(Object loop) {
        return Py.callMethod(currentTasks, "get", loop);
    }

    void enterTask(Object loop, Object task) {
        Object running = currentTask(loop);
        if (running != Py.none()) {
            throw Py.runtimeError("Cannot enter into task " + Py.repr(task) + " while another task "
                    + Py.repr(running) + " is being executed.");
        }
        Py.setItem(currentTasks, loop, task);
    }

    void leaveTask(Object loop, Object task) {
        Object running = currentTask(loop);
        if (running != task) {
            throw Py.runtimeError("Leaving task " + Py.repr(task) + " does not match the current task "
                    + Py.repr(running) + ".");
        }
        Py.callMethod(currentTasks, "pop", loop);
    }

    Object swapCurrentTask(Object loop, Object task) {
        Object previous = currentTask(loop);
        if (task == Py.none()) {
            Py.callMethod(currentTasks, "pop", loop, Py.none());
        } else {
            Py.setItem(currentTasks, loop, task);
        }
        return previous;
    }

    long nextTaskNumber() {
        return ++taskNameCounter;
    }

    // ---- asyncio's Python helpers --------------------------------------------------------------

    private static Object attr(String module, String name) {
        return Py.getAttr(Py.importModule(module), name);
    }

    PythonException invalidState(String message) {
        if (invalidStateError == null) {
            invalidStateError = attr("asyncio.exceptions", "InvalidStateError");
        }
        return Py.error((PythonType) invalidStateError, message);
    }

    /** {@code asyncio.CancelledError}, the class. */
    Object cancelledError() {
        if (cancelledError == null) {
            cancelledError = attr("asyncio.exceptions", "CancelledError");
        }
        return cancelledError;
    }

    boolean isCancelledError(PythonException e) {
        return e.matches((PythonType) cancelledError());
    }

    Object copyContext() {
        if (copyContext == null) {
            copyContext = attr("contextvars", "copy_context");
        }
        return Py.call(copyContext);
    }

    boolean isCoroutine(Object o) {
        if (iscoroutine == null) {
            iscoroutine = attr("asyncio.coroutines", "iscoroutine");
            coroutineType = attr("types", "CoroutineType");
        }
        // A native coroutine needs no call into Python (asyncio.coroutines caches other types).
        return Py.typeOf(o) == coroutineType || Py.isTrue(Py.call(iscoroutine, o));
    }

    boolean isGenerator(Object o) {
        if (isgenerator == null) {
            isgenerator = attr("inspect", "isgenerator");
        }
        return Py.isTrue(Py.call(isgenerator, o));
    }

    /** {@code asyncio.format_helpers.extract_stack(sys._getframe(0))}: where the caller stands. */
    Object sourceTraceback() {
        Object frame = Py.call(attr("sys", "_getframe"), Py.integer(0));
        return Py.call(attr("asyncio.format_helpers", "extract_stack"), frame);
    }

    static Object helper(String module, String name) {
        return attr(module, name);
    }
}
