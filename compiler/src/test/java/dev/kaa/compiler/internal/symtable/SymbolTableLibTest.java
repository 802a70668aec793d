package dev.kaa.compiler.internal.symtable;

import dev.kaa.compiler.spi.CompilationRecursionError;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.parser.PySyntaxError;
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
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Differential test over every {@code .py} file of CPython's {@code Lib}: one CPython process
 * ({@code symtable_dump.py}, through {@link LibDump}) writes each file's AST and the symbol tables of CPython's
 * {@code symtable} module; Kaa's table is built from that same AST (so the parser is not under
 * test here) and each block's kind, name, line, depth and every symbol's flags are compared, then
 * the cells, free variables and parameters of every code object CPython compiles.
 *
 * <p>Thread safety: test class, confined.
 */
class SymbolTableLibTest {

    @Test
    void matchesCPythonOnLib() throws IOException {
        assumeTrue(CPython.found(), CPython.MISSING);
        Path out = LibDump.path();
        int compared = 0;
        int matched = 0;
        List<String> failures = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                @SuppressWarnings("unchecked")
                Map<String, Object> rec = (Map<String, Object>) Json.parse(line);
                if (rec.containsKey("error")) {
                    continue;
                }
                compared++;
                String diff = compare(rec);
                if (diff == null) {
                    diff = SymbolTableCasesTest.compareCode(rec);
                }
                if (diff == null) {
                    matched++;
                } else {
                    failures.add(rec.get("file") + ": " + diff);
                }
            }
        }
        System.out.printf("symtable: %d/%d Lib files match CPython (%.2f%%)%n", matched, compared,
                100.0 * matched / compared);
        failures.stream().limit(30).forEach(System.out::println);
        assertTrue(compared > 1000, "too few files compared: " + compared);
        assertTrue(failures.isEmpty(), failures.size() + " files differ; first: "
                + failures.stream().limit(5).toList());
    }

    /** Null if Kaa's tables equal CPython's, else the first difference. */
    static String compare(Map<String, Object> rec) {
        Mod mod = (Mod) CPythonAst.module(rec.get("ast"));
        List<String> expected = new ArrayList<>();
        for (Object t : (List<?>) rec.get("tables")) {
            expected.add(describe((List<?>) t));
        }
        List<String> actual = new ArrayList<>();
        try {
            SymbolTable table = SymbolTable.build(mod, (String) rec.get("file"), futureFlags(mod));
            dump(table.top(), 0, actual);
        } catch (PySyntaxError | CompilationRecursionError e) {
            return "raised " + e;
        } catch (RuntimeException e) {
            return "crashed " + e;
        }
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : "<none>";
            String a = i < actual.size() ? actual.get(i) : "<none>";
            if (!e.equals(a)) {
                return "block " + i + "\n  expected " + e + "\n  actual   " + a;
            }
        }
        return null;
    }

    /**
     * A block as text: its symbols in CPython's insertion order, except the free variables that
     * only pass through the block (CPython adds those in the order of a set, by hash), listed
     * sorted at the end.
     */
    private static String describe(List<?> t) {
        Map<String, Long> symbols = new java.util.LinkedHashMap<>();
        for (Object s : (List<?>) t.get(4)) {
            List<?> pair = (List<?>) s;
            symbols.put((String) pair.get(0), (Long) pair.get(1));
        }
        return t.get(0) + " " + t.get(1) + " line " + t.get(2) + " depth " + t.get(3) + " " + ordered(symbols);
    }

    private static String ordered(Map<String, Long> symbols) {
        List<String> inOrder = new ArrayList<>();
        Map<String, Long> passing = new TreeMap<>();
        long passFree = (long) Binding.FREE.code() << SymbolFlags.SCOPE_OFFSET;
        symbols.forEach((k, v) -> {
            if (v == passFree) {
                passing.put(k, v);
            } else {
                inOrder.add(k + "=" + v);
            }
        });
        return inOrder + " " + passing;
    }

    static void dump(Scope s, int depth, List<String> out) {
        Map<String, Long> symbols = new java.util.LinkedHashMap<>();
        s.symbols().forEach((k, v) -> symbols.put(k, (long) v));
        out.add(s.kind().pythonName() + " " + s.name() + " line " + s.lineno() + " depth " + depth + " " + ordered(symbols));
        for (Scope c : s.children()) {
            dump(c, depth + 1, out);
        }
    }

    /** The {@code CO_FUTURE_ANNOTATIONS} flag if the module starts with that future import. */
    static int futureFlags(Mod mod) {
        if (!(mod instanceof Mod.Module m)) {
            return 0;
        }
        int flags = 0;
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
                    flags |= SymbolTable.CO_FUTURE_ANNOTATIONS;
                }
            }
        }
        return flags;
    }
}
