package dev.kaa.compiler.internal.astopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaa.compiler.internal.symtable.AstText;
import dev.kaa.compiler.internal.symtable.CPythonAst;
import dev.kaa.compiler.internal.symtable.Json;
import dev.kaa.parser.ast.Mod;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The optimizer against CPython 3.13 on about 23,000 expressions and statements: every binary
 * operator on every pair of a pool of constants (ints of all sizes, bools, floats with signed
 * zeros and infinities, complexes, strings, bytes, tuples, None), unary operators, the size
 * limits, {@code %}-formatting, subscripts, {@code in} folding, docstrings, annotations and
 * {@code __debug__}. Powers that CPython computes with the C library's {@code pow} (non-integer
 * exponents, complex powers with exponents past 100) are left unfolded by Kaa and counted apart.
 * The expected trees were written by {@code make_astopt_cases.py} with
 * {@code ast.PyCF_OPTIMIZED_AST}; the test needs neither CPython nor Kaa's parser.
 *
 * <p>Thread safety: test class, confined.
 */
class AstOptimizerCasesTest {

    @Test
    void casesMatchCPython() throws IOException {
        int compared = 0;
        int unfoldedPowers = 0;
        List<String> failures = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                getClass().getResourceAsStream("astopt_cases.jsonl.gz")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                @SuppressWarnings("unchecked")
                Map<String, Object> rec = (Map<String, Object>) Json.parse(line);
                compared++;
                String diff = compare(rec);
                if (diff == null) {
                    continue;
                }
                // Documented: powers CPython takes from the C library (non-integer exponents,
                // complex powers past 100) are left unfolded, as a ** operation.
                if (((String) rec.get("source")).contains("**") && diff.contains("  actual   ")
                        && diff.substring(diff.indexOf("  actual   ")).contains("op=Operator:Pow")) {
                    unfoldedPowers++;
                    continue;
                }
                failures.add(rec.get("source") + ": " + diff);
            }
        }
        System.out.printf("astopt cases: %d compared, %d powers left unfolded, %d differ%n", compared,
                unfoldedPowers, failures.size());
        assertTrue(compared > 20000, "cases: " + compared);
        assertTrue(unfoldedPowers < 300, "unfolded powers: " + unfoldedPowers);
        assertEquals(List.of(), failures.stream().limit(20).toList(), failures.size() + " of " + compared + " differ");
    }

    static String compare(Map<String, Object> rec) {
        Mod mod = (Mod) CPythonAst.module(rec.get("ast"));
        Mod expected = (Mod) CPythonAst.module(rec.get("opt"));
        int optimize = ((Number) rec.get("optimize")).intValue();
        Mod actual;
        try {
            actual = AstOptimizer.optimize(mod, optimize, AstOptimizerLibTest.futureFlags(mod));
        } catch (RuntimeException e) {
            return "raised " + e;
        }
        if (expected.equals(actual)) {
            return null;
        }
        String e = AstText.of(expected);
        String a = AstText.of(actual);
        return e.equals(a) ? null : "\n  expected " + e + "\n  actual   " + a;
    }
}
