package dev.kaa.vm.objects;

/**
 * Binds the arguments of the number constructors ({@code int(x, /, base)}, {@code float(x, /)},
 * {@code complex(real, imag)}) with the messages CPython's Argument Clinic gives them.
 *
 * <p>Thread safety: stateless.
 */
final class NumArgs {
    private NumArgs() {}

    /**
     * The values of {@code names} (null where not given) from a vectorcall argument array;
     * the first {@code posonly} names cannot be given by keyword.
     */
    static Object[] bind(String fn, Object[] args, String[] kwnames, String[] names, int posonly) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        int max = names.length;
        if (nkw > 0 && posonly == max) {
            throw PyErr.typeError("%s() takes no keyword arguments", fn);
        }
        if (npos > max || args.length > max) {
            if (nkw == 0 && posonly > 0) {
                throw PyErr.typeError("%s expected at most %d argument%s, got %d", fn, max, max == 1 ? "" : "s", npos);
            }
            throw PyErr.typeError("%s() takes at most %d argument%s (%d given)", fn, max, max == 1 ? "" : "s",
                    args.length);
        }
        Object[] out = new Object[max];
        System.arraycopy(args, 0, out, 0, npos);
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            int idx = -1;
            for (int j = posonly; j < max; j++) {
                if (names[j].equals(kw)) {
                    idx = j;
                }
            }
            if (idx < 0) {
                throw PyErr.typeError("%s() got an unexpected keyword argument '%s'", fn, kw);
            }
            if (idx < npos) {
                throw PyErr.typeError("argument for %s() given by name ('%s') and position (%d)", fn, kw, idx + 1);
            }
            out[idx] = args[npos + k];
        }
        return out;
    }

    /**
     * Binds a method's arguments as Argument Clinic does for {@code name(a, b, *, c)}: the first
     * {@code maxPositional} names may come by position, all by keyword; the first
     * {@code required} are required. Absent values are null.
     */
    static Object[] bindKw(String fn, Object[] args, String[] kwnames, String[] names, int maxPositional,
            int required) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos > maxPositional) {
            throw PyErr.typeError("%s() takes at most %d positional argument%s (%d given)", fn, maxPositional,
                    maxPositional == 1 ? "" : "s", npos);
        }
        Object[] out = new Object[names.length];
        System.arraycopy(args, 0, out, 0, npos);
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            int idx = -1;
            for (int j = 0; j < names.length; j++) {
                if (names[j].equals(kw)) {
                    idx = j;
                }
            }
            if (idx < 0) {
                throw PyErr.typeError("%s() got an unexpected keyword argument '%s'", fn, kw);
            }
            if (idx < npos) {
                throw PyErr.typeError("argument for %s() given by name ('%s') and position (%d)", fn, kw, idx + 1);
            }
            out[idx] = args[npos + k];
        }
        for (int j = 0; j < required; j++) {
            if (out[j] == null) {
                throw PyErr.typeError("%s() missing required argument '%s' (pos %d)", fn, names[j], j + 1);
            }
        }
        return out;
    }
}
