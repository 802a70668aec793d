package dev.kaa.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaa.parser.FuzzInputs.Input;
import dev.kaa.parser.GuardedParse.Outcome;
import dev.kaa.parser.internal.peg.PegPythonParser;
import dev.kaa.testkit.CPython;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Bad input never breaks the parser: on thousands of random and mutated inputs, and on a list of
 * stress inputs, Kaa's parser either returns a tree or throws {@link PySyntaxError} with sane
 * fields, never another exception nor a {@link StackOverflowError} (on the JVM's default thread
 * stack), within {@value #INPUT_LIMIT_MILLIS} ms per input and a few seconds per thousand inputs.
 *
 * <p>The random inputs come from fixed seeds and one seed taken from the clock, printed; run again
 * with {@code -Dkaa.fuzz.seed=N} to repeat it. Mutations start from the committed sources in
 * {@code fuzz/} and, when CPython is installed, from some files of its Lib; CPython is not needed.
 * Each failing input is written to {@code target/fuzz-failures/} for replay.
 */
class ParserFuzzTest {

    private static final long[] FIXED_SEEDS = {1, 2, 3};
    private static final int SOUPS_PER_SEED = 400;
    private static final int MUTANTS_PER_SEED = 600;
    private static final long INPUT_LIMIT_MILLIS = 2_000;
    private static final long BUDGET_MILLIS_PER_1000 = 5_000;
    /** Allowance for the JIT's warm-up, which the first inputs pay. */
    private static final long WARMUP_MILLIS = 5_000;
    private static final int LIB_SEEDS = 20;
    private static final int SHOWN = 10;

    private final PythonParser parser = new PegPythonParser();

    @Test void randomAndMutatedInputs() {
        long clockSeed = Long.getLong("kaa.fuzz.seed", System.currentTimeMillis());
        System.out.println("ParserFuzzTest: clock seed " + clockSeed + " (repeat with -Dkaa.fuzz.seed=" + clockSeed + ")");
        List<byte[]> corpus = corpus();
        List<String> failures = new ArrayList<>();
        int count = 0;
        long start = System.nanoTime();
        try (GuardedParse guard = new GuardedParse(parser, GuardedParse.DEFAULT_STACK)) {
            for (long seed : Stream.concat(java.util.Arrays.stream(FIXED_SEEDS).boxed(), Stream.of(clockSeed)).toList()) {
                Random rnd = new Random(seed);
                for (int i = 0; i < SOUPS_PER_SEED + MUTANTS_PER_SEED; i++) {
                    String name = "seed" + seed + "-" + i;
                    Input in = i < SOUPS_PER_SEED ? FuzzInputs.tokenSoup(rnd, name + "-soup")
                            : FuzzInputs.mutate(rnd, name + "-mutant", corpus.get(rnd.nextInt(corpus.size())));
                    // Every tenth input goes through the text entry point instead of bytes.
                    run(guard, in, i % 10 == 9, failures);
                    count++;
                }
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("ParserFuzzTest: %d random inputs in %d ms, %d failures%n", count, millis, failures.size());
        assertTrue(failures.isEmpty(), () -> report(failures));
        long budget = WARMUP_MILLIS + BUDGET_MILLIS_PER_1000 * count / 1000;
        assertTrue(millis <= budget, count + " inputs took " + millis + " ms; the budget is " + budget + " ms");
    }

    @Test void stressInputs() {
        List<String> failures = new ArrayList<>();
        try (GuardedParse guard = new GuardedParse(parser, GuardedParse.DEFAULT_STACK)) {
            for (Input in : FuzzInputs.stress()) {
                run(guard, in, false, failures);
            }
        }
        assertTrue(failures.isEmpty(), () -> report(failures));
    }

    @Test void syntaxErrorFieldsOnKnownErrors() {
        String[] bad = {"x = (1,\n", "def f(:\n  pass\n", "if x:\npass\n", "  x = 1\n", "x = 'abc\n", "1 +\n",
            "class\n", "f(**x, *y)\n", "x = 1 = 2\n", "\n\n\n)\n", "for x in y:\n\tpass\n        pass\n",
            "print 'hello'\n", "a b c\n", "é = ", "x = '''\n\n"};
        List<String> failures = new ArrayList<>();
        try (GuardedParse guard = new GuardedParse(parser, GuardedParse.DEFAULT_STACK)) {
            for (String source : bad) {
                Input in = Input.of("known error " + source.strip(), source);
                Outcome<Boolean> o = guard.parse(in.source(), in.name(), in.mode(), tree -> true, INPUT_LIMIT_MILLIS);
                if (o instanceof Outcome.Rejected<Boolean> r) {
                    String problem = SyntaxErrorSanity.check(r.error(), in.name(), in.source());
                    if (problem == null && r.error().lineno() < 1) {
                        problem = "lineno " + r.error().lineno() + " for an error inside the text";
                    }
                    if (problem != null) {
                        failures.add(in.name() + ": " + problem);
                    }
                } else {
                    failures.add(in.name() + ": expected a SyntaxError, got " + o);
                }
            }
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    private void run(GuardedParse guard, Input in, boolean asText, List<String> failures) {
        Outcome<Boolean> o = parse(guard, in, asText);
        if (o instanceof Outcome.TimedOut<Boolean>) {
            o = parse(guard, in, asText); // once more, in case the machine was busy
        }
        String problem = switch (o) {
            case Outcome.Parsed<Boolean> p -> null;
            case Outcome.Rejected<Boolean> r -> SyntaxErrorSanity.check(r.error(), in.name(),
                    asText ? new String(in.source(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8) : in.source());
            case Outcome.Crashed<Boolean> c -> "threw " + c.error() + where(c.error());
            case Outcome.TimedOut<Boolean> t -> "no answer within " + INPUT_LIMIT_MILLIS + " ms";
        };
        if (problem != null) {
            failures.add(in.name() + " (" + in.mode().pythonName() + (asText ? ", as text" : "") + "): " + problem
                    + "\n    input: " + preview(in.source()));
            save(in);
        }
    }

    private Outcome<Boolean> parse(GuardedParse guard, Input in, boolean asText) {
        return asText
                ? guard.parse(new String(in.source(), StandardCharsets.UTF_8), in.name(), in.mode(), tree -> true, INPUT_LIMIT_MILLIS)
                : guard.parse(in.source(), in.name(), in.mode(), tree -> true, INPUT_LIMIT_MILLIS);
    }

    private static String where(Throwable t) {
        StackTraceElement[] st = t.getStackTrace();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(5, st.length); i++) {
            sb.append("\n      at ").append(st[i]);
        }
        if (t instanceof StackOverflowError) {
            // The deepest frames say where the stack ran out; the recursion that filled it is
            // the set of methods that repeat further up.
            java.util.Set<String> cycle = new java.util.LinkedHashSet<>();
            for (int i = Math.min(st.length, 100); i < Math.min(st.length, 400); i++) {
                cycle.add(st[i].getClassName().replaceAll(".*\\.", "") + "." + st[i].getMethodName());
            }
            sb.append("\n      recursing through ").append(String.join(", ", cycle));
        }
        return sb.toString();
    }

    private static String preview(byte[] source) {
        String s = new String(source, 0, Math.min(source.length, 160), StandardCharsets.ISO_8859_1);
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= ' ' && c < 0x7f && c != '\\') {
                sb.append(c);
            } else {
                sb.append(c == '\n' ? "\\n" : c == '\\' ? "\\\\" : String.format("\\x%02x", (int) c));
            }
        }
        return sb + (source.length > 160 ? "… (" + source.length + " bytes)" : "");
    }

    private static void save(Input in) {
        try {
            Path dir = Path.of("target", "fuzz-failures");
            Files.createDirectories(dir);
            Files.write(dir.resolve(in.name().replaceAll("[^A-Za-z0-9._-]+", "_") + ".py"), in.source());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String report(List<String> failures) {
        return failures.size() + " inputs broke the parser (inputs in target/fuzz-failures/):\n"
                + String.join("\n", failures.subList(0, Math.min(SHOWN, failures.size())));
    }

    /** The committed seed sources, plus some small files of CPython's Lib when it is installed. */
    static List<byte[]> corpus() {
        List<byte[]> corpus = new ArrayList<>();
        try (InputStream list = ParserFuzzTest.class.getResourceAsStream("/fuzz/seeds.txt")) {
            assertTrue(list != null, "fuzz/seeds.txt missing");
            for (String name : new String(list.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                try (InputStream in = ParserFuzzTest.class.getResourceAsStream("/fuzz/" + name)) {
                    assertTrue(in != null, "fuzz/" + name + " missing");
                    corpus.add(in.readAllBytes());
                }
            }
            if (CPython.found()) {
                corpus.addAll(someLibFiles(CPython.lib()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return corpus;
    }

    private static List<byte[]> someLibFiles(Path lib) throws IOException {
        List<Path> small;
        try (Stream<Path> files = Files.walk(lib)) {
            small = files.filter(p -> p.toString().endsWith(".py")).filter(p -> {
                try {
                    return Files.size(p) > 500 && Files.size(p) < 40_000;
                } catch (IOException e) {
                    return false;
                }
            }).sorted().toList();
        }
        Random pick = new Random(0);
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < LIB_SEEDS && !small.isEmpty(); i++) {
            out.add(Files.readAllBytes(small.get(pick.nextInt(small.size()))));
        }
        return out;
    }
}
