package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Slot;
import java.lang.invoke.MethodHandles;

/**
 * The itertools iterators that pass on some of one iterable's items: {@code compress},
 * {@code dropwhile}, {@code takewhile}, {@code filterfalse}, {@code islice}, {@code starmap}.
 *
 * <p>Thread safety: GIL-guarded.
 */
final class ItertoolsFiltering {
    private ItertoolsFiltering() {}

    /** Positional-only {@code (a, b)} without keywords, for the built-in type itself. */
    private static void two(String name, PyType cls, PyType exact, Object[] args, String[] kwnames) {
        ItertoolsArgs.noKeywords(name, cls, exact, kwnames);
        ItertoolsArgs.positional(name, args.length - ItertoolsArgs.keywordCount(kwnames), 2, 2);
    }

    /** {@code compress(data, selectors)}. */
    static final class Compress extends ItertoolsIter {
        static final PyType TYPE = PyType.builtin("itertools.compress", Compress.class, MethodHandles.lookup());

        private Object data, selectors;

        Compress(PyType cls) {
            super(cls);
        }

        @PyMethod
        static Object __new__(PyType cls, Object[] args, String[] kwnames) {
            Object[] a = ItertoolsArgs.bind("compress", args, kwnames, new String[] {"data", "selectors"}, 2, 2);
            Compress c = new Compress(cls);
            c.data = Abstract.iter(a[0]);
            c.selectors = Abstract.iter(a[1]);
            return c;
        }

        @PyMethod
        Object __iter__() {
            return this;
        }

        @PyMethod
        Object __next__() {
            while (true) {
                Object d = Abstract.next(data);
                if (d == null) {
                    throw exhausted();
                }
                Object s = Abstract.next(selectors);
                if (s == null) {
                    throw exhausted();
                }
                if (Abstract.isTrue(s)) {
                    return d;
                }
            }
        }

        @PyMethod
        Object __reduce__() {
            warnPickle();
            return reduced(type(), data, selectors);
        }
    }

    /** {@code dropwhile(predicate, iterable, /)}. */
    static final class DropWhile extends ItertoolsIter {
        static final PyType TYPE = PyType.builtin("itertools.dropwhile", DropWhile.class, MethodHandles.lookup());

        private Object predicate, it;
        private boolean dropping = true;

        DropWhile(PyType cls) {
            super(cls);
        }

        @PyMethod
        static Object __new__(PyType cls, Object[] args, String[] kwnames) {
            two("dropwhile", cls, TYPE, args, kwnames);
            DropWhile d = new DropWhile(cls);
            d.predicate = args[0];
            d.it = Abstract.iter(args[1]);
            return d;
        }

        @PyMethod
        Object __iter__() {
            return this;
        }

        @PyMethod
        Object __next__() {
            while (true) {
                Object item = Abstract.next(it);
                if (item == null) {
                    throw exhausted();
                }
                if (!dropping) {
                    return item;
                }
                if (!Abstract.isTrue(Abstract.call(predicate, item))) {
                    dropping = false;
                    return item;
                }
            }
        }

        @PyMethod
        Object __reduce__() {
            warnPickle();
            return reducedWithState(type(), PyTuple.of(predicate, it), PyInt.of(dropping ? 0 : 1));
        }

        @PyMethod
        Object __setstate__(Object state) {
            warnPickle();
            dropping = !Abstract.isTrue(state);
            return PyNone.NONE;
        }
    }

    /** {@code takewhile(predicate, iterable, /)}. */
    static final class TakeWhile extends ItertoolsIter {
        static final PyType TYPE = PyType.builtin("itertools.takewhile", TakeWhile.class, MethodHandles.lookup());

        private Object predicate, it;
        private boolean stopped;

        TakeWhile(PyType cls) {
            super(cls);
        }

        @PyMethod
        static Object __new__(PyType cls, Object[] args, String[] kwnames) {
            two("takewhile", cls, TYPE, args, kwnames);
            TakeWhile t = new TakeWhile(cls);
            t.predicate = args[0];
            t.it = Abstract.iter(args[1]);
            return t;
        }

        @PyMethod
        Object __iter__() {
            return this;
        }

        @PyMethod
        Object __next__() {
            if (stopped) {
                throw exhausted();
            }
            Object item = Abstract.next(it);
            if (item == null) {
                throw exhausted();
            }
            if (Abstract.isTrue(Abstract.call(predicate, item))) {
                return item;
            }
            stopped = true;
            throw exhausted();
        }

        @PyMethod
        Object __reduce__() {
            warnPickle();
            return reducedWithState(type(), PyTuple.of(predicate, it), PyInt.of(stopped ? 1 : 0));
        }

        @PyMethod
        Object __setstate__(Object state) {
            warnPickle();
            stopped = Abstract.isTrue(state);
            return PyNone.NONE;
        }
    }

    /** {@code filterfalse(function, iterable, /)}: the items for which function is false. */
    static final class FilterFalse extends ItertoolsIter {
        static final PyType TYPE = PyType.builtin("itertools.filterfalse", FilterFalse.class, MethodHandles.lookup());

        private Object function, it;

        FilterFalse(PyType cls) {
            super(cls);
        }

        @PyMethod
        static Object __new__(PyType cls, Object[] args, String[] kwnames) {
            two("filterfalse", cls, TYPE, args, kwnames);
            FilterFalse f = new FilterFalse(cls);
            f.function = args[0];
            f.it = Abstract.iter(args[1]);
            return f;
        }

