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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Tokenizes every {@code .py} file of CPython's {@code Lib} and compares the tokens (type, string,
 * start, end) with those of CPython's {@code tokenize} module, dumped by one CPython process
 * running {@code dump_tokens.py}. Every literal is also decoded, as the parser will decode it.
 *
 * <p>Known, justified differences, compensated before comparing:
 * <ul>
 * <li>NAME strings: Kaa's are NFKC-normalised (CPython's parser normalises them too), so the
 *     expected string is normalised.
 * <li>Line ends: Kaa reads {@code "\r\n"} and {@code "\r"} as {@code "\n"} (the C tokenizer does
 *     so when CPython compiles), while the {@code tokenize} module keeps them in NEWLINE, NL and
 *     string tokens (and counts a {@code "\r\n"} line end as two columns).
 * <li>Files the {@code tokenize} module rejects (bad encodings, on purpose, in
 *     {@code test/tokenizedata}) must be rejected by Kaa too, with any message.
 * <li>The {@code tokenize} module does not make some checks that {@code compile()} makes (such
 *     as invalid characters in names): a file only Kaa rejects must be rejected by
 *     {@code compile()} with the same message (checked by a second CPython run for just those
 *     files).
 * </ul>
 *
 * <p>Thread safety: JUnit runs it on one thread.
 */
class TokenizerLibTest {
    /** Prefix of the result of {@link #compare} when only Kaa rejected the file. */
    static final String KAA_ERROR = "Kaa rejected: ";

    /** Prints CPython's compile() error message for each file named in the arguments. */
    private static final String COMPILE_ERRORS = """
            import sys
            for path in sys.argv[1:]:
                try:
                    with open(path, 'rb') as f:
                        compile(f.read(), path, 'exec')
                    print('OK')
                except SyntaxError as e:
                    print(e.msg)
            """;

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
            confirmKaaErrors(lib, failures);
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

    /** Drops the files only Kaa rejected when CPython's compile() rejects them with the same message. */
    private static void confirmKaaErrors(Path lib, Map<String, String> failures) {
        List<String> files = failures.entrySet().stream().filter(e -> e.getValue().startsWith(KAA_ERROR))
                .map(Map.Entry::getKey).toList();
        if (files.isEmpty()) {
            return;
        }
        List<String> args = new ArrayList<>(List.of("-c", COMPILE_ERRORS));
        files.forEach(f -> args.add(lib.resolve(f).toString()));
        List<String> messages = CPython.run(args, null, 120).stdout().lines().toList();
        for (int i = 0; i < files.size() && i < messages.size(); i++) {
            String kaa = failures.get(files.get(i)).substring(KAA_ERROR.length());
            if (kaa.equals(messages.get(i))) {
                failures.remove(files.get(i));
            } else {
                failures.put(files.get(i), "Kaa: " + kaa + "; CPython's compile(): " + messages.get(i));
            }
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
            List<Boolean> raw = new ArrayList<>();
            for (;;) {
                Token k = t.next();
                actual.add(TokenLines.render(t, k));
                // Decoding every literal as the parser will also checks it never fails on valid code.
                switch (k.type()) {
                    case STRING -> StringLiterals.decode(k, t);
                    case NUMBER -> NumberLiterals.parse(k, t);
                    case FSTRING_START -> raw.add(k.text().toLowerCase(java.util.Locale.ROOT).contains("r"));
                    case FSTRING_MIDDLE -> StringLiterals.decodeFStringMiddle(k, raw.getLast(), t);
                    case FSTRING_END -> raw.removeLast();
                    default -> { }
                }
                if (k.type() == TokenType.ENDMARKER) {
                    break;
                }
            }
        } catch (PySyntaxError e) {
            if (cpythonFailed) {
                return null;
            }
            // The tokenize module skips some of the checks compile() makes: confirmed later.
            return KAA_ERROR + e.msg();
        } catch (RuntimeException e) {
            return "crashed: " + e;
        }
        if (cpythonFailed) {
            return "CPython failed (" + expected.getLast() + ") but Kaa did not";
        }
        int n = Math.max(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            String want = i < expected.size() ? TokenLines.normalise(expected.get(i)) : "<end>";
            String got = i < actual.size() ? actual.get(i) : "<end>";
            if (!want.equals(got)) {
                return "token " + i + ": expected [" + shorten(want) + "] got [" + shorten(got) + "]";
            }
        }
        return null;
    }

    private static String shorten(String s) {
        return s.length() <= 160 ? s : s.substring(0, 160) + "…";
    }
}
