package dev.kaa.parser.internal.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.parser.PySyntaxError;
import dev.kaa.testkit.CPython;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Tokenizes every {@code .py} file of CPython's {@code Lib} and compares the tokens (type, string,
 * start, end) with those of CPython's {@code tokenize} module, dumped by one CPython process
 * running {@code dump_tokens.py}.
 *
 * <p>Known, justified differences, compensated before comparing:
 * <ul>
 * <li>NAME strings: Kaa's are NFKC-normalised (CPython's parser normalises them too), so the
 *     expected string is normalised.
 * <li>Line ends: Kaa reads {@code "\r\n"} and {@code "\r"} as {@code "\n"} (the C tokenizer does
 *     so when CPython compiles), while the {@code tokenize} module keeps them in NEWLINE, NL and
 *     string tokens.
 * <li>Files the {@code tokenize} module rejects (bad encodings, on purpose, in
 *     {@code test/tokenizedata}) must be rejected by Kaa too, with any message.
 * </ul>
 *
 * <p>Thread safety: JUnit runs it on one thread.
 */
class TokenizerLibTest {

    @Test
    void everyLibFileTokenizesAsCPython() throws IOException {
        assumeTrue(CPython.found(), CPython.MISSING);
        Path lib = CPython.lib();
        Path script = Files.createTempFile("kaa-dump-tokens", ".py");
        Path dump = Files.createTempFile("kaa-tokens", ".txt");
        try (InputStream in = TokenizerLibTest.class.getResourceAsStream("/tokenize/dump_tokens.py")) {
            Files.write(script, in.readAllBytes());
            CPython.Result r = CPython.run(List.of(script.toString(), lib.toString(), dump.toString()), null, 600);
            assertEquals(0, r.exitCode(), r.stderr());
            Map<String, String> failures = compareAll(lib, dump);
            int total = count(dump);
            System.out.println("tokenize differential: " + (total - failures.size()) + " of " + total
                    + " files match CPython's tokenize module");
            StringBuilder sb = new StringBuilder();
            failures.entrySet().stream().limit(30).forEach(e -> sb.append(e.getKey()).append(": ")
                    .append(e.getValue()).append('\n'));
            assertEquals("", sb.toString(), failures.size() + " files differ");
        } finally {
            Files.deleteIfExists(script);
            Files.deleteIfExists(dump);
        }
    }

    private static int count(Path dump) throws IOException {
        try (var lines = Files.lines(dump, StandardCharsets.UTF_8)) {
            return (int) lines.filter(l -> l.startsWith("=== ")).count();
        }
    }

    /** Compares each file of the dump; returns the mismatching files with their first difference. */
    static Map<String, String> compareAll(Path lib, Path dump) throws IOException {
        Map<String, String> failures = new TreeMap<>();
        try (BufferedReader reader = Files.newBufferedReader(dump, StandardCharsets.UTF_8)) {
            String file = null;
            List<String> expected = new ArrayList<>();
            for (String line = reader.readLine(); ; line = reader.readLine()) {
                if (line == null || line.startsWith("=== ")) {
                    if (file != null) {
                        String diff = compare(lib.resolve(file), expected);
                        if (diff != null) {
                            failures.put(file, diff);
                        }
                    }
                    if (line == null) {
                        return failures;
                    }
                    file = line.substring(4);
                    expected.clear();
                } else {
                    expected.add(line);
                }
            }
        }
    }

    /** The first difference between Kaa's tokens for {@code file} and {@code expected}, or null. */
    static String compare(Path file, List<String> expected) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        boolean cpythonFailed = !expected.isEmpty() && expected.getLast().startsWith("!!! ");
        List<String> actual = new ArrayList<>();
        try {
            String source = SourceDecoder.decode(bytes, file.toString());
            Tokenizer t = new Tokenizer(source, file.toString(), false, true);
            for (;;) {
                Token k = t.next();
                actual.add(TokenLines.render(t, k));
                if (k.type() == TokenType.ENDMARKER) {
                    break;
                }
            }
        } catch (PySyntaxError e) {
            if (cpythonFailed) {
                return null;
            }
            actual.add("!!! " + e);
        } catch (RuntimeException e) {
            return "crashed: " + e;
        }
        if (cpythonFailed) {
            return "CPython failed (" + expected.getLast() + ") but Kaa did not";
        }
        int n = Math.max(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            String want = i < expected.size() ? normalise(expected.get(i)) : "<end>";
            String got = i < actual.size() ? actual.get(i) : "<end>";
            if (!want.equals(got)) {
                return "token " + i + ": expected [" + shorten(want) + "] got [" + shorten(got) + "]";
            }
        }
        return null;
    }

    /** The expected line with CPython's line ends read as Kaa reads them and names normalised. */
    private static String normalise(String line) {
        if (line.indexOf('\\') < 0 && !line.startsWith("NAME\t")) {
            return line;
        }
        int tab = nthTab(line, 5);
        String raw = unescape(line.substring(tab + 1));
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        if (raw.equals("\r\n")) {
            // A NEWLINE or NL token of a "\r\n" line end: one character shorter for Kaa.
            int endColTab = nthTab(line, 4);
            int endCol = Integer.parseInt(line.substring(endColTab + 1, tab));
            return line.substring(0, endColTab + 1) + (endCol - 1) + "\t" + TokenLines.escape(text);
        }
        if (line.startsWith("NAME\t")) {
            text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        }
        return line.substring(0, tab + 1) + TokenLines.escape(text);
    }

    private static int nthTab(String s, int n) {
        int i = -1;
        for (int k = 0; k < n; k++) {
            i = s.indexOf('\t', i + 1);
        }
        return i;
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char e = s.charAt(++i);
                sb.append(switch (e) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> e;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String shorten(String s) {
        return s.length() <= 160 ? s : s.substring(0, 160) + "…";
    }
}
