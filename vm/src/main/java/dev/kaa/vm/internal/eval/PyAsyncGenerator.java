package dev.kaa.vm.internal.eval;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyFrame;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;

/**
 * An asynchronous generator ({@code async def} with {@code yield}). Its frame yields two kinds
 * of values: those of {@code yield} statements, wrapped by the {@code ASYNC_GEN_WRAP}
 * intrinsic, which end an {@code asend}/{@code athrow} step with StopIteration(value), and
 * those of {@code await}s inside it, which pass through to whoever drives the step (the event
 * loop).
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class PyAsyncGenerator extends PyGenerator {
    public static final PyType TYPE = PyType.builtin("async_generator", PyAsyncGenerator.class, MethodHandles.lookup(), 0);

    /** A value of a {@code yield} statement, on its way out of the frame. */
    static final class Wrapped extends PyObject {
        static final PyType TYPE = PyType.builtin("async_generator_wrapped_value", Wrapped.class,
                MethodHandles.lookup(), 0);
        final Object value;

        Wrapped(Object value) {
            this.value = value;
        }

        @Override public PyType type() {
            return TYPE;
        }
    }

    private boolean runningAsync;
    private boolean closed;
    /** Whether {@code sys.set_asyncgen_hooks}' hooks have been consulted (at the first step). */
    private boolean hooksInitialised;
    /** The finalizer hook in force when the generator was first iterated, or null. */
    Object finalizer;

    PyAsyncGenerator(PyFrame frame) {
        super(frame);
    }

    @Override public PyType type() {
        return TYPE;
    }

    @Override String kind() {
        return "async generator";
    }

    /**
     * One step of an asend/athrow awaitable: resumes the frame and turns its outcome into what
     * the awaitable's {@code send} gives: a passed-through value, or StopIteration /
     * StopAsyncIteration.
     */
    Object step(Object sent, PyException thrown, boolean closing) {
        Object[] out = new Object[1];
        boolean yielded;
        try {
            yielded = resume(ThreadState.current(), sent, thrown, out);
        } catch (PyException e) {
            runningAsync = false;
            closed = true;
            if (closing && (e.matches(Exceptions.StopAsyncIteration) || e.matches(Exceptions.GeneratorExit))) {
                throw PyErr.stopIteration(null);
            }
            throw e;
        }
        if (!yielded) {
            runningAsync = false;
            closed = true;
            if (closing) {
                throw PyErr.stopIteration(null);
            }
            throw PyErr.withArgs(Exceptions.StopAsyncIteration);
        }
        if (out[0] instanceof Wrapped w) {
            runningAsync = false;
            if (closing) {
                throw PyErr.runtimeError("async generator ignored GeneratorExit");
            }
            throw w.value == PyNone.NONE ? PyErr.stopIteration(null) : PyErr.stopIteration(w.value);
        }
        return out[0];
    }

    @PyMethod
    Object __aiter__() {
        return this;
    }

    /**
     * At the first {@code __anext__}, {@code asend}, {@code athrow} or {@code aclose}: keeps the
     * thread's finalizer hook and calls its firstiter hook with this generator, as CPython does
     * (asyncio's event loop tracks its async generators this way).
     */
    private void initHooks() {
        if (hooksInitialised) {
            return;
        }
        hooksInitialised = true;
        ThreadState ts = ThreadState.current();
        finalizer = ts.asyncgenFinalizer;
        if (ts.asyncgenFirstiter != null) {
            dev.kaa.vm.objects.Abstract.call(ts.asyncgenFirstiter, this);
        }
    }

    @PyMethod
    Object __anext__() {
        initHooks();
        return new Step(this, PyNone.NONE, null, false);
    }

    @PyMethod
    Object asend(Object value) {
        initHooks();
        return new Step(this, value, null, false);
    }

    @PyMethod
    Object athrow(Object typ, @Opt Object val, @Opt Object tb) {
        initHooks();
        return new Step(this, PyNone.NONE, Generators.makeThrown(typ, val, tb), false);
    }

    @PyMethod
    Object aclose() {
        initHooks();
        return new Step(this, PyNone.NONE, PyErr.withArgs(Exceptions.GeneratorExit), true);
    }

    @PyGetter
    Object ag_frame() {
        return gi_frame();
    }

    @PyGetter
    Object ag_code() {
        return gi_code();
    }

    @PyGetter
    Object ag_running() {
        return dev.kaa.vm.objects.PyBool.of(runningAsync);
    }

    @PyGetter
    Object ag_await() {
        return gi_yieldfrom();
    }

    @PyGetter
    Object ag_suspended() {
        return gi_suspended();
    }

    @PyGetter("__name__")
    Object agName() {
        return nameAttr();
    }

    @PyGetter("__qualname__")
    Object agQualname() {
        return qualnameAttr();
    }

    @PyMethod("__repr__")
    Object agRepr() {
        return PyStr.of("<async_generator object " + qualname + " at " + Abstract.idHex(this) + ">");
    }

    /** The awaitable of {@code asend}, {@code athrow} and {@code aclose}. */
    static final class Step extends PyObject {
        static final PyType TYPE = PyType.builtin("async_generator_asend", Step.class, MethodHandles.lookup(), 0);
        private final PyAsyncGenerator gen;
        private final Object first;
        private PyException thrown;
        private final boolean closing;
        private int state; // 0 not started, 1 running, 2 done

        Step(PyAsyncGenerator gen, Object first, PyException thrown, boolean closing) {
            this.gen = gen;
            this.first = first;
            this.thrown = thrown;
            this.closing = closing;
        }

        @Override public PyType type() {
            return TYPE;
        }

        private Object advance(Object v, PyException exc) {
            if (state == 2) {
                throw PyErr.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            if (state == 0) {
                if (gen.runningAsync) {
                    throw PyErr.runtimeError("anext(): asynchronous generator is already running");
                }
                if (gen.closed || gen.finished()) {
                    state = 2;
                    if (closing) {
                        throw PyErr.stopIteration(null);
                    }
                    throw PyErr.withArgs(Exceptions.StopAsyncIteration);
                }
                gen.runningAsync = true;
                state = 1;
                PyException t = thrown;
                thrown = null;
                if (t != null && gen.frame.state == PyFrame.CREATED) {
                    gen.frame.state = PyFrame.COMPLETED;
                    gen.runningAsync = false;
                    state = 2;
                    if (closing) {
                        throw PyErr.stopIteration(null);
                    }
                    throw t;
                }
                try {
                    return gen.step(t != null ? PyNone.NONE : first == PyNone.NONE ? v : first, t, closing);
                } catch (PyException e) {
                    state = 2;
                    throw e;
                }
            }
            try {
                return gen.step(v, exc, closing);
            } catch (PyException e) {
                state = 2;
                throw e;
            }
        }

        @PyMethod
        Object __await__() {
            return this;
        }

        @PyMethod
        Object __iter__() {
            return this;
        }

        @PyMethod
        Object __next__() {
            return advance(PyNone.NONE, null);
        }

        @PyMethod
        Object send(Object v) {
            return advance(v, null);
        }

        @PyMethod("throw")
        Object throwMethod(Object typ, @Opt Object val, @Opt Object tb) {
            return advance(PyNone.NONE, Generators.makeThrown(typ, val, tb));
        }

        @PyMethod
        Object close() {
            state = 2;
            return PyNone.NONE;
        }
    }
}
