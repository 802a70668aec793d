package dev.kaa.vm.modules.datetime;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;

/**
 * Argument binding for the constructors, as CPython's {@code PyArg_ParseTupleAndKeywords}
 * does it (its messages name "function"), and its {@code "i"} conversion.
 *
 * <p>Thread safety: stateless.
 */
final class DtArgs {
    private DtArgs() {}

    /**
     * Binds to {@code names}, the first {@code required} of them required and those from
     * {@code kwOnly} on keyword-only; absent ones are null.
     */
    static Object[] bind(String[] names, int required, int kwOnly, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (args.length > names.length) {
            throw PyErr.typeError("function takes at most %d argument%s (%d given)", names.length,
                    names.length == 1 ? "" : "s", args.length);
        }
        if (npos > kwOnly) {
            throw PyErr.typeError("function takes at most %d positional argument%s (%d given)", kwOnly,
                    kwOnly == 1 ? "" : "s", npos);
        }
        Object[] out = new Object[names.length];
        System.arraycopy(args, 0, out, 0, npos);
        // CPython walks the parameters in order (a name given twice, a missing one), then
        // reports a keyword that matches no parameter.
        for (int i = 0; i < names.length; i++) {
            int k = keyword(kwnames, names[i]);
            if (i < npos) {
                if (k >= 0) {
                    throw PyErr.typeError("argument for function given by name ('%s') and position (%d)", names[i],
                            i + 1);
                }
            } else if (k >= 0) {
                out[i] = args[npos + k];
            } else if (i < required) {
                throw PyErr.typeError("function missing required argument '%s' (pos %d)", names[i], i + 1);
            }
        }
        for (int k = 0; k < nkw; k++) {
            if (!java.util.Arrays.asList(names).contains(kwnames[k])) {
                throw PyErr.typeError("'%s' is an invalid keyword argument for this function", kwnames[k]);
            }
        }
        return out;
    }

    /**
     * Binds optional parameters that take keywords, with Argument Clinic's messages naming
     * {@code fn}; absent ones are null.
     */
    static Object[] bindClinic(String fn, String[] names, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos > names.length) {
            throw PyErr.typeError("%s() takes at most %d argument%s (%d given)", fn, names.length,
                    names.length == 1 ? "" : "s", npos);
        }
        Object[] out = new Object[names.length];
        System.arraycopy(args, 0, out, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int at = java.util.Arrays.asList(names).indexOf(kwnames[k]);
            if (at < 0) {
                throw PyErr.typeError("%s() got an unexpected keyword argument '%s'", fn, kwnames[k]);
            }
            if (at < npos) {
                throw PyErr.typeError("argument for %s() given by name ('%s') and position (%d)", fn, kwnames[k],
                        at + 1);
            }
            out[at] = args[npos + k];
        }
        return out;
    }

    private static int keyword(String[] kwnames, String name) {
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) {
                if (kwnames[k].equals(name)) {
                    return k;
                }
            }
        }
        return -1;
    }

    /** C's {@code "i"} conversion; {@code dflt} when absent. */
    static int cInt(Object o, int dflt) {
        if (o == null) {
            return dflt;
        }
        PyInt i = Abstract.index(o);
        if (!i.isLong()) {
            throw PyErr.overflowError("Python int too large to convert to C long");
        }
        long v = i.longValue();
        if (v > Integer.MAX_VALUE) {
            throw PyErr.overflowError("signed integer is greater than maximum");
        }
        if (v < Integer.MIN_VALUE) {
            throw PyErr.overflowError("signed integer is less than minimum");
        }
        return (int) v;
    }
}
