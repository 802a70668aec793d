package dev.kaa.stdlib.sqlite3;

import dev.kaa.ext.Py;

/**
 * Parses the arguments of the few calls whose signature the annotations cannot state
 * ({@code connect()} and {@code Connection()} take any mix of positions and keywords, and
 * warn about positions), with Argument Clinic's errors.
 *
 * <p>Thread safety: stateless.
 */
final class Args {
    private Args() {}

    /**
     * The values of parameters {@code names} (null where not given) from vectorcall arguments;
     * the first {@code required} must be given, at most {@code maxPositional} by position.
     */
    static Object[] parse(String function, Object[] args, String[] kwnames, String[] names, int required,
            int maxPositional) {
        int keywords = kwnames == null ? 0 : kwnames.length;
        int positional = args.length - keywords;
        if (positional > maxPositional) {
            throw Py.typeError(function + "() takes at most " + maxPositional + " positional argument"
                    + (maxPositional == 1 ? "" : "s") + " (" + positional + " given)");
        }
        Object[] values = new Object[names.length];
        System.arraycopy(args, 0, values, 0, positional);
        for (int k = 0; k < keywords; k++) {
            int at = indexOf(names, kwnames[k]);
            if (at < 0) {
                throw Py.typeError(function + "() got an unexpected keyword argument '" + kwnames[k] + "'");
            }
            if (values[at] != null) {
                throw Py.typeError("argument for " + function + "() given by name ('" + kwnames[k]
                        + "') and position (" + (at + 1) + ")");
            }
            values[at] = args[positional + k];
        }
        for (int i = 0; i < required; i++) {
            if (values[i] == null) {
                throw Py.typeError(function + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return values;
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The positional arguments' count. */
    static int positional(Object[] args, String[] kwnames) {
        return args.length - (kwnames == null ? 0 : kwnames.length);
    }

    /**
     * Parses the arguments of a method whose first {@code deprecated} parameters will become
     * positional-only in 3.15, warning (as 3.13 does) when any of them is passed by keyword.
     */
    static Object[] parseWarning(String method, Object[] args, String[] kwnames, String[] names, int required,
            int deprecated) {
        if (kwnames != null) {
            for (String k : kwnames) {
                int at = java.util.Arrays.asList(names).indexOf(k);
                if (at >= 0 && at < deprecated) {
                    deprecation(keywordMessage(method, java.util.Arrays.copyOf(names, deprecated)), 1);
                    break;
                }
            }
        }
        return parse(method.substring(method.lastIndexOf('.') + 1), args, kwnames, names, required, names.length);
    }

    private static String keywordMessage(String method, String[] names) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            if (i > 0) {
                list.append(i == names.length - 1 ? " and " : ", ");
            }
            list.append('\'').append(names[i]).append('\'');
        }
        boolean one = names.length == 1;
        return "Passing keyword argument" + (one ? " " : "s ") + list + " to " + method + "() is deprecated. Parameter"
                + (one ? " " : "s ") + list + " will become positional-only in Python 3.15.";
    }

    /** Issues a DeprecationWarning, as {@code warnings.warn(message, DeprecationWarning, stacklevel)}. */
    static void deprecation(String message, int stacklevel) {
        Object warn = Py.getAttr(Py.importModule("warnings"), "warn");
        Py.call(warn, Py.str(message), Py.builtinType("DeprecationWarning"), Py.integer(stacklevel));
    }
}
