package dev.kaa.compiler.internal.astopt;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.compiler.internal.symtable.AstText;
import dev.kaa.compiler.internal.symtable.CPythonAst;
import dev.kaa.compiler.internal.symtable.Json;
import dev.kaa.compiler.internal.symtable.LibDump;
import dev.kaa.parser.ast.Alias;
import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.Mod;
import dev.kaa.parser.ast.Stmt;
import dev.kaa.testkit.CPython;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Differential test over every {@code .py} file of CPython's {@code Lib}: CPython ({@link LibDump}) writes each
 * file's AST and its optimized AST ({@code ast.PyCF_OPTIMIZED_AST}, optimization level 0); Kaa's
 * optimizer runs on the first and must give the second.
 *
 * <p>Thread safety: test class, confined.
 */
class AstOptimizerLibTest {

    @Test
    void matchesCPythonOnLib() throws IOException {
        assumeTrue(CPython.found(), CPython.MISSING);
        Path out = LibDump.path();
        int compared = 0;
        List<String> failures = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                @SuppressWarnings("unchecked")
                Map<String, Object> rec = (Map<String, Object>) Json.parse(line);
                if (!rec.containsKey("opt")) {
                    continue;
                }
                compared++;
                String diff = compare(rec);
                if (diff != null) {
                    failures.add(rec.get("file") + ": " + diff);
                }
            }
        }
        System.out.printf("astopt: %d/%d Lib files match CPython (%.2f%%)%n", compared - failures.size(), compared,
                100.0 * (compared - failures.size()) / compared);
        failures.stream().limit(20).forEach(System.out::println);
        assertTrue(compared > 1000, "too few files compared: " + compared);
        assertTrue(failures.isEmpty(), failures.size() + " files differ; first: " + failures.stream().limit(3).toList());
    }

    /** Null if Kaa's optimized tree equals CPython's, else where they first differ. */
    static String compare(Map<String, Object> rec) {
        Mod mod = (Mod) CPythonAst.module(rec.get("ast"));
        Mod expectedTree = (Mod) CPythonAst.module(rec.get("opt"));
        Mod actualTree;
        try {
            actualTree = AstOptimizer.optimize(mod, 0, futureFlags(mod));
        } catch (RuntimeException e) {
            return "raised " + e;
        }
        // Records compare structurally; only frozenset item order may differ harmlessly.
        if (expectedTree.equals(actualTree)) {
            return null;
        }
        String expected = AstText.of(expectedTree);
        String actual = AstText.of(actualTree);
        if (expected.equals(actual)) {
            return null;
        }
        int i = 0;
        while (i < Math.min(expected.length(), actual.length()) && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 150);
        return "at " + i + "\n  expected " + expected.substring(from, Math.min(expected.length(), i + 150))
                + "\n  actual   " + actual.substring(from, Math.min(actual.length(), i + 150));
    }

    static int futureFlags(Mod mod) {
        if (!(mod instanceof Mod.Module m)) {
            return 0;
        }
        boolean first = true;
        for (Stmt s : m.body()) {
            if (first && s instanceof Stmt.Expr e && e.value() instanceof Expr.Constant c && c.value() instanceof String) {
                first = false;
                continue;
            }
            first = false;
            if (!(s instanceof Stmt.ImportFrom f) || !"__future__".equals(f.module())) {
                break;
            }
            for (Alias a : f.names()) {
                if (a.name().equals("annotations")) {
                    return 0x1000000;
                }
            }
        }
        return 0;
    }
}
