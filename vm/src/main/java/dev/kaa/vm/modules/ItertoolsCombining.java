package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.BinaryOp;
import dev.kaa.vm.objects.ClassMethod;
import dev.kaa.vm.objects.GenericAlias;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Slot;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;

/**
 * The itertools iterators that join or regroup items: {@code chain}, {@code zip_longest},
 * {@code pairwise}, {@code batched}, {@code accumulate}.
 *
 * <p>Thread safety: GIL-guarded.
 */
final class ItertoolsCombining {
    private ItertoolsCombining() {}

    /** {@code chain(*iterables)} and {@code chain.from_iterable(iterable)}. */
    static final class Chain extends ItertoolsIter {
        static final PyType TYPE = PyType.builtin("itertools.chain", Chain.class, MethodHandles.lookup());

        /** Iterator over the iterables; null once exhausted. */
        private Object source;
        /** The current iterable's iterator, or null. */
        private Object active;

        Chain(PyType cls) {
            super(cls);
        }

        @PyMethod
        static Object __new__(PyType cls, Object[] args, String[] kwnames) {
            ItertoolsArgs.noKeywords("chain", cls, TYPE, kwnames);
            Chain c = new Chain(cls);
            c.source = Abstract.iter(new PyTuple(Arrays.copyOf(args, args.length - ItertoolsArgs.keywordCount(kwnames))));
            return c;
        }

        @ClassMethod
        static Object from_iterable(PyType cls, Object iterable) {
            Chain c = new Chain(cls);
            c.source = Abstract.iter(iterable);
            return c;
        }

        @PyMethod
        Object __iter__() {
            return this;
        }

        @PyMethod
        Object __next__() {
            while (source != null) {
                if (active == null) {
                    Object iterable = Abstract.next(source);
                    if (iterable == null) {
                        source = null;
                        break;
                    }
                    active = Abstract.iter(iterable);
                }
                Object item = Abstract.next(active);
                if (item != null) {
                    return item;
                }
                active = null;
            }
            throw exhausted();
        }

        @ClassMethod
        static Object __class_getitem__(PyType cls, Object item) {
            return GenericAlias.of(cls, item);
        }

        @PyMethod
        Object __reduce__() {
            warnPickle();
            if (source == null) {
                return reduced(type());
            }
            PyTuple state = active == null ? PyTuple.of(source) : PyTuple.of(source, active);
            return reducedWithState(type(), PyTuple.EMPTY, state);
        }

        @PyMethod
        Object __setstate__(Object state) {
            warnPickle();
            PyTuple t = stateTuple(state);
            if (t.size() < 1 || t.size() > 2) {
                String bound = t.size() < 1 ? "at least 1 argument" : "at most 2 arguments";
                throw PyErr.typeError("function takes %s (%d given)", bound, t.size());
            }
            for (int i = 0; i < t.size(); i++) {
                if (Abstract.typeOf(t.get(i)).unary(Slot.__next__) == null) {
                    throw PyErr.typeError("Arguments must be iterators.");
                }
            }
            source = t.get(0);
            active = t.size() == 2 ? t.get(1) : null;
            return PyNone.NONE;
        }
    }

    /** {@code zip_longest(*iterables, fillvalue=None)}. */
    static final class ZipLongest extends ItertoolsIter {
        static final PyType TYPE = PyType.builtin("itertools.zip_longest", ZipLongest.class, MethodHandles.lookup());

        private Object[] iterators;
        private int active;
        private Object fill = PyNone.NONE;

        ZipLongest(PyType cls) {
            super(cls);
        }

        @PyMethod
        static Object __new__(PyType cls, Object[] args, String[] kwnames) {
            int nkw = ItertoolsArgs.keywordCount(kwnames);
            int npos = args.length - nkw;
            ZipLongest z = new ZipLongest(cls);
            for (int k = 0; k < nkw; k++) {
                if (!kwnames[k].equals("fillvalue")) {
                    throw PyErr.typeError("zip_longest() got an unexpected keyword argument");
                }
                z.fill = args[npos + k];
            }
            z.iterators = new Object[npos];
            for (int i = 0; i < npos; i++) {
                z.iterators[i] = Abstract.iter(args[i]);
            }
            z.active = npos;
            return z;
        }

        @PyMethod
        Object __iter__() {
            return this;
        }

        @PyMethod
        Object __next__() {
            if (iterators.length == 0 || active == 0) {
                throw exhausted();
            }
            Object[] out = new Object[iterators.length];
            for (int i = 0; i < out.length; i++) {
                Object item = null;
                if (iterators[i] != null) {
                    item = Abstract.next(iterators[i]);
                    if (item == null) {
                        iterators[i] = null;
                        active--;
                        if (active == 0) {
                            throw exhausted();
                        }
                    }
                }
                out[i] = item == null ? fill : item;
            }
            return new PyTuple(out);
        }

        @PyMethod
        Object __reduce__() {
            warnPickle();
            // An exhausted input is pickled as an empty tuple, as CPython does.
            Object[] args = new Object[iterators.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = iterators[i] == null ? PyTuple.EMPTY : iterators[i];
            }
            return reducedWithState(type(), new PyTuple(args), fill);
        }

        @PyMethod
        Object __setstate__(Object state) {
            warnPickle();
            fill = state;
            return PyNone.NONE;
        }
    }

    /** {@code pairwise(iterable, /)}: overlapping pairs. */
    static final class Pairwise extends ItertoolsIter {
        static final PyType TYPE = PyType.builtin("itertools.pairwise", Pairwise.class, MethodHandles.lookup());

