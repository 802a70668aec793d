package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.CompareOp;
import dev.kaa.vm.objects.Ints;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyTuple;

/**
 * {@code min} and {@code max}: {@code max(iterable, *[, default=obj, key=func])} and
 * {@code max(arg1, arg2, *args, key=func)}. The first of equal extremes wins, as each later
 * item must compare strictly greater (or less) to replace it.
 *
 * <p>Thread safety: stateless.
 */
final class BuiltinMinMax {
    private BuiltinMinMax() {}

    static Object minMax(Object[] args, String[] kwnames, boolean max) {
        String name = max ? "max" : "min";
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos == 0) {
            throw PyErr.typeError("%s expected at least 1 argument, got 0", name);
        }
        Object key = null, dflt = null;
        if (nkw > 2) {
            throw PyErr.typeError("%s() takes at most 2 keyword arguments (%d given)", name, nkw);
        }
        for (int k = 0; k < nkw; k++) {
            switch (kwnames[k]) {
                case "key" -> key = args[npos + k];
                case "default" -> dflt = args[npos + k];
                default -> throw PyErr.typeError("%s() got an unexpected keyword argument '%s'", name, kwnames[k]);
            }
        }
        if (npos > 1 && dflt != null) {
            throw PyErr.typeError("Cannot specify a default for %s() with multiple positional arguments", name);
        }
        if (key == PyNone.NONE) {
            key = null;
        }
        Object it = Abstract.iter(npos == 1 ? args[0] : new PyTuple(java.util.Arrays.copyOf(args, npos)));
        CompareOp op = max ? CompareOp.GT : CompareOp.LT;
        Object best = null, bestKey = null, item;
        while ((item = Abstract.next(it)) != null) {
            Object itemKey = key == null ? item : Abstract.call(key, item);
            if (best == null || beats(itemKey, bestKey, op)) {
                best = item;
                bestKey = itemKey;
            }
        }
        if (best != null) {
            return best;
        }
        if (dflt != null) {
            return dflt;
        }
        throw PyErr.valueError("%s() iterable argument is empty", name);
    }

    /** {@code a > b} (or {@code <}) as a Java boolean, exact ints and floats compared directly. */
    private static boolean beats(Object a, Object b, CompareOp op) {
        Class<?> ca = a.getClass();
        if (ca == PyInt.class && b.getClass() == PyInt.class) {
            int c = Ints.compare((PyInt) a, (PyInt) b);
            return op == CompareOp.GT ? c > 0 : c < 0;
        }
        if (ca == PyFloat.class && b.getClass() == PyFloat.class) {
            // NaN compares false either way, as in Python.
            double x = ((PyFloat) a).doubleValue(), y = ((PyFloat) b).doubleValue();
            return op == CompareOp.GT ? x > y : x < y;
        }
        return Abstract.isTrue(Abstract.richCompare(a, b, op));
    }
}
