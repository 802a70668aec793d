package dev.kaa.stdlib.lib.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A committed pin of one release of CPython's {@code Lib}: the SHA-256 of every file Kaa takes,
 * in {@code sha256sum}'s format ({@code HASH␠␠PATH}, so {@code sha256sum -c} checks a {@code Lib}
 * folder against it), sorted by path, after a few {@code # key: value} header lines:
 * {@code kind} ({@code cpython}: a {@code Lib} folder; {@code pyodide}: pyodide's
 * {@code python_stdlib.zip}), {@code version} (CPython's), and for pyodide {@code fetch}
 * (the npm package) and {@code integrity} (npm's SHA-512 of its tarball).
 *
 * <p>Thread safety: immutable.
 */
record Manifest(String name, Map<String, String> header, List<Entry> entries) {
    static final String KIND_CPYTHON = "cpython";
    static final String KIND_PYODIDE = "pyodide";

    /** One pinned file. */
    record Entry(String path, String sha256) {}

    /**
     * The outcome of checking a candidate {@code Lib}: every pinned file's bytes in manifest
     * order, or (files null) the first missing or differing file.
     */
    record Check(Manifest manifest, Map<String, byte[]> files, String problem) {
        boolean ok() {
            return files != null;
        }
    }

    Manifest {
        header = Map.copyOf(header);
        entries = List.copyOf(entries);
    }

    String kind() {
        return header.getOrDefault("kind", KIND_CPYTHON);
    }

    String version() {
        return header.getOrDefault("version", "?");
    }

    /** The manifests {@code lib-*.sha256} in {@code dir}, sorted by file name. */
    static List<Manifest> findAll(Path dir) throws IOException {
        List<Manifest> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith("lib-") && name.endsWith(".sha256")) {
                    all.add(read(file));
                }
            }
        }
        return all;
    }

    static Manifest read(Path file) throws IOException {
        Map<String, String> header = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    header.put(line.substring(1, colon).strip(), line.substring(colon + 1).strip());
                }
                continue;
            }
            if (line.length() < 67 || !line.startsWith("  ", 64) || !isHex(line.substring(0, 64))) {
                throw new BuildFailure(file + ":" + lineNo + ": not a sha256sum line: " + line);
            }
            entries.add(new Entry(line.substring(66), line.substring(0, 64)));
        }
        return new Manifest(file.getFileName().toString(), header, entries);
    }

    /** Writes this manifest to {@code file}. */
    void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        header.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(h -> text.append("# ").append(h.getKey()).append(": ").append(h.getValue()).append('\n'));
        for (Entry e : entries) {
            text.append(e.sha256()).append("  ").append(e.path()).append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /**
     * Checks {@code root} (a {@code Lib} folder, or the root of a zip) against this manifest.
     *
     * Stops at the first missing or differing file.
     */
    Check verify(Path root) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Entry e : entries) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(root.resolve(e.path()));
            } catch (NoSuchFileException ex) {
                return new Check(this, null, "'" + e.path() + "' is missing");
            }
            String actual = sha256(bytes);
            if (!actual.equals(e.sha256())) {
                return new Check(this, null,
                        "'" + e.path() + "' differs (sha256 " + actual + ", pinned " + e.sha256() + ")");
            }
            files.put(e.path(), bytes);
        }
        return new Check(this, files, null);
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest("SHA-256").digest(bytes));
    }

    static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has " + algorithm, e);
        }
    }

    private static boolean isHex(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f');
    }
}
