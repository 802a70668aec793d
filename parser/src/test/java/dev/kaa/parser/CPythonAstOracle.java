package dev.kaa.parser;

import dev.kaa.testkit.CPython;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPython's verdict on every {@code .py} file of its {@code Lib}, through the committed script
 * {@code ast/ast_digests.py}: the SHA-256 of {@code ast.dump(ast.parse(source, path),
 * include_attributes=True)}, or the exception {@code ast.parse} raised. The digests are cached in
 * {@code target/} under a key made of the CPython executable, its modification time, the
 * number, size and dates of the files and the script, so a second run costs nothing.
 *
 * <p>Thread safety: confined to the test that makes it.
 */
final class CPythonAstOracle {

    /**
     * What CPython made of one file: {@code status} OK (then {@code detail} is the digest), ERR
     * (the exception class, and its lineno, offset and message) or DUMPERR (the exception class).
     */
    record Verdict(String path, String status, String detail, String lineno, String offset, String message) {
        boolean accepted() {
            return status.equals("OK");
        }

        static Verdict of(String line) {
            String[] f = line.split("\t", 6);
            return new Verdict(f[0], f[1], f[2], f.length > 3 ? f[3] : null, f.length > 4 ? f[4] : null,
                    f.length > 5 ? unescape(f[5]) : null);
        }

        private static String unescape(String s) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length()) {
                    char n = s.charAt(++i);
                    sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        }
    }

    private final Path lib;
    private final Path work;
    private final Path script;
    private final boolean cached;

    /** An oracle for the files under {@code lib}, working (and caching) in {@code work}. */
    CPythonAstOracle(Path lib, Path work) {
        this(lib, work, true);
    }

    /** As above; {@code cached} false for a folder whose files change between runs. */
    CPythonAstOracle(Path lib, Path work, boolean cached) {
        this.lib = lib;
        this.work = work;
        this.cached = cached;
        try {
            Files.createDirectories(work);
            this.script = work.resolve("ast_digests.py");
            try (InputStream in = CPythonAstOracle.class.getResourceAsStream("/ast/ast_digests.py")) {
                if (in == null) {
                    throw new IllegalStateException("test resource ast/ast_digests.py missing");
                }
                Files.write(script, in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The verdict on every file, in the script's (sorted path) order. */
    Map<String, Verdict> verdicts() throws IOException {
        String key = "key " + sha256((CPython.executable().toAbsolutePath() + "\n"
                + Files.getLastModifiedTime(CPython.executable()) + "\n" + lib.toAbsolutePath() + "\n"
                + fingerprint(lib) + "\n" + Files.readString(script)).getBytes(StandardCharsets.UTF_8));
        Path cache = work.resolve("cpython-digests.txt");
        List<String> lines = null;
        if (cached && Files.isRegularFile(cache)) {
            List<String> previous = Files.readAllLines(cache, StandardCharsets.UTF_8);
            if (!previous.isEmpty() && previous.getFirst().equals(key)) {
                lines = previous.subList(1, previous.size());
            }
        }
        if (lines == null) {
            CPython.Result r = CPython.run(List.of(script.toString(), "digests", lib.toString()), null, 600);
            if (r.exitCode() != 0) {
                throw new IllegalStateException("ast_digests.py failed: " + r.stderr());
            }
            lines = r.stdout().lines().toList();
            List<String> withKey = new ArrayList<>();
            withKey.add(key);
            withKey.addAll(lines);
            if (cached) {
                Files.write(cache, withKey, StandardCharsets.UTF_8);
            }
        }
        Map<String, Verdict> out = new LinkedHashMap<>();
        for (String line : lines) {
            Verdict v = Verdict.of(line);
            out.put(v.path(), v);
        }
        return out;
    }

    /** CPython's {@code ast.dump(…, include_attributes=attributes, indent=indent)} of each of {@code paths}. */
    List<String> dumps(List<String> paths, int indent, boolean attributes) throws IOException {
        Path out = Files.createTempDirectory(work, "dumps");
        try {
            List<String> args = new ArrayList<>(List.of(script.toString(), "dumps", lib.toString(), out.toString(),
                    String.valueOf(indent), attributes ? "1" : "0"));
            args.addAll(paths);
            CPython.Result r = CPython.run(args, null, 600);
            if (r.exitCode() != 0) {
                throw new IllegalStateException("ast_digests.py dumps failed: " + r.stderr());
            }
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < paths.size(); i++) {
                Path f = out.resolve(i + ".txt");
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
                Files.delete(f);
            }
            return texts;
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /**
     * CPython's output for the snippets in test resource {@code resource} (see {@code snippets}
     * in the script): one line per snippet.
     */
    List<String> snippets(String resource) throws IOException {
        Path file = work.resolve(Path.of(resource).getFileName());
        try (InputStream in = CPythonAstOracle.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + resource + " missing");
            }
            Files.write(file, in.readAllBytes());
        }
        CPython.Result r = CPython.run(List.of(script.toString(), "snippets", file.toString()), null, 120);
        if (r.exitCode() != 0) {
            throw new IllegalStateException("ast_digests.py snippets failed: " + r.stderr());
        }
        return r.stdout().lines().toList();
    }

    /** The number, total size and latest change of the .py files under {@code dir}: enough to see it changed. */
    private static String fingerprint(Path dir) throws IOException {
        long count = 0;
        long size = 0;
        long latest = 0;
        try (var files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".py"))::iterator) {
                count++;
                size += Files.size(p);
                latest = Math.max(latest, Files.getLastModifiedTime(p).toMillis());
            }
        }
        return count + " " + size + " " + latest;
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
