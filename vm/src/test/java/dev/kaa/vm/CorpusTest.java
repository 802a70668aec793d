package dev.kaa.vm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The corpora on Kaa's interpreter: the foundation's programs (compiler/src/test/python) and the
 * VM's (vm/src/test/python), each run from source and compared with what CPython 3.13 printed.
 * While the interpreter grows, each corpus has a ratchet: at least the committed number of
 * programs must pass; the programs that fail, with the first difference, are written to
 * {@code target/corpus-<name>.txt}.
 */
class CorpusTest {
    /** Programs of the foundation corpus that pass today; raise it as the VM grows. */
    private static final int FOUNDATION_MIN = 0;
    /** Programs of the VM corpus that pass today; raise it as the VM grows. */
    private static final int VM_MIN = 0;

    @Test void foundationCorpus() throws Exception {
        check("foundation", Path.of("../compiler/src/test/python"), FOUNDATION_MIN);
    }

    @Test void vmCorpus() throws Exception {
        check("vm", Path.of("src/test/python"), VM_MIN);
    }

    private static void check(String name, Path corpus, int min) throws IOException, InterruptedException {
        List<CorpusRun.Program> programs = CorpusRun.programs(corpus);
        List<String> failures = new ArrayList<>();
        int passed = 0;
        for (CorpusRun.Program p : programs) {
            String got = CorpusRun.run(corpus, p, 10_000);
            if (got.equals(p.expected())) {
                passed++;
            } else {
                failures.add(p.name() + "\n" + firstDifference(p.expected(), got));
            }
        }
        Path report = Path.of("target/corpus-" + name + ".txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, passed + "/" + programs.size() + " passed\n\n" + String.join("\n", failures),
                StandardCharsets.UTF_8);
        System.out.println("corpus " + name + ": " + passed + "/" + programs.size() + " passed (report: " + report + ")");
        assertTrue(passed >= min, name + " corpus: " + passed + " passed, fewer than " + min + "; see " + report);
    }

    private static String firstDifference(String expected, String got) {
        String[] e = expected.split("\n", -1), g = got.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, g.length); i++) {
            String a = i < e.length ? e[i] : "<end>", b = i < g.length ? g[i] : "<end>";
            if (!a.equals(b)) {
                return "  line " + (i + 1) + "\n  expected: " + a + "\n  kaa:      " + b + "\n";
            }
        }
        return "  (same lines, different ending)\n";
    }
}
