package dev.kaa.vm.internal.eval;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBaseException;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyFrame;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PySetter;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;

/**
 * A generator or coroutine: a suspended frame resumed by {@code send}, {@code throw} and
 * {@code close}. Each keeps its own "exception being handled", swapped with the thread's
 * while it runs, as CPython's {@code gi_exc_state}.
 *
 * <p>Thread safety: GIL-guarded; running it from two threads at once raises ValueError.
 */
public class PyGenerator extends PyObject {
    public static final PyType GENERATOR = PyType.builtin("generator", PyGenerator.class, MethodHandles.lookup(), 0);

    final PyFrame frame;
    PyStr name;
    PyStr qualname;
    private boolean running;
    /**
     * The frame and code unit at which {@code RETURN_GENERATOR} put this generator on its
     * caller's stack; forgotten at the first {@code GET_ITER} or resumption.
     */
    private PyFrame birthFrame;
    private int birthPc;
    /**
     * True while a {@code for} loop's stack slot is the only holder of this generator: the loop
     * iterates a generator it created itself ({@code for x in gen():}), which no code can name.
     * When the stack drops it (a {@code break}, a {@code return} or an exception leaving the
     * loop), CPython's reference count reaches zero and closes it at once; Kaa closes it there too.
     */
    boolean loopOwned;
    private PyBaseException savedHandled;

    PyGenerator(PyFrame frame) {
        this.frame = frame;
        this.name = frame.func != null ? frame.func.name : frame.code.name;
        this.qualname = frame.func != null ? frame.func.qualname : frame.code.qualname;
        frame.generator = this;
    }

    @Override public PyType type() {
        return GENERATOR;
    }

    /** Called as {@code RETURN_GENERATOR} hands this to {@code caller}, which resumes at its {@code pc}. */
    final void born(PyFrame caller) {
        born(caller, caller.pc);
    }

    /** As {@link #born(PyFrame)}, for a call whose next instruction is at code unit {@code pc}. */
    final void born(PyFrame caller, int pc) {
        birthFrame = caller;
        birthPc = pc;
    }

    /**
     * {@code GET_ITER} (or {@code GET_AITER}) at code unit {@code pc} of {@code f}: when it is
     * the very next instruction after the call that made this generator, the loop owns it.
     */
    final void ownIfFresh(PyFrame f, int pc) {
        if (birthFrame == f && birthPc == pc && frame.state == PyFrame.CREATED) {
            loopOwned = true;
        }
        birthFrame = null;
    }

    /** True when closing would run code: suspended inside a {@code try} (a handler covers where it stopped). */
    final boolean hasCleanup() {
        return frame.state == PyFrame.SUSPENDED && !running && frame.code.handlerFor(Math.max(frame.lasti, 0)) >= 0;
    }

    /** The owning loop's stack let go of this generator: finalize it as CPython's deallocation does. */
    final void dropped(ThreadState ts) {
        loopOwned = false;
        finalizeNow(ts);
    }

    /**
     * What CPython's deallocation of a generator does: closes a suspended one, so that its
     * {@code finally} blocks run, reporting an exception from that as unraisable.
     */
    public final void finalizeNow(ThreadState ts) {
        if (this instanceof PyAsyncGenerator ag && ag.finalizer != null && !ag.closed
                && frame.state != PyFrame.COMPLETED && !running) {
            // An event loop's finalizer hook (sys.set_asyncgen_hooks) closes it instead, in the loop.
            try {
                Abstract.call(ag.finalizer, this);
            } catch (PyException e) {
                ts.runtime.services.unraisable(e, this);
            }
            return;
        }
        if (frame.state != PyFrame.SUSPENDED || running) {
            return;
        }
        try {
            close();
        } catch (PyException e) {
            ts.runtime.services.unraisable(e, this);
        }
    }

    /** "generator" or "coroutine": how messages name this kind. */
    String kind() {
        return "generator";
    }

    boolean finished() {
        return frame.state == PyFrame.COMPLETED;
    }

