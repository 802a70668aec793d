package dev.kaa.stdlib.asyncio;

import dev.kaa.ext.ClassMethod;
import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.KwOnly;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyGetter;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PySetter;
import dev.kaa.ext.PythonException;
import dev.kaa.ext.PythonType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code _asyncio.Future}: a result that arrives later, with the behaviour of
 * {@code asyncio.futures.Future} (the pure-Python class is the specification). Done callbacks
 * are scheduled on the future's loop with {@code call_soon}, each in the context it was added
 * with.
 *
 * <p>Thread safety: GIL-guarded, and confined to its loop's thread as asyncio requires.
 */
public class AsyncFuture extends ExtensionObject {
    static final int PENDING = 0, CANCELLED = 1, FINISHED = 2;
    private static final String[] CONTEXT_KEYWORD = {"context"};

    /** The future's loop; null until {@code __init__} ran. */
    Object loop;
    int state = PENDING;
    Object result;
    Object exception;
    private Object exceptionTraceback;
    /** (callback, context) pairs, in the order added. */
    private List<Object[]> callbacks = new ArrayList<>();
    Object sourceTraceback;
    Object cancelMessage;
    private Object cancelledExc;
    boolean blocking;
    boolean logTraceback;
    /** Makes the JVM's collector run {@code __del__}, for an exception never retrieved. */
    private Object futureDelCompanion;

    AsyncFuture(PythonType type) {
        super(type);
    }

    static AsyncioState state() {
        return AsyncioState.current;
    }

    @PyMethod
    static Object __new__(PythonType cls, Object[] args, String[] kwnames) {
        return new AsyncFuture(cls);
    }

    @PyMethod(positionalOnly = 0)
    void __init__(@KwOnly @Opt("None") Object loop) {
        initFuture(loop);
    }

    /** What {@code Future.__init__} does, shared with the task's. */
    final void initFuture(Object loop) {
        if (loop == Py.none()) {
            loop = state().eventLoop();
        }
        this.loop = loop;
        state = PENDING;
        result = null;
        exception = null;
        exceptionTraceback = null;
        callbacks = new ArrayList<>();
        cancelMessage = null;
        cancelledExc = null;
        blocking = false;
        logTraceback = false;
        sourceTraceback = null;
        if (Py.isTrue(Py.callMethod(loop, "get_debug"))) {
            sourceTraceback = state().sourceTraceback();
        }
    }

    final void alive() {
        if (loop == null) {
            throw Py.runtimeError("Future object is not initialized.");
        }
    }

    // ---- the outcome ---------------------------------------------------------------------------

    @PyMethod(doc = "Return the result this future represents.\n\nIf the future has been cancelled, raises CancelledError.  If the\n"
            + "future's result isn't yet available, raises InvalidStateError.  If\nthe future is done and has an exception set, "
            + "this exception is raised.")
    Object result() {
        requireFinished("Result is not set.");
        if (exception != null) {
            Py.setAttr(exception, "__traceback__", orNone(exceptionTraceback));
            throw Py.raiseObject(exception);
        }
        return result;
    }

    @PyMethod(doc = "Return the exception that was set on this future.\n\nThe exception (or None if no exception was set) is "
            + "returned only if\nthe future is done.  If the future has been cancelled, raises\nCancelledError.  If the future "
            + "isn't done yet, raises\nInvalidStateError.")
    Object exception() {
        requireFinished("Exception is not set.");
        return exception;
    }

    /** Raises the CancelledError of a cancelled future, InvalidStateError of a pending one. */
    private void requireFinished(String pendingMessage) {
        if (state == CANCELLED) {
            throw Py.raiseObject(makeCancelledError());
        }
        if (state != FINISHED) {
            throw state().invalidState(pendingMessage);
        }
        logTraceback = false;
    }

    @PyMethod(doc = "Mark the future done and set its result.\n\nIf the future is already done when this method is called, "
            + "raises\nInvalidStateError.")
    Object set_result(Object value) {
        alive();
        finishWithResult(value);
        return Py.none();
    }

    final void finishWithResult(Object value) {
        if (state != PENDING) {
            throw state().invalidState("invalid state");
        }
        result = value;
        state = FINISHED;
        scheduleCallbacks();
    }

    @PyMethod(doc = "Mark the future done and set an exception.\n\nIf the future is already done when this method is called, "
            + "raises\nInvalidStateError.")
    Object set_exception(Object exc) {
        alive();
        finishWithException(exc);
        return Py.none();
    }

