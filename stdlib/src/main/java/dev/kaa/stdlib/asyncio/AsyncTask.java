package dev.kaa.stdlib.asyncio;

import dev.kaa.ext.KwOnly;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyGetter;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PySetter;
import dev.kaa.ext.PythonException;
import dev.kaa.ext.PythonType;

/**
 * {@code _asyncio.Task}: a coroutine driven by its loop, as {@code asyncio.tasks.Task} (the
 * specification). Each step sends into the coroutine (or throws an exception in) within the
 * task's context; what it yields decides the next step: a future to wait on (the task wakes
 * when it is done), None (step again soon), or anything else (a RuntimeError thrown in).
 *
 * <p>Thread safety: GIL-guarded, confined to its loop's thread.
 */
public final class AsyncTask extends AsyncFuture {
    private Object coro;
    private Object context;
    /** The name; null until asked for, when it becomes "Task-N" for the number kept here. */
    private Object name;
    private long number;
    private boolean mustCancel;
    private Object futWaiter;
    private long numCancelsRequested;
    private boolean logDestroyPending = true;
    /** Makes the JVM's collector run {@code __del__}: a task destroyed pending is logged. */
    private Object delCompanion;

    private AsyncTask(PythonType type) {
        super(type);
    }

    @PyMethod
    static Object __new__(PythonType cls, Object[] args, String[] kwnames) {
        return new AsyncTask(cls);
    }

    @PyMethod(positionalOnly = 0)
    void __init__(Object coro, @KwOnly @Opt("None") Object loop, @Opt("None") Object name,
            @Opt("None") Object context, @Opt("False") boolean eager_start) {
        initFuture(loop);
        AsyncioState st = state();
        if (!st.isCoroutine(coro)) {
            logDestroyPending = false;
            throw Py.typeError("a coroutine was expected, got " + Py.repr(coro));
        }
        this.context = context == Py.none() ? st.copyContext() : context;
        mustCancel = false;
        futWaiter = null;
        numCancelsRequested = 0;
        logDestroyPending = true;
        this.coro = coro;
        if (name == Py.none()) {
            this.name = null;
            number = st.nextTaskNumber();
        } else {
            this.name = Py.isInstance(name, Py.builtinType("str")) ? name : Py.str(Py.strOf(name));
        }
        if (delCompanion == null) {
            delCompanion = Py.delCompanion(this);
        }
        if (eager_start && Py.isTrue(Py.callMethod(this.loop, "is_running"))) {
            eagerStart();
            return;
        }
        callSoon(this.loop, TaskStep.step(this, null), null, this.context);
        st.registerTask(this);
    }

    // ---- stepping ------------------------------------------------------------------------------

    private void eagerStart() {
        AsyncioState st = state();
        Object previous = st.swapCurrentTask(loop, this);
        try {
            Py.callMethod(st.eagerTasks, "add", this);
            try {
                Py.callMethod(context, "run", TaskStep.eager(this));
            } finally {
                Py.callMethod(st.eagerTasks, "discard", this);
            }
        } finally {
            st.swapCurrentTask(loop, previous);
        }
        if (done()) {
            coro = null;
        } else {
            st.registerTask(this);
        }
    }

    /** A scheduled step: throws {@code exc} into the coroutine (null: sends None). */
    void step(Object exc) {
        if (state != PENDING) {
            throw state().invalidState("_step(): already done: " + Py.repr(this) + ", "
                    + Py.repr(orNone(exc)));
        }
        if (mustCancel) {
            if (exc == null || !Py.isInstance(exc, (PythonType) state().cancelledError())) {
                exc = makeCancelledError();
            }
            mustCancel = false;
        }
        futWaiter = null;
        AsyncioState st = state();
        st.enterTask(loop, this);
        try {
            stepCoroutine(exc);
        } finally {
            st.leaveTask(loop, this);
        }
    }

