package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;

/**
 * The combinatoric iterators of itertools: {@code product}, {@code combinations},
 * {@code combinations_with_replacement} and {@code permutations}. Each keeps the pool as a
 * tuple and walks an index array in lexicographic order.
 *
 * <p>Thread safety: GIL-guarded.
 */
final class ItertoolsCombinatoric {
    private ItertoolsCombinatoric() {}

    /** The largest tuple length these iterators make (the index arrays are this long). */
    private static final int MAX_R = 1 << 28;

    /** A size argument ({@code r}, {@code repeat}) as an int, refusing negatives with {@code message}. */
    static int size(Object o, String message) {
        PyInt i = Abstract.index(o);
        if (i.signum() < 0) {
            throw PyErr.valueError(message);
        }
        if (!i.isLong()) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        // Sizes beyond an int can only be empty results (r > len(pool)) or a MemoryError.
        return (int) Math.min(i.longValue(), Integer.MAX_VALUE);
    }

    private static Object[] pick(Object[] pool, int[] indices, int r) {
        Object[] out = new Object[r];
        for (int i = 0; i < r; i++) {
            out[i] = pool[indices[i]];
        }
        return out;
    }

    private static Object[] tuples(Object[][] pools) {
        Object[] out = new Object[pools.length];
        for (int i = 0; i < pools.length; i++) {
            out[i] = new PyTuple(pools[i]);
        }
        return out;
    }

    /**
     * The pickled form of the iterators over r-tuples of a pool: {@code (cls, (pool, r))} before
     * the first item, an empty pool once exhausted, else that with the index state.
     */
    private static PyTuple reduceSized(PyType cls, Object[] pool, int r, boolean started, boolean stopped,
            Supplier<Object> state) {
        ItertoolsIter.warnPickle();
        if (!started) {
            return ItertoolsIter.reduced(cls, new PyTuple(pool), PyInt.of(r));
        }
        if (stopped) {
            return ItertoolsIter.reduced(cls, PyTuple.EMPTY, PyInt.of(r));
        }
        return ItertoolsIter.reducedWithState(cls, PyTuple.of(new PyTuple(pool), PyInt.of(r)), state.get());
    }

    /** Takes back r indices from a pickled state, index i clamped to {@code [0, max(i)]}. */
    private static void restoreIndices(Object state, int[] indices, int r, IntUnaryOperator max) {
        ItertoolsIter.warnPickle();
        if (!(state instanceof PyTuple t) || t.size() != r || indices.length != r) {
            throw PyErr.valueError("invalid arguments");
        }
        for (int i = 0; i < r; i++) {
            indices[i] = ItertoolsIter.clamp(t.get(i), 0, max.applyAsInt(i));
        }
    }

    /** {@code product(*iterables, repeat=1)}: the Cartesian product. */
    static final class Product extends ItertoolsIter {
        static final PyType TYPE = PyType.builtin("itertools.product", Product.class, MethodHandles.lookup());

        private Object[][] pools;
        private int[] indices;
        private boolean started, stopped;

        Product(PyType cls) {
            super(cls);
        }

        @PyMethod
        static Object __new__(PyType cls, Object[] args, String[] kwnames) {
            int nkw = ItertoolsArgs.keywordCount(kwnames);
            int npos = args.length - nkw;
            int repeat = 1;
            for (int k = 0; k < nkw; k++) {
                if (!kwnames[k].equals("repeat")) {
                    throw PyErr.typeError("product() got an unexpected keyword argument '%s'", kwnames[k]);
                }
                repeat = size(args[npos + k], "repeat argument cannot be negative");
            }
            Object[][] base = new Object[npos][];
            for (int i = 0; i < npos; i++) {
                base[i] = PyTuple.fromIterable(args[i]).items();
            }
            if ((long) npos * repeat > MAX_R) {
                throw PyErr.overflowError("repeat argument too large");
            }
            Product p = new Product(cls);
            p.pools = new Object[npos * repeat][];
            for (int r = 0; r < repeat; r++) {
                System.arraycopy(base, 0, p.pools, r * npos, npos);
            }
            p.indices = new int[p.pools.length];
            return p;
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
            if (!started) {
                started = true;
                for (Object[] pool : pools) {
                    if (pool.length == 0) {
                        stopped = true;
                        throw exhausted();
                    }
                }
            } else {
                int i = pools.length - 1;
                for (; i >= 0; i--) {
                    if (++indices[i] < pools[i].length) {
                        break;
                    }
                    indices[i] = 0;
                }
                if (i < 0) {
                    stopped = true;
                    throw exhausted();
                }
            }
            Object[] out = new Object[pools.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = pools[i][indices[i]];
            }
            return new PyTuple(out);
        }

