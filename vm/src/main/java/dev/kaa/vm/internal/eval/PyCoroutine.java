package dev.kaa.vm.internal.eval;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyFrame;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;

/**
 * A coroutine ({@code async def}): a generator that is awaited rather than iterated; its
 * {@code __await__} gives a {@code coroutine_wrapper} iterator.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class PyCoroutine extends PyGenerator {
    public static final PyType COROUTINE = PyType.builtin("coroutine", PyCoroutine.class, MethodHandles.lookup(), 0);

    /** {@code cr_origin}: (filename, lineno, function) of the creating frames, or None. */
    private final Object origin;

    PyCoroutine(PyFrame frame, int originDepth) {
        super(frame);
        this.origin = originDepth == 0 ? PyNone.NONE : origin(frame.back, originDepth);
    }

    private static Object origin(PyFrame caller, int depth) {
        java.util.List<Object> out = new java.util.ArrayList<>();
        for (PyFrame f = caller; f != null && out.size() < depth; f = f.back) {
            out.add(dev.kaa.vm.objects.PyTuple.of(f.code.filename, dev.kaa.vm.objects.PyInt.of(f.lineno()), f.code.name));
        }
        return dev.kaa.vm.objects.PyTuple.of(out.toArray());
    }

    @PyGetter(member = true)
    Object cr_origin() {
        return origin;
    }

    @Override public PyType type() {
        return COROUTINE;
    }

    @Override String kind() {
        return "coroutine";
    }

    // coroutine's own Python methods: its type does not inherit generator's.

    @PyMethod("send")
    Object coroSend(Object value) {
        return send(value);
    }

    @PyMethod("throw")
    Object coroThrow(Object typ, @dev.kaa.vm.objects.Opt Object val, @dev.kaa.vm.objects.Opt Object tb) {
        return throwMethod(typ, val, tb);
    }

    @PyMethod("close")
    Object coroClose() {
        return close();
    }

    @PyMethod("__repr__")
    Object coroRepr() {
        return __repr__();
    }

    @PyGetter("__name__")
    Object coroName() {
        return nameAttr();
    }

    @PyGetter("__qualname__")
    Object coroQualname() {
        return qualnameAttr();
    }

    @PyMethod
    Object __await__() {
        return new Wrapper(this);
    }

    @PyGetter
    Object cr_frame() {
        return gi_frame();
    }

    @PyGetter
    Object cr_running() {
        return gi_running();
    }

    @PyGetter
    Object cr_code() {
        return gi_code();
    }

    @PyGetter
    Object cr_await() {
        return gi_yieldfrom();
    }

    @PyGetter
    Object cr_suspended() {
        return gi_suspended();
    }

    /** The iterator {@code coro.__await__()} returns. */
    static final class Wrapper extends PyObject {
        static final PyType TYPE = PyType.builtin("coroutine_wrapper", Wrapper.class, MethodHandles.lookup(), 0);
        private final PyCoroutine coro;

        Wrapper(PyCoroutine coro) {
            this.coro = coro;
        }

        @Override public PyType type() {
            return TYPE;
        }

        @PyMethod
        Object __iter__() {
            return this;
        }

        @PyMethod
        Object __next__() {
            return coro.sendOrStop(ThreadState.current(), PyNone.NONE, null);
        }

        @PyMethod
        Object send(Object v) {
            return coro.sendOrStop(ThreadState.current(), v, null);
        }

        @PyMethod("throw")
        Object throwMethod(Object typ, @dev.kaa.vm.objects.Opt Object val, @dev.kaa.vm.objects.Opt Object tb) {
            return coro.throwMethod(typ, val, tb);
        }

        @PyMethod
        Object close() {
            return coro.close();
        }

        @PyMethod
        Object __repr__() {
            return PyStr.of("<coroutine_wrapper object at " + Abstract.idHex(this) + ">");
        }
    }
}
