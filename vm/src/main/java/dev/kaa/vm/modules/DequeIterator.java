package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;

/**
 * {@code _deque_iterator} and {@code _deque_reverse_iterator}: walk a deque from one end, and
 * fail with "deque mutated during iteration" once the deque changed under them.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class DequeIterator extends PyObject {
    public static final PyType FORWARD = PyType.builtin("collections._deque_iterator", DequeIterator.class,
            MethodHandles.lookup(), 0);
    public static final PyType REVERSE = PyType.builtin("collections._deque_reverse_iterator", DequeIterator.class,
            MethodHandles.lookup(), 0);

    private final PyType type;
    private final DequeObject deque;
    private final long state;
    /** Items already produced. */
    private int done;

    DequeIterator(PyType type, DequeObject deque, int start) {
        this.type = type;
        this.deque = deque;
        this.state = deque.state;
        this.done = start;
    }

    @Override public PyType type() {
        return type;
    }

    @PyMethod
    static Object __new__(PyType cls, Object deque, @Opt("0") long index) {
        if (!(deque instanceof DequeObject d)) {
            throw PyErr.typeError("'%s' object is not a deque", Abstract.typeOf(deque).name());
        }
        DequeIterator it = new DequeIterator(cls, d, 0);
        it.done = (int) Math.max(0, Math.min(index, d.size()));
        return it;
    }

    @PyMethod
    Object __iter__() {
        return this;
    }

    @PyMethod
    Object __next__() {
        if (deque.state != state) {
            done = deque.size();
            throw PyErr.runtimeError("deque mutated during iteration");
        }
        if (done >= deque.size()) {
            throw PyErr.stopIteration(null);
        }
        int i = type == FORWARD ? done : deque.size() - 1 - done;
        done++;
        return deque.at(i);
    }

    @PyMethod
    int __length_hint__() {
        return Math.max(0, deque.size() - done);
    }

    @PyMethod
    Object __reduce__() {
        return PyTuple.of(type, PyTuple.of(deque, PyInt.of(done)));
    }
}
