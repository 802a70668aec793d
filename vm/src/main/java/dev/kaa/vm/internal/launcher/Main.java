package dev.kaa.vm.internal.launcher;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code kaa} command. It reads CPython's command line; until the interpreter arrives it
 * answers the modules whose work is the parser's, the compiler's and the disassembler's
 * ({@code -m ast}, {@code -m py_compile}, {@code -m dis}) the way CPython 3.13 answers them, and
 * says plainly that it cannot yet run other Python code.
 *
 * <p>Thread safety: confined to the main thread.
 */
public final class Main {
    /** What {@code -V} prints: the language version Kaa implements. */
    static final String VERSION = "Python 3.13.0";

    private static final String USAGE = "usage: kaa [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    Main(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status;
        try {
            status = new Main(System.in, out, err).run(Arrays.asList(args));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // An internal bug: Python users see SystemError with the Java cause, never a Java trace.
            err.println("SystemError: Kaa internal error: " + e);
            status = 1;
        }
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs the command line and returns the exit status. */
    int run(List<String> args) {
        int i = 0;
        while (i < args.size()) {
            String arg = args.get(i);
            if (arg.equals("-m")) {
                if (i + 1 >= args.size()) {
                    return usageError("Argument expected for the -m option");
                }
                return runModule(args.get(i + 1), args.subList(i + 2, args.size()));
            }
            if (arg.startsWith("-m") && arg.length() > 2) {
                return runModule(arg.substring(2), args.subList(i + 1, args.size()));
            }
            if (arg.equals("-V") || arg.equals("--version")) {
                out.println(VERSION);
                return 0;
            }
            if (arg.equals("-h") || arg.equals("-?") || arg.equals("--help")) {
                out.print(USAGE);
                out.print("""
                        This build of Kaa has the parser, the compiler and the .pyc tools; the
                        interpreter that runs Python code comes next. It answers:
                          kaa -m ast [-a] [-m MODE] [-i INDENT] [FILE]   print the AST, as python -m ast
                          kaa -m py_compile FILE...                      write __pycache__/NAME.kaa-313.pyc
                          kaa -m dis [-C] [-O] [FILE]                    disassemble Kaa's bytecode
                        """);
                return 0;
            }
            if (arg.equals("-X") || arg.equals("-W")) {
                i += 2;
                continue;
            }
            if (arg.startsWith("-X") || arg.startsWith("-W")) {
                i++;
                continue;
            }
            if (arg.matches("-[BEIPSbdiqsuvOx]+")) {
                i++;
                continue;
            }
            if (arg.startsWith("-") && !arg.equals("-")) {
                err.print("Unknown option: " + arg.substring(0, Math.min(2, arg.length())) + "\n" + USAGE
                        + "Try `kaa -h' for more information.\n");
                return 2;
            }
            return notYet("running '" + arg + "'");
        }
        return notYet("the interactive interpreter");
    }

    private int runModule(String module, List<String> args) {
        return switch (module) {
            case "ast" -> new AstCommand(in, out, err).run(args);
            case "py_compile" -> new PyCompileCommand(in, out, err).run(args);
            case "dis" -> new DisCommand(in, out, err).run(args);
            default -> notYet("running module '" + module + "'");
        };
    }

    private int usageError(String message) {
        err.print(message + "\n" + USAGE + "Try `kaa -h' for more information.\n");
        return 2;
    }

    private int notYet(String what) {
        err.println("kaa: " + what + " needs Kaa's interpreter, which is not built yet;"
                + " this build answers -m ast, -m py_compile and -m dis");
        return 2;
    }
}
