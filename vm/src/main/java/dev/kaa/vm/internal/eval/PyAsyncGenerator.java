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
    boolean closed;
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

    /**
     * For a generator object made anew over the frame of one that died ({@link GeneratorProbes}):
     * the dead one's finalizer hook, its hooks already consulted.
     */
    void adoptFinalizer(Object hook) {
        finalizer = hook;
        hooksInitialised = true;
    }

    @Override String kind() {
        return "async generator";
    }

    /**
     * The generator's own return, as an async generator reports it: StopAsyncIteration (a
     * plain {@code send} or {@code throw} into its frame that ends it raises this, as CPython's
     * {@code gen_send} does for an async generator).
     */
    @Override PyException stopWith(Object value) {
        return PyErr.withArgs(Exceptions.StopAsyncIteration);
    }

    /**
     * {@code send} into the frame (the raw step of an asend/athrow awaitable): what it yielded,
     * which may be a {@link Wrapped} value of a {@code yield}; or its exception.
     */
    private Object sendRaw(Object sent) {
        return sendOrStop(ThreadState.current(), sent, null);
    }

    /** {@code throw} into the frame, through whatever it awaits (the raw step of athrow, asend.throw). */
    private Object throwRaw(PyException thrown) {
        return throwInto(ThreadState.current(), thrown);
    }

    /**
     * What an awaitable's step gives for the frame's outcome ({@code async_gen_unwrap_value}): a
     * value the frame awaits passes through; a {@code yield}'s value ends the step as
     * StopIteration(value); an exception ends it too, and StopAsyncIteration or GeneratorExit
     * mark the generator closed.
     */
    private Object unwrap(java.util.function.Supplier<Object> step) {
        Object r;
        try {
            r = step.get();
        } catch (PyException e) {
            if (e.matches(Exceptions.StopAsyncIteration) || e.matches(Exceptions.GeneratorExit)) {
                closed = true;
            }
            runningAsync = false;
            throw e;
        }
        if (r instanceof Wrapped w) {
            runningAsync = false;
            throw stopIteration(w.value);
        }
        return r;
    }

    private static PyException stopIteration(Object value) {
        return value == PyNone.NONE ? PyErr.stopIteration(null) : PyErr.stopIteration(value);
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

    @PyMethod(doc = "Return a value or raise StopAsyncIteration.")
    Object __anext__() {
        initHooks();
        return new ASend(this, PyNone.NONE);
    }

    @PyMethod(doc = "asend(v) -> send 'v' in generator.")
    Object asend(Object value) {
        initHooks();
        return new ASend(this, value);
    }

    @PyMethod(doc = "athrow(value)\nathrow(type[,value[,tb]])\n\nraise exception in generator.\n"
            + "the (type, val, tb) signature is deprecated, \nand may be removed in a future version of Python.")
    Object athrow(Object typ, @Opt Object val, @Opt Object tb) {
        if (val != null) {
            PyErr.warn(Exceptions.DeprecationWarning, 1, "the (type, exc, tb) signature of athrow() is deprecated, "
                    + "use the single-arg signature instead.");
        }
        initHooks();
        return new AThrow(this, new Object[] {typ, val, tb});
    }

    @PyMethod(doc = "aclose() -> raise GeneratorExit inside generator.")
    Object aclose() {
        initHooks();
        return new AThrow(this, null);
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

    @dev.kaa.vm.objects.PySetter("__name__")
    void setAgName(Object v) {
        setNameAttr(v);
    }

    @PyGetter("__qualname__")
    Object agQualname() {
        return qualnameAttr();
    }

    @dev.kaa.vm.objects.PySetter("__qualname__")
    void setAgQualname(Object v) {
        setQualnameAttr(v);
    }

    @PyMethod("__repr__")
    Object agRepr() {
        return PyStr.of("<async_generator object " + qualname + " at " + Abstract.idHex(this) + ">");
    }

    /** The states of an asend/athrow awaitable: not yet sent to, being iterated, done. */
    private static final int INIT = 0, ITER = 1, CLOSED = 2;

    /**
     * The three-argument {@code throw(type, value, tb)} of an awaitable, with generator
     * {@code throw}'s deprecation warning; the exception to throw.
     */
    private static PyException thrown(Object typ, Object val, Object tb) {
        if (val != null) {
            PyErr.warn(Exceptions.DeprecationWarning, 1, "the (type, exc, tb) signature of throw() is deprecated, "
                    + "use the single-arg signature instead.");
        }
        return Generators.makeThrown(typ, val, tb);
    }

    /**
     * The awaitable of {@code __anext__()} and {@code asend(value)}: the first step sends the
     * value in (a {@code send(None)} of the awaitable stands for it), later steps what they are
     * given; the step that meets a {@code yield} ends it with StopIteration(value). One at a
     * time per generator ("already running"), and each may be awaited once.
     */
    static final class ASend extends PyObject {
        static final PyType TYPE = PyType.builtin("async_generator_asend", ASend.class, MethodHandles.lookup(), 0);
        private final PyAsyncGenerator gen;
        private final Object sendValue;
        private int state = INIT;

        ASend(PyAsyncGenerator gen, Object sendValue) {
            this.gen = gen;
            this.sendValue = sendValue;
        }

        @Override public PyType type() {
            return TYPE;
        }

        /** Moves out of INIT, or fails as CPython does when already done or the generator runs. */
        private void start() {
            if (state == CLOSED) {
                throw PyErr.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            if (state == INIT) {
                if (gen.runningAsync) {
                    state = CLOSED;
                    throw PyErr.runtimeError("anext(): asynchronous generator is already running");
                }
                state = ITER;
            }
        }

        @PyMethod(doc = "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration.")
        Object send(Object v) {
            boolean first = state == INIT;
            start();
            Object arg = first && v == PyNone.NONE ? sendValue : v;
            gen.runningAsync = true;
            try {
                return gen.unwrap(() -> gen.sendRaw(arg));
            } catch (PyException e) {
                state = CLOSED;
                throw e;
            }
        }

        @PyMethod("throw")
        Object throwMethod(Object typ, @Opt Object val, @Opt Object tb) {
            return throwIn(thrown(typ, val, tb));
        }

        private Object throwIn(PyException exc) {
            start();
            gen.runningAsync = true;
            try {
                return gen.unwrap(() -> gen.throwRaw(exc));
            } catch (PyException e) {
                gen.runningAsync = false;
                state = CLOSED;
                throw e;
            }
        }

        @PyMethod(doc = "close() -> raise GeneratorExit inside coroutine.")
        Object close() {
            if (state == CLOSED) {
                return PyNone.NONE;
            }
            return closeAwaitable(() -> throwIn(PyErr.withArgs(Exceptions.GeneratorExit)));
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
            return send(PyNone.NONE);
        }
    }

    /**
     * {@code close()} of an awaitable: GeneratorExit thrown in; the generator's end (or the
     * GeneratorExit itself) is a quiet close, a value it produces instead is an error.
     */
    private static Object closeAwaitable(java.util.function.Supplier<Object> throwExit) {
        try {
            throwExit.get();
        } catch (PyException e) {
            if (e.matches(Exceptions.StopIteration) || e.matches(Exceptions.StopAsyncIteration)
                    || e.matches(Exceptions.GeneratorExit)) {
                return PyNone.NONE;
            }
            throw e;
        }
        throw PyErr.runtimeError("coroutine ignored GeneratorExit");
    }

    /**
     * The awaitable of {@code athrow(...)} and {@code aclose()} ({@code args} null): the first
     * step throws the exception (GeneratorExit for aclose) into the generator. For athrow, a
     * {@code yield} the generator reaches ends the step with StopIteration(value); for aclose,
     * the generator's end is the awaitable's StopIteration, and a {@code yield} is
     * "async generator ignored GeneratorExit".
     */
    static final class AThrow extends PyObject {
        static final PyType TYPE = PyType.builtin("async_generator_athrow", AThrow.class, MethodHandles.lookup(), 0);
        private final PyAsyncGenerator gen;
        /** athrow's (type, value, tb), value and tb null when not given; null for aclose. */
        private final Object[] args;
        private int state = INIT;

        AThrow(PyAsyncGenerator gen, Object[] args) {
            this.gen = gen;
            this.args = args;
        }

        @Override public PyType type() {
            return TYPE;
        }

        private PyException alreadyRunning() {
            state = CLOSED;
            return PyErr.runtimeError(args == null ? "aclose(): asynchronous generator is already running"
                    : "athrow(): asynchronous generator is already running");
        }

        @PyMethod(doc = "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration.")
        Object send(Object v) {
            if (state == CLOSED) {
                throw PyErr.runtimeError("cannot reuse already awaited aclose()/athrow()");
            }
            if (gen.finished()) {
                state = CLOSED;
                throw PyErr.stopIteration(null);
            }
            if (state == INIT) {
                if (gen.runningAsync) {
                    throw alreadyRunning();
                }
                if (gen.closed) {
                    state = CLOSED;
                    throw PyErr.withArgs(Exceptions.StopAsyncIteration);
                }
                if (v != PyNone.NONE) {
                    throw PyErr.runtimeError("can't send non-None value to a just-started coroutine");
                }
                state = ITER;
                gen.runningAsync = true;
                if (args == null) {
                    gen.closed = true;
                    return closing(() -> gen.throwRaw(PyErr.withArgs(Exceptions.GeneratorExit)));
                }
                PyException exc = Generators.makeThrown(args[0], args[1], args[2]);
                return throwing(() -> gen.unwrap(() -> gen.throwRaw(exc)));
            }
            if (args == null) {
                return closing(() -> gen.sendRaw(v));
            }
            return throwing(() -> gen.unwrap(() -> gen.sendRaw(v)));
        }

        /** An athrow step: any exception ends the awaitable. */
        private Object throwing(java.util.function.Supplier<Object> step) {
            try {
                return step.get();
            } catch (PyException e) {
                gen.runningAsync = false;
                state = CLOSED;
                throw e;
            }
        }

        /**
         * An aclose step: the generator's end (StopAsyncIteration, GeneratorExit) is this
         * awaitable's StopIteration; a value it yields is an error; what it awaits passes.
         */
        private Object closing(java.util.function.Supplier<Object> step) {
            Object r;
            try {
                r = step.get();
            } catch (PyException e) {
                gen.runningAsync = false;
                state = CLOSED;
                if (e.matches(Exceptions.StopAsyncIteration) || e.matches(Exceptions.GeneratorExit)) {
                    throw PyErr.stopIteration(null);
                }
                throw e;
            }
            if (r instanceof Wrapped) {
                gen.runningAsync = false;
                state = CLOSED;
                throw PyErr.runtimeError("async generator ignored GeneratorExit");
            }
            return r;
        }

        @PyMethod("throw")
        Object throwMethod(Object typ, @Opt Object val, @Opt Object tb) {
            return throwIn(thrown(typ, val, tb));
        }

        private Object throwIn(PyException exc) {
            if (state == CLOSED) {
                throw PyErr.runtimeError("cannot reuse already awaited aclose()/athrow()");
            }
            if (state == INIT) {
                if (gen.runningAsync) {
                    throw alreadyRunning();
                }
                state = ITER;
                gen.runningAsync = true;
            }
            if (args != null) {
                return throwing(() -> gen.unwrap(() -> gen.throwRaw(exc)));
            }
            return closing(() -> gen.throwRaw(exc));
        }

        @PyMethod(doc = "close() -> raise GeneratorExit inside coroutine.")
        Object close() {
            if (state == CLOSED) {
                return PyNone.NONE;
            }
            return closeAwaitable(() -> throwIn(PyErr.withArgs(Exceptions.GeneratorExit)));
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
            return send(PyNone.NONE);
        }
    }
}
