package dev.kaa.stdlib.lib.build;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Finds a {@code Lib} that one of the committed manifests pins, trying in order:
 * <ol>
 * <li>{@code -Dkaa.cpython.lib} or {@code KAA_CPYTHON_LIB}: a {@code Lib} folder or a
 *     {@code python_stdlib.zip}; when set, nothing else is tried;
 * <li>the CPython executables named by {@code -Dkaa.cpython} or {@code KAA_CPYTHON}, then
 *     {@code python3.13} on the {@code PATH}, asked for {@code sysconfig.get_path('stdlib')};
 * <li>pyenv's {@code versions/3.13.*} ({@code PYENV_ROOT}, else {@code ~/.pyenv});
 * <li>pyodide's {@code python_stdlib.zip} in the cache ({@code ~/.cache/kaa}, or under
 *     {@code XDG_CACHE_HOME});
 * <li>unless Maven runs offline ({@code -o}, or {@code -Dkaa.offline=true}), pyodide fetched
 *     from npm into that cache.
 * </ol>
 * A candidate is taken only if every pinned file is there with its pinned SHA-256; the reasons
 * others were passed over make up the failure message when none is.
 *
 * <p>Thread safety: confined.
 */
final class LibSourceFinder {
    /** A candidate that matched a manifest: keep {@code source} open while {@code check}'s bytes are used. */
    record Found(LibSource source, Manifest.Check check) {}

    private final List<Manifest> manifests;
    private final UnaryOperator<String> env;
    private final UnaryOperator<String> property;
    private final Consumer<String> log;
    private final List<String> notes = new ArrayList<>();
    private final Set<Path> tried = new HashSet<>();

    LibSourceFinder(List<Manifest> manifests, UnaryOperator<String> env, UnaryOperator<String> property,
            Consumer<String> log) {
        this.manifests = List.copyOf(manifests);
        this.env = env;
        this.property = property;
        this.log = log;
    }

    /** The first pinned {@code Lib} found, or a {@link BuildFailure} that says what to install or set. */
    Found find() throws IOException {
        if (manifests.isEmpty()) {
            throw new BuildFailure("no manifest lib-*.sha256 found: the Lib is pinned by them");
        }
        String explicit = setting("kaa.cpython.lib", "KAA_CPYTHON_LIB");
        if (explicit != null) {
            Found found = tryLocation(Path.of(explicit), "-Dkaa.cpython.lib / KAA_CPYTHON_LIB");
            if (found == null) {
                throw new BuildFailure("the standard library named by -Dkaa.cpython.lib / KAA_CPYTHON_LIB cannot be used:\n"
                        + String.join("\n", notes.stream().map(n -> "  - " + n).toList()) + "\n" + pins());
            }
            return found;
        }
        for (String exe : executables()) {
            Found found = tryExecutable(exe);
            if (found != null) {
                return found;
            }
        }
        for (Path lib : pyenvLibs()) {
            Found found = tryLocation(lib, "pyenv");
            if (found != null) {
                return found;
            }
        }
        for (Manifest m : pyodideManifests()) {
            Path zip = PyodideFetch.cachedZip(cacheDir(), m);
            Found found = Files.exists(zip) ? tryLocation(zip, "cached pyodide") : null;
            if (found != null) {
                return found;
            }
        }
        for (Manifest m : pyodideManifests()) {
            Found found = tryFetch(m);
            if (found != null) {
                return found;
            }
        }
        throw new BuildFailure(noneFound());
    }

