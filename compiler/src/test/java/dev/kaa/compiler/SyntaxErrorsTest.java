package dev.kaa.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaa.compiler.spi.CompileOptions;
import dev.kaa.compiler.spi.PythonCompiler;
import dev.kaa.parser.ParseMode;
import dev.kaa.parser.PySyntaxError;
import dev.kaa.parser.PythonParser;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Differential test of Kaa's syntax errors: every snippet of {@code syntax_errors/cases.txt}
 * (about 560 invalid ones and 60 valid tricky ones, format described at the top of that file)
 * goes through Kaa's parser and compiler, and the outcome is compared with what CPython 3.13's
 * {@code compile(src, '<case>', 'exec')} gave, recorded in {@code cases.expected} by
 * {@code gen_expected.py}: compiled, or the exception type, {@code msg}, {@code lineno},
 * {@code offset}, {@code end_lineno} and {@code end_offset}.
 *
 * <p>Two checks. Strict: nothing but {@link PySyntaxError} ever escapes Kaa (no Java exception,
 * no endless loop). Ratchet: at least {@link #MIN_PASSING} cases match in all six fields; the
 * number is the level reached when last measured and goes up as the parser and compiler
 * improve, never down. Each mismatch is printed as one line (case id, expected, got) and the
 * table is written to {@code target/syntax-errors-report.txt}.
 *
 * <p>Thread safety: JUnit runs it on one thread.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntaxErrorsTest {

    /** Cases that must match CPython in all six fields; ratchets up, see the class comment. */
    static final int MIN_PASSING = 805;

    private static final int TIMEOUT_SECONDS = 10;
    private static final String RESOURCE_DIR = "/syntax_errors/";

    /** One snippet and CPython's verdict on it. */
    record Case(String id, byte[] source, String expected) {}

    /** A case's outcome in Kaa: the verdict in the expected file's format, or the escaped throwable. */
    record Outcome(Case c, String got, Throwable crash) {
        boolean passed() { return crash == null && got.equals(c.expected()); }
    }

    private final List<Outcome> outcomes = new ArrayList<>();

    @BeforeAll
    void runAll() {
        PythonParser parser = PythonParser.load("peg");
        PythonCompiler compiler = PythonCompiler.load(null);
        ExecutorService worker = newWorker();
        try {
            for (Case c : readCases()) {
                Future<String> f = worker.submit(() -> verdict(parser, compiler, c.source()));
                try {
                    outcomes.add(new Outcome(c, f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), null));
                } catch (ExecutionException e) {
                    outcomes.add(new Outcome(c, "CRASH " + e.getCause(), e.getCause()));
                } catch (TimeoutException e) {
                    // The stuck thread cannot be stopped; it is a daemon, so leave it and go on with a new one.
                    f.cancel(true);
                    worker.shutdownNow();
                    worker = newWorker();
                    outcomes.add(new Outcome(c, "TIMEOUT", new AssertionError(
                            "took more than " + TIMEOUT_SECONDS + " s (endless loop?)")));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        } finally {
            worker.shutdownNow();
        }
        writeReport();
    }

    @Test
    void onlySyntaxErrorsEscape() {
        List<String> crashes = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o.crash() != null) {
                StackTraceElement[] st = o.crash().getStackTrace();
                crashes.add(o.c().id() + ": " + o.crash() + (st.length > 0 ? " at " + st[0] : ""));
            }
        }
        assertTrue(crashes.isEmpty(), crashes.size() + " cases escaped with something other than "
                + "PySyntaxError:\n" + String.join("\n", crashes));
    }

    @Test
    void matchesCPython() {
        long passing = outcomes.stream().filter(Outcome::passed).count();
        System.out.println("SyntaxErrorsTest: " + passing + " of " + outcomes.size() + " cases match CPython 3.13");
        mismatches().forEach(System.out::println);
        assertTrue(passing >= MIN_PASSING, "only " + passing + " of " + outcomes.size()
                + " cases match CPython (minimum " + MIN_PASSING + "); see target/syntax-errors-report.txt");
    }

    @Test
    void validCasesAreValidInCPython() {
        for (Outcome o : outcomes) {
            if (o.c().id().startsWith("valid-")) {
                assertEquals("OK", o.c().expected(), o.c().id() + " is meant to be valid Python");
            }
        }
    }

    /** Kaa's verdict in the format of {@code cases.expected} (without the id). */
    static String verdict(PythonParser parser, PythonCompiler compiler, byte[] source) {
        try {
            compiler.compile(parser, source, "<case>", ParseMode.EXEC, CompileOptions.DEFAULT);
            return "OK";
        } catch (PySyntaxError e) {
            return String.join("\t", e.kind().name(), Integer.toString(e.lineno()), Integer.toString(e.offset()),
                    Integer.toString(e.endLineno()), Integer.toString(e.endOffset()), escape(e.msg()));
        }
    }

    private List<String> mismatches() {
        List<String> lines = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (!o.passed()) {
                lines.add(String.format("  %-50s expected [%s]  got [%s]", o.c().id(), o.c().expected(), o.got()));
            }
        }
        return lines;
    }

    private void writeReport() {
        long passing = outcomes.stream().filter(Outcome::passed).count();
        List<String> lines = new ArrayList<>();
        lines.add(passing + " of " + outcomes.size() + " cases match CPython 3.13 (case, expected, got):");
        lines.addAll(mismatches());
        try {
            Path target = Path.of("target");
            if (Files.isDirectory(target)) {
                Files.write(target.resolve("syntax-errors-report.txt"), lines, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String s) {
        return s == null ? "None" : s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    /** Reads the cases as gen_expected.py does, each with its expected verdict. */
    static List<Case> readCases() {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : resource("cases.expected").split("\n")) {
            if (!line.isEmpty()) {
                int tab = line.indexOf('\t');
                expected.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        List<Case> cases = new ArrayList<>();
        String id = null;
        boolean noeol = false;
        StringBuilder text = new StringBuilder();
        String all = resource("cases.txt");
        for (String line : all.substring(0, all.lastIndexOf('\n')).split("\n", -1)) {
            if (line.startsWith("=== ")) {
                if (id != null) {
                    cases.add(makeCase(id, noeol, text, expected));
                }
                String[] words = line.substring(4).trim().split("\\s+");
                id = words[0];
                noeol = words.length > 1 && words[1].equals("noeol");
                text.setLength(0);
            } else if (id != null) {
                text.append(line).append('\n');
            }
        }
        if (id != null) {
            cases.add(makeCase(id, noeol, text, expected));
        }
        assertEquals(expected.size(), cases.size(), "cases.expected is stale: run gen_expected.py");
        return cases;
    }

    private static Case makeCase(String id, boolean noeol, StringBuilder text, Map<String, String> expected) {
        String s = text.toString();
        if (noeol && s.endsWith("\n")) {
            s = s.substring(0, s.length() - 1);
        }
        s = s.replace("<TAB>", "\t").replace("<NUL>", "\0").replace("<CR>", "\r").replace("<FF>", "\f");
        String verdict = expected.get(id);
        if (verdict == null) {
            throw new IllegalStateException("no expected verdict for " + id + ": run gen_expected.py");
        }
        return new Case(id, withRawBytes(s.getBytes(StandardCharsets.UTF_8)), verdict);
    }

    /** Replaces each {@code <BYTE:HH>} by the byte it names: how cases hold bytes that are not UTF-8. */
    private static byte[] withRawBytes(byte[] utf8) {
        byte[] marker = "<BYTE:".getBytes(StandardCharsets.US_ASCII);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(utf8.length);
        for (int i = 0; i < utf8.length; i++) {
            if (i + 9 <= utf8.length && java.util.Arrays.equals(utf8, i, i + 6, marker, 0, 6) && utf8[i + 8] == '>'
                    && HEX.indexOf(utf8[i + 6]) >= 0 && HEX.indexOf(utf8[i + 7]) >= 0) {
                out.write(HEX.indexOf(utf8[i + 6]) * 16 + HEX.indexOf(utf8[i + 7]));
                i += 8;
            } else {
                out.write(utf8[i]);
            }
        }
        return out.toByteArray();
    }

    private static final String HEX = "0123456789ABCDEF";

    private static String resource(String name) {
        try (InputStream in = SyntaxErrorsTest.class.getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE_DIR + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "syntax-errors-case");
            t.setDaemon(true);
            return t;
        });
    }
}