        private Object it;
        private Object old;

        Pairwise(PyType cls) {
            super(cls);
        }

        @PyMethod
        static Object __new__(PyType cls, Object[] args, String[] kwnames) {
            ItertoolsArgs.noKeywords("pairwise", cls, TYPE, kwnames);
            ItertoolsArgs.positional("pairwise", args.length - ItertoolsArgs.keywordCount(kwnames), 1, 1);
            Pairwise p = new Pairwise(cls);
            p.it = Abstract.iter(args[0]);
            return p;
        }

        @PyMethod
        Object __iter__() {
            return this;
        }

        @PyMethod
        Object __next__() {
            // The source may call this iterator again from its __next__ (gh-109786): the
            // pair is built from the values this call read, and the fields are checked again
            // after each read.
            Object source = it;
            if (source == null) {
                throw exhausted();
            }
            Object first = old;
            if (first == null) {
                first = Abstract.next(source);
                old = first;
                if (first == null) {
                    it = null;
                    throw exhausted();
                }
                source = it;
                if (source == null) {
                    old = null;
                    throw exhausted();
                }
            }
            Object item = Abstract.next(source);
            if (item == null) {
                it = null;
                old = null;
                throw exhausted();
            }
            old = item;
            return PyTuple.of(first, item);
        }
    }

    /** {@code batched(iterable, n, *, strict=False)}: tuples of n items, the last maybe shorter. */
    static final class Batched extends ItertoolsIter {
        static final PyType TYPE = PyType.builtin("itertools.batched", Batched.class, MethodHandles.lookup());

        private Object it;
        private int n;
        private boolean strict;

        Batched(PyType cls) {
            super(cls);
        }

        @PyMethod
        static Object __new__(PyType cls, Object[] args, String[] kwnames) {
            Object[] a = ItertoolsArgs.bind("batched", args, kwnames, new String[] {"iterable", "n", "strict"}, 2, 2);
            PyInt n = Abstract.index(a[1]);
            if (n.signum() < 1) {
                throw PyErr.valueError("n must be at least one");
            }
            if (!n.isLong() || n.longValue() > Integer.MAX_VALUE - 8) {
                throw PyErr.overflowError("Python int too large to convert to C ssize_t");
            }
            Batched b = new Batched(cls);
            b.it = Abstract.iter(a[0]);
            b.n = (int) n.longValue();
            b.strict = a[2] != null && Abstract.isTrue(a[2]);
            return b;
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
            Object[] batch = new Object[Math.min(n, 64)];
            int k = 0;
            while (k < n) {
                Object item = Abstract.next(it);
                if (item == null) {
                    it = null;
                    break;
                }
                if (k == batch.length) {
                    batch = Arrays.copyOf(batch, (int) Math.min((long) n, batch.length * 2L));
                }
                batch[k++] = item;
            }
            if (k == 0) {
                throw exhausted();
            }
            if (k < n && strict) {
                throw PyErr.valueError("batched(): incomplete batch");
            }
            return new PyTuple(k == batch.length ? batch : Arrays.copyOf(batch, k));
        }
    }

    /** {@code accumulate(iterable, func=None, *, initial=None)}: running totals. */
    static final class Accumulate extends ItertoolsIter {
        static final PyType TYPE = PyType.builtin("itertools.accumulate", Accumulate.class, MethodHandles.lookup());

        private Object it, func, total, initial;

        Accumulate(PyType cls) {
            super(cls);
        }

        @PyMethod
        static Object __new__(PyType cls, Object[] args, String[] kwnames) {
            Object[] a = ItertoolsArgs.bind("accumulate", args, kwnames, new String[] {"iterable", "func", "initial"}, 2, 1);
            Accumulate acc = new Accumulate(cls);
            acc.it = Abstract.iter(a[0]);
            acc.func = a[1] == null ? PyNone.NONE : a[1];
            acc.initial = a[2] == PyNone.NONE ? null : a[2];
            return acc;
        }

        @PyMethod
        Object __iter__() {
            return this;
        }

        @PyMethod
        Object __next__() {
            if (initial != null) {
                total = initial;
                initial = null;
                return total;
            }
            Object item = Abstract.next(it);
            if (item == null) {
                throw exhausted();
            }
            if (total == null) {
                total = item;
            } else if (func == PyNone.NONE) {
                total = Abstract.binaryOp(total, item, BinaryOp.ADD);
            } else {
                total = Abstract.call(func, total, item);
            }
            return total;
        }

        @PyMethod
        Object __reduce__() {
            warnPickle();
            if (initial != null) {
                // The initial value not yet produced goes back in front of the input.
                Object chained = Abstract.call(Chain.TYPE, PyTuple.of(initial), it);
                return reducedWithState(type(), PyTuple.of(chained, func), PyNone.NONE);
            }
            if (total == PyNone.NONE) {
                // A running total of None cannot be told from "no total yet" in the state: the
                // copy replays it and an islice drops it again, as CPython does.
                Object chained = Abstract.call(Chain.TYPE, PyTuple.of(PyNone.NONE), it);
                Object replay = Abstract.call(type(), chained, func);
                return reduced(ItertoolsFiltering.ISlice.TYPE, replay, PyInt.ONE, PyNone.NONE);
            }
            return reducedWithState(type(), PyTuple.of(it, func), total == null ? PyNone.NONE : total);
        }

        @PyMethod
        Object __setstate__(Object state) {
            warnPickle();
            total = state;
            return PyNone.NONE;
        }
    }
}
