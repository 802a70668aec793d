package dev.kaa.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.bytecode.pyc.PycFile;
import dev.kaa.bytecode.pyc.PycHeader;
import dev.kaa.compiler.spi.CompileOptions;
import dev.kaa.compiler.spi.PythonCompiler;
import dev.kaa.parser.ParseMode;
import dev.kaa.parser.PySyntaxError;
import dev.kaa.parser.PythonParser;
import dev.kaa.testkit.CPython;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Differential test over CPython's whole standard library ({@link CPython#lib()}, about 2,100
 * {@code .py} files, site-packages included). Kaa's parser and compiler compile every file
 * in-process while one CPython process ({@code lib_compile/lib_verdicts.py}) gives CPython's
 * verdict on each. Then the strong checks, with the {@code .pyc} files Kaa wrote into a mirror
 * tree: one CPython process ({@code lib_compile/import_driver.py}) imports about 490
 * side-effect-free pure-Python modules twice, normally and from Kaa's code, each batch in a fresh
 * child process, and runs about 40 of CPython's own fast unit test modules both ways (the tests'
 * code and the stdlib's from Kaa); another ({@code lib_compile/code_compare.py}) compares every
 * code object Kaa wrote with CPython's own, field by field (CPython's tests and pip left out, to
 * keep the run short).
 *
 * <p>Checks: strictly, no exception other than {@link PySyntaxError} escapes Kaa (an internal
 * compiler error is listed with the file and the Java exception). By ratchet: at least
 * {@link #MIN_FILES_AGREEING} files get CPython's verdict (compiled, or rejected with the same
 * exception type and line); at least {@link #MIN_MODULES_IMPORTING} modules that CPython imports
 * also import from Kaa's code, defining the same names; at least {@link #MIN_UNIT_TESTS_PASSING}
 * unit test modules give the same counts (run, failures, errors, skipped) on Kaa's code; at least
 * {@link #MIN_CODE_OBJECTS_IDENTICAL} code objects equal CPython's in every field (bytecode,
 * constants, names, positions, exception table, ...). The minimums are the levels reached when
 * last measured; they go up as the parser and compiler improve, never down. The failures are
 * printed and written to {@code target/lib-compile-report.txt}.
 *
 * <p>Skipped without CPython 3.13. Takes about one and a half minutes on two busy cores.
 *
 * <p>Thread safety: JUnit runs it on one thread; compiling happens on one worker thread.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LibCompileTest {

    /** Lib files whose Kaa verdict equals CPython's; ratchets up, see the class comment. */
    static final int MIN_FILES_AGREEING = 2137;
    /** Modules importing from Kaa's code as from CPython's; ratchets up, see the class comment. */
    static final int MIN_MODULES_IMPORTING = 482;
    /** CPython unit test modules whose counts are the same run on Kaa's code; ratchets up, see the class comment. */
    static final int MIN_UNIT_TESTS_PASSING = 43;
    /** Code objects (of Lib files, tests and pip left out) equal to CPython's in all their own fields; ratchets up. */
    static final int MIN_CODE_OBJECTS_IDENTICAL = 20192;

    private static final int COMPILE_TIMEOUT_SECONDS = 30;
    private static final int VERDICTS_TIMEOUT_SECONDS = 150;
    private static final int IMPORTS_TIMEOUT_SECONDS = 300;

    /** One Lib file: CPython's verdict, Kaa's, and the Java exception if Kaa crashed. */
    record FileResult(String path, String cpython, String kaa, Throwable crash) {
        boolean agrees() { return crash == null && kaa.equals(cpython); }
    }

    /** One module: CPython's import verdict and Kaa's. */
    record ImportResult(String module, String cpython, String kaa) {}

    /**
     * One compiled file: SAME, or DIFF and per differing field "field: qualname: detail" of its
     * first difference, tab-separated.
     */
    record CodeResult(String path, String difference) {
        boolean same() { return difference.equals("SAME"); }
        /** The fields that differ somewhere in the file. */
        List<String> fields() {
            List<String> fields = new ArrayList<>();
            String[] columns = difference.split("\t");
            for (int i = 1; i < columns.length; i++) {
                fields.add(columns[i].substring(0, Math.max(0, columns[i].indexOf(": "))));
            }
            return fields;
        }
    }

    private final List<FileResult> files = new ArrayList<>();
    private final List<ImportResult> imports = new ArrayList<>();
    private final List<CodeResult> codes = new ArrayList<>();
    private final List<ImportResult> unitTests = new ArrayList<>();
    private long codeObjects;
    private long codeObjectsSame;
    private Path work;

    @BeforeAll
    void compileAndImport() throws Exception {
        assumeTrue(CPython.found(), CPython.MISSING);
        work = Files.createTempDirectory("kaa-libcompile");
        Path lib = CPython.lib().toRealPath();
        Path verdictsScript = copyResource("lib_verdicts.py");
        Path driverScript = copyResource("import_driver.py");
        Path verdictsFile = work.resolve("verdicts.tsv");
        CompletableFuture<CPython.Result> verdictsRun = CompletableFuture.supplyAsync(() -> CPython.run(
                List.of(verdictsScript.toString(), lib.toString(), verdictsFile.toString()), work,
                VERDICTS_TIMEOUT_SECONDS));

        Path mirror = work.resolve("mirror");
        Map<String, String[]> kaa = compileAll(lib, mirror);

        CPython.Result verdicts = verdictsRun.get();
        assertEquals(0, verdicts.exitCode(), "lib_verdicts.py failed: " + verdicts.stderr());
        for (String line : Files.readAllLines(verdictsFile, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", 2);
            String[] k = kaa.getOrDefault(f[0], new String[] {"not compiled by Kaa", null});
            files.add(new FileResult(f[0], f[1], k[0], k[1] == null ? null : new Throwable(k[1])));
        }

        Path compareScript = copyResource("code_compare.py");
        Path compareFile = work.resolve("compare.tsv");
        CompletableFuture<CPython.Result> compareRun = CompletableFuture.supplyAsync(() -> CPython.run(
                List.of(compareScript.toString(), lib.toString(), mirror.toString(), compareFile.toString()), work,
                VERDICTS_TIMEOUT_SECONDS));
        Path importsFile = work.resolve("imports.tsv");
        Path testsFile = work.resolve("unittests.tsv");
        CPython.Result run = CPython.run(List.of(driverScript.toString(), lib.toString(), mirror.toString(),
                importsFile.toString(), testsFile.toString()), work, IMPORTS_TIMEOUT_SECONDS);
        assertEquals(0, run.exitCode(), "import_driver.py failed: " + run.stderr());
        for (String line : Files.readAllLines(importsFile, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", 3);
            imports.add(new ImportResult(f[0], f[1], f[2]));
        }
        for (String line : Files.readAllLines(testsFile, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", 3);
            unitTests.add(new ImportResult(f[0], f[1], f[2]));
        }
        CPython.Result compared = compareRun.get();
        assertEquals(0, compared.exitCode(), "code_compare.py failed: " + compared.stderr());
        for (String line : Files.readAllLines(compareFile, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", 3);
            if (f[0].equals("#code objects")) {
                codeObjects = Long.parseLong(f[1]);
                codeObjectsSame = Long.parseLong(f[2]);
            } else {
                codes.add(new CodeResult(f[0], line.substring(f[0].length() + 1)));
            }
        }
        writeReport();
    }

    @AfterAll
    void cleanUp() throws IOException {
        if (work != null) {
            try (Stream<Path> all = Files.walk(work)) {
                for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    void noInternalCompilerErrors() {
        List<String> crashes = files.stream().filter(f -> f.crash() != null)
                .map(f -> "  " + f.path() + ": " + f.crash().getMessage()).toList();
        assertTrue(crashes.isEmpty(), crashes.size() + " Lib files made Kaa throw something other than "
                + "PySyntaxError:\n" + String.join("\n", crashes));
    }

    @Test
    void verdictsMatchCPython() {
        long agreeing = files.stream().filter(FileResult::agrees).count();
        System.out.println("LibCompileTest: " + agreeing + " of " + files.size() + " Lib files get CPython's verdict");
        assertTrue(agreeing >= MIN_FILES_AGREEING, "only " + agreeing + " of " + files.size()
                + " Lib files get CPython's verdict (minimum " + MIN_FILES_AGREEING
                + "); see target/lib-compile-report.txt");
    }

    @Test
    void modulesImportFromKaaCode() {
        long cpythonOk = imports.stream().filter(i -> i.cpython().equals("OK")).count();
        long bothOk = imports.stream().filter(i -> i.cpython().equals("OK") && i.kaa().equals("OK")).count();
        System.out.println("LibCompileTest: " + bothOk + " of " + cpythonOk + " modules CPython imports ("
                + imports.size() + " tried) import from Kaa's .pyc");
        importFailures().forEach(System.out::println);
        assertTrue(bothOk >= MIN_MODULES_IMPORTING, "only " + bothOk + " of " + cpythonOk
                + " modules import from Kaa's code (minimum " + MIN_MODULES_IMPORTING + ")");
    }

    @Test
    void cpythonUnitTestsPassOnKaaCode() {
        long same = unitTests.stream().filter(t -> t.kaa().equals("OK")).count();
        System.out.println("LibCompileTest: " + same + " of " + unitTests.size()
                + " CPython unit test modules give the same counts run on Kaa's code");
        unitTests.stream().filter(t -> !t.kaa().equals("OK"))
                .forEach(t -> System.out.println(String.format("  %-24s CPython %s%n  %-24s Kaa     %s", t.module(),
                        t.cpython(), "", t.kaa())));
        assertTrue(same >= MIN_UNIT_TESTS_PASSING, "only " + same + " of " + unitTests.size()
                + " CPython unit test modules pass on Kaa's code (minimum " + MIN_UNIT_TESTS_PASSING + ")");
    }

    @Test
    void codeMatchesCPython() {
        long same = codes.stream().filter(CodeResult::same).count();
        System.out.println("LibCompileTest: " + codeObjectsSame + " of " + codeObjects + " code objects and " + same
                + " of " + codes.size() + " compiled Lib files (tests and pip left out) equal CPython's; "
                + "files per differing field: " + differencesByField());
        assertTrue(codeObjectsSame >= MIN_CODE_OBJECTS_IDENTICAL, "only " + codeObjectsSame + " of " + codeObjects
                + " code objects equal CPython's (minimum " + MIN_CODE_OBJECTS_IDENTICAL
                + "); see target/lib-compile-report.txt");
    }

    private Map<String, Long> differencesByField() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        codes.stream().flatMap(c -> c.fields().stream()).forEach(f -> counts.merge(f, 1L, Long::sum));
        return counts;
    }

    /**
     * Compiles every .py file under {@code lib} to {@code mirror} (same relative path, .pyc);
     * returns per relative path Kaa's verdict and, if something other than a syntax error
     * escaped, the exception's description.
     */
    private static Map<String, String[]> compileAll(Path lib, Path mirror) throws IOException {
        PythonParser parser = PythonParser.load("peg");
        PythonCompiler compiler = PythonCompiler.load(null);
        List<Path> sources;
        try (Stream<Path> all = Files.walk(lib)) {
            sources = all.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().toList();
        }
        Map<String, String[]> results = new LinkedHashMap<>();
        ExecutorService worker = newWorker();
        try {
            for (Path source : sources) {
                String rel = lib.relativize(source).toString().replace('\\', '/');
                Path pyc = mirror.resolve(rel.substring(0, rel.length() - 3) + ".pyc");
                Future<String> f = worker.submit(() -> compileOne(parser, compiler, source, pyc));
                try {
                    results.put(rel, new String[] {f.get(COMPILE_TIMEOUT_SECONDS, TimeUnit.SECONDS), null});
                } catch (ExecutionException e) {
                    Throwable t = e.getCause();
                    StackTraceElement[] st = t.getStackTrace();
                    results.put(rel, new String[] {"CRASH", t + (st.length > 0 ? " at " + st[0] : "")});
                } catch (TimeoutException e) {
                    // The stuck thread cannot be stopped; it is a daemon, so leave it and go on with a new one.
                    f.cancel(true);
                    worker.shutdownNow();
                    worker = newWorker();
                    results.put(rel, new String[] {"TIMEOUT", "compiling took more than "
                            + COMPILE_TIMEOUT_SECONDS + " s (endless loop?)"});
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        } finally {
            worker.shutdownNow();
        }
        return results;
    }

    /** Kaa's verdict on one file in lib_verdicts.py's format; writes the .pyc when it compiles. */
    private static String compileOne(PythonParser parser, PythonCompiler compiler, Path source, Path pyc)
            throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        CodeObject code;
        try {
            code = compiler.compile(parser, bytes, source.toString(), ParseMode.EXEC, CompileOptions.DEFAULT);
        } catch (PySyntaxError e) {
            return e.kind().name() + "\t" + e.lineno();
        }
        Files.createDirectories(pyc.getParent());
        long mtime = Files.getLastModifiedTime(source).toMillis() / 1000;
        PycFile.write(pyc, PycHeader.timestamp(mtime, bytes.length), code);
        return "OK";
    }

    private List<String> importFailures() {
        List<String> lines = new ArrayList<>();
        for (ImportResult i : imports) {
            if (i.cpython().equals("OK") && !i.kaa().equals("OK")) {
                lines.add(String.format("  %-40s %s", i.module(), i.kaa()));
            }
        }
        return lines;
    }

    private void writeReport() throws IOException {
        List<String> lines = new ArrayList<>();
        long agreeing = files.stream().filter(FileResult::agrees).count();
        lines.add(agreeing + " of " + files.size() + " Lib files get CPython's verdict; the others (file, CPython, Kaa):");
        for (FileResult f : files) {
            if (!f.agrees()) {
                lines.add("  " + f.path() + "\t" + f.cpython() + "\t" + f.kaa()
                        + (f.crash() == null ? "" : "\t" + f.crash().getMessage()));
            }
        }
        long cpythonOk = imports.stream().filter(i -> i.cpython().equals("OK")).count();
        long bothOk = imports.stream().filter(i -> i.cpython().equals("OK") && i.kaa().equals("OK")).count();
        lines.add("");
        lines.add(bothOk + " of " + cpythonOk + " modules CPython imports import from Kaa's .pyc; failures:");
        lines.addAll(importFailures());
        lines.add("");
        lines.add("CPython unit test modules run on Kaa's code (module, CPython's counts, Kaa's if different):");
        unitTests.forEach(t -> lines.add("  " + t.module() + "\t" + t.cpython() + "\t" + t.kaa()));
        lines.add("");
        lines.add("Modules CPython cannot import here (not counted):");
        imports.stream().filter(i -> !i.cpython().equals("OK"))
                .forEach(i -> lines.add("  " + i.module() + "\t" + i.cpython() + "\t" + i.kaa()));
        lines.add("");
        long same = codes.stream().filter(CodeResult::same).count();
        lines.add(codeObjectsSame + " of " + codeObjects + " code objects and " + same + " of " + codes.size()
                + " compiled Lib files have code objects equal to CPython's; "
                + "files per differing field " + differencesByField() + "; the others (file, then per field: qualname, first difference):");
        codes.stream().filter(c -> !c.same()).forEach(c -> lines.add("  " + c.path() + "\t" + c.difference()));
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.write(target.resolve("lib-compile-report.txt"), lines, StandardCharsets.UTF_8);
        }
    }

    private Path copyResource(String name) throws IOException {
        try (InputStream in = LibCompileTest.class.getResourceAsStream("/lib_compile/" + name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing test resource /lib_compile/" + name));
            }
            Path out = work.resolve(name);
            Files.write(out, in.readAllBytes());
            return out;
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "lib-compile");
            t.setDaemon(true);
            return t;
        });
    }
}
