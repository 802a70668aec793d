package dev.kaa.stdlib.asyncio;

import dev.kaa.ext.ExtensionModule;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import java.lang.invoke.MethodHandles;

/**
 * {@code _asyncio}: the Java {@link AsyncFuture} and {@link AsyncTask} that {@code asyncio}
 * uses in place of its pure-Python classes, the running-loop registry and the task registries
 * ({@code _register_task}, {@code current_task} …) that {@code asyncio.tasks} and
 * {@code asyncio.events} import from here.
 *
 * <p>Thread safety: the functions run under the GIL; their state is the {@link AsyncioState}
 * of the interpreter that imported the module last (a second interpreter in the same JVM
 * importing {@code _asyncio} takes the registries over: not yet per interpreter).
 */
public final class AsyncioModule implements ExtensionModule {
    @Override public String name() {
        return "_asyncio";
    }

    @Override public void initialize(ModuleDefinition m) {
        m.doc("Accelerator module for asyncio");
        AsyncioState s = new AsyncioState();
        AsyncioState.current = s;
        s.futureType = m.addType("Future", AsyncFuture.class, MethodHandles.lookup(),
                "This class is *almost* compatible with concurrent.futures.Future.");
        s.taskType = m.addSubtype("Task", AsyncTask.class, MethodHandles.lookup(),
                "A coroutine wrapped in a Future.", s.futureType);
        s.futureIterType = FutureIter.register(m);
        s.stepType = TaskStep.register(m);
        m.addFunctions(AsyncioModule.class, MethodHandles.lookup());
        m.add("_scheduled_tasks", s.scheduledTasks);
        m.add("_eager_tasks", s.eagerTasks);
        m.add("_current_tasks", s.currentTasks);
    }

    private static AsyncioState state() {
        return AsyncioState.current;
    }

    @PyMethod(doc = "Return an asyncio event loop.\n\nWhen called from a coroutine or a callback (e.g. scheduled with\n"
            + "call_soon or similar API), this function will always return the\nrunning event loop.\n\n"
            + "If there is no running event loop set, the function will return\n"
            + "the result of `get_event_loop_policy().get_event_loop()` call.")
    static Object get_event_loop() {
        return state().eventLoop();
    }

    @PyMethod(doc = "Return the running event loop.  Raise a RuntimeError if there is none.\n\n"
            + "This function is thread-specific.")
    static Object get_running_loop() {
        Object loop = state().runningLoop();
        if (loop == Py.none()) {
            throw Py.runtimeError("no running event loop");
        }
        return loop;
    }

    @PyMethod(doc = "Return the running event loop or None.\n\nThis is a low-level function intended to be used by event loops.\n"
            + "This function is thread-specific.")
    static Object _get_running_loop() {
        return state().runningLoop();
    }

    @PyMethod(doc = "Set the running event loop.\n\nThis is a low-level function intended to be used by event loops.\n"
            + "This function is thread-specific.")
    static void _set_running_loop(Object loop) {
        state().setRunningLoop(loop);
    }

    @PyMethod(positionalOnly = 0, doc = "Register a new task in asyncio as executed by loop.\n\nReturns None.")
    static void _register_task(Object task) {
        state().registerTask(task);
    }

    @PyMethod(positionalOnly = 0, doc = "Unregister a task.\n\nReturns None.")
    static void _unregister_task(Object task) {
        state().unregisterTask(task);
    }

    @PyMethod(positionalOnly = 0, doc = "Register a new task in asyncio as executed by loop.\n\nReturns None.")
    static void _register_eager_task(Object task) {
        Py.callMethod(state().eagerTasks, "add", task);
    }

    @PyMethod(positionalOnly = 0, doc = "Unregister a task.\n\nReturns None.")
    static void _unregister_eager_task(Object task) {
        Py.callMethod(state().eagerTasks, "discard", task);
    }

    @PyMethod(positionalOnly = 0, doc = "Enter into task execution or resume suspended task.\n\n"
            + "Task belongs to loop.\n\nReturns None.")
    static void _enter_task(Object loop, Object task) {
        state().enterTask(loop, task);
    }

    @PyMethod(positionalOnly = 0, doc = "Leave task execution or suspend a task.\n\nTask belongs to loop.\n\nReturns None.")
    static void _leave_task(Object loop, Object task) {
        state().leaveTask(loop, task);
    }

    @PyMethod(positionalOnly = 0, doc = "Temporarily swap in the supplied task and return the original one (or None).\n\n"
            + "This is intended for use during eager coroutine execution.")
    static Object _swap_current_task(Object loop, Object task) {
        return state().swapCurrentTask(loop, task);
    }

    @PyMethod(positionalOnly = 0, doc = "Return a currently executed task.")
    static Object current_task(@dev.kaa.ext.Opt("None") Object loop) {
        if (loop == Py.none()) {
            loop = get_running_loop();
        }
        return state().currentTask(loop);
    }
}