    /** One resumption of the coroutine and what its outcome asks for. */
    void stepCoroutine(Object exc) {
        Object[] out = new Object[1];
        int how;
        try {
            how = Py.resume(coro, Py.none(), exc, out);
        } catch (PythonException e) {
            if (state().isCancelledError(e)) {
                keepCancelledError(e.value());
                cancelFuture(Py.none());
            } else {
                finishWithException(e.value());
                if (isExit(e)) {
                    throw e;
                }
            }
            return;
        }
        if (how == Py.RETURNED) {
            if (mustCancel) {
                mustCancel = false;
                cancelFuture(orNone(cancelMessage));
            } else {
                finishWithResult(out[0]);
            }
            return;
        }
        handleYield(out[0]);
    }

    private void handleYield(Object yielded) {
        if (yielded == Py.none()) {
            callSoon(loop, TaskStep.step(this, null), null, context);
            return;
        }
        Object blockingFlag;
        if (yielded instanceof AsyncFuture f) {
            blockingFlag = Py.bool(f.blocking);
        } else {
            blockingFlag = lookupBlocking(yielded);
        }
        if (blockingFlag != null && blockingFlag != Py.none()) {
            waitOn(yielded, Py.isTrue(blockingFlag));
        } else if (state().isGenerator(yielded)) {
            stepWithError("yield was used instead of yield from for generator in task " + Py.repr(this) + " with "
                    + Py.repr(yielded));
        } else {
            stepWithError("Task got bad yield: " + Py.repr(yielded));
        }
    }

    private static Object lookupBlocking(Object o) {
        try {
            return Py.getAttr(o, "_asyncio_future_blocking");
        } catch (PythonException e) {
            if (e.matches(Py.builtinType("AttributeError"))) {
                return null;
            }
            throw e;
        }
    }

    private void waitOn(Object fut, boolean blocking) {
        if (futureLoop(fut) != loop) {
            stepWithError("Task " + Py.repr(this) + " got Future " + Py.repr(fut) + " attached to a different loop");
            return;
        }
        if (!blocking) {
            stepWithError("yield was used instead of yield from in task " + Py.repr(this) + " with " + Py.repr(fut));
            return;
        }
        if (fut == this) {
            stepWithError("Task cannot await on itself: " + Py.repr(this));
            return;
        }
        if (isExactFuture(fut)) {
            AsyncFuture f = (AsyncFuture) fut;
            f.blocking = false;
            f.addCallback(TaskStep.wakeup(this), context);
        } else {
            Py.setAttr(fut, "_asyncio_future_blocking", Py.bool(false));
            Py.callWithKeywords(Py.getAttr(fut, "add_done_callback"),
                    new Object[] {TaskStep.wakeup(this), context}, new String[] {"context"});
        }
        futWaiter = fut;
        if (mustCancel) {
            // fut.cancel(msg=…) as a method call: a task cancels what it waits for in turn.
            Object msg = orNone(cancelMessage);
            if (Py.isTrue(Py.callWithKeywords(Py.getAttr(fut, "cancel"), new Object[] {msg}, new String[] {"msg"}))) {
                mustCancel = false;
            }
        }
    }

    private boolean isExactFuture(Object o) {
        PythonType t = Py.typeOf(o);
        return t == state().futureType || t == state().taskType;
    }

    /** {@code asyncio.futures._get_loop(fut)}. */
    private Object futureLoop(Object fut) {
        if (isExactFuture(fut)) {
            return ((AsyncFuture) fut).loop;
        }
        if (Py.hasAttr(fut, "get_loop")) {
            return Py.callMethod(fut, "get_loop");
        }
        return Py.getAttr(fut, "_loop");
    }

    private void stepWithError(String message) {
        Object exc = Py.runtimeError(message).value();
        callSoon(loop, TaskStep.step(this, exc), null, context);
    }

    /** The awaited future is done: step on with its result (or its exception thrown in). */
    void wakeup(Object fut) {
        Object exc = null;
        try {
            if (isExactFuture(fut)) {
                ((AsyncFuture) fut).result();
            } else {
                Py.callMethod(fut, "result");
            }
        } catch (PythonException e) {
            exc = e.value();
        }
        step(exc);
    }

    // ---- the Task API --------------------------------------------------------------------------

    // The Task methods named as Future's have other Java names: Future.set_result(task, x)
    // must reach Future's own code, as in CPython, not a Java override.

