package dev.kaa.stdlib.lib.build;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.compiler.spi.PythonCompiler;
import dev.kaa.parser.PythonParser;
import dev.kaa.stdlib.lib.StdlibLocator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The build step that puts CPython 3.13's {@code Lib} into this module's jar: finds a pinned
 * {@code Lib} ({@link LibSourceFinder}), copies the pinned files into
 * {@code OUT/lib/python3.13}, compiles them ({@link TreeCompiler}), and writes
 * {@code BUILD-INFO} and {@code INDEX}. Skips everything when a stamp says the manifests, the
 * source setting and the toolchain are those of the last run.
 *
 * <pre>
 * BuildStdlib --manifests DIR --out CLASSES_DIR --stamp FILE
 * BuildStdlib --write-manifest FILE --from LIB_DIR_OR_ZIP --kind cpython|pyodide --version V
 *             [--fetch pyodide@X.Y.Z --integrity sha512-…]
 * </pre>
 * The second form pins a new release: it selects files by {@link Selection} and hashes them.
 *
 * <p>Thread safety: confined (a command-line program).
 */
public final class BuildStdlib {
    private BuildStdlib() {}

    public static void main(String[] args) throws IOException {
        try {
            Map<String, String> options = options(args);
            if (options.containsKey("--write-manifest")) {
                writeManifest(options);
            } else {
                build(Path.of(require(options, "--manifests")), Path.of(require(options, "--out")),
                        Path.of(require(options, "--stamp")), System::getenv, System::getProperty);
            }
        } catch (BuildFailure e) {
            // The message is the whole report: what is wrong and what to do; no Java stack.
            System.err.println("kaa-stdlib-lib: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Builds the tree under {@code classesDir} unless the stamp shows it is up to date; the source
     * is looked for with these environment variables and system properties.
     *
     * @return whether it built (false: up to date)
     */
    static boolean build(Path manifestDir, Path classesDir, Path stamp, UnaryOperator<String> env,
            UnaryOperator<String> property) throws IOException {
        long start = System.nanoTime();
        List<Manifest> manifests = Manifest.findAll(manifestDir);
        PythonParser parser = PythonParser.load(null);
        PythonCompiler compiler = PythonCompiler.load(null);
        String fingerprint = fingerprint(manifestDir, parser, compiler, env, property);
        Path libDir = classesDir.resolve(StdlibLocator.LIB);
        if (Files.isRegularFile(stamp) && Files.readString(stamp).strip().equals(fingerprint)
                && Files.isRegularFile(libDir.resolve(StdlibLocator.INDEX))) {
            log("the standard library in " + libDir + " is up to date");
            return false;
        }
        LibSourceFinder finder = new LibSourceFinder(manifests, env, property, BuildStdlib::log);
        LibSourceFinder.Found found = finder.find();
        // From here the tree changes: a run stopped half-way must not look up to date.
        Files.deleteIfExists(stamp);
        try (LibSource source = found.source()) {
            deleteTree(libDir);
            Map<String, byte[]> files = found.check().files();
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path target = libDir.resolve(e.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, e.getValue());
            }
            TreeCompiler.Result result = new TreeCompiler(parser, compiler).compileAll(files, libDir);
            for (TreeCompiler.Failure f : result.failures()) {
                log("not compiled (left without a .pyc): " + f.path() + ": " + f.error());
            }
            writeBuildInfo(libDir, source, found.check().manifest(), files, result, compiler);
            List<String> index = writeIndex(libDir);
            Files.writeString(stamp, fingerprint + "\n");
            log(String.format("%d files from %s, %d compiled, %d not; %d index entries; %.1f s",
                    files.size(), source.describe(), result.written(), result.failures().size(), index.size(),
                    (System.nanoTime() - start) / 1e9));
        }
        return true;
    }

    private static String fingerprint(Path manifestDir, PythonParser parser, PythonCompiler compiler,
            UnaryOperator<String> env, UnaryOperator<String> property) throws IOException {
        Fingerprint fp = new Fingerprint();
        try (Stream<Path> files = Files.list(manifestDir)) {
            for (Path m : files.filter(f -> f.getFileName().toString().matches("lib-.*\\.sha256")).sorted().toList()) {
                fp.add(m.getFileName().toString(), Files.readString(m));
            }
        }
        fp.add("kaa.cpython.lib", String.valueOf(property.apply("kaa.cpython.lib")).strip());
        fp.add("KAA_CPYTHON_LIB", String.valueOf(env.apply("KAA_CPYTHON_LIB")).strip());
        return fp.addCodeOf(List.of(BuildStdlib.class, parser.getClass(), PythonParser.class, compiler.getClass(),
                PythonCompiler.class, CodeObject.class)).addClass(StdlibLocator.class).hex();
    }

    private static void writeBuildInfo(Path libDir, LibSource source, Manifest manifest, Map<String, byte[]> files,
            TreeCompiler.Result result, PythonCompiler compiler) throws IOException {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("source.kind", manifest.kind());
        info.put("source.version", manifest.version());
        if (manifest.header().containsKey("fetch")) {
            info.put("source.package", manifest.header().get("fetch"));
        }
        info.put("source.location", source.location().toString());
        info.put("source.found-by", source.foundBy());
        info.put("manifest", manifest.name());
        info.put("files", String.valueOf(files.size()));
        info.put("modules", String.valueOf(files.keySet().stream().filter(p -> p.endsWith(".py")).count()));
        info.put("data-files", String.valueOf(files.keySet().stream().filter(p -> !p.endsWith(".py")).count()));
        info.put("pyc", String.valueOf(result.written()));
        info.put("pyc.cache-tag", StdlibLocator.CACHE_TAG);
        info.put("pyc.invalidation", "unchecked-hash");
        info.put("compiler", compiler.name());
        info.put("not-compiled", String.join(",", result.failures().stream().map(TreeCompiler.Failure::path).toList()));
        StringBuilder text = new StringBuilder("# Kaa's standard library tree: where it came from (see stdlib-lib/README.md)\n");
        info.forEach((k, v) -> text.append(k).append('=').append(v.replace("\\", "\\\\")).append('\n'));
        Files.writeString(libDir.resolve(StdlibLocator.BUILD_INFO), text, StandardCharsets.UTF_8);
    }

    /** Lists every file of the tree (but the index itself), sorted. */
    private static List<String> writeIndex(Path libDir) throws IOException {
        List<String> paths;
        try (Stream<Path> walk = Files.walk(libDir)) {
            paths = walk.filter(Files::isRegularFile)
                    .map(p -> libDir.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(StdlibLocator.INDEX))
                    .sorted()
                    .toList();
        }
        Files.write(libDir.resolve(StdlibLocator.INDEX), paths, StandardCharsets.UTF_8);
        return paths;
    }

    private static void writeManifest(Map<String, String> options) throws IOException {
        Path from = Path.of(require(options, "--from"));
        Map<String, String> header = new LinkedHashMap<>();
        header.put("kind", require(options, "--kind"));
        header.put("version", require(options, "--version"));
        if (options.containsKey("--fetch")) {
            header.put("fetch", options.get("--fetch"));
        }
        if (options.containsKey("--integrity")) {
            header.put("integrity", options.get("--integrity"));
        }
        try (LibSource source = LibSource.open(from, "--from")) {
            Path root = source.root();
            List<Manifest.Entry> entries = new ArrayList<>();
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            for (Path file : files) {
                String rel = root.relativize(file).toString().replace('\\', '/');
                if (Selection.taken(rel)) {
                    entries.add(new Manifest.Entry(rel, Manifest.sha256(Files.readAllBytes(file))));
                }
            }
            entries.sort(Comparator.comparing(Manifest.Entry::path));
            Path out = Path.of(options.get("--write-manifest"));
            new Manifest(out.getFileName().toString(), header, entries).write(out);
            log("wrote " + out + ": " + entries.size() + " files of " + from);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new BuildFailure("usage: BuildStdlib --manifests DIR --out DIR --stamp FILE");
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new BuildFailure("BuildStdlib: missing option " + name);
        }
        return value;
    }

    private static void log(String message) {
        // A build tool's progress lines, printed as Maven prints its own.
        System.out.println("[kaa-stdlib-lib] " + message);
    }
}
