package dev.kaa.vm.internal.eval;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.bytecode.Opcode;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.Fn;
import dev.kaa.vm.objects.PyBaseException;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyFrame;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTraceback;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Slot;

/**
 * The generator protocol for the interpreter: making generators at {@code RETURN_GENERATOR},
 * delegating with {@code SEND}, awaiting, and the values of {@code throw()}.
 *
 * <p>Thread safety: stateless; runs under the GIL.
 */
final class Generators {
    private Generators() {}

    private static final PyStr AWAIT = PyStr.intern("__await__");
    private static final PyStr AITER = PyStr.intern("__aiter__");
    private static final PyStr ANEXT = PyStr.intern("__anext__");
    private static final PyStr SEND = PyStr.intern("send");
    private static final PyStr VALUE = PyStr.intern("value");

    static PyObject create(PyFrame f) {
        int flags = f.code.flags;
        if ((flags & CodeObject.CO_COROUTINE) != 0) {
            return new PyCoroutine(f, ThreadState.current().runtime.coroutineOriginDepth);
        }
        if ((flags & CodeObject.CO_ASYNC_GENERATOR) != 0) {
            return new PyAsyncGenerator(f);
        }
        return new PyGenerator(f);
    }

    static boolean isCoroutine(Object o) {
        return o instanceof PyCoroutine || o instanceof PyGenerator g && g.isIterableCoroutine();
    }

    static boolean isGenerator(Object o) {
        return o instanceof PyGenerator && !(o instanceof PyCoroutine);
    }

    /** What calling exception class {@code t} made, which must be an exception. */
    private static PyBaseException instance(PyType t, Object made) {
        if (made instanceof PyBaseException e) {
            return e;
        }
        throw PyErr.typeError("calling %R should have returned an instance of BaseException, not %T", t, made);
    }

    /**
     * The exception {@code gen.throw(typ, val, tb)} raises in the generator. An exception class
     * that fails to make an instance throws that failure in instead (CPython normalizes the
     * exception, which swaps in the error it meets).
     */
    static PyException makeThrown(Object typ, Object val, Object tb) {
        if (tb != null && tb != PyNone.NONE && !(tb instanceof PyTraceback)) {
            throw PyErr.typeError("throw() third argument must be a traceback object");
        }
        PyBaseException exc;
        if (typ instanceof PyType t && t.isSubtypeOf(Exceptions.BaseException)) {
            try {
                exc = instantiate(t, val);
            } catch (PyException e) {
                return EvalOps.reraised(e.value());
            }
        } else if (typ instanceof PyBaseException e) {
            if (val != null && val != PyNone.NONE) {
                throw PyErr.typeError("instance exception may not have a separate value");
            }
            exc = e;
        } else {
            throw PyErr.typeError("exceptions must be classes or instances deriving from BaseException, not %T", typ);
        }
        if (tb instanceof PyTraceback t) {
            exc.setTraceback(t);
        }
        // Thrown in, not raised: as in CPython, the generator's frame gives it no __context__.
        return EvalOps.reraised(exc);
    }

    private static PyBaseException instantiate(PyType t, Object val) {
        if (val == null || val == PyNone.NONE) {
            return instance(t, Abstract.call(t, new Object[0], null));
        }
        if (val instanceof PyBaseException e && e.type().isSubtypeOf(t)) {
            return e;
        }
        return instance(t, val instanceof PyTuple args ? Abstract.call(t, args.items().clone(), null)
                : Abstract.call(t, new Object[] {val}, null));
    }