    @PyMethod(value = "cancel", positionalOnly = 0, doc = "Request that this task cancel itself.")
    boolean cancelTask(@Opt("None") Object msg) {
        alive();
        logTraceback = false;
        if (state != PENDING) {
            return false;
        }
        numCancelsRequested++;
        if (futWaiter != null) {
            Object r = Py.callWithKeywords(Py.getAttr(futWaiter, "cancel"), new Object[] {msg}, new String[] {"msg"});
            if (Py.isTrue(r)) {
                return true;
            }
        }
        mustCancel = true;
        cancelMessage = msg == Py.none() ? null : msg;
        return true;
    }

    @PyMethod(doc = "Return the count of the task's cancellation requests.\n\n"
            + "This count is incremented when .cancel() is called\nand may be decremented using .uncancel().")
    long cancelling() {
        return numCancelsRequested;
    }

    @PyMethod(doc = "Decrement the task's count of cancellation requests.\n\n"
            + "This should be used by tasks that catch CancelledError\nand wish to continue indefinitely until they are "
            + "cancelled again.\n\nReturns the remaining number of cancellation requests.")
    long uncancel() {
        if (numCancelsRequested > 0) {
            numCancelsRequested--;
            if (numCancelsRequested == 0) {
                mustCancel = false;
            }
        }
        return numCancelsRequested;
    }

    @PyMethod(positionalOnly = 0, doc = "Return the list of stack frames for this task's coroutine.")
    Object get_stack(@KwOnly @Opt("None") Object limit) {
        return Py.call(AsyncioState.helper("asyncio.base_tasks", "_task_get_stack"), this, limit);
    }

    @PyMethod(positionalOnly = 0, doc = "Print the stack or traceback for this task's coroutine.")
    Object print_stack(@KwOnly @Opt("None") Object limit, @Opt("None") Object file) {
        return Py.call(AsyncioState.helper("asyncio.base_tasks", "_task_print_stack"), this, limit, file);
    }

    @PyMethod("set_result")
    Object refuseSetResult(Object value) {
        throw Py.runtimeError("Task does not support set_result operation");
    }

    @PyMethod("set_exception")
    Object refuseSetException(Object exc) {
        throw Py.runtimeError("Task does not support set_exception operation");
    }

    @PyMethod
    Object get_coro() {
        return orNone(coro);
    }

    @PyMethod
    Object get_context() {
        return orNone(context);
    }

    @PyMethod
    Object get_name() {
        if (name == null) {
            name = Py.str("Task-" + number);
        }
        return name;
    }

    @PyMethod
    void set_name(Object value) {
        name = Py.isInstance(value, Py.builtinType("str")) ? value : Py.str(Py.strOf(value));
    }

    @PyMethod("__repr__")
    Object taskRepr() {
        return Py.call(AsyncioState.helper("asyncio.base_tasks", "_task_repr"), this);
    }

    @PyMethod(value = "__del__", doc = "Log a task destroyed while pending, then what Future.__del__ logs.")
    void taskDel() {
        if (state == PENDING && logDestroyPending && loop != null) {
            Object ctx = Py.dict();
            Py.setItem(ctx, Py.str("task"), this);
            Py.setItem(ctx, Py.str("message"), Py.str("Task was destroyed but it is pending!"));
            reportToLoop(ctx);
        }
        __del__();
    }

    // ---- attributes ----------------------------------------------------------------------------

    @PyGetter
    Object _coro() {
        return get_coro();
    }

    @PyGetter
    Object _fut_waiter() {
        return orNone(futWaiter);
    }

    @PyGetter
    boolean _must_cancel() {
        return mustCancel;
    }

    @PyGetter
    boolean _log_destroy_pending() {
        return logDestroyPending;
    }

    @PySetter("_log_destroy_pending")
    void set_log_destroy_pending(Object value) {
        refuseDelete(value);
        logDestroyPending = Py.isTrue(value);
    }

    @PyGetter
    long _num_cancels_requested() {
        return numCancelsRequested;
    }

    @PySetter("_num_cancels_requested")
    void set_num_cancels_requested(Object value) {
        numCancelsRequested = Py.asLong(value);
    }
}
