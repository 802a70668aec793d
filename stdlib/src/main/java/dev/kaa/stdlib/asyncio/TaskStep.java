package dev.kaa.stdlib.asyncio;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonType;
import java.lang.invoke.MethodHandles;

/**
 * The callables a task hands its loop: "step" ({@code call_soon(step)}: run the coroutine on,
 * throwing {@code exc} in if there is one) and "wakeup" ({@code fut.add_done_callback(wakeup)}:
 * step once the awaited future is done). One small object per scheduling, as CPython's
 * {@code TaskStepMethWrapper} and bound {@code task_wakeup}. A third kind runs an eager
 * task's first step.
 *
 * <p>Thread safety: GIL-guarded.
 */
final class TaskStep extends ExtensionObject {
    private final AsyncTask task;
    /** The exception to throw into the coroutine, or null; unused by a wakeup. */
    private final Object exc;
    private final boolean wakeup;
    /** An eager task's first step, run at once in the task's context and outside enter/leave. */
    private final boolean eager;

    private TaskStep(PythonType type, AsyncTask task, Object exc, boolean wakeup, boolean eager) {
        super(type);
        this.task = task;
        this.exc = exc;
        this.wakeup = wakeup;
        this.eager = eager;
    }

    static TaskStep eager(AsyncTask task) {
        return new TaskStep(AsyncioState.current.stepType, task, null, false, true);
    }

    static TaskStep step(AsyncTask task, Object exc) {
        return new TaskStep(AsyncioState.current.stepType, task, exc, false, false);
    }

    static TaskStep wakeup(AsyncTask task) {
        return new TaskStep(AsyncioState.current.stepType, task, null, true, false);
    }

    static PythonType register(ModuleDefinition m) {
        return m.addType("TaskStepMethWrapper", TaskStep.class, MethodHandles.lookup());
    }

    @PyMethod
    Object __call__(Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Py.typeError((wakeup ? "task_wakeup" : "TaskStepMethWrapper") + "() takes no keyword arguments");
        }
        if (wakeup) {
            if (args.length != 1) {
                throw Py.typeError("task_wakeup() takes exactly one argument (" + args.length + " given)");
            }
            task.wakeup(args[0]);
        } else {
            if (args.length != 0) {
                throw Py.typeError("function takes no positional arguments");
            }
            if (eager) {
                task.stepCoroutine(null);
            } else {
                task.step(exc);
            }
        }
        return Py.none();
    }

    @PyMethod
    Object __repr__() {
        return Py.str("<" + (wakeup ? "built-in method task_wakeup" : "TaskStepMethWrapper") + " of " + Py.repr(task) + ">");
    }

    /** {@code Task.task_wakeup} for a wakeup (as asyncio's reprs name callbacks); None for a step. */
    @dev.kaa.ext.PyGetter
    Object __qualname__() {
        return wakeup ? Py.str("Task.task_wakeup") : Py.none();
    }

    @dev.kaa.ext.PyGetter
    Object __name__() {
        return wakeup ? Py.str("task_wakeup") : Py.none();
    }

    /** The task, as a bound method's {@code __self__} (the loop's debug reprs look at it). */
    @dev.kaa.ext.PyGetter
    Object __self__() {
        return task;
    }
}
