package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;

/**
 * {@code itertools._tee}: one of the independent iterators {@code tee()} returns. The items
 * read from the shared source sit in a chain of {@link Data} blocks that every tee walks at
 * its own pace; blocks no tee can reach any more are left to the collector.
 *
 * <p>Thread safety: GIL-guarded.
 */
final class ItertoolsTee extends PyObject {
    static final PyType TYPE = PyType.builtin("itertools._tee", ItertoolsTee.class, MethodHandles.lookup(), 0);

    private Data data;
    private int index;

    private ItertoolsTee(Data data, int index) {
        this.data = data;
        this.index = index;
    }

    @Override public PyType type() {
        return TYPE;
    }

    /** A tee over {@code iterable}, or a copy when it is a tee already. */
    static ItertoolsTee of(Object iterable) {
        Object it = Abstract.iter(iterable);
        if (it instanceof ItertoolsTee t) {
            return t.copy();
        }
        return new ItertoolsTee(new Data(it), 0);
    }

    ItertoolsTee copy() {
        return new ItertoolsTee(data, index);
    }

    @PyMethod
    static Object __new__(PyType cls, Object iterable) {
        return of(iterable);
    }

    @PyMethod
    Object __iter__() {
        return this;
    }

    @PyMethod
    Object __next__() {
        if (index >= Data.CELLS) {
            data = data.nextBlock();
            index = 0;
        }
        Object v = data.get(index);
        if (v == null) {
            throw PyErr.stopIteration(null);
        }
        index++;
        return v;
    }

    @PyMethod
    Object __copy__() {
        return copy();
    }

    @PyMethod
    Object __reduce__() {
        ItertoolsIter.warnPickle();
        return PyTuple.of(TYPE, PyTuple.of(PyTuple.EMPTY), PyTuple.of(data, PyInt.of(index)));
    }

    @PyMethod
    Object __setstate__(Object state) {
        ItertoolsIter.warnPickle();
        PyTuple t = ItertoolsIter.stateTuple(state, 2);
        if (!(t.get(0) instanceof Data d)) {
            throw PyErr.typeError("argument 1 must be itertools._tee_dataobject, not %T", t.get(0));
        }
        PyInt i = Abstract.index(t.get(1));
        if (i.signum() < 0 || !i.isLong() || i.longValue() > Data.CELLS) {
            throw PyErr.valueError("Index out of range");
        }
        data = d;
        index = (int) i.longValue();
        return PyNone.NONE;
    }

    /** {@code itertools._tee_dataobject}: a block of items read from the source. */
    static final class Data extends PyObject {
        static final PyType TYPE = PyType.builtin("itertools._tee_dataobject", Data.class, MethodHandles.lookup(), 0);
        static final int CELLS = 57;

        private final Object source;
        private final Object[] values = new Object[CELLS];
        private int numread;
        private boolean running;
        private Data next;

        Data(Object source) {
            this.source = source;
        }

        @Override public PyType type() {
            return TYPE;
        }

        Data nextBlock() {
            if (next == null) {
                next = new Data(source);
            }
            return next;
        }

        /** Item {@code i} of this block, read from the source when needed; null at the end. */
        Object get(int i) {
            if (i < numread) {
                return values[i];
            }
            if (running) {
                throw PyErr.runtimeError("cannot re-enter the tee iterator");
            }
            running = true;
            Object v;
            try {
                v = Abstract.next(source);
            } finally {
                running = false;
            }
            if (v == null) {
                return null;
            }
            values[numread++] = v;
            return v;
        }

        @PyMethod
        Object __repr__() {
            return PyStr.of("<itertools._tee_dataobject object at 0x" + Abstract.idHex(this) + ">");
        }

        /** {@code _tee_dataobject(iterator, values, next)}: how a pickled block comes back. */
        @PyMethod
        static Object __new__(PyType cls, Object source, Object values, Object next) {
            if (!(values instanceof PyList list)) {
                throw PyErr.typeError("teedataobject() argument 2 must be list, not %T", values);
            }
            int n = list.size();
            boolean nextOk = next == PyNone.NONE || (next instanceof Data && n == CELLS);
            if (n > CELLS || !nextOk) {
                throw PyErr.valueError("Invalid arguments");
            }
            Data d = new Data(source);
            for (int i = 0; i < n; i++) {
                d.values[i] = list.get(i);
            }
            d.numread = n;
            d.next = next == PyNone.NONE ? null : (Data) next;
            return d;
        }

        @PyMethod
        Object __reduce__() {
            ItertoolsIter.warnPickle();
            PyList read = new PyList();
            for (int i = 0; i < numread; i++) {
                read.append(values[i]);
            }
            return PyTuple.of(TYPE, PyTuple.of(source, read, next == null ? PyNone.NONE : next));
        }
    }

    /** {@code tee(iterable, n=2, /)}. */
    static PyTuple tee(Object iterable, int n) {
        if (n < 0) {
            throw PyErr.valueError("n must be >= 0");
        }
        if (n == 0) {
            return PyTuple.EMPTY;
        }
        if (n > (1 << 28)) {
            throw PyErr.memoryError();
        }
        Object it = Abstract.iter(iterable);
        Object[] out = new Object[n];
        Object copier = Abstract.lookupAttr(it, PyStr.intern("__copy__"));
        Object first = copier != null ? it : new ItertoolsTee(new Data(it), 0);
        out[0] = first;
        for (int i = 1; i < n; i++) {
            out[i] = Abstract.callMethod(first, "__copy__");
        }
        return new PyTuple(out);
    }
}
