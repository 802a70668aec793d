package dev.kaa.vm.objects;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source lines tracebacks show, as Python's {@code linecache}: a file is read once (its
 * encoding from a BOM or a PEP 263 declaration, universal newlines) and kept; names in angle
 * brackets ({@code <string>}, {@code <stdin>}) have no lines unless text was registered for them;
 * a file that cannot be read has none.
 *
 * <p>Thread safety: GIL-guarded (one per interpreter).
 */
public final class TracebackSource {
    private final Map<String, List<String>> cache = new HashMap<>();
    private Function<String, String> fallback;

    /**
     * Where to find the text of sources that are not readable files (modules in a jar, say: what
     * {@code linecache} asks a module's {@code __loader__} for): {@code filename -> text}, or
     * null when there is none.
     */
    public void setFallback(Function<String, String> fallback) {
        this.fallback = fallback;
    }

    /** Registers the text of a source that is not a file (what the REPL does for its inputs). */
    public void register(String filename, String text) {
        cache.put(filename, splitKeepingNewlines(text));
    }

    /** Forgets every file read (CPython's {@code linecache.clearcache}). */
    public void clear() {
        cache.clear();
    }

    /** {@code linecache.getline(filename, lineno)}: the line with its newline, or "" when there is none. */
    public String line(String filename, int lineno) {
        List<String> lines = cache.get(filename);
        if (lines == null) {
            lines = read(filename);
            if (lines == null) {
                String text = fallback == null ? null : fallback.apply(filename);
                lines = text == null ? List.of() : splitKeepingNewlines(text);
            }
            cache.put(filename, lines);
        }
        return lineno >= 1 && lineno <= lines.size() ? lines.get(lineno - 1) : "";
    }

    private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    /** The lines of a file; null when it cannot be read; none for names in angle brackets. */
    private static List<String> read(String filename) {
        if (filename.isEmpty() || filename.startsWith("<") && filename.endsWith(">")) {
            return List.of();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(filename));
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return splitKeepingNewlines(decode(bytes));
    }

    private static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        Charset cs = StandardCharsets.UTF_8;
        String head = new String(bytes, 0, Math.min(bytes.length, 400), StandardCharsets.ISO_8859_1);
        String[] first = head.split("\r\n|\r|\n", 3);
        for (int i = 0; i < Math.min(2, first.length); i++) {
            Matcher m = CODING.matcher(first[i]);
            if (m.find()) {
                cs = charset(m.group(1), cs);
                break;
            }
            if (!first[i].trim().isEmpty() && !first[i].trim().startsWith("#")) {
                break;
            }
        }
        return new String(bytes, cs);
    }

    private static Charset charset(String name, Charset fallback) {
        String n = name.toLowerCase().replace('_', '-');
        if (n.equals("utf-8") || n.startsWith("utf-8-")) {
            return StandardCharsets.UTF_8;
        }
        if (n.equals("latin-1") || n.equals("iso-8859-1") || n.startsWith("latin-1-") || n.startsWith("iso-8859-1-")) {
            return StandardCharsets.ISO_8859_1;
        }
        try {
            return Charset.forName(n);
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    /** Lines with universal newlines turned into "\n", a last line without one given one. */
    private static List<String> splitKeepingNewlines(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < t.length()) {
            int nl = t.indexOf('\n', start);
            if (nl < 0) {
                lines.add(t.substring(start) + "\n");
                break;
            }
            lines.add(t.substring(start, nl + 1));
            start = nl + 1;
        }
        return lines;
    }
}
