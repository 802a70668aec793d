package dev.kaa.vm.internal.launcher;

import java.io.PrintStream;
import java.util.List;

/**
 * Walks a {@code -m} tool's arguments as Python's {@code argparse} reads them, for the small
 * option sets of the launcher's commands: short and long options, {@code --opt=value},
 * {@code -ovalue}, and {@code --} ending the options. Errors print argparse's usage and
 * {@code PROG: error: …} lines and answer exit status 2.
 *
 * <p>Thread safety: confined.
 */
final class ArgScanner {
    /** What {@link #option} answers for a positional argument. */
    static final String POSITIONAL = "";

    private final List<String> args;
    private final String prog;
    private final String usage;
    private final PrintStream err;
    private int index;
    private boolean optionsEnded;
    private String inlineValue;

    ArgScanner(List<String> args, String prog, String usage, PrintStream err) {
        this.args = args;
        this.prog = prog;
        this.usage = usage;
        this.err = err;
    }

    boolean hasNext() {
        return index < args.size();
    }

    /** The next argument; a first {@code --} is consumed and ends the options. */
    String next() {
        String arg = args.get(index++);
        inlineValue = null;
        if (!optionsEnded && arg.equals("--")) {
            optionsEnded = true;
            return hasNext() ? next() : null;
        }
        return arg;
    }

    /** The option an argument names ({@code -x} or {@code --long}), or {@link #POSITIONAL}. */
    String option(String arg) {
        if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
            return POSITIONAL;
        }
        if (arg.startsWith("--")) {
            int eq = arg.indexOf('=');
            if (eq > 0) {
                inlineValue = arg.substring(eq + 1);
                return arg.substring(0, eq);
            }
            return arg;
        }
        if (arg.length() > 2) {
            inlineValue = arg.substring(2);
        }
        return arg.substring(0, 2);
    }

    /** Whether the option just read came with a value glued to it ({@code -ab}, {@code --x=1}). */
    boolean hasInlineValue() {
        return inlineValue != null;
    }

    /** The value of the option just read, or null after printing an error. */
    String value(String name) {
        if (inlineValue != null) {
            String v = inlineValue;
            inlineValue = null;
            return v;
        }
        if (!hasNext()) {
            error("argument " + name + ": expected one argument");
            return null;
        }
        return args.get(index++);
    }

    /** Prints argparse's usage and error lines; answers the exit status 2. */
    int error(String message) {
        err.print(usage);
        err.print(prog + ": error: " + message + "\n");
        return 2;
    }
}
