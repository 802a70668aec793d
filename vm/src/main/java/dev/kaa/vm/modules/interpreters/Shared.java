package dev.kaa.vm.modules.interpreters;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;

/**
 * How an object crosses from one interpreter to another. Kaa's built-in types are the same in
 * every interpreter of the JVM, so the immutable ones CPython shares (None, bool, int, float,
 * str, bytes, and tuples of them) cross as they are; a queue handle crosses as its id and is
 * rebuilt as the target's own queue object ({@link Queues#rebuild}).
 *
 * <p>Thread safety: stateless.
 */
final class Shared {
    private Shared() {}

    /** A queue handle on its way to another interpreter. */
    record QueueId(long id) {}

    /**
     * Whether {@code o}'s type can cross. As in CPython 3.13, a tuple answers yes whatever it
     * holds: its items are checked when it crosses ({@link #export}).
     */
    static boolean isShareable(Object o) {
        return o == PyNone.NONE || o instanceof PyBool || exactlyBuiltin(o) || Abstract.typeOf(o) == PyTuple.TYPE
                || Queues.idOfHandle(o) >= 0;
    }

    private static boolean crosses(Object o) {
        if (o instanceof PyTuple t && Abstract.typeOf(o) == PyTuple.TYPE) {
            for (int i = 0; i < t.size(); i++) {
                if (!crosses(t.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return isShareable(o);
    }

    private static boolean exactlyBuiltin(Object o) {
        var t = Abstract.typeOf(o);
        return t == PyInt.TYPE || t == PyFloat.TYPE || t == PyStr.TYPE || t == PyBytes.TYPE;
    }

    /** What crosses for {@code o}, in the sending interpreter; NotShareableError when nothing can. */
    static Object export(Object o) {
        if (!crosses(o)) {
            throw PyErr.format(InterpretersModule.NOT_SHAREABLE, "%s does not support cross-interpreter data",
                    Abstract.repr(o).value());
        }
        return handles(o);
    }

    /** {@code o} with each queue handle in it replaced by its {@link QueueId}. */
    private static Object handles(Object o) {
        long q = Queues.idOfHandle(o);
        if (q >= 0) {
            return new QueueId(q);
        }
        if (o instanceof PyTuple t && Abstract.typeOf(o) == PyTuple.TYPE) {
            Object[] items = new Object[t.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = handles(t.get(i));
            }
            return PyTuple.of(items);
        }
        return o;
    }

    /** The object {@code crossing} stands for, in the receiving interpreter. */
    static Object rebuild(Object crossing) {
        if (crossing instanceof QueueId q) {
            return Queues.rebuild(q.id());
        }
        return fresh(crossing);
    }

    /**
     * A new object equal to {@code o} for the sequences CPython rebuilds on arrival (str, bytes,
     * tuple), so that what arrives is never the object sent, as there.
     */
    private static Object fresh(Object o) {
        if (o instanceof PyStr s && Abstract.typeOf(o) == PyStr.TYPE) {
            return s.length() < 2 ? s : PyStr.of(s.value());
        }
        if (o instanceof PyBytes b && Abstract.typeOf(o) == PyBytes.TYPE) {
            return b.data().length == 0 ? b : new PyBytes(b.toByteArray());
        }
        if (o instanceof PyTuple t && Abstract.typeOf(o) == PyTuple.TYPE) {
            Object[] items = new Object[t.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = rebuild(t.get(i));
            }
            return PyTuple.of(items);
        }
        return o;
    }
}
