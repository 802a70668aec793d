package dev.kaa.vm.modules;

import dev.kaa.vm.objects.TracebackSuggestions;

import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;

/**
 * Argument binding for the built-in functions whose CPython versions are Argument Clinic
 * functions taking keywords ({@code sum}, {@code pow}, {@code round}): the same rules and the
 * same messages as Clinic's keyword unpacking, which differ from those of positional-only
 * functions ("takes at most 2 arguments (3 given)" counts keywords too).
 *
 * <p>Thread safety: immutable.
 */
final class BuiltinArgs {
    private final String fname;
    private final String[] names;
    private final int posonly, minpos;

    /**
     * @param fname the function name for messages
     * @param posonly how many leading parameters are positional-only
     * @param minpos how many leading parameters are required
     * @param names every parameter's name (all positional, none keyword-only)
     */
    BuiltinArgs(String fname, int posonly, int minpos, String... names) {
        this.fname = fname;
        this.posonly = posonly;
        this.minpos = minpos;
        this.names = names;
    }

    /** The arguments by parameter, null where not given. */
    Object[] bind(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        int max = names.length;
        if (args.length > max) {
            throw PyErr.typeError("%s() takes at most %d %sargument%s (%d given)", fname, max,
                    npos == 0 ? "keyword " : "", max == 1 ? "" : "s", args.length);
        }
        int minPosOnly = Math.min(posonly, minpos);
        if (npos < minPosOnly) {
            throw PyErr.typeError("%s() takes %s %d positional argument%s (%d given)", fname,
                    minPosOnly < max ? "at least" : "exactly", minPosOnly, minPosOnly == 1 ? "" : "s", npos);
        }
        Object[] out = new Object[max];
        System.arraycopy(args, 0, out, 0, npos);
        int used = 0;
        for (int i = Math.max(npos, posonly); i < max; i++) {
            int k = find(kwnames, names[i]);
            if (k >= 0) {
                out[i] = args[npos + k];
                used++;
            } else if (i < minpos) {
                throw PyErr.typeError("%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
            }
        }
        if (used < nkw) {
            throw unusedKeyword(args.length - nkw, kwnames, out);
        }
        return out;
    }

    private PyException unusedKeyword(int npos, String[] kwnames, Object[] out) {
        for (int i = posonly; i < npos; i++) {
            int k = find(kwnames, names[i]);
            if (k >= 0) {
                return PyErr.typeError("argument for %s() given by name ('%s') and position (%d)",
                        fname, names[i], i + 1);
            }
        }
        for (String kw : kwnames) {
            int at = java.util.Arrays.asList(names).indexOf(kw);
            if (at < 0) {
                return PyErr.typeError("%s() got an unexpected keyword argument '%s'%s", fname, kw,
                        TracebackSuggestions.didYouMean(kw, keywordNames()));
            }
            if (at < posonly) {
                return PyErr.typeError(
                        "%s() got some positional-only arguments passed as keyword arguments: '%s'", fname, kw);
            }
        }
        return PyErr.typeError("%s() got an unexpected keyword argument", fname);
    }

    /** The names that keywords may use: those after the positional-only ones. */
    private String[] keywordNames() {
        return java.util.Arrays.copyOfRange(names, posonly, names.length);
    }

    private static int find(String[] kwnames, String name) {
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) {
                if (kwnames[k].equals(name)) {
                    return k;
                }
            }
        }
        return -1;
    }
}