    private Found tryFetch(Manifest m) {
        String spec = PyodideFetch.packageSpec(m);
        if (offline()) {
            notes.add(spec + ": not fetched, Maven runs offline (-o or -Dkaa.offline=true)");
            return null;
        }
        try {
            return tryLocation(PyodideFetch.fetch(cacheDir(), m, log), "fetched " + spec);
        } catch (IOException e) {
            notes.add(spec + ": the fetch failed: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            return null;
        }
    }

    /** Whether the network is out of bounds: {@code -Dkaa.offline=true}, or Maven's {@code -o}. */
    private boolean offline() {
        if ("true".equals(property.apply("kaa.offline"))) {
            return true;
        }
        // Maven's launcher script exports its arguments (and .mvn/maven.config's) to the forked JVM.
        String args = env.apply("MAVEN_CMD_LINE_ARGS");
        return args != null && Arrays.stream(args.split("\\s+")).anyMatch(a -> a.equals("-o") || a.equals("--offline"));
    }

    private Found tryExecutable(String exe) {
        String script = "import sys, sysconfig; print(sysconfig.get_path('stdlib')); print(sys.version.split()[0])";
        try {
            Process p = new ProcessBuilder(exe, "-I", "-c", script).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                notes.add(exe + ": did not answer within 60 s");
                return null;
            }
            List<String> lines = out.lines().toList();
            if (p.exitValue() != 0 || lines.size() < 2) {
                notes.add(exe + ": does not run (exit " + p.exitValue() + "): "
                        + (lines.isEmpty() ? "" : lines.getFirst().strip()));
                return null;
            }
            return tryLocation(Path.of(lines.get(0).strip()), exe + ", Python " + lines.get(1).strip());
        } catch (IOException e) {
            notes.add(exe + ": cannot be run: " + e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildFailure("interrupted while asking " + exe + " for its Lib");
        }
    }

    /** Checks one folder or zip against every manifest; answers null (and notes why) if none matches. */
    Found tryLocation(Path location, String foundBy) throws IOException {
        if (!Files.exists(location)) {
            notes.add(location + " (" + foundBy + "): does not exist");
            return null;
        }
        Path real = location.toRealPath();
        if (!tried.add(real)) {
            return null;
        }
        LibSource source;
        try {
            source = LibSource.open(real, foundBy);
        } catch (IOException e) {
            notes.add(location + " (" + foundBy + "): cannot be read: " + e.getMessage());
            return null;
        }
        List<String> problems = new ArrayList<>();
        for (Manifest m : manifests) {
            Manifest.Check check = m.verify(source.root());
            if (check.ok()) {
                log.accept("taking the Lib of " + source.describe() + ": it matches " + m.name());
                return new Found(source, check);
            }
            problems.add(m.name() + ": " + check.problem());
        }
        source.close();
        notes.add(source.describe() + ": not a pinned Lib (" + String.join("; ", problems) + ")");
        return null;
    }

    private List<String> executables() {
        List<String> exes = new ArrayList<>();
        String configured = setting("kaa.cpython", "KAA_CPYTHON");
        if (configured != null) {
            exes.add(configured);
        }
        String path = env.apply("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path exe = Path.of(dir.isEmpty() ? "." : dir, "python3.13");
                if (Files.isExecutable(exe)) {
                    exes.add(exe.toString());
                    break;
                }
            }
        }
        if (exes.isEmpty()) {
            notes.add("python3.13: not on the PATH");
        }
        return exes;
    }

    private List<Path> pyenvLibs() throws IOException {
        String root = env.apply("PYENV_ROOT");
        Path versions = (root == null || root.isBlank() ? home().resolve(".pyenv") : Path.of(root)).resolve("versions");
        if (!Files.isDirectory(versions)) {
            notes.add(versions + ": no pyenv versions");
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(versions)) {
            List<Path> libs = dirs.filter(d -> d.getFileName().toString().matches("3\\.13\\.[0-9]+"))
                    .sorted(Comparator.reverseOrder())
                    .map(d -> d.resolve("lib").resolve("python3.13"))
                    .toList();
            if (libs.isEmpty()) {
                notes.add(versions + ": no 3.13.x version");
            }
            return libs;
        }
    }

    private List<Manifest> pyodideManifests() {
        return manifests.stream().filter(m -> m.kind().equals(Manifest.KIND_PYODIDE)).toList();
    }

    Path cacheDir() {
        String xdg = env.apply("XDG_CACHE_HOME");
        return (xdg == null || xdg.isBlank() ? home().resolve(".cache") : Path.of(xdg)).resolve("kaa");
    }

    private static Path home() {
        return Path.of(System.getProperty("user.home"));
    }

    private String setting(String propertyName, String envName) {
        String value = property.apply(propertyName);
        if (value == null || value.isBlank()) {
            value = env.apply(envName);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String pins() {
        return "The build accepts only these pinned releases: " + String.join(", ",
                manifests.stream().map(m -> m.name() + " (" + m.kind() + " " + m.version() + ")").toList()) + ".";
    }

    private String noneFound() {
        StringBuilder msg = new StringBuilder();
        msg.append("Kaa's build needs CPython 3.13's standard library (its Lib folder) and found no pinned copy:\n");
        notes.forEach(n -> msg.append("  - ").append(n).append('\n'));
        msg.append(pins()).append("\nDo one of:\n");
        manifests.stream().filter(m -> m.kind().equals(Manifest.KIND_CPYTHON)).forEach(m -> msg.append(
                "  - install CPython ").append(m.version()).append(" (e.g. `pyenv install ").append(m.version())
                .append("`), or pass its Lib: -Dkaa.cpython.lib=/path/to/lib/python3.13 or KAA_CPYTHON_LIB\n"));
        for (Manifest m : pyodideManifests()) {
            msg.append("  - build once online (without -o) to fetch ").append(PyodideFetch.packageSpec(m))
                    .append(" from npm, or by hand: ")
                    .append(String.join(", ", PyodideFetch.manualSteps(cacheDir(), m))).append('\n');
        }
        msg.append("  - or leave the library out of this build: -Dkaa.stdlib.skip=true");
        return msg.toString();
    }
}
