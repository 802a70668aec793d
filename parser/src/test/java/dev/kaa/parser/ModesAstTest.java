package dev.kaa.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.parser.ast.AstDump;
import dev.kaa.parser.ast.Mod;
import dev.kaa.parser.internal.peg.PegPythonParser;
import dev.kaa.testkit.CPython;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The four parse modes and the corners of the tree that whole files rarely show (empty f-strings,
 * {@code x[::]}, {@code except*}, every pattern, type parameters with defaults, lone surrogates,
 * {@code func_type} signatures…), each dumped three ways ({@code include_attributes=True, indent=3}
 * as {@code python -m ast -a} prints, one line, {@code indent=2}) and compared with CPython's
 * dumps of the same source, listed in {@code ast/snippets.py}.
 */
class ModesAstTest {

    @Test void snippetsDumpAsInCPython() throws IOException {
        assumeTrue(CPython.found(), CPython.MISSING);
        CPythonAstOracle oracle = new CPythonAstOracle(CPython.lib(), Path.of("target", "lib-ast"));
        PythonParser parser = new PegPythonParser();
        Base64.Decoder b64 = Base64.getDecoder();
        List<String> differing = new ArrayList<>();
        int count = 0;
        for (String line : oracle.snippets("/ast/snippets.py")) {
            String[] f = line.split("\t");
            ParseMode mode = ParseMode.of(f[0]);
            byte[] source = b64.decode(f[1]);
            List<String> expected = new ArrayList<>();
            for (int i = 2; i < f.length; i++) {
                expected.add(new String(b64.decode(f[i]), StandardCharsets.UTF_8));
            }
            List<String> actual;
            try {
                Mod tree = parser.parse(source, "<unknown>", mode);
                actual = List.of(AstDump.dump(tree, true, 3), AstDump.dump(tree, false, null), AstDump.dump(tree, false, 2));
            } catch (PySyntaxError e) {
                actual = List.of("ERR " + e.msg());
            }
            count++;
            if (!expected.equals(actual)) {
                String shown = new String(source, StandardCharsets.UTF_8).replace("\n", "\\n");
                int i = 0;
                while (i < Math.min(expected.size(), actual.size()) - 1 && expected.get(i).equals(actual.get(i))) {
                    i++;
                }
                differing.add(mode.pythonName() + " " + shown + ":\n" + DumpDiff.first(expected.get(i), actual.get(i)));
            }
        }
        int total = count;
        assertTrue(total > 50, "too few snippets: " + total);
        assertTrue(differing.isEmpty(), () -> differing.size() + " of " + total + " snippets differ:\n"
                + String.join("\n", differing));
    }
}
