package dev.kaa.compiler;

import dev.kaa.testkit.CPython;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs compiled corpus programs under CPython 3.13, many per process, through
 * {@code src/test/python/corpus_driver.py}: starting one CPython per program would cost more
 * than the programs themselves. A program that crashes or hangs the interpreter (bad bytecode
 * can do both) ends its batch; it is identified as the first program without output, reported
 * with the process's exit status and stderr, and the batch goes on after it in a new process.
 *
 * <p>Thread safety: confined to the calling thread.
 */
final class CorpusRunner {
    /** A job: the code to run ({@code .pyc}, or {@code .py} for CPython to compile), and the program. */
    record Job(Path code, Path source, String id) {}

    /** What running a program gave: its output, or why there is none. */
    record Outcome(String output, String failure) {}

    private static final int BATCH = 80;
    private static final int TIMEOUT_SECONDS = 60;
    /**
     * The whole run's budget: a healthy corpus runs in seconds, but a badly broken compiler can
     * crash CPython on every program (one process each) or make every program loop until the
     * driver's per-program limit stops it; past the budget the remaining programs are not run.
     */
    private static final long BUDGET_NANOS = Long.getLong("kaa.corpus.budget", 180) * 1_000_000_000L;

    private final Path driver;
    private final Path workDir;

    CorpusRunner(Path driver, Path workDir) {
        this.driver = driver.toAbsolutePath();
        this.workDir = workDir;
    }

    /** Runs every job; the map has one outcome per job id. */
    Map<String, Outcome> runAll(List<Job> jobs) {
        Map<String, Outcome> outcomes = new HashMap<>();
        long deadline = System.nanoTime() + BUDGET_NANOS;
        for (int from = 0; from < jobs.size(); from += BATCH) {
            runBatch(jobs.subList(from, Math.min(jobs.size(), from + BATCH)), outcomes, deadline);
        }
        return outcomes;
    }

    private void runBatch(List<Job> batch, Map<String, Outcome> outcomes, long deadline) {
        List<Job> pending = batch;
        int round = 0;
        while (!pending.isEmpty()) {
            if (System.nanoTime() > deadline) {
                for (Job j : pending) {
                    outcomes.put(j.id(), new Outcome(null, "not run: the corpus run went past its budget of "
                            + BUDGET_NANOS / 1_000_000_000L + " s (-Dkaa.corpus.budget=SECONDS) with earlier programs crashing or hanging CPython"));
                }
                return;
            }
            round++;
            Path manifest = workDir.resolve("manifest-" + System.identityHashCode(pending) + "-" + round + ".txt");
            StringBuilder lines = new StringBuilder();
            for (Job j : pending) {
                lines.append(j.code()).append('\t').append(j.source()).append('\t').append(outputOf(j)).append('\n');
            }
            String processFailure;
            try {
                Files.writeString(manifest, lines, StandardCharsets.UTF_8);
                CPython.Result r = CPython.run(List.of(driver.toString(), manifest.toString()), workDir, TIMEOUT_SECONDS);
                processFailure = "CPython exited with status " + r.exitCode() + " while running it; stderr:\n" + tail(r.stderr());
            } catch (IllegalStateException timeout) {
                processFailure = "CPython did not finish within " + TIMEOUT_SECONDS + " s (hang?): " + timeout.getMessage();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<Job> rest = new ArrayList<>();
            boolean culpritFound = false;
            for (Job j : pending) {
                Path out = outputOf(j);
                if (culpritFound) {
                    rest.add(j);
                } else if (Files.exists(out)) {
                    outcomes.put(j.id(), new Outcome(read(out), null));
                } else {
                    outcomes.put(j.id(), new Outcome(null, processFailure));
                    culpritFound = true;
                }
            }
            pending = rest;
        }
    }

    private Path outputOf(Job j) {
        return workDir.resolve(j.id().replace('/', '.') + ".out");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(String s) {
        return s.length() <= 3000 ? s : "…" + s.substring(s.length() - 3000);
    }
}