    final void finishWithException(Object exc) {
        if (state != PENDING) {
            throw state().invalidState("invalid state");
        }
        PythonType base = Py.builtinType("BaseException");
        if (exc instanceof PythonType t && t.isSubtypeOf(base)) {
            exc = Py.call(exc);
        }
        if (!Py.isInstance(exc, base)) {
            throw Py.typeError("invalid exception object");
        }
        if (Py.isInstance(exc, Py.builtinType("StopIteration"))) {
            Object replaced = Py.runtimeError(
                    "StopIteration interacts badly with generators and cannot be raised into a Future").value();
            Py.setAttr(replaced, "__cause__", exc);
            Py.setAttr(replaced, "__context__", exc);
            exc = replaced;
        }
        exception = exc;
        exceptionTraceback = Py.getAttr(exc, "__traceback__");
        state = FINISHED;
        scheduleCallbacks();
        logTraceback = true;
        if (futureDelCompanion == null) {
            futureDelCompanion = Py.delCompanion(this);
        }
    }

    @PyMethod(positionalOnly = 0, doc = "Cancel the future and schedule callbacks.\n\nIf the future is already done or cancelled, "
            + "return False.  Otherwise,\nchange the future's state to cancelled, schedule the callbacks and\nreturn True.")
    boolean cancel(@Opt("None") Object msg) {
        alive();
        return cancelFuture(msg);
    }

    final boolean cancelFuture(Object msg) {
        logTraceback = false;
        if (state != PENDING) {
            return false;
        }
        state = CANCELLED;
        cancelMessage = msg == Py.none() ? null : msg;
        scheduleCallbacks();
        return true;
    }

    @PyMethod(doc = "Return True if the future was cancelled.")
    boolean cancelled() {
        return state == CANCELLED;
    }

    @PyMethod(doc = "Return True if the future is done.\n\nDone means either that a result / exception are available, or that the\n"
            + "future was cancelled.")
    boolean done() {
        return state != PENDING;
    }

    @PyMethod(doc = "Return the event loop the Future is bound to.")
    Object get_loop() {
        alive();
        return loop;
    }

    @PyMethod(doc = "Create the CancelledError to raise if the Future is cancelled.\n\n"
            + "This should only be called once when handling a cancellation since\nit erases the context exception value.")
    Object _make_cancelled_error() {
        return makeCancelledError();
    }

    final Object makeCancelledError() {
        if (cancelledExc != null) {
            Object exc = cancelledExc;
            cancelledExc = null;
            return exc;
        }
        Object cls = state().cancelledError();
        return cancelMessage == null ? Py.call(cls) : Py.call(cls, cancelMessage);
    }

    /** Keeps the CancelledError a task's coroutine raised, for {@link #makeCancelledError}. */
    final void keepCancelledError(Object exc) {
        cancelledExc = exc;
    }

    // ---- callbacks -----------------------------------------------------------------------------

    @PyMethod(positionalOnly = 1, doc = "Add a callback to be run when the future becomes done.\n\n"
            + "The callback is called with a single argument - the future object. If\nthe future is already done when this "
            + "is called, the callback is\nscheduled with call_soon.")
    Object add_done_callback(Object fn, @KwOnly @Opt("None") Object context) {
        alive();
        addCallback(fn, context);
        return Py.none();
    }

    final void addCallback(Object fn, Object context) {
        if (context == Py.none()) {
            context = state().copyContext();
        }
        if (state != PENDING) {
            callSoon(loop, fn, this, context);
        } else {
            callbacks.add(new Object[] {fn, context});
        }
    }

    @PyMethod(doc = "Remove all instances of a callback from the \"call when done\" list.\n\n"
            + "Returns the number of callbacks removed.")
    long remove_done_callback(Object fn) {
        alive();
        List<Object[]> before = callbacks;
        List<Object[]> kept = new ArrayList<>();
        long removed = 0;
        for (Object[] cb : List.copyOf(before)) {
            if (cb[0] == fn || Py.compare(cb[0], fn, "==")) {
                removed++;
            } else {
                kept.add(cb);
            }
        }
        if (callbacks == before) {
            callbacks = kept;
        }
        return removed;
    }

    private void scheduleCallbacks() {
        if (callbacks.isEmpty()) {
            return;
        }
        List<Object[]> due = callbacks;
        callbacks = new ArrayList<>();
        for (Object[] cb : due) {
            callSoon(loop, cb[0], this, cb[1]);
        }
    }

