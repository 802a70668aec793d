package dev.kaa.parser.internal.peg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.kaa.parser.ParseMode;
import dev.kaa.parser.ParseOptions;
import dev.kaa.parser.PySyntaxError;
import dev.kaa.parser.PythonParser;
import dev.kaa.parser.ast.AstDump;
import dev.kaa.parser.ast.Mod;
import dev.kaa.parser.ast.Stmt;
import dev.kaa.testkit.CPython;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code ast.parse(…, type_comments=True)}: the snippets under {@code type_comments/cases/} give
 * the dump (or the SyntaxError) CPython 3.13 gave, committed beside each as {@code .expected}
 * (made by {@code type_comments/make_expected.py}); and, when CPython is installed, every file of
 * its {@code Lib} that mentions {@code type:} (180 in 3.13.0; no other file can hold a type
 * comment) gives CPython's tree: in full for the 69 whose tree type comments change, as a SHA-256
 * digest for the others.
 *
 * <p>Thread safety: confined to the test runner's thread.
 */
class TypeCommentsTest {

    private final PythonParser parser = new PegPythonParser();

    @TestFactory Stream<DynamicTest> snippetsMatchCPython() throws IOException, URISyntaxException {
        Path folder = Path.of(TypeCommentsTest.class.getResource("/type_comments/cases").toURI());
        List<Path> cases;
        try (Stream<Path> files = Files.list(folder)) {
            cases = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return cases.stream().map(p -> dynamicTest(p.getFileName().toString(), () -> {
            String name = p.getFileName().toString();
            String expected = Files.readString(p.resolveSibling(name.replace(".py", ".expected")),
                    StandardCharsets.UTF_8).strip();
            byte[] source = Files.readAllBytes(p);
            assertEquals(expected, kaa(source, "<unknown>"), () -> "source:\n" + new String(source, StandardCharsets.UTF_8));
        }));
    }

    @Test void withoutTheOptionTypeCommentsAreComments() {
        Mod m = parser.parse("x = 1  # type: int\nf()  # type: ignore\n# type: str\n", "<unknown>", ParseMode.EXEC);
        Mod.Module module = (Mod.Module) m;
        assertNull(((Stmt.Assign) module.body().getFirst()).type_comment());
        assertTrue(module.type_ignores().isEmpty());
    }

    @Test void libFilesWithTypeComments() throws IOException {
        assumeTrue(CPython.found(), CPython.MISSING);
        Path lib = CPython.lib();
        Path work = Path.of("target", "type-comments");
        Files.createDirectories(work);
        Path script = work.resolve("lib_type_comments.py");
        try (InputStream in = TypeCommentsTest.class.getResourceAsStream("/type_comments/lib_type_comments.py")) {
            Files.write(script, in.readAllBytes());
        }
        CPython.Result r = CPython.run(List.of(script.toString(), lib.toString()), null, 600);
        assertEquals(0, r.exitCode(), r::stderr);
        List<String> differing = new ArrayList<>();
        int count = 0;
        int changed = 0;
        for (String line : r.stdout().lines().toList()) {
            String[] f = line.split("\t");
            count++;
            if (f[1].equals("OK")) {
                changed++;
            }
            String expected = switch (f[1]) {
                case "OK" -> new String(Base64.getDecoder().decode(f[2]), StandardCharsets.UTF_8);
                case "SAME" -> f[2];
                default -> "ERR " + f[2] + " line " + f[3];
            };
            String ours = kaaLib(Files.readAllBytes(lib.resolve(f[0])), f[0]);
            if (f[1].equals("SAME") && !ours.startsWith("ERR ")) {
                ours = sha256(ours);
            }
            if (!expected.equals(ours)) {
                differing.add(f[0] + ": " + firstDifference(expected, ours));
            }
        }
        int total = count;
        System.out.println("TypeCommentsTest: " + (total - differing.size()) + "/" + total
                + " Lib files that mention 'type:' give CPython's tree with type comments (" + changed
                + " of them a tree that type comments change)");
        assertTrue(total > 0, "CPython found no Lib file with type comments");
        assertTrue(differing.isEmpty(), () -> differing.size() + " of " + total + " differ:\n"
                + String.join("\n", differing.subList(0, Math.min(5, differing.size()))));
    }

    private String kaa(byte[] source, String filename) {
        try {
            return AstDump.dump(parser.parse(source, filename, ParseMode.EXEC, ParseOptions.TYPE_COMMENTS), true, null);
        } catch (PySyntaxError e) {
            return "ERR " + e.kind() + " " + e.msg() + " " + e.lineno() + " " + e.offset() + " " + e.endLineno() + " "
                    + e.endOffset();
        }
    }

    private String kaaLib(byte[] source, String filename) {
        try {
            return AstDump.dump(parser.parse(source, filename, ParseMode.EXEC, ParseOptions.TYPE_COMMENTS), true, null);
        } catch (PySyntaxError e) {
            return "ERR " + e.kind() + " line " + e.lineno();
        }
    }

    private static String sha256(String dump) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(dump.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstDifference(String expected, String ours) {
        int i = 0;
        while (i < Math.min(expected.length(), ours.length()) && expected.charAt(i) == ours.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 60);
        return "\n  CPython: " + expected.substring(from, Math.min(expected.length(), i + 60))
                + "\n  Kaa:     " + ours.substring(from, Math.min(ours.length(), i + 60));
    }
}
