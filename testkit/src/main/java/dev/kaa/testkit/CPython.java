package dev.kaa.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The installed CPython 3.13 that differential tests compare Kaa with. It is found, in order,
 * through the system property {@code kaa.cpython} (a path to the executable), the environment
 * variable {@code KAA_CPYTHON}, pyenv's {@code 3.13.0} (or any {@code 3.13.*}) and
 * {@code python3.13} on the {@code PATH}. Tests that need it call
 * {@code assumeTrue(CPython.found(), CPython.MISSING)}.
 *
 * <p>Thread safety: immutable after class initialisation.
 */
public final class CPython {
    /** The message a test skips with when no CPython 3.13 is installed. */
    public static final String MISSING = "CPython 3.13 not installed (set -Dkaa.cpython=/path/to/python3.13 or KAA_CPYTHON)";

    private static final Optional<Path> EXECUTABLE = locate();

    private CPython() {}

    /** Whether a CPython 3.13 was found. */
    public static boolean found() {
        return EXECUTABLE.isPresent();
    }

    /** The CPython 3.13 executable; call only when {@link #found()}. */
    public static Path executable() {
        return EXECUTABLE.orElseThrow(() -> new IllegalStateException(MISSING));
    }

    /** CPython's pure-Python standard library, {@code …/lib/python3.13}. */
    public static Path lib() {
        Path exe = executable().toAbsolutePath();
        Path lib = exe.getParent().getParent().resolve("lib").resolve("python3.13");
        if (Files.isDirectory(lib)) {
            return lib;
        }
        return Path.of(run(List.of("-c", "import os;print(os.path.dirname(os.__file__))"), null, 60).stdout().strip());
    }

    /** The outcome of running CPython. */
    public record Result(int exitCode, String stdout, String stderr) {}

    /**
     * Runs CPython with {@code args} (isolated from the user's environment by {@code -X utf8}),
     * in {@code dir} (or the current directory if null), with a time limit in seconds.
     */
    public static Result run(List<String> args, Path dir, int timeoutSeconds) {
        List<String> command = new ArrayList<>();
        command.add(executable().toString());
        command.add("-X");
        command.add("utf8");
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        pb.environment().put("PYTHONHASHSEED", "0");
        pb.environment().remove("PYTHONPATH");
        try {
            Path out = Files.createTempFile("kaa-cpython", ".out");
            Path err = Files.createTempFile("kaa-cpython", ".err");
            try {
                pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
                Process p = pb.start();
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    p.waitFor();
                    throw new IllegalStateException("CPython timed out after " + timeoutSeconds + " s: " + command);
                }
                return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static Optional<Path> locate() {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty("kaa.cpython", "");
        if (!property.isBlank()) {
            candidates.add(Path.of(property));
        }
        String env = System.getenv("KAA_CPYTHON");
        if (env != null && !env.isBlank()) {
            candidates.add(Path.of(env));
        }
        String pyenvRoot = System.getenv().getOrDefault("PYENV_ROOT", System.getProperty("user.home") + "/.pyenv");
        Path versions = Path.of(pyenvRoot, "versions");
        candidates.add(versions.resolve("3.13.0/bin/python3.13"));
        if (Files.isDirectory(versions)) {
            try (var list = Files.list(versions)) {
                list.filter(v -> v.getFileName().toString().startsWith("3.13."))
                        .sorted()
                        .forEach(v -> candidates.add(v.resolve("bin/python3.13")));
            } catch (IOException ignored) {
                // an unreadable pyenv folder just means no candidate from it
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty()) {
                candidates.add(Path.of(dir, "python3.13"));
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }
}
