package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyStr;
import java.lang.invoke.MethodHandles;

/**
 * {@code itertools}: the iterator building blocks of Python 3.13, with their pickling support
 * ({@code __reduce__}/{@code __setstate__}, deprecated in 3.12 and removed in 3.14), which warns
 * on each use.
 *
 * <p>Thread safety: stateless.
 */
public final class ItertoolsModule {
    private ItertoolsModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("itertools");
        m.put("__doc__", PyStr.of("Building blocks for iterators: infinite counters, combinators and combinatorics."));
        Exposer.functions(ItertoolsModule.class, MethodHandles.lookup(), "itertools", m).forEach(m::put);
        m.put("accumulate", ItertoolsCombining.Accumulate.TYPE);
        m.put("batched", ItertoolsCombining.Batched.TYPE);
        m.put("chain", ItertoolsCombining.Chain.TYPE);
        m.put("combinations", ItertoolsCombinatoric.Combinations.TYPE);
        m.put("combinations_with_replacement", ItertoolsCombinatoric.CombinationsWithReplacement.TYPE);
        m.put("compress", ItertoolsFiltering.Compress.TYPE);
        m.put("count", ItertoolsCounting.Count.TYPE);
        m.put("cycle", ItertoolsCounting.Cycle.TYPE);
        m.put("dropwhile", ItertoolsFiltering.DropWhile.TYPE);
        m.put("filterfalse", ItertoolsFiltering.FilterFalse.TYPE);
        m.put("groupby", ItertoolsGroupBy.TYPE);
        m.put("_grouper", ItertoolsGroupBy.Grouper.TYPE);
        m.put("islice", ItertoolsFiltering.ISlice.TYPE);
        m.put("pairwise", ItertoolsCombining.Pairwise.TYPE);
        m.put("permutations", ItertoolsCombinatoric.Permutations.TYPE);
        m.put("product", ItertoolsCombinatoric.Product.TYPE);
        m.put("repeat", ItertoolsCounting.Repeat.TYPE);
        m.put("starmap", ItertoolsFiltering.StarMap.TYPE);
        m.put("takewhile", ItertoolsFiltering.TakeWhile.TYPE);
        m.put("_tee", ItertoolsTee.TYPE);
        m.put("_tee_dataobject", ItertoolsTee.Data.TYPE);
        m.put("zip_longest", ItertoolsCombining.ZipLongest.TYPE);
        return m;
    }

    @PyMethod(doc = "Split one iterator into n that each see all of its items.")
    static Object tee(Object[] args, String[] kwnames) {
        ItertoolsArgs.noKeywords("tee", kwnames);
        ItertoolsArgs.positional("tee", args.length, 1, 2);
        int n = args.length < 2 ? 2 : dev.kaa.vm.objects.Abstract.asIndexSize(args[1]);
        return ItertoolsTee.tee(args[0], n);
    }
}
