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
            if (cls == TYPE) {
                ItertoolsArgs.noKeywords("chain", kwnames);
            }
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
            if (cls == TYPE) {
                ItertoolsArgs.noKeywords("pairwise", kwnames);
            }
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
            if (it == null) {
                throw exhausted();
            }
            if (old == null) {
                old = Abstract.next(it);
                if (old == null) {
                    it = null;
                    throw exhausted();
                }
            }
            Object item = Abstract.next(it);
            if (item == null) {
                it = null;
                old = null;
                throw exhausted();
            }
            Object pair = PyTuple.of(old, item);
            old = item;
            return pair;
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
    }
}