        @PyMethod
        Object __reduce__() {
            warnPickle();
            if (!started) {
                return reduced(type(), (Object[]) tuples(pools));
            }
            if (stopped) {
                return reduced(type(), PyTuple.EMPTY);
            }
            return reducedWithState(type(), new PyTuple(tuples(pools)), intTuple(indices, indices.length));
        }

        @PyMethod
        Object __setstate__(Object state) {
            warnPickle();
            if (!(state instanceof PyTuple t) || t.size() != pools.length) {
                throw PyErr.valueError("invalid arguments");
            }
            for (int i = 0; i < pools.length; i++) {
                if (pools[i].length == 0) {
                    stopped = true;
                    return PyNone.NONE;
                }
                indices[i] = clamp(t.get(i), 0, pools[i].length - 1);
            }
            started = true;
            return PyNone.NONE;
        }
    }

    /** {@code combinations(iterable, r)}: r-length subsequences in pool order. */
    static final class Combinations extends ItertoolsIter {
        static final PyType TYPE = PyType.builtin("itertools.combinations", Combinations.class, MethodHandles.lookup());

        private Object[] pool;
        private int[] indices;
        private int r;
        private boolean started, stopped;

        Combinations(PyType cls) {
            super(cls);
        }

        @PyMethod
        static Object __new__(PyType cls, Object[] args, String[] kwnames) {
            Object[] a = ItertoolsArgs.bind("combinations", args, kwnames, new String[] {"iterable", "r"}, 2, 2);
            Combinations c = new Combinations(cls);
            c.pool = PyTuple.fromIterable(a[0]).items();
            c.r = size(a[1], "r must be non-negative");
            c.stopped = c.r > c.pool.length;
            c.indices = new int[c.stopped ? 0 : c.r];
            for (int i = 0; i < c.indices.length; i++) {
                c.indices[i] = i;
            }
            return c;
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
            int n = pool.length;
            if (started) {
                int i = r - 1;
                while (i >= 0 && indices[i] == i + n - r) {
                    i--;
                }
                if (i < 0) {
                    stopped = true;
                    throw exhausted();
                }
                indices[i]++;
                for (int j = i + 1; j < r; j++) {
                    indices[j] = indices[j - 1] + 1;
                }
            }
            started = true;
            return new PyTuple(pick(pool, indices, r));
        }

        @PyMethod
        Object __reduce__() {
            return reduceSized(type(), pool, r, started, stopped, () -> intTuple(indices, r));
        }

        @PyMethod
        Object __setstate__(Object state) {
            restoreIndices(state, indices, r, i -> i + pool.length - r);
            started = true;
            return PyNone.NONE;
        }
    }

    /** {@code combinations_with_replacement(iterable, r)}. */
    static final class CombinationsWithReplacement extends ItertoolsIter {
        static final PyType TYPE = PyType.builtin("itertools.combinations_with_replacement",
                CombinationsWithReplacement.class, MethodHandles.lookup());

        private Object[] pool;
        private int[] indices;
        private int r;
        private boolean started, stopped;

        CombinationsWithReplacement(PyType cls) {
            super(cls);
        }