    /**
     * Resumes with {@code sent} (or raising {@code thrown}); stores the yielded or returned
     * value in {@code out[0]} and answers true when the generator yielded. Returning raises
     * nothing here: the caller decides whether that is a StopIteration.
     */
    boolean resume(ThreadState ts, Object sent, PyException thrown, Object[] out) {
        if (running) {
            throw PyErr.valueError("%s already executing", kind());
        }
        if (finished()) {
            if (this instanceof PyCoroutine) {
                throw PyErr.runtimeError("cannot reuse already awaited coroutine");
            }
            if (thrown != null) {
                throw thrown;
            }
            out[0] = PyNone.NONE;
            return false;
        }
        if (frame.state == PyFrame.CREATED && sent != PyNone.NONE && thrown == null) {
            throw PyErr.typeError("can't send non-None value to a just-started %s", kind());
        }
        running = true;
        birthFrame = null;
        if (thrown != null) {
            // An exception thrown in takes as its context what the generator itself was handling
            // at the yield, never its caller's (CPython's _PyErr_ChainStackItem).
            EvalOps.chainContext(thrown.value(), savedHandled);
        }
        PyBaseException outer = ts.handled;
        ts.pushOuter(outer);
        ts.handled = savedHandled;
        try {
            Object r = frame.state == PyFrame.CREATED && thrown == null
                    ? Eval.resume(ts, frame, sent, null)
                    : Eval.resume(ts, frame, sent, thrown);
            out[0] = r;
            return frame.state == PyFrame.SUSPENDED;
        } catch (PyException e) {
            frame.state = PyFrame.COMPLETED;
            if (e.matches(Exceptions.StopIteration)) {
                PyException wrapped = PyErr.runtimeError("%s raised StopIteration", kind());
                wrapped.value().setCause(e.value());
                wrapped.value().setContext(e.value());
                throw wrapped;
            }
            throw e;
        } finally {
            savedHandled = ts.handled;
            ts.handled = outer;
            ts.popOuter();
            running = false;
        }
    }

    /**
     * Whether this is a generator that {@code types.coroutine} made awaitable
     * ({@code CO_ITERABLE_COROUTINE}): an {@code await} drives it directly, without
     * {@code __await__}.
     */
    public boolean isIterableCoroutine() {
        return !(this instanceof PyCoroutine) && frame.code.hasFlag(dev.kaa.bytecode.CodeObject.CO_ITERABLE_COROUTINE);
    }

    /**
     * One {@code send(sent)} for a driver outside the interpreter (the extension API's
     * {@code Py.resume}, which {@code _asyncio}'s tasks step coroutines with): true when the
     * generator yielded, false when it returned, the value in {@code out[0]}.
     */
    public boolean sendStep(Object sent, Object[] out) {
        return resume(ThreadState.current(), sent, null, out);
    }

    /**
     * The interpreter's {@code FOR_ITER} over a generator: the next value, or null when it is
     * exhausted, without raising and catching StopIteration.
     */
    Object nextOrNull(ThreadState ts) {
        Object[] out = new Object[1];
        return resume(ts, PyNone.NONE, null, out) ? out[0] : null;
    }

    /** {@code send(v)}: the next yielded value, or StopIteration with the return value. */
    Object sendOrStop(ThreadState ts, Object v, PyException thrown) {
        Object[] out = new Object[1];
        if (resume(ts, v, thrown, out)) {
            return out[0];
        }
        throw stopWith(out[0]);
    }

    PyException stopWith(Object value) {
        return value == PyNone.NONE ? PyErr.stopIteration(null) : PyErr.stopIteration(value);
    }

    @PyMethod(doc = "Implement iter(self).")
    Object __iter__() {
        return this;
    }

    @PyMethod(doc = "Implement next(self).")
    Object __next__() {
        return sendOrStop(ThreadState.current(), PyNone.NONE, null);
    }

    @PyMethod(doc = "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.")
    Object send(Object value) {
        return sendOrStop(ThreadState.current(), value, null);
    }

    @PyMethod(value = "throw", doc = "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, "
            + "return next yielded value or raise\nStopIteration.\nthe (type, val, tb) signature is deprecated, \n"
            + "and may be removed in a future version of Python.")
    Object throwMethod(Object typ, @Opt Object val, @Opt Object tb) {
        if (val != null) {
            PyErr.warn(Exceptions.DeprecationWarning, 1, "the (type, exc, tb) signature of throw() is deprecated, "
                    + "use the single-arg signature instead.");
        }
        return throwInto(ThreadState.current(), Generators.makeThrown(typ, val, tb));
    }

