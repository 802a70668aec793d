package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Slot;
import dev.kaa.vm.objects.Star;
import java.lang.invoke.MethodHandles;

/**
 * What {@code anext(aiterator, default)} returns ({@code anext_awaitable}): awaiting it awaits
 * {@code aiterator.__anext__()}, turning the {@code StopAsyncIteration} that ends the async
 * iterator into a {@code StopIteration} carrying {@code default}, so the await yields it.
 *
 * <p>CPython 3.13.0 calls the awaitable's {@code __await__} again at every step; for a
 * coroutine that changes nothing, for other awaitables it restarts them forever. This one
 * calls it once and keeps the iterator.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class BuiltinAnextAwaitable extends PyObject {
    public static final PyType TYPE = PyType.builtin("anext_awaitable", BuiltinAnextAwaitable.class,
            MethodHandles.lookup(), 0);

    private static final PyStr AWAIT = PyStr.intern("__await__");

    private final Object wrapped, dflt;
    /** The iterator of {@link #wrapped}'s {@code __await__}, once asked for. */
    private Object iterator;

    BuiltinAnextAwaitable(Object wrapped, Object dflt) {
        this.wrapped = wrapped;
        this.dflt = dflt;
    }

    @Override public PyType type() {
        return TYPE;
    }

    private Object iterator() {
        if (iterator == null && wrapped instanceof dev.kaa.vm.internal.eval.PyGenerator g && g.isIterableCoroutine()) {
            iterator = wrapped;
        }
        if (iterator == null) {
            Object await = Abstract.typeOf(wrapped).lookup(AWAIT);
            if (await == null) {
                throw PyErr.typeError("object %T can't be used in 'await' expression", wrapped);
            }
            Object it = Abstract.callMethodValue(await, wrapped);
            if (Abstract.typeOf(it).unary(Slot.__next__) == null) {
                throw PyErr.typeError("__await__() returned non-iterator of type '%T'", it);
            }
            iterator = it;
        }
        return iterator;
    }

    /** Runs one step of the awaited iterator; the end of the async iterator returns the default. */
    private Object step(String method, Object[] args) {
        Object it = iterator();
        try {
            if (method == null) {
                return Abstract.typeOf(it).unary(Slot.__next__).call(it);
            }
            return Abstract.callMethod(it, method, args);
        } catch (PyException e) {
            if (e.matches(Exceptions.StopAsyncIteration)) {
                throw PyErr.stopIteration(dflt);
            }
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
        return step(null, null);
    }

    @PyMethod
    Object send(Object value) {
        return value == PyNone.NONE ? step(null, null) : step("send", new Object[] {value});
    }

    @PyMethod("throw")
    Object throwMethod(@Star Object[] args) {
        return step("throw", args);
    }

    @PyMethod
    Object close(@Star Object[] args) {
        return step("close", args);
    }
}
