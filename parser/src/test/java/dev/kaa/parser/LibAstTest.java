package dev.kaa.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.bytecode.PyRepr;
import dev.kaa.parser.GuardedParse.Outcome;
import dev.kaa.parser.ast.AstDump;
import dev.kaa.parser.ast.Mod;
import dev.kaa.parser.internal.peg.PegPythonParser;
import dev.kaa.testkit.CPython;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test for the parser: every {@code .py} file of CPython's {@code Lib}
 * (Lib/test included, about 2,137) parsed by Kaa gives exactly the tree CPython's gives, compared
 * as SHA-256 digests of {@code ast.dump(tree, include_attributes=True)}; and every file CPython
 * rejects, Kaa rejects with the same exception class at the same line.
 *
 * <p>At least 99.5% of the accepted files must match. Every mismatch is listed in
 * {@code target/lib-ast-report.txt} with its first differing line (both sides dumped with
 * {@code indent=1}) for the first {@value #MAX_DIFFS} tree differences; the counts and the most
 * frequent kinds of mismatch are printed, for whoever works on the parser. CPython's side comes
 * from {@code ast/ast_digests.py} through {@link CPythonAstOracle}, cached in
 * {@code target/lib-ast/}; the test skips where no CPython 3.13 is installed. The nine files
 * of Lib/test with a str holding a high and a low surrogate as two code points check
 * {@link dev.kaa.bytecode.Constant.Str}.
 */
class LibAstTest {

    private static final double REQUIRED = 0.995;
    private static final int MAX_DIFFS = 300;
    private static final int SHOWN = 5;
    private static final long FILE_LIMIT_MILLIS = 20_000;
    private static final int LAYOUT_STEP = 50;

    /** What Kaa made of a file, put in the terms of {@link CPythonAstOracle.Verdict}. */
    private record Result(String path, CPythonAstOracle.Verdict cpython, String status, String detail, String lineno,
            String message, long nanos) {
        boolean matches() {
            if (!status.equals(cpython.status())) {
                return false;
            }
            return switch (status) {
                case "OK", "DUMPERR" -> detail.equals(cpython.detail());
                // CPython has no line number for some errors of the whole file (None) and 0 for
                // encoding declarations; Kaa says 0 for both.
                case "ERR" -> detail.equals(cpython.detail())
                        && (lineno.equals(cpython.lineno()) || lineno.equals("0") && "None".equals(cpython.lineno()));
                default -> false;
            };
        }

        String describe() {
            return switch (status) {
                case "OK" -> cpython.accepted() ? "tree differs" : "Kaa accepts; CPython: " + cpython.detail()
                        + " at line " + cpython.lineno();
                case "ERR" -> "Kaa " + detail + " at line " + lineno + ": " + message + (cpython.accepted() ? "" : "; CPython "
                        + cpython.detail() + " at line " + cpython.lineno());
                default -> "Kaa " + status + " " + detail;
            };
        }
    }

    @Test void everyLibFileParsesAsInCPython() throws IOException {
        assumeTrue(CPython.found(), CPython.MISSING);
        Path lib = CPython.lib();
        Path work = Path.of("target", "lib-ast");
        CPythonAstOracle oracle = new CPythonAstOracle(lib, work);
        Map<String, CPythonAstOracle.Verdict> verdicts = oracle.verdicts();

        long start = System.nanoTime();
        List<Result> results = new ArrayList<>();
        try (GuardedParse guard = new GuardedParse(new PegPythonParser(), 64L << 20)) {
            for (CPythonAstOracle.Verdict v : verdicts.values()) {
                byte[] source = Files.readAllBytes(lib.resolve(v.path()));
                results.add(kaa(guard, v, source));
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000L;
        String slowest = results.stream().sorted(Comparator.comparingLong(Result::nanos).reversed()).limit(3)
                .map(r -> r.path() + " " + r.nanos() / 1_000_000 + " ms").collect(Collectors.joining(", "));

        List<Result> accepted = results.stream().filter(r -> r.cpython().status().equals("OK")
                || r.cpython().status().equals("DUMPERR")).toList();
        List<Result> rejected = results.stream().filter(r -> r.cpython().status().equals("ERR")).toList();
        long acceptedMatched = accepted.stream().filter(Result::matches).count();
        long rejectedMatched = rejected.stream().filter(Result::matches).count();
        List<Result> mismatches = results.stream().filter(r -> !r.matches()).toList();
        Map<String, String> diffs = firstDifferences(oracle, lib, mismatches);

        String summary = String.format("LibAstTest: %d/%d accepted files match (%.2f%%), %d/%d rejected files "
                + "rejected alike; Kaa took %d ms (slowest parses: %s)%n%s", acceptedMatched, accepted.size(),
                100.0 * acceptedMatched / Math.max(1, accepted.size()), rejectedMatched, rejected.size(), millis,
                slowest, categories(mismatches, diffs));
        Path report = Path.of("target", "lib-ast-report.txt");
        writeReport(report, summary, mismatches, diffs);
        System.out.println(summary);

        String shown = mismatches.stream().limit(SHOWN).map(r -> r.path() + ": " + r.describe()
                + (diffs.containsKey(r.path()) ? "\n" + diffs.get(r.path()) : "")).collect(Collectors.joining("\n"));
        assertTrue(acceptedMatched >= REQUIRED * accepted.size(), () -> summary + "\nfirst mismatches (all in "
                + report + "):\n" + shown);
        assertTrue(rejectedMatched == rejected.size(), () -> summary + "\nrejected files Kaa treats otherwise:\n"
                + rejected.stream().filter(r -> !r.matches()).map(r -> r.path() + ": " + r.describe())
                        .collect(Collectors.joining("\n")));
    }

    /**
     * {@code python -m ast} prints {@code ast.dump(tree, include_attributes=…, indent=3)}: the
     * multi-line layout, checked in full, with and without attributes, on every
     * {@value #LAYOUT_STEP}th file whose one-line dump already matches (the layout is what is
     * tested here, not the parser).
     */
    @Test void indentedDumpsAreIdentical() throws IOException {
        assumeTrue(CPython.found(), CPython.MISSING);
        Path lib = CPython.lib();
        CPythonAstOracle oracle = new CPythonAstOracle(lib, Path.of("target", "lib-ast"));
        PythonParser parser = new PegPythonParser();
        List<CPythonAstOracle.Verdict> accepted = oracle.verdicts().values().stream()
                .filter(CPythonAstOracle.Verdict::accepted).toList();
        List<String> sample = new ArrayList<>();
        List<Mod> trees = new ArrayList<>();
        for (int i = 0; i < accepted.size(); i += LAYOUT_STEP) {
            CPythonAstOracle.Verdict v = accepted.get(i);
            try {
                Mod tree = parser.parse(Files.readAllBytes(lib.resolve(v.path())), v.path(), ParseMode.EXEC);
                String digest = CPythonAstOracle.sha256(AstDump.dump(tree, true, null).getBytes(StandardCharsets.UTF_8));
                if (digest.equals(v.detail())) {
                    sample.add(v.path());
                    trees.add(tree);
                }
            } catch (RuntimeException | StackOverflowError e) {
                // a parser mismatch, which the other test reports
            }
        }
        assumeTrue(!sample.isEmpty(), "no sampled file parses as in CPython yet");
        List<String> differing = new ArrayList<>();
        for (boolean attributes : new boolean[] {true, false}) {
            List<String> theirs = oracle.dumps(sample, 3, attributes);
            for (int i = 0; i < sample.size(); i++) {
                String ours = AstDump.dump(trees.get(i), attributes, 3);
                if (!theirs.get(i).equals(ours)) {
                    differing.add(sample.get(i) + (attributes ? " (-a)" : "") + ":\n" + DumpDiff.first(theirs.get(i), ours));
                }
            }
        }
        System.out.println("LibAstTest: indent=3 layout compared on " + sample.size() + " files, twice");
        assertTrue(differing.isEmpty(), () -> differing.size() + " of " + 2 * sample.size()
                + " indented dumps differ:\n" + String.join("\n", differing.subList(0, Math.min(SHOWN, differing.size()))));
    }

    private static Result kaa(GuardedParse guard, CPythonAstOracle.Verdict v, byte[] source) {
        Outcome<String> o = guard.parse(source, v.path(), ParseMode.EXEC,
                tree -> CPythonAstOracle.sha256(AstDump.dump(tree, true, null).getBytes(StandardCharsets.UTF_8)),
                FILE_LIMIT_MILLIS);
        return switch (o) {
            case Outcome.Parsed<String> p -> new Result(v.path(), v, "OK", p.value(), null, null, p.nanos());
            case Outcome.Rejected<String> r -> new Result(v.path(), v, "ERR", r.error().kind().name(),
                    String.valueOf(r.error().lineno()), r.error().msg(), 0);
            // ast.dump raises ValueError for an int too long to print; AstDump mirrors it.
            case Outcome.Crashed<String> c when c.error() instanceof PyRepr.IntDigitsLimitException ->
                    new Result(v.path(), v, "DUMPERR", "ValueError", null, null, 0);
            case Outcome.Crashed<String> c -> new Result(v.path(), v, "CRASH", String.valueOf(c.error())
                    + stackTop(c.error()), null, null, 0);
            case Outcome.TimedOut<String> t -> new Result(v.path(), v, "TIMEOUT", "no answer in "
                    + FILE_LIMIT_MILLIS / 1000 + " s", null, null, 0);
        };
    }

    private static String stackTop(Throwable t) {
        StackTraceElement[] st = t.getStackTrace();
        return st.length == 0 ? "" : " at " + st[0];
    }

    /** The first differing line of each tree mismatch (up to {@value #MAX_DIFFS}), by path. */
    private static Map<String, String> firstDifferences(CPythonAstOracle oracle, Path lib, List<Result> mismatches)
            throws IOException {
        List<String> paths = mismatches.stream().filter(r -> r.status().equals("OK") && r.cpython().accepted())
                .map(Result::path).limit(MAX_DIFFS).toList();
        Map<String, String> out = new LinkedHashMap<>();
        if (paths.isEmpty()) {
            return out;
        }
        List<String> theirs = oracle.dumps(paths, 1, true);
        PythonParser parser = new PegPythonParser();
        for (int i = 0; i < paths.size(); i++) {
            String ours;
            try {
                ours = AstDump.dump(parser.parse(Files.readAllBytes(lib.resolve(paths.get(i))), paths.get(i),
                        ParseMode.EXEC), true, 1);
            } catch (RuntimeException | StackOverflowError e) {
                ours = String.valueOf(e);
            }
            out.put(paths.get(i), DumpDiff.first(theirs.get(i), ours));
        }
        return out;
    }

    /** The most frequent kinds of mismatch: Kaa's error messages, crash classes, differing nodes. */
    private static String categories(List<Result> mismatches, Map<String, String> diffs) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Result r : mismatches) {
            String key = switch (r.status()) {
                case "ERR" -> "Kaa rejects: " + r.detail() + ": " + messageShape(r.message());
                case "CRASH" -> "Kaa crashes: " + r.detail().replaceAll(":.*", "");
                case "OK" -> diffs.containsKey(r.path()) ? "tree differs at " + DumpDiff.category(diffs.get(r.path()))
                        : "tree differs";
                default -> r.status();
            };
            counts.merge(key, 1, Integer::sum);
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(15).map(e -> String.format("  %5d  %s", e.getValue(), e.getKey()))
                .collect(Collectors.joining("\n"));
    }

    /** A message with the quoted parts and numbers blanked, so that alike errors count together. */
    private static String messageShape(String msg) {
        return String.valueOf(msg).replaceAll("'[^']*'", "'…'").replaceAll("\\d+", "N");
    }

    private static void writeReport(Path report, String summary, List<Result> mismatches, Map<String, String> diffs)
            throws IOException {
        StringBuilder sb = new StringBuilder(summary).append("\n\n");
        for (Result r : mismatches) {
            sb.append(r.path()).append(": ").append(r.describe()).append('\n');
            if (diffs.containsKey(r.path())) {
                sb.append(diffs.get(r.path()).indent(4));
            }
        }
        Files.createDirectories(report.getParent());
        Files.writeString(report, sb, StandardCharsets.UTF_8);
    }
}