        @PyMethod
        static Object __new__(PyType cls, Object[] args, String[] kwnames) {
            Object[] a = ItertoolsArgs.bind("combinations_with_replacement", args, kwnames,
                    new String[] {"iterable", "r"}, 2, 2);
            CombinationsWithReplacement c = new CombinationsWithReplacement(cls);
            c.pool = PyTuple.fromIterable(a[0]).items();
            c.r = size(a[1], "r must be non-negative");
            c.stopped = c.pool.length == 0 && c.r > 0;
            if (!c.stopped && c.r > MAX_R) {
                throw PyErr.memoryError();
            }
            c.indices = new int[c.stopped ? 0 : c.r];
            return c;
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
            int n = pool.length;
            if (started) {
                int i = r - 1;
                while (i >= 0 && indices[i] == n - 1) {
                    i--;
                }
                if (i < 0) {
                    stopped = true;
                    throw exhausted();
                }
                int v = indices[i] + 1;
                for (int j = i; j < r; j++) {
                    indices[j] = v;
                }
            }
            started = true;
            return new PyTuple(pick(pool, indices, r));
        }

        @PyMethod
        Object __reduce__() {
            return reduceSized(type(), pool, r, started, stopped, () -> intTuple(indices, r));
        }

        @PyMethod
        Object __setstate__(Object state) {
            restoreIndices(state, indices, r, i -> pool.length - 1);
            started = true;
            return PyNone.NONE;
        }
    }

    /** {@code permutations(iterable, r=None)}. */
    static final class Permutations extends ItertoolsIter {
        static final PyType TYPE = PyType.builtin("itertools.permutations", Permutations.class, MethodHandles.lookup());

        private Object[] pool;
        private int[] indices, cycles;
        private int r;
        private boolean started, stopped;

        Permutations(PyType cls) {
            super(cls);
        }

        @PyMethod
        static Object __new__(PyType cls, Object[] args, String[] kwnames) {
            Object[] a = ItertoolsArgs.bind("permutations", args, kwnames, new String[] {"iterable", "r"}, 2, 1);
            Permutations p = new Permutations(cls);
            p.pool = PyTuple.fromIterable(a[0]).items();
            int n = p.pool.length;
            p.r = a[1] == null || a[1] == PyNone.NONE ? n : size(a[1], "r must be non-negative");
            p.stopped = p.r > n;
            p.indices = new int[n];
            for (int i = 0; i < n; i++) {
                p.indices[i] = i;
            }
            p.cycles = new int[Math.min(p.r, n)];
            for (int i = 0; i < p.cycles.length; i++) {
                p.cycles[i] = n - i;
            }
            return p;
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
            int n = pool.length;
            if (started) {
                int i = r - 1;
                for (; i >= 0; i--) {
                    cycles[i]--;
                    if (cycles[i] == 0) {
                        // Move indices[i] to the end, shifting the rest left.
                        int first = indices[i];
                        System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                        indices[n - 1] = first;
                        cycles[i] = n - i;
                    } else {
                        int j = cycles[i];
                        int t = indices[i];
                        indices[i] = indices[n - j];
                        indices[n - j] = t;
                        break;
                    }
                }
                if (i < 0) {
                    stopped = true;
                    throw exhausted();
                }
            }
            started = true;
            return new PyTuple(pick(pool, indices, r));
        }

        @PyMethod
        Object __reduce__() {
            return reduceSized(type(), pool, r, started, stopped,
                    () -> PyTuple.of(intTuple(indices, indices.length), intTuple(cycles, r)));
        }

        @PyMethod
        Object __setstate__(Object state) {
            warnPickle();
            PyTuple t = stateTuple(state, 2);
            int n = pool.length;
            if (!(t.get(0) instanceof PyTuple ind) || !(t.get(1) instanceof PyTuple cyc) || ind.size() != n
                    || cyc.size() != r || cycles.length != r) {
                throw PyErr.valueError("invalid arguments");
            }
            for (int i = 0; i < n; i++) {
                indices[i] = clamp(ind.get(i), 0, n - 1);
            }
            for (int i = 0; i < r; i++) {
                cycles[i] = clamp(cyc.get(i), 1, n - i);
            }
            started = true;
            return PyNone.NONE;
        }
    }
}