    /** {@code loop.call_soon(fn, arg, context=context)}; no argument when {@code arg} is null. */
    static void callSoon(Object loop, Object fn, Object arg, Object context) {
        Object[] args = arg == null ? new Object[] {fn, context} : new Object[] {fn, arg, context};
        Py.callWithKeywords(Py.getAttr(loop, "call_soon"), args, CONTEXT_KEYWORD);
    }

    // ---- awaiting ------------------------------------------------------------------------------

    @PyMethod(doc = "Return an iterator to be used in await expression.")
    Object __await__() {
        alive();
        return new FutureIter(state().futureIterType, this);
    }

    @PyMethod(doc = "Implement iter(self).")
    Object __iter__() {
        return __await__();
    }

    // ---- attributes ----------------------------------------------------------------------------

    @PyGetter
    Object _state() {
        alive();
        return Py.str(switch (state) {
            case PENDING -> "PENDING";
            case CANCELLED -> "CANCELLED";
            default -> "FINISHED";
        });
    }

    @PyGetter
    Object _loop() {
        return orNone(loop);
    }

    @PyGetter
    Object _result() {
        alive();
        return orNone(result);
    }

    @PyGetter
    Object _exception() {
        alive();
        return orNone(exception);
    }

    @PyGetter
    Object _callbacks() {
        alive();
        if (callbacks.isEmpty()) {
            return Py.none();
        }
        Object[] items = new Object[callbacks.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = Py.tuple(callbacks.get(i)[0], callbacks.get(i)[1]);
        }
        return Py.list(items);
    }

    @PyGetter
    Object _source_traceback() {
        return orNone(sourceTraceback);
    }

    @PyGetter
    Object _cancel_message() {
        return orNone(cancelMessage);
    }

    @PySetter("_cancel_message")
    void set_cancel_message(Object value) {
        refuseDelete(value);
        cancelMessage = value == Py.none() ? null : value;
    }

    @PyGetter
    boolean _log_traceback() {
        alive();
        return logTraceback;
    }

    @PySetter("_log_traceback")
    void set_log_traceback(Object value) {
        refuseDelete(value);
        if (Py.isTrue(value)) {
            throw Py.valueError("_log_traceback can only be set to False");
        }
        logTraceback = false;
    }

    @PyGetter
    boolean _asyncio_future_blocking() {
        return blocking;
    }

    @PySetter("_asyncio_future_blocking")
    void set_asyncio_future_blocking(Object value) {
        refuseDelete(value);
        blocking = Py.isTrue(value);
    }

    /** Python's view of an optional field: None for Java's null. */
    static Object orNone(Object value) {
        return value == null ? Py.none() : value;
    }

    /** A setter's check: {@code del future.attr} (a null value) is refused. */
    static void refuseDelete(Object value) {
        if (value == null) {
            throw Py.errorWithArgs(Py.builtinType("AttributeError"), Py.str("cannot delete attribute"));
        }
    }

    @PyMethod
    Object __repr__() {
        alive();
        return Py.call(AsyncioState.helper("asyncio.base_futures", "_future_repr"), this);
    }

    @PyMethod(doc = "Log an exception that was set and never retrieved.")
    void __del__() {
        if (!logTraceback || loop == null) {
            return;
        }
        Object context = Py.dict();
        Py.setItem(context, Py.str("message"), Py.str(Py.typeOf(this).name() + " exception was never retrieved"));
        Py.setItem(context, Py.str("exception"), exception);
        Py.setItem(context, Py.str("future"), this);
        reportToLoop(context);
    }

    final void reportToLoop(Object context) {
        if (sourceTraceback != null) {
            Py.setItem(context, Py.str("source_traceback"), sourceTraceback);
        }
        Py.callMethod(loop, "call_exception_handler", context);
    }

    @ClassMethod(doc = "See PEP 585")
    static Object __class_getitem__(PythonType cls, Object item) {
        return Py.call(Py.getAttr(Py.importModule("types"), "GenericAlias"), cls, item);
    }

    /** Whether {@code e} is an exception asyncio lets through a task: KeyboardInterrupt, SystemExit. */
    static boolean isExit(PythonException e) {
        return e.matches(Py.builtinType("KeyboardInterrupt")) || e.matches(Py.builtinType("SystemExit"));
    }
}
