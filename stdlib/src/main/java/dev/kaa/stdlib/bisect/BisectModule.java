package dev.kaa.stdlib.bisect;

import dev.kaa.ext.ExtensionModule;
import dev.kaa.ext.KwOnly;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonType;
import java.lang.invoke.MethodHandles;

/**
 * {@code _bisect}: binary search and sorted insertion on any sequence, comparing only with
 * {@code <} in the order CPython does ({@code x < a[mid]} for the right variants,
 * {@code a[mid] < x} for the left ones), so objects with odd comparison methods see the same calls.
 * A {@code key} applies to the sequence's items only; the insort functions apply it to {@code x}
 * once. {@code hi} of None or below zero means {@code len(a)}, as in CPython.
 *
 * <p>Thread safety: stateless; runs under the GIL.
 */
public final class BisectModule implements ExtensionModule {
    @Override public String name() {
        return "_bisect";
    }

    @Override public void initialize(ModuleDefinition m) {
        m.doc("Binary search in sorted sequences, and insertion that keeps them sorted.");
        m.addFunctions(BisectModule.class, MethodHandles.lookup());
    }

    @PyMethod(positionalOnly = 0, doc = "The index in sorted a[lo:hi] after any items equal to x: where insort_right\n"
            + "would put it. key, if given, is applied to the items of a.")
    static long bisect_right(Object a, Object x, @Opt("0") long lo, @Opt Object hi, @KwOnly @Opt Object key) {
        return search(a, x, lo, hi, key, true);
    }

    @PyMethod(positionalOnly = 0, doc = "The index in sorted a[lo:hi] before any items equal to x: where insort_left\n"
            + "would put it. key, if given, is applied to the items of a.")
    static long bisect_left(Object a, Object x, @Opt("0") long lo, @Opt Object hi, @KwOnly @Opt Object key) {
        return search(a, x, lo, hi, key, false);
    }

    @PyMethod(positionalOnly = 0, doc = "Insert x into sorted a after any items equal to it, keeping a sorted.")
    static void insort_right(Object a, Object x, @Opt("0") long lo, @Opt Object hi, @KwOnly @Opt Object key) {
        insort(a, x, lo, hi, key, true);
    }

    @PyMethod(positionalOnly = 0, doc = "Insert x into sorted a before any items equal to it, keeping a sorted.")
    static void insort_left(Object a, Object x, @Opt("0") long lo, @Opt Object hi, @KwOnly @Opt Object key) {
        insort(a, x, lo, hi, key, false);
    }

    private static boolean absent(Object o) {
        return o == null || o == Py.none();
    }

    private static void insort(Object a, Object x, long lo, Object hi, Object key, boolean right) {
        Object k = absent(key) ? x : Py.call(key, x);
        long i = search(a, k, lo, hi, key, right);
        Py.callMethod(a, "insert", Py.integer(i), x);
    }

    private static long search(Object a, Object x, long lo, Object hiArg, Object key, boolean right) {
        if (lo < 0) {
            throw Py.valueError("lo must be non-negative");
        }
        long hi;
        if (absent(hiArg)) {
            hi = -1;
        } else {
            PythonType t = Py.typeOf(hiArg);
            if (!Py.isInstance(hiArg, Py.builtinType("int")) && !Py.hasAttr(t, "__index__")) {
                throw Py.typeError("argument should be integer or None, not '" + t.name() + "'");
            }
            hi = Py.asLong(hiArg);
        }
        if (hi < 0) {
            hi = Py.len(a);
        }
        if (lo < hi && Py.isInstance(a, Py.builtinType("dict"))) {
            // CPython takes items with the sequence protocol, which mappings do not offer.
            throw Py.typeError(Py.typeOf(a).name() + " is not a sequence");
        }
        boolean noKey = absent(key);
        while (lo < hi) {
            // Unsigned shift: lo + hi cannot overflow a long for any real sequence length.
            long mid = (lo + hi) >>> 1;
            Object item = Py.getItem(a, Py.integer(mid));
            if (!noKey) {
                item = Py.call(key, item);
            }
            boolean goLeft = right ? Py.compare(x, item, "<") : !Py.compare(item, x, "<");
            if (goLeft) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