        @PyMethod
        Object __iter__() {
            return this;
        }

        @PyMethod
        Object __next__() {
            while (true) {
                Object item = Abstract.next(it);
                if (item == null) {
                    throw exhausted();
                }
                boolean ok = function == PyNone.NONE ? Abstract.isTrue(item) : Abstract.isTrue(Abstract.call(function, item));
                if (!ok) {
                    return item;
                }
            }
        }

        @PyMethod
        Object __reduce__() {
            warnPickle();
            return reduced(type(), function, it);
        }
    }

    /** {@code starmap(function, iterable, /)}: {@code function(*item)} for each item. */
    static final class StarMap extends ItertoolsIter {
        static final PyType TYPE = PyType.builtin("itertools.starmap", StarMap.class, MethodHandles.lookup());

        private Object function, it;

        StarMap(PyType cls) {
            super(cls);
        }

        @PyMethod
        static Object __new__(PyType cls, Object[] args, String[] kwnames) {
            two("starmap", cls, TYPE, args, kwnames);
            StarMap s = new StarMap(cls);
            s.function = args[0];
            s.it = Abstract.iter(args[1]);
            return s;
        }

        @PyMethod
        Object __iter__() {
            return this;
        }

        @PyMethod
        Object __next__() {
            Object item = Abstract.next(it);
            if (item == null) {
                throw exhausted();
            }
            PyTuple t = item.getClass() == PyTuple.class ? (PyTuple) item : PyTuple.fromIterable(item);
            return Abstract.call(function, t.items().clone(), null);
        }

        @PyMethod
        Object __reduce__() {
            warnPickle();
            return reduced(type(), function, it);
        }
    }

    /** {@code islice(iterable, stop)} or {@code islice(iterable, start, stop[, step])}. */
    static final class ISlice extends ItertoolsIter {
        static final PyType TYPE = PyType.builtin("itertools.islice", ISlice.class, MethodHandles.lookup());

        private static final String STOP = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        private static final String INDICES = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        private static final String STEP = "Step for islice() must be a positive integer or None.";

        private Object it;
        /** Index of the next item to produce; items read; stop (-1 for none); step. */
        private long next, cnt, stop, step;

        ISlice(PyType cls) {
            super(cls);
        }

        /** CPython's {@code PyNumber_AsSsize_t}, failures (including overflow) as -1. */
        private static long asSize(Object o) {
            if (Abstract.typeOf(o).unary(Slot.__index__) == null) {
                return -1;
            }
            PyInt i = Abstract.index(o);
            return i.isLong() ? i.longValue() : -1;
        }

        @PyMethod
        static Object __new__(PyType cls, Object[] args, String[] kwnames) {
            ItertoolsArgs.noKeywords("islice", cls, TYPE, kwnames);
            int n = args.length - ItertoolsArgs.keywordCount(kwnames);
            ItertoolsArgs.positional("islice", n, 2, 4);
            long start = 0, stop = -1, step = 1;
            if (n == 2) {
                if (args[1] != PyNone.NONE) {
                    stop = asSize(args[1]);
                    if (stop == -1) {
                        throw PyErr.valueError(STOP);
                    }
                }
            } else {
                if (args[1] != PyNone.NONE) {
                    start = asSize(args[1]);
                }
                if (args[2] != PyNone.NONE) {
                    stop = asSize(args[2]);
                    if (stop == -1) {
                        throw PyErr.valueError(STOP);
                    }
                }
            }
            if (start < 0 || stop < -1) {
                throw PyErr.valueError(INDICES);
            }
            if (n == 4 && args[3] != PyNone.NONE) {
                step = asSize(args[3]);
            }
            if (step < 1) {
                throw PyErr.valueError(STEP);
            }
            ISlice s = new ISlice(cls);
            s.it = Abstract.iter(args[0]);
            s.next = start;
            s.stop = stop;
            s.step = step;
            return s;
        }

        @PyMethod
        Object __iter__() {
            return this;
        }

        @PyMethod
        Object __next__() {
            if (it == null) {
                throw exhausted();
            }
            while (cnt < next) {
                if (Abstract.next(it) == null) {
                    it = null;
                    throw exhausted();
                }
                cnt++;
            }
            if (stop != -1 && cnt >= stop) {
                it = null;
                throw exhausted();
            }
            Object item = Abstract.next(it);
            if (item == null) {
                it = null;
                throw exhausted();
            }
            cnt++;
            long old = next;
            next += step;
            if (next < old || (stop != -1 && next > stop)) {
                next = stop;
            }
            return item;
        }

        @PyMethod
        Object __reduce__() {
            warnPickle();
            if (it == null) {
                return reducedWithState(type(), PyTuple.of(Abstract.iter(new PyList()), PyInt.ZERO), PyInt.ZERO);
            }
            Object stopArg = stop == -1 ? PyNone.NONE : PyInt.of(stop);
            return reducedWithState(type(), PyTuple.of(it, PyInt.of(next), stopArg, PyInt.of(step)), PyInt.of(cnt));
        }

        @PyMethod
        Object __setstate__(Object state) {
            warnPickle();
            if (Abstract.typeOf(state).unary(Slot.__index__) == null) {
                throw PyErr.typeError("an integer is required");
            }
            PyInt n = Abstract.index(state);
            if (!n.isLong()) {
                throw PyErr.overflowError("Python int too large to convert to C ssize_t");
            }
            cnt = n.longValue();
            return PyNone.NONE;
        }
    }
}