    /**
     * One step of {@code yield from}/{@code await}: sends {@code v} into {@code receiver}.
     * Answers true with the yielded value in {@code out[0]}, or false with the receiver's
     * return value there.
     */
    static boolean send(ThreadState ts, Object receiver, Object v, Object[] out) {
        if (receiver instanceof PyGenerator g && !(receiver instanceof PyAsyncGenerator)) {
            return g.resume(ts, v, null, out);
        }
        try {
            if (v == PyNone.NONE) {
                Fn.Unary next = Abstract.typeOf(receiver).unary(Slot.__next__);
                if (next == null) {
                    throw PyErr.typeError("'%T' object is not an iterator", receiver);
                }
                out[0] = next.call(receiver);
            } else {
                out[0] = Abstract.call(Abstract.getAttr(receiver, SEND), v);
            }
            return true;
        } catch (PyException e) {
            if (e.matches(Exceptions.StopIteration)) {
                out[0] = stopIterationValue(e.value());
                return false;
            }
            throw e;
        }
    }

    /** {@code StopIteration.value}: the first argument, or None. */
    static Object stopIterationValue(PyBaseException e) {
        Object v = Abstract.lookupAttr(e, VALUE);
        if (v != null) {
            return v;
        }
        return e.args().size() > 0 ? e.args().get(0) : PyNone.NONE;
    }

    /**
     * The iterator a suspended frame is delegating to ({@code gi_yieldfrom}), or None: the frame
     * stopped at a {@code RESUME} whose argument says "after yield from" (2) or "after await"
     * (3), with the sub-iterator on top of its stack.
     */
    static Object delegate(PyFrame f) {
        if (f.state != PyFrame.SUSPENDED || f.pc >= f.code.units.length) {
            return PyNone.NONE;
        }
        int unit = f.code.baseUnit(f.pc);
        if ((unit & 0xff) == Opcode.RESUME.code() && (unit >>> 8) >= 2 && f.sp > f.code.nlocalsplus()) {
            return f.localsplus[f.sp - 1];
        }
        return PyNone.NONE;
    }

    /** {@code GET_AWAITABLE}: the iterator that {@code await obj} drives. */
    static Object getAwaitable(Object obj, int where) {
        if (obj instanceof PyCoroutine c) {
            if (delegate(c.frame) != PyNone.NONE) {
                throw PyErr.runtimeError("coroutine is being awaited already");
            }
            return c;
        }
        if (isCoroutine(obj)) {
            return obj;
        }
        Object await = Abstract.lookupSpecial(obj, AWAIT);
        if (await == null) {
            if (where == 1) {
                throw PyErr.typeError("'async with' received an object from __aenter__ that does not implement __await__: %T", obj);
            }
            if (where == 2) {
                throw PyErr.typeError("'async with' received an object from __aexit__ that does not implement __await__: %T", obj);
            }
            throw PyErr.typeError("object %T can't be used in 'await' expression", obj);
        }
        Object it = Abstract.call(await, new Object[0], null);
        if (isCoroutine(it)) {
            throw PyErr.typeError("__await__() returned a coroutine");
        }
        if (Abstract.typeOf(it).slot(Slot.__next__) == null) {
            throw PyErr.typeError("__await__() returned non-iterator of type '%T'", it);
        }
        return it;
    }

    static Object getAIter(Object obj) {
        Object aiter = Abstract.lookupSpecial(obj, AITER);
        if (aiter == null) {
            throw PyErr.typeError("'async for' requires an object with __aiter__ method, got %T", obj);
        }
        Object it = Abstract.call(aiter, new Object[0], null);
        if (Abstract.typeOf(it).lookup(ANEXT) == null) {
            throw PyErr.typeError("'async for' received an object from __aiter__ that does not implement __anext__: %T", it);
        }
        return it;
    }

    static Object getANext(Object aiter) {
        Object anext = Abstract.lookupSpecial(aiter, ANEXT);
        if (anext == null) {
            throw PyErr.typeError("'async for' requires an iterator with __anext__ method, got %T", aiter);
        }
        Object awaitable = Abstract.call(anext, new Object[0], null);
        try {
            return getAwaitable(awaitable, 0);
        } catch (PyException e) {
            if (e.matches(Exceptions.TypeError)) {
                throw PyErr.typeError("'async for' received an invalid object from __anext__: %T", awaitable);
            }
            throw e;
        }
    }
}