    /**
     * {@code throw()}: when the frame is delegating ({@code yield from}, {@code await}) the
     * exception goes to the sub-iterator first; whatever that raises instead (StopIteration
     * included, which the frame's handler turns into the delegation's value) is raised in this
     * frame at its yield.
     */
    Object throwInto(ThreadState ts, PyException exc) {
        Object yf = frame.state == PyFrame.SUSPENDED ? Generators.delegate(frame) : PyNone.NONE;
        if (yf != PyNone.NONE) {
            if (exc.matches(Exceptions.GeneratorExit)) {
                running = true;
                try {
                    closeIterator(yf);
                } catch (PyException e) {
                    exc = e;
                } finally {
                    running = false;
                }
            } else {
                Object throwMeth = yf instanceof PyGenerator ? null : Abstract.lookupAttr(yf, PyStr.intern("throw"));
                if (yf instanceof PyGenerator || throwMeth != null) {
                    running = true;
                    try {
                        if (yf instanceof PyGenerator g) {
                            return throwIntoDelegate(ts, g, exc);
                        }
                        // One argument, as CPython passes on a one-argument throw(): the
                        // three-argument form would make _asyncio's FutureIter warn.
                        return Abstract.call(throwMeth, exc.value());
                    } catch (PyException e) {
                        exc = e;
                    } finally {
                        running = false;
                    }
                }
            }
        }
        return sendOrStop(ts, PyNone.NONE, exc);
    }

    /**
     * Throws into the generator this one delegates to, with this frame on the stack as its caller,
     * as it would be had the exception come through this frame's {@code yield from}: the
     * sub-generator's frames see it as their {@code f_back} and tracebacks show it.
     */
    private Object throwIntoDelegate(ThreadState ts, PyGenerator g, PyException exc) {
        PyFrame prev = ts.frame;
        frame.back = prev;
        ts.frame = frame;
        try {
            return g.throwInto(ts, exc);
        } finally {
            ts.frame = prev;
            frame.back = null;
        }
    }

    /** Closes a sub-iterator as {@code gen_close_iter} does: its {@code close()}, if it has one. */
    private static void closeIterator(Object yf) {
        if (yf instanceof PyGenerator g) {
            g.close();
            return;
        }
        Object close;
        try {
            close = Abstract.lookupAttr(yf, PyStr.intern("close"));
        } catch (PyException e) {
            // A broken __getattr__ is reported, and the generator closes all the same.
            dev.kaa.vm.modules.Weakrefs.writeUnraisable(e, yf);
            close = null;
        }
        if (close != null) {
            Abstract.call(close, new Object[0], null);
        }
    }

    @PyMethod(doc = "close() -> raise GeneratorExit inside generator.")
    Object close() {
        if (frame.state == PyFrame.CREATED || finished()) {
            frame.state = PyFrame.COMPLETED;
            return PyNone.NONE;
        }
        Object[] out = new Object[1];
        PyException exit = PyErr.withArgs(Exceptions.GeneratorExit);
        Object yf = Generators.delegate(frame);
        if (yf != PyNone.NONE) {
            running = true;
            try {
                closeIterator(yf);
            } catch (PyException e) {
                exit = e;
            } finally {
                running = false;
            }
        }
        try {
            if (resume(ThreadState.current(), PyNone.NONE, exit, out)) {
                throw PyErr.runtimeError("%s ignored GeneratorExit", kind());
            }
            return out[0];
        } catch (PyException e) {
            if (e.matches(Exceptions.GeneratorExit) || e.matches(Exceptions.StopIteration)) {
                // The exception, and the traceback that could show the frame, end here: the
                // frame lets go of its locals, as CPython's does (gh-118272).
                java.util.Arrays.fill(frame.localsplus, null);
                return PyNone.NONE;
            }
            throw e;
        }
    }

    @PyGetter
    Object gi_frame() {
        return finished() ? PyNone.NONE : frame;
    }

    @PyGetter
    Object gi_running() {
        return dev.kaa.vm.objects.PyBool.of(running);
    }

    @PyGetter
    Object gi_suspended() {
        return dev.kaa.vm.objects.PyBool.of(frame.state == PyFrame.SUSPENDED && !running);
    }

    @PyGetter
    Object gi_code() {
        return frame.code;
    }

    @PyGetter
    Object gi_yieldfrom() {
        return Generators.delegate(frame);
    }

    @PyGetter("__name__")
    Object nameAttr() {
        return name;
    }

    @PySetter("__name__")
    void setNameAttr(Object v) {
        if (!(v instanceof PyStr s)) {
            throw PyErr.typeError("__name__ must be set to a string object");
        }
        name = s;
    }

    @PyGetter("__qualname__")
    Object qualnameAttr() {
        return qualname;
    }

    @PySetter("__qualname__")
    void setQualnameAttr(Object v) {
        if (!(v instanceof PyStr s)) {
            throw PyErr.typeError("__qualname__ must be set to a string object");
        }
        qualname = s;
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of("<" + kind() + " object " + qualname + " at " + Abstract.idHex(this) + ">");
    }
}
