package dev.kaa.vm.internal.eval;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.PyBaseException;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyFrame;
import dev.kaa.vm.objects.PyFunction;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.Slot;

/**
 * {@code CALL_INTRINSIC_1} and {@code CALL_INTRINSIC_2}: the operations CPython 3.13's
 * compiler calls by number rather than giving them an opcode.
 *
 * <p>Thread safety: stateless; runs under the GIL.
 */
final class Intrinsics {
    private Intrinsics() {}

    static Object call1(ThreadState ts, PyFrame f, int which, Object v) {
        return switch (which) {
            case 1 -> {
                ts.runtime.services.displayHook(v);
                yield PyNone.NONE;
            }
            case 2 -> {
                importStar(f, v);
                yield PyNone.NONE;
            }
            case 3 -> stopIterationError(f, v);
            case 4 -> new PyAsyncGenerator.Wrapped(v);
            case 5 -> Abstract.unaryOp(v, Slot.__pos__, "+");
            case 6 -> PyTuple.of(((PyList) v).toArray());
            case 7, 8, 9, 10, 11 -> TypeParams.intrinsic1(which, v);
            default -> throw PyErr.systemError("invalid intrinsic function %d", which);
        };
    }

    static Object call2(ThreadState ts, PyFrame f, int which, Object v2, Object v1) {
        return switch (which) {
            case 1 -> prepReraiseStar(v2, v1);
            case 4 -> {
                ((PyFunction) v2).typeParams = v1;
                yield v2;
            }
            case 2, 3, 5 -> TypeParams.intrinsic2(which, v2, v1);
            default -> throw PyErr.systemError("invalid intrinsic function %d", which);
        };
    }

    private static void importStar(PyFrame f, Object module) {
        if (f.locals == null) {
            throw PyErr.systemError("no locals found during 'import *'");
        }
        Object all = Abstract.lookupAttr(module, PyStr.intern("__all__"));
        boolean skipPrivate = all == null;
        if (all == null) {
            Object dict = Abstract.lookupAttr(module, PyStr.intern("__dict__"));
            if (dict == null) {
                throw PyErr.importError("from-import-* object has no __dict__ and no __all__");
            }
            all = Abstract.callMethod(dict, "keys");
        }
        Object it = Abstract.iter(all);
        Object name;
        while ((name = Abstract.next(it)) != null) {
            if (!(name instanceof PyStr n)) {
                String where = skipPrivate ? "__dict__" : "__all__";
                throw PyErr.typeError("%s in %s.%s must be str, not %T",
                        skipPrivate ? "Key" : "Item", Abstract.str(Abstract.getAttr(module, "__name__")), where, name);
            }
            if (skipPrivate && n.value().startsWith("_")) {
                continue;
            }
            Object value = Abstract.getAttr(module, n);
            Abstract.setItem(f.locals, n, value);
        }
    }

    private static Object stopIterationError(PyFrame f, Object v) {
        PyBaseException e = (PyBaseException) v;
        boolean async = f.code.hasFlag(dev.kaa.bytecode.CodeObject.CO_ASYNC_GENERATOR);
        String kind = f.code.hasFlag(dev.kaa.bytecode.CodeObject.CO_COROUTINE) ? "coroutine"
                : async ? "async generator" : "generator";
        PyException replaced = null;
        if (e.type().isSubtypeOf(Exceptions.StopIteration)) {
            replaced = PyErr.runtimeError("%s raised StopIteration", kind);
        } else if (async && e.type().isSubtypeOf(Exceptions.StopAsyncIteration)) {
            replaced = PyErr.runtimeError("async generator raised StopAsyncIteration");
        }
        if (replaced == null) {
            return v;
        }
        replaced.value().setCause(e);
        replaced.value().setContext(e);
        replaced.value().setSuppressContext(true);
        return replaced.value();
    }

    /** After the {@code except*} clauses ran: what leaves the statement (see {@code ExceptionGroups}). */
    private static Object prepReraiseStar(Object orig, Object excs) {
        PyBaseException r = dev.kaa.vm.objects.ExceptionGroups.prepReraiseStar((PyBaseException) orig,
                java.util.List.of(((PyList) excs).toArray()));
        return r == null ? PyNone.NONE : r;
    }

}
