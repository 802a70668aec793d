package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.BinaryOp;
import dev.kaa.vm.objects.PyComplex;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Slot;
import java.lang.invoke.MethodHandles;

/**
 * The infinite iterators of itertools: {@code count}, {@code repeat} and {@code cycle}.
 *
 * <p>Thread safety: GIL-guarded.
 */
final class ItertoolsCounting {
    private ItertoolsCounting() {}

    /** CPython's {@code PyNumber_Check}. */
    static boolean isNumber(Object o) {
        PyType t = Abstract.typeOf(o);
        return t.unary(Slot.__index__) != null || t.unary(Slot.__int__) != null || t.unary(Slot.__float__) != null
                || o instanceof PyComplex;
    }

    /** {@code count(start=0, step=1)}; a machine counter while start is an int and step is 1. */
    static final class Count extends ItertoolsIter {
        static final PyType TYPE = PyType.builtin("itertools.count", Count.class, MethodHandles.lookup());

        private long cnt;
        /** The count when not in the fast mode, else null. */
        private Object big;
        private Object step;

        Count(PyType cls) {
            super(cls);
        }

        @PyMethod
        static Object __new__(PyType cls, Object[] args, String[] kwnames) {
            Object[] a = ItertoolsArgs.bind("count", args, kwnames, new String[] {"start", "step"}, 2, 0);
            Object start = a[0] == null ? PyInt.ZERO : a[0];
            Object step = a[1] == null ? PyInt.ONE : a[1];
            if (!isNumber(start) || !isNumber(step)) {
                throw PyErr.typeError("a number is required");
            }
            Count c = new Count(cls);
            c.step = step;
            boolean unitStep = step.getClass() == PyInt.class && ((PyInt) step).isLong() && ((PyInt) step).longValue() == 1;
            if (unitStep && start.getClass() == PyInt.class && ((PyInt) start).isLong()) {
                c.cnt = ((PyInt) start).longValue();
            } else {
                c.big = start;
            }
            return c;
        }

        @PyMethod
        Object __iter__() {
            return this;
        }

        @PyMethod
        Object __next__() {
            if (big == null) {
                if (cnt == Long.MAX_VALUE) {
                    big = PyInt.of(cnt);
                } else {
                    return PyInt.of(cnt++);
                }
            }
            Object r = big;
            big = Abstract.binaryOp(big, step, BinaryOp.ADD);
            return r;
        }

        @PyMethod
        Object __reduce__() {
            warnPickle();
            if (big == null) {
                return reduced(type(), PyInt.of(cnt));
            }
            if (step instanceof PyInt i && i.isLong() && i.longValue() == 1) {
                return reduced(type(), big);
            }
            return reduced(type(), big, step);
        }

        @PyMethod
        Object __repr__() {
            String name = type().name();
            if (big == null) {
                return PyStr.of(name + "(" + cnt + ")");
            }
            String c = Abstract.repr(big).value();
            if (step instanceof PyInt i && i.isLong() && i.longValue() == 1) {
                return PyStr.of(name + "(" + c + ")");
            }
            return PyStr.of(name + "(" + c + ", " + Abstract.repr(step).value() + ")");
        }
    }

    /** {@code repeat(object[, times])}. */
    static final class Repeat extends ItertoolsIter {
        static final PyType TYPE = PyType.builtin("itertools.repeat", Repeat.class, MethodHandles.lookup());

        private Object element;
        /** Remaining repetitions; -1 for ever. */
        private long cnt;

        Repeat(PyType cls) {
            super(cls);
        }

        @PyMethod
        static Object __new__(PyType cls, Object[] args, String[] kwnames) {
            Object[] a = ItertoolsArgs.bind("repeat", args, kwnames, new String[] {"object", "times"}, 2, 1);
            Repeat r = new Repeat(cls);
            r.element = a[0];
            if (a[1] == null) {
                r.cnt = -1;
            } else {
                PyInt t = Abstract.index(a[1]);
                if (!t.isLong()) {
                    throw PyErr.overflowError("Python int too large to convert to C ssize_t");
                }
                r.cnt = Math.max(0, t.longValue());
            }
            return r;
        }

        @PyMethod
        Object __iter__() {
            return this;
        }

        @PyMethod
        Object __next__() {
            if (cnt == 0) {
                throw exhausted();
            }
            if (cnt > 0) {
                cnt--;
            }
            return element;
        }

        @PyMethod
        Object __length_hint__() {
            if (cnt == -1) {
                throw PyErr.typeError("len() of unsized object");
            }
            return PyInt.of(cnt);
        }

        @PyMethod
        Object __reduce__() {
            warnPickle();
            return cnt == -1 ? reduced(type(), element) : reduced(type(), element, PyInt.of(cnt));
        }

        @PyMethod
        Object __repr__() {
            String e = Abstract.repr(element).value();
            return PyStr.of(type().name() + "(" + e + (cnt == -1 ? "" : ", " + cnt) + ")");
        }
    }

    /**
     * {@code cycle(iterable, /)}: the items, saved on the first pass, for ever. The state is
     * CPython's, which pickling exposes: the source iterator (dropped once exhausted), the saved
     * items, and whether items read from the source are already saved.
     */
    static final class Cycle extends ItertoolsIter {
        static final PyType TYPE = PyType.builtin("itertools.cycle", Cycle.class, MethodHandles.lookup());

        private Object it;
        private PyList saved = new PyList();
        private boolean savedAll;
        private int index;

        Cycle(PyType cls) {
            super(cls);
        }

        @PyMethod
        static Object __new__(PyType cls, Object[] args, String[] kwnames) {
            ItertoolsArgs.noKeywords("cycle", cls, TYPE, kwnames);
            ItertoolsArgs.positional("cycle", args.length - ItertoolsArgs.keywordCount(kwnames), 1, 1);
            Cycle c = new Cycle(cls);
            c.it = Abstract.iter(args[0]);
            return c;
        }

        @PyMethod
        Object __iter__() {
            return this;
        }

        @PyMethod
        Object __next__() {
            if (it != null) {
                Object item = Abstract.next(it);
                if (item != null) {
                    if (!savedAll) {
                        saved.append(item);
                    }
                    return item;
                }
                it = null;
            }
            int n = saved.size();
            if (n == 0) {
                throw exhausted();
            }
            if (index >= n) {
                index = 0;
            }
            Object item = saved.get(index);
            index = index + 1 >= n ? 0 : index + 1;
            savedAll = true;
            return item;
        }

        @PyMethod
        Object __reduce__() {
            warnPickle();
            if (it == null) {
                // Replaying the saved items: the rest of this round becomes the source.
                PyList rest = new PyList();
                for (int i = index; i < saved.size(); i++) {
                    rest.append(saved.get(i));
                }
                return reducedWithState(type(), PyTuple.of(Abstract.iter(rest)), PyTuple.of(saved, PyBool.TRUE));
            }
            return reducedWithState(type(), PyTuple.of(it), PyTuple.of(saved, PyBool.of(savedAll)));
        }

        @PyMethod
        Object __setstate__(Object state) {
            warnPickle();
            PyTuple t = stateTuple(state, 2);
            if (!(t.get(0) instanceof PyList list)) {
                throw PyErr.typeError("argument 1 must be list, not %T", t.get(0));
            }
            saved = list;
            savedAll = Abstract.asInt(t.get(1)) != 0;
            index = 0;
            return PyNone.NONE;
        }
    }
}
