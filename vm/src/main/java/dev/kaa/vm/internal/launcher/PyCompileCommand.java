package dev.kaa.vm.internal.launcher;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.bytecode.pyc.PycFile;
import dev.kaa.bytecode.pyc.PycHeader;
import dev.kaa.compiler.spi.CompilationRecursionError;
import dev.kaa.compiler.spi.CompileOptions;
import dev.kaa.parser.ParseMode;
import dev.kaa.parser.PySyntaxError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code kaa -m py_compile FILE…}: compiles each source to {@code __pycache__/NAME.kaa-313.pyc}
 * beside it, as CPython's {@code py_compile} writes {@code NAME.cpython-313.pyc}: a
 * timestamp-based header, or a checked hash-based one when {@code SOURCE_DATE_EPOCH} is set.
 * The first error ends the run with status 1 and CPython's text. The file is written whole or
 * not at all.
 *
 * <p>Thread safety: confined.
 */
final class PyCompileCommand {
    /** Kaa's {@code sys.implementation.cache_tag}: its caches never overwrite CPython's. */
    static final String CACHE_TAG = "kaa-313";

    private static final String USAGE = "usage: py_compile.py [-h] [-q] filenames [filenames ...]\n";
    private static final String HELP = USAGE + """

            A simple command-line interface for py_compile module.

            positional arguments:
              filenames    Files to compile

            options:
              -h, --help   show this help message and exit
              -q, --quiet  Suppress error output
            """;

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    PyCompileCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        ArgScanner scan = new ArgScanner(args, "py_compile.py", USAGE, err);
        boolean quiet = false;
        List<String> filenames = new ArrayList<>();
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
                case "-q", "--quiet" -> quiet = true;
                case ArgScanner.POSITIONAL -> filenames.add(arg);
                default -> {
                    return scan.error("unrecognized arguments: " + arg);
                }
            }
        }
        if (filenames.isEmpty()) {
            return scan.error("the following arguments are required: filenames");
        }
        if (filenames.equals(List.of("-"))) {
            filenames = readFilenames();
        }
        for (String filename : filenames) {
            String error = compile(filename);
            if (error != null) {
                if (!quiet) {
                    err.print(error);
                }
                return 1;
            }
        }
        return 0;
    }

    private List<String> readFilenames() {
        List<String> names = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                names.add(line);
            }
        } catch (IOException e) {
            err.println("OSError: " + e.getMessage());
        }
        return names;
    }

    /** Compiles one file; answers null, or the message {@code py_compile} prints for its error. */
    private String compile(String filename) {
        Path source = Path.of(filename);
        byte[] bytes;
        PycHeader header;
        try {
            bytes = Files.readAllBytes(source);
            header = header(source, bytes);
        } catch (NoSuchFileException e) {
            return "[Errno 2] No such file or directory: '" + filename + "'";
        } catch (AccessDeniedException e) {
            return "[Errno 13] Permission denied: '" + filename + "'";
        } catch (IOException e) {
            return "[Errno 5] " + e.getMessage() + ": '" + filename + "'";
        }
        CodeObject code;
        try {
            code = Toolchain.compiler().compile(Toolchain.parser(), bytes, filename, ParseMode.EXEC,
                    CompileOptions.DEFAULT);
        } catch (PySyntaxError e) {
            // py_compile formats plain SyntaxErrors as a traceback would, its subclasses as one line.
            return e.kind() == PySyntaxError.Kind.SyntaxError
                    ? SyntaxErrorText.format(e)
                    : "Sorry: " + e.kind() + ": " + SyntaxErrorText.str(e);
        } catch (CompilationRecursionError e) {
            return "Sorry: RecursionError: " + e.getMessage();
        }
        Path pyc = cachePath(source);
        try {
            Files.createDirectories(pyc.getParent());
            PycFile.write(pyc, header, code);
        } catch (IOException e) {
            return "[Errno 5] " + e.getMessage() + ": '" + pyc + "'";
        }
        return null;
    }

    private static PycHeader header(Path source, byte[] bytes) throws IOException {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isEmpty()) {
            return PycHeader.hashBased(bytes, true);
        }
        long mtime = Files.getLastModifiedTime(source).toMillis() / 1000;
        return PycHeader.timestamp(mtime, bytes.length);
    }

    /** {@code importlib.util.cache_from_source} with Kaa's cache tag. */
    static Path cachePath(Path source) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        Path dir = source.toAbsolutePath().getParent();
        return dir.resolve("__pycache__").resolve(base + "." + CACHE_TAG + ".pyc");
    }
}
