package dev.kaa.vm.modules;

import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;

/**
 * {@code groupby(iterable, key=None)} and its {@code _grouper}: runs of items with equal keys.
 * Only the latest group is live: advancing the groupby ends the group handed out before, as
 * in CPython.
 *
 * <p>Thread safety: GIL-guarded.
 */
final class ItertoolsGroupBy extends ItertoolsIter {
    static final PyType TYPE = PyType.builtin("itertools.groupby", ItertoolsGroupBy.class, MethodHandles.lookup());

    private Object it;
    private Object keyfunc;
    /** Key of the group being produced; key and value of the item read ahead (null when none). */
    private Object tgtkey, currkey, currvalue;
    private Grouper currgrouper;

    ItertoolsGroupBy(PyType cls) {
        super(cls);
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        Object[] a = ItertoolsArgs.bind("groupby", args, kwnames, new String[] {"iterable", "key"}, 2, 1);
        ItertoolsGroupBy g = new ItertoolsGroupBy(cls);
        g.it = Abstract.iter(a[0]);
        g.keyfunc = a[1] == null ? PyNone.NONE : a[1];
        return g;
    }

    /** Reads the next item and its key; false at the end. */
    private boolean step() {
        Object v = Abstract.next(it);
        if (v == null) {
            return false;
        }
        Object k = keyfunc == PyNone.NONE ? v : Abstract.call(keyfunc, v);
        currvalue = v;
        currkey = k;
        return true;
    }

    @PyMethod
    Object __iter__() {
        return this;
    }

    @PyMethod
    Object __next__() {
        currgrouper = null;
        while (true) {
            if (currkey != null) {
                if (tgtkey == null || !Abstract.equals(tgtkey, currkey)) {
                    break;
                }
            }
            if (!step()) {
                throw exhausted();
            }
        }
        tgtkey = currkey;
        Grouper g = new Grouper(this, tgtkey);
        currgrouper = g;
        return PyTuple.of(currkey, g);
    }

    @PyMethod
    Object __reduce__() {
        warnPickle();
        PyTuple args = PyTuple.of(it, keyfunc);
        if (tgtkey != null && currkey != null && currvalue != null) {
            return reducedWithState(type(), args, PyTuple.of(currkey, currvalue, tgtkey));
        }
        return PyTuple.of(type(), args);
    }

    @PyMethod
    Object __setstate__(Object state) {
        warnPickle();
        PyTuple t = stateTuple(state, 3);
        currkey = t.get(0);
        currvalue = t.get(1);
        tgtkey = t.get(2);
        return PyNone.NONE;
    }

    /** {@code itertools._grouper}: the items of one group. */
    static final class Grouper extends PyObject {
        static final PyType TYPE = PyType.builtin("itertools._grouper", Grouper.class, MethodHandles.lookup(), 0);

        private final ItertoolsGroupBy parent;
        private final Object tgtkey;

        Grouper(ItertoolsGroupBy parent, Object tgtkey) {
            this.parent = parent;
            this.tgtkey = tgtkey;
        }

        @Override public PyType type() {
            return TYPE;
        }

        @PyMethod
        static Object __new__(PyType cls, Object parent, Object tgtkey) {
            if (!(parent instanceof ItertoolsGroupBy g)) {
                throw PyErr.typeError("_grouper() argument 1 must be itertools.groupby, not %T", parent);
            }
            Grouper made = new Grouper(g, tgtkey);
            g.currgrouper = made;
            return made;
        }

        @PyMethod
        Object __iter__() {
            return this;
        }

        @PyMethod
        Object __next__() {
            ItertoolsGroupBy g = parent;
            if (g.currgrouper != this) {
                throw exhausted();
            }
            if (g.currvalue == null && !g.step()) {
                throw exhausted();
            }
            if (!Abstract.equals(tgtkey, g.currkey)) {
                throw exhausted();
            }
            Object r = g.currvalue;
            g.currvalue = null;
            return r;
        }

        @PyMethod
        Object __reduce__() {
            warnPickle();
            if (parent.currgrouper != this) {
                // A group already passed by is empty: it pickles as an empty iterator.
                Object iter = Abstract.getAttr(ThreadState.current().runtime.builtinsModule, "iter");
                return PyTuple.of(iter, PyTuple.of(PyTuple.EMPTY));
            }
            return PyTuple.of(TYPE, PyTuple.of(parent, tgtkey));
        }
    }
}
