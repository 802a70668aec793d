package dev.kaa.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.kaa.testkit.CPython;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiler's acceptance corpus: every program under {@code src/test/python/<area>/} is
 * compiled by Kaa's parser and compiler in-process to a {@code .pyc}, which CPython 3.13 runs;
 * its stdout and stderr must equal the {@code .expected} output CPython gave running the source.
 * Without CPython the programs are still compiled and marshalled, and the runs are skipped.
 *
 * <p>{@code -Dkaa.corpus=area/name,area2} runs only the programs whose ids start so. The pass
 * count and the failing programs are also written to {@code target/corpus-report.txt}.
 *
 * <p>Thread safety: JUnit runs it on one thread.
 */
class CorpusTest {

    @TempDir
    Path work;

    /** One compiled program: the .pyc, or why compiling failed. */
    private record Compiled(CorpusProgram program, Path pyc, Throwable error) {}

    private static final int COMPILE_TIMEOUT_SECONDS = 30;

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        List<CorpusProgram> programs = CorpusProgram.all(CorpusProgram.ROOT, System.getProperty("kaa.corpus"));
        Map<String, Compiled> compiled = new LinkedHashMap<>();
        List<CorpusRunner.Job> jobs = new ArrayList<>();
        ExecutorService compiling = newCompileThread();
        try {
            for (CorpusProgram p : programs) {
                Path pyc = work.resolve(p.area()).resolve(p.name() + ".pyc");
                Future<Integer> f = compiling.submit(() -> KaaCompile.compileToPyc(p.source(), null, pyc));
                try {
                    f.get(COMPILE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    compiled.put(p.id(), new Compiled(p, pyc, null));
                    jobs.add(new CorpusRunner.Job(pyc, p.source(), p.id()));
                } catch (ExecutionException e) { // a compiler bug of any kind is this program's failure, not the run's
                    compiled.put(p.id(), new Compiled(p, null, e.getCause()));
                } catch (TimeoutException e) {
                    // The stuck thread cannot be stopped; it is a daemon, so leave it and go on with a new one.
                    f.cancel(true);
                    compiling.shutdownNow();
                    compiling = newCompileThread();
                    compiled.put(p.id(), new Compiled(p, null, new AssertionError(
                            "compiling took more than " + COMPILE_TIMEOUT_SECONDS + " s (endless loop?)")));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        } finally {
            compiling.shutdownNow();
        }
        Map<String, CorpusRunner.Outcome> outcomes = CPython.found()
                ? new CorpusRunner(CorpusProgram.ROOT.resolve("corpus_driver.py"), work).runAll(jobs)
                : Map.of();
        writeReport(compiled, outcomes);
        return compiled.values().stream().map(c -> dynamicTest(c.program().id(), () -> check(c, outcomes)));
    }

    /** A daemon thread with the stack size the {@code ./kaa} launcher gives the JVM ({@code -Xss16m}). */
    private static ExecutorService newCompileThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "corpus-compile", 16L << 20);
            t.setDaemon(true);
            return t;
        });
    }

    private static void check(Compiled c, Map<String, CorpusRunner.Outcome> outcomes) {
        if (c.error() != null) {
            fail("Kaa failed to compile " + c.program().id() + ": " + describe(c.error()), c.error());
        }
        assumeTrue(CPython.found(), CPython.MISSING);
        CorpusRunner.Outcome o = outcomes.get(c.program().id());
        if (o.failure() != null) {
            fail(o.failure());
        }
        String expected = c.program().expectedOutput();
        if (expected == null) {
            fail("no " + c.program().expected().getFileName() + ": run scripts/regen-corpus-expected");
        }
        if (!expected.equals(o.output())) {
            assertEquals(expected, o.output(), firstDifference(expected, o.output()));
        }
    }

    /** The first differing line, so a long output's failure says where at a glance. */
    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end of output>";
            String al = i < a.length ? a[i] : "<end of output>";
            if (!el.equals(al)) {
                return "output differs at line " + (i + 1) + ":\n  CPython: " + el + "\n  Kaa:     " + al;
            }
        }
        return "output differs";
    }

    /** The exception and its causes, each with the frame that threw it. */
    static String describe(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (Throwable c = t; c != null && b.length() < 2000; c = c.getCause() == c ? null : c.getCause()) {
            if (!b.isEmpty()) {
                b.append("; caused by ");
            }
            b.append(c);
            StackTraceElement[] st = c.getStackTrace();
            if (st.length > 0) {
                b.append(" at ").append(st[0]);
            }
        }
        return b.toString();
    }

    private static void writeReport(Map<String, Compiled> compiled, Map<String, CorpusRunner.Outcome> outcomes) throws IOException {
        int passed = 0;
        StringWriter failures = new StringWriter();
        PrintWriter w = new PrintWriter(failures);
        for (Compiled c : compiled.values()) {
            CorpusRunner.Outcome o = outcomes.get(c.program().id());
            if (c.error() != null) {
                w.println("COMPILE " + c.program().id() + ": " + describe(c.error()));
            } else if (o == null) {
                w.println("NOT RUN " + c.program().id());
            } else if (o.failure() != null) {
                w.println("CRASH   " + c.program().id() + ": " + o.failure().lines().findFirst().orElse(""));
            } else if (c.program().expectedOutput() == null) {
                w.println("NO EXPECTED OUTPUT " + c.program().id());
            } else if (o.output().equals(c.program().expectedOutput())) {
                passed++;
            } else {
                w.println("OUTPUT  " + c.program().id() + ": "
                        + firstDifference(c.program().expectedOutput(), o.output()).replace("\n", " | "));
            }
        }
        w.flush();
        String report = "corpus: " + passed + "/" + compiled.size() + " programs give CPython's output"
                + (CPython.found() ? "" : " (" + CPython.MISSING + ")") + "\n" + failures;
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("corpus-report.txt"), report, StandardCharsets.UTF_8);
        }
    }
}
