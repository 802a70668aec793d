package dev.kaa.vm;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import dev.kaa.testkit.CPython;
import dev.kaa.vm.internal.eval.Jit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpora on Kaa's interpreter: the foundation's programs (compiler/src/test/python) and the
 * VM's (vm/src/test/python), each run from source and compared with what CPython 3.13 printed.
 * While the interpreter grows, each corpus has a ratchet: at least the committed number of
 * programs must pass (two below the count measured when it was set, for a program that runs
 * out of time on a loaded machine); the programs that fail, with the first difference, are
 * written to {@code target/corpus-<name>.txt}.
 */
class CorpusTest {
    /** Programs of the foundation corpus that pass today; raise it as the VM grows. */
    private static final int FOUNDATION_MIN = 338;
    /** Programs of the VM corpus that pass today; raise it as the VM grows. */
    private static final int VM_MIN = 483;
    /** Programs of the foundation corpus that pass when run from CPython-compiled .pyc files. */
    private static final int FOUNDATION_PYC_MIN = 338;

    @TempDir Path temp;

    @Test void foundationCorpus() throws Exception {
        check("foundation", Path.of("../compiler/src/test/python"), FOUNDATION_MIN);
    }

    /** The foundation corpus from .pyc files CPython 3.13 wrote: a test of the VM alone. */
    @Test void foundationCorpusFromCPythonPyc() throws Exception {
        assumeTrue(CPython.found(), CPython.MISSING);
        Path corpus = Path.of("../compiler/src/test/python").toAbsolutePath().normalize();
        List<CorpusRun.Program> programs = CorpusRun.programs(corpus);
        StringBuilder manifest = new StringBuilder();
        for (CorpusRun.Program p : programs) {
            Path pyc = temp.resolve(p.name().replace('/', '_') + "c");
            manifest.append(p.source().toAbsolutePath()).append('\t').append(pyc).append('\n');
        }
        Path list = temp.resolve("manifest.txt");
        Files.writeString(list, manifest);
        CPython.Result r = CPython.run(List.of("-c", "import py_compile, sys\n"
                + "for line in open(sys.argv[1]):\n"
                + "    src, pyc = line.rstrip('\\n').split('\\t')\n"
                + "    py_compile.compile(src, cfile=pyc, dfile=src, doraise=True)\n", list.toString()), temp, 300);
        assertTrue(r.exitCode() == 0, r.stderr());
        List<CorpusRun.Program> compiled = new ArrayList<>();
        for (CorpusRun.Program p : programs) {
            compiled.add(new CorpusRun.Program(p.source(), p.name(), p.expected(),
                    temp.resolve(p.name().replace('/', '_') + "c")));
        }
        check("foundation-pyc", corpus, compiled, FOUNDATION_PYC_MIN);
    }

    @Test void vmCorpus() throws Exception {
        check("vm", Path.of("src/test/python"), VM_MIN);
    }

    /**
     * Both corpora with every code object compiled to a JVM class at its first call or loop
     * iteration: the compiled tier must print what the interpreter prints.
     */
    @Test void corporaCompiled() throws Exception {
        int threshold = Jit.threshold();
        int compiledBefore = Jit.compiledCount();
        Jit.setThreshold(1);
        try {
            check("foundation-jit", Path.of("../compiler/src/test/python"), FOUNDATION_MIN);
            check("vm-jit", Path.of("src/test/python"), VM_MIN);
        } finally {
            Jit.setThreshold(threshold);
        }
        int compiled = Jit.compiledCount() - compiledBefore;
        assertTrue(compiled > 2000, "only " + compiled + " code objects were compiled");
    }

    private static void check(String name, Path corpus, int min) throws IOException, InterruptedException {
        check(name, corpus, CorpusRun.programs(corpus), min);
    }

    private static void check(String name, Path corpus, List<CorpusRun.Program> programs, int min)
            throws IOException, InterruptedException {
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
