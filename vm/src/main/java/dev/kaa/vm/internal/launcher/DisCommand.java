package dev.kaa.vm.internal.launcher;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.bytecode.dis.Disassembler;
import dev.kaa.compiler.spi.CompilationRecursionError;
import dev.kaa.compiler.spi.CompileOptions;
import dev.kaa.parser.ParseMode;
import dev.kaa.parser.PySyntaxError;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code kaa -m dis [-C] [-O] [FILE]}: compiles a source file with Kaa's compiler and prints the
 * disassembly in the layout of {@code python3.13 -m dis} ({@code -C} shows inline caches,
 * {@code -O} instruction offsets).
 *
 * <p>Thread safety: confined.
 */
final class DisCommand {
    private static final String USAGE = "usage: dis.py [-h] [-C] [-O] [infile]\n";
    private static final String HELP = USAGE + """

            positional arguments:
              infile

            options:
              -h, --help          show this help message and exit
              -C, --show-caches   show inline caches
              -O, --show-offsets  show instruction offsets
            """;

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    DisCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        ArgScanner scan = new ArgScanner(args, "dis.py", USAGE, err);
        String infile = null;
        boolean showCaches = false;
        boolean showOffsets = false;
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
                case "-C", "--show-caches" -> showCaches = true;
                case "-O", "--show-offsets" -> showOffsets = true;
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
        AstCommand.SourceFile source = AstCommand.SourceFile.read(infile == null ? "-" : infile, in, err);
        if (source == null) {
            return 1;
        }
        CodeObject code;
        try {
            code = Toolchain.compiler().compile(Toolchain.parser(), source.bytes(), source.name(), ParseMode.EXEC,
                    CompileOptions.DEFAULT);
        } catch (PySyntaxError e) {
            err.print(SyntaxErrorText.format(e));
            return 1;
        } catch (CompilationRecursionError e) {
            err.println("RecursionError: " + e.getMessage());
            return 1;
        }
        try {
            Disassembler.disassemble(code, out, new Disassembler.Options(showCaches, showOffsets));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }
}
