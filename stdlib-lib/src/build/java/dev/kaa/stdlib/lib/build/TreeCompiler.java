package dev.kaa.stdlib.lib.build;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.bytecode.pyc.PycFile;
import dev.kaa.bytecode.pyc.PycHeader;
import dev.kaa.compiler.spi.CompilationRecursionError;
import dev.kaa.compiler.spi.CompileOptions;
import dev.kaa.compiler.spi.PythonCompiler;
import dev.kaa.parser.ParseMode;
import dev.kaa.parser.PySyntaxError;
import dev.kaa.parser.PythonParser;
import dev.kaa.stdlib.lib.StdlibLocator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Compiles each {@code .py} of the tree with Kaa's compiler to
 * {@code __pycache__/NAME.kaa-313.pyc} beside it, on as many threads as there are processors.
 *
 * <p>The {@code .pyc} files are unchecked hash-based (PEP 552, flags {@code 0b01}), as
 * {@code compileall --invalidation-mode unchecked-hash} writes for read-only installs: the tree
 * is built in one go and never changes, so there is nothing to check at import; a
 * timestamp-based file would tie the importer to the jar entries' times (two-second DOS times,
 * rewritten by reproducible builds), a checked one would make it hash every source it imports.
 * The code objects carry {@code co_filename} {@code /lib/python3.13/PATH}, the path inside the
 * jar; an importer sets the real one on load, as CPython's {@code _imp._fix_co_filename} does.
 *
 * <p>Thread safety: confined; the workers share only the stateless parser and compiler.
 */
final class TreeCompiler {
    /** A source that did not compile, with the error as CPython would print its first line. */
    record Failure(String path, String error) {}

    /** The outcome: how many {@code .pyc} files were written and which sources failed. */
    record Result(int written, List<Failure> failures) {}

    /** Worker stacks: Lib's deepest expressions recurse far in the parser and the code generator. */
    private static final long STACK_BYTES = 64L << 20;

    private final PythonParser parser;
    private final PythonCompiler compiler;

    TreeCompiler(PythonParser parser, PythonCompiler compiler) {
        this.parser = parser;
        this.compiler = compiler;
    }

    /** Compiles the {@code .py} files among {@code files} (path to source bytes) into {@code libDir}. */
    Result compileAll(Map<String, byte[]> files, Path libDir) throws IOException {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(null, r, "kaa-stdlib-compile", STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Failure>> jobs = new ArrayList<>();
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                if (e.getKey().endsWith(".py")) {
                    jobs.add(pool.submit(() -> compileOne(e.getKey(), e.getValue(), libDir)));
                }
            }
            List<Failure> failures = new ArrayList<>();
            for (Future<Failure> job : jobs) {
                Failure f = job.get();
                if (f != null) {
                    failures.add(f);
                }
            }
            return new Result(jobs.size() - failures.size(), failures);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildFailure("interrupted while compiling the standard library");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new BuildFailure("compiling the standard library failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Compiles one source; answers null, or why it did not compile. */
    private Failure compileOne(String path, byte[] source, Path libDir) {
        CodeObject code;
        try {
            code = compiler.compile(parser, source, "/" + StdlibLocator.LIB + "/" + path, ParseMode.EXEC,
                    CompileOptions.DEFAULT);
        } catch (PySyntaxError e) {
            return new Failure(path, e.kind() + ": " + e.msg() + " (line " + e.lineno() + ")");
        } catch (CompilationRecursionError e) {
            return new Failure(path, "RecursionError: " + e.getMessage());
        } catch (StackOverflowError e) {
            return new Failure(path, "the compiler overflowed its " + (STACK_BYTES >> 20) + " MB stack");
        } catch (RuntimeException e) {
            // A compiler bug: reported with the source, never fatal for the rest of the tree.
            return new Failure(path, "compiler error: " + e);
        }
        Path pyc = libDir.resolve(StdlibLocator.cachePath(path));
        try {
            Files.createDirectories(pyc.getParent());
            PycFile.write(pyc, PycHeader.hashBased(source, false), code);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }
}
