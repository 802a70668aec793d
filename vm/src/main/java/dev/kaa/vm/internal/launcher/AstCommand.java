package dev.kaa.vm.internal.launcher;

import dev.kaa.parser.ParseMode;
import dev.kaa.parser.ParseOptions;
import dev.kaa.parser.PySyntaxError;
import dev.kaa.parser.ast.AstDump;
import dev.kaa.parser.ast.Mod;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code kaa -m ast}: prints the tree of a file as {@code python3.13 -m ast} does, with its
 * options ({@code -m/--mode}, {@code -a/--include-attributes}, {@code -i/--indent},
 * {@code --no-type-comments}) and its {@code argparse} errors.
 *
 * <p>Thread safety: confined.
 */
final class AstCommand {
    private static final String PROG = "python -m ast";
    private static final String USAGE = """
            usage: python -m ast [-h] [-m {exec,single,eval,func_type}]
                                 [--no-type-comments] [-a] [-i INDENT]
                                 [infile]
            """;
    private static final String HELP = USAGE + """

            positional arguments:
              infile                the file to parse; defaults to stdin

            options:
              -h, --help            show this help message and exit
              -m, --mode {exec,single,eval,func_type}
                                    specify what kind of code must be parsed
              --no-type-comments    don't add information about type comments
              -a, --include-attributes
                                    include attributes such as line numbers and column
                                    offsets
              -i, --indent INDENT   indentation of nodes (number of spaces)
            """;

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    AstCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        ArgScanner scan = new ArgScanner(args, PROG, USAGE, err);
        String infile = null;
        ParseMode mode = ParseMode.EXEC;
        boolean attributes = false;
        int indent = 3;
        // python -m ast parses with type_comments=True unless told not to
        boolean typeComments = true;
        while (scan.hasNext()) {
            String arg = scan.next();
            if (arg == null) {
                break;
            }
            switch (scan.option(arg)) {
                case "-h", "--help" -> {
                    out.print(HELP);
                    return 0;
                }
                case "-m", "--mode" -> {
                    String value = scan.value("-m/--mode");
                    mode = value == null ? null : ParseMode.of(value);
                    if (mode == null) {
                        return value == null ? 2 : scan.error("argument -m/--mode: invalid choice: '" + value
                                + "' (choose from 'exec', 'single', 'eval', 'func_type')");
                    }
                }
                case "-i", "--indent" -> {
                    String value = scan.value("-i/--indent");
                    if (value == null) {
                        return 2;
                    }
                    try {
                        indent = Integer.parseInt(value.strip());
                    } catch (NumberFormatException e) {
                        return scan.error("argument -i/--indent: invalid int value: '" + value + "'");
                    }
                }
                case "-a", "--include-attributes" -> {
                    if (scan.hasInlineValue()) {
                        return scan.error("unrecognized arguments: " + arg);
                    }
                    attributes = true;
                }
                case "--no-type-comments" -> {
                    if (scan.hasInlineValue()) {
                        return scan.error("argument --no-type-comments: ignored explicit argument '"
                                + scan.value("--no-type-comments") + "'");
                    }
                    typeComments = false;
                }
                case ArgScanner.POSITIONAL -> {
                    if (infile != null) {
                        return scan.error("unrecognized arguments: " + arg);
                    }
                    infile = arg;
                }
                default -> {
                    return scan.error("unrecognized arguments: " + arg);
                }
            }
        }
        SourceFile source = SourceFile.read(infile == null ? "-" : infile, in, err);
        if (source == null) {
            return 1;
        }
        Mod tree;
        try {
            tree = Toolchain.parser().parse(source.bytes(), source.name(), mode,
                    typeComments ? ParseOptions.TYPE_COMMENTS : ParseOptions.DEFAULT);
        } catch (PySyntaxError e) {
            err.print(SyntaxErrorText.format(e));
            return 1;
        }
        // ast.dump's indent: a negative number still starts new lines, as Python's does.
        out.println(AstDump.dump(tree, attributes, indent));
        return 0;
    }

    /** A file read as {@code open(name, 'rb').read()}, or standard input for {@code -}. */
    record SourceFile(String name, byte[] bytes) {
        static SourceFile read(String path, InputStream in, PrintStream err) {
            try {
                if (path.equals("-")) {
                    return new SourceFile("<stdin>", in.readAllBytes());
                }
                return new SourceFile(path, java.nio.file.Files.readAllBytes(java.nio.file.Path.of(path)));
            } catch (java.nio.file.NoSuchFileException e) {
                err.println("FileNotFoundError: [Errno 2] No such file or directory: '" + path + "'");
            } catch (java.nio.file.AccessDeniedException e) {
                err.println("PermissionError: [Errno 13] Permission denied: '" + path + "'");
            } catch (IOException e) {
                err.println("OSError: " + e.getMessage() + ": '" + path + "'");
            }
            return null;
        }
    }
}
