package dev.kaa.stdlib.asyncio;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonType;
import java.lang.invoke.MethodHandles;

/**
 * What {@code await future} drives ({@code _asyncio.FutureIter}): while the future is
 * pending, the first step yields the future itself with {@code _asyncio_future_blocking} set
 * (the task then waits on it); once it is done, a step ends the iteration with its result or
 * raises its exception.
 *
 * <p>Thread safety: GIL-guarded.
 */
final class FutureIter extends ExtensionObject {
    private AsyncFuture future;

    FutureIter(PythonType type, AsyncFuture future) {
        super(type);
        this.future = future;
    }

    static PythonType register(ModuleDefinition m) {
        return m.addType("FutureIter", FutureIter.class, MethodHandles.lookup());
    }

    @PyMethod
    Object __iter__() {
        return this;
    }

    @PyMethod
    Object __next__() {
        AsyncFuture f = future;
        if (f == null) {
            throw Py.errorWithArgs(Py.builtinType("StopIteration"));
        }
        if (f.state == AsyncFuture.PENDING) {
            if (!f.blocking) {
                f.blocking = true;
                return f;
            }
            throw Py.runtimeError("await wasn't used with future");
        }
        future = null;
        Object value = f.result();
        throw Py.errorWithArgs(Py.builtinType("StopIteration"), value);
    }

    @PyMethod
    Object send(Object value) {
        return __next__();
    }

    @PyMethod(value = "throw")
    Object throwIn(Object type, @Opt Object value, @Opt Object traceback) {
        if (value != null) {
            Py.call(Py.getAttr(Py.importModule("warnings"), "warn"), Py.str(
                    "the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead."),
                    Py.builtinType("DeprecationWarning"), Py.integer(1));
        }
        Object exc = type;
        PythonType base = Py.builtinType("BaseException");
        if (type instanceof PythonType t && t.isSubtypeOf(base)) {
            if (value != null && value != Py.none() && Py.isInstance(value, base)) {
                exc = value;
            } else if (value != null && value != Py.none()) {
                exc = Py.call(type, value);
            } else {
                exc = Py.call(type);
            }
        } else if (!Py.isInstance(type, base)) {
            throw Py.typeError("exceptions must be classes deriving BaseException or instances of such a class");
        } else if (value != null && value != Py.none()) {
            throw Py.typeError("instance exception may not have a separate value");
        }
        if (traceback != null && traceback != Py.none()) {
            Py.setAttr(exc, "__traceback__", traceback);
        }
        future = null;
        throw Py.raiseObject(exc);
    }

    @PyMethod
    Object close() {
        future = null;
        return Py.none();
    }
}
