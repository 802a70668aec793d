package dev.kaa.vm.modules;

import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyType;

/**
 * Argument binding for the itertools constructors, with the messages CPython's argument
 * parsing gives each of them (Argument Clinic's for those taking keywords, the "expected N
 * arguments" family for positional-only ones).
 *
 * <p>Thread safety: stateless.
 */
final class ItertoolsArgs {
    private ItertoolsArgs() {}

    static int keywordCount(String[] kwnames) {
        return kwnames == null ? 0 : kwnames.length;
    }

    /** Refuses keywords: "{@code name}() takes no keyword arguments". */
    static void noKeywords(String name, String[] kwnames) {
        if (keywordCount(kwnames) > 0) {
            throw PyErr.typeError("%s() takes no keyword arguments", name);
        }
    }

    /**
     * Refuses keywords to the constructor of {@code exact} and of subclasses that keep its
     * {@code __init__}: a subclass defining {@code __init__} may take keywords of its own.
     */
    static void noKeywords(String name, PyType cls, PyType exact, String[] kwnames) {
        if (keywordCount(kwnames) > 0 && (cls == exact || cls.lookup("__init__") == exact.lookup("__init__"))) {
            throw PyErr.typeError("%s() takes no keyword arguments", name);
        }
    }

    /** Checks a positional count: "{@code name} expected [at least|at most] N argument(s), got M". */
    static void positional(String name, int n, int min, int max) {
        if (n < min) {
            throw PyErr.typeError("%s expected %s%d argument%s, got %d", name, min == max ? "" : "at least ", min,
                    min == 1 ? "" : "s", n);
        }
        if (n > max) {
            throw PyErr.typeError("%s expected %s%d argument%s, got %d", name, min == max ? "" : "at most ", max,
                    max == 1 ? "" : "s", n);
        }
    }

    /**
     * Binds positional-or-keyword parameters {@code names[0..npositional)} and keyword-only
     * ones after them; the first {@code required} are required. Missing optional ones are null.
     */
    static Object[] bind(String fn, Object[] args, String[] kwnames, String[] names, int npositional, int required) {
        int nkw = keywordCount(kwnames);
        int npos = args.length - nkw;
        if (args.length > names.length) {
            throw PyErr.typeError("%s() takes at most %d argument%s (%d given)", fn, names.length,
                    names.length == 1 ? "" : "s", args.length);
        }
        if (npos > npositional) {
            throw PyErr.typeError("%s() takes at most %d positional argument%s (%d given)", fn, npositional,
                    npositional == 1 ? "" : "s", npos);
        }
        Object[] out = new Object[names.length];
        System.arraycopy(args, 0, out, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int at = -1;
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(kwnames[k])) {
                    at = i;
                }
            }
            if (at < 0) {
                throw PyErr.typeError("%s() got an unexpected keyword argument '%s'", fn, kwnames[k]);
            }
            if (at < npos) {
                throw PyErr.typeError("argument for %s() given by name ('%s') and position (%d)", fn, names[at], at + 1);
            }
            out[at] = args[npos + k];
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                throw PyErr.typeError("%s() missing required argument '%s' (pos %d)", fn, names[i], i + 1);
            }
        }
        return out;
    }
}
