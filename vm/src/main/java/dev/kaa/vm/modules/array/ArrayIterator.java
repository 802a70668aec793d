package dev.kaa.vm.modules.array;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;

/**
 * {@code array.arrayiterator}: walks the live array by index, so items appended while iterating
 * are seen, as in CPython; it can be pickled ({@code __reduce__}/{@code __setstate__}).
 *
 * <p>Thread safety: GIL-guarded.
 */
final class ArrayIterator extends PyObject {
    static final PyType TYPE = PyType.builtin("array.arrayiterator", ArrayIterator.class, MethodHandles.lookup(),
            PyType.DISALLOW_INSTANTIATION);

    private PyArray array;
    private int index;

    ArrayIterator(PyArray array) {
        this.array = array;
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
        if (array != null && index < array.n) {
            return array.get(index++);
        }
        array = null;
        throw PyErr.stopIteration(null);
    }

    @PyMethod
    Object __reduce__() {
        Object iter = Abstract.getAttr(dev.kaa.vm.internal.eval.ThreadState.current().runtime.builtinsModule, "iter");
        if (array == null) {
            return PyTuple.of(iter, PyTuple.of(PyTuple.of()));
        }
        return PyTuple.of(iter, PyTuple.of(array), PyInt.of(index));
    }

    @PyMethod
    void __setstate__(Object state) {
        long i = Abstract.asLong(state);
        if (array != null) {
            index = (int) Math.max(0, Math.min(i, array.n));
        }
    }
}
