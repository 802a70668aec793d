package dev.kaa.vm.modules.bisect;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.CompareOp;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.KwOnly;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
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
public final class BisectModule {
    private BisectModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_bisect");
        m.put("__doc__", PyStr.of("Bisection algorithms.\n\nThis module provides support for maintaining a list in "
                + "sorted order without\nhaving to sort the list after each insertion. For long lists of items with\n"
                + "expensive comparison operations, this can be an improvement over the more\ncommon approach.\n"));
        Exposer.functions(BisectModule.class, MethodHandles.lookup(), "_bisect", m).forEach(m::put);
        return m;
    }

    @PyMethod(positionalOnly = 0, doc = "Return the index where to insert item x in list a, assuming a is sorted.")
    static long bisect_right(Object a, Object x, @Opt("0") long lo, @Opt Object hi, @KwOnly @Opt Object key) {
        return search(a, x, lo, hi, key, true);
    }

    @PyMethod(positionalOnly = 0, doc = "Return the index where to insert item x in list a, assuming a is sorted.")
    static long bisect_left(Object a, Object x, @Opt("0") long lo, @Opt Object hi, @KwOnly @Opt Object key) {
        return search(a, x, lo, hi, key, false);
    }

    @PyMethod(positionalOnly = 0, doc = "Insert item x in list a, and keep it sorted assuming a is sorted.")
    static void insort_right(Object a, Object x, @Opt("0") long lo, @Opt Object hi, @KwOnly @Opt Object key) {
        insort(a, x, lo, hi, key, true);
    }

    @PyMethod(positionalOnly = 0, doc = "Insert item x in list a, and keep it sorted assuming a is sorted.")
    static void insort_left(Object a, Object x, @Opt("0") long lo, @Opt Object hi, @KwOnly @Opt Object key) {
        insort(a, x, lo, hi, key, false);
    }

    private static void insort(Object a, Object x, long lo, Object hi, Object key, boolean right) {
        Object k = key == null || key == PyNone.NONE ? x : Abstract.call(key, x);
        long i = search(a, k, lo, hi, key, right);
        if (a.getClass() == PyList.class) {
            ((PyList) a).insert(i, x);
        } else {
            Abstract.callMethod(a, "insert", PyInt.of(i), x);
        }
    }

    private static long search(Object a, Object x, long lo, Object hiArg, Object key, boolean right) {
        if (lo < 0) {
            throw PyErr.valueError("lo must be non-negative");
        }
        long hi;
        if (hiArg == null || hiArg == PyNone.NONE) {
            hi = -1;
        } else {
            if (!(hiArg instanceof PyInt) && Abstract.typeOf(hiArg).unary(dev.kaa.vm.objects.Slot.__index__) == null) {
                throw PyErr.typeError("argument should be integer or None, not '%T'", hiArg);
            }
            hi = Abstract.asLong(hiArg);
        }
        if (hi < 0) {
            hi = Abstract.lenLong(a);
        }
        if (a instanceof dev.kaa.vm.objects.PyDict && lo < hi) {
            // PySequence_GetItem refuses mappings, whose __getitem__ is not the sequence slot.
            throw PyErr.typeError("%T is not a sequence", a);
        }
        boolean noKey = key == null || key == PyNone.NONE;
        while (lo < hi) {
            // Unsigned shift: lo + hi cannot overflow a long for any real sequence length.
            long mid = (lo + hi) >>> 1;
            Object item = Abstract.getItem(a, PyInt.of(mid));
            if (!noKey) {
                item = Abstract.call(key, item);
            }
            boolean goLeft = right
                    ? Abstract.isTrue(Abstract.richCompare(x, item, CompareOp.LT))
                    : !Abstract.isTrue(Abstract.richCompare(item, x, CompareOp.LT));
            if (goLeft) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
