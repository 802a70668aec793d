package dev.kaa.compiler.internal.symtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.kaa.parser.PySyntaxError;
import dev.kaa.parser.ast.Mod;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The {@code SyntaxError}s of the symbol table, against CPython 3.13's messages and locations
 * recorded in {@code symtable_errors.jsonl} (written by {@code make_symtable_errors.py}, with the
 * CPython AST of each snippet, so the test needs neither CPython nor Kaa's parser).
 *
 * <p>Thread safety: test class, confined.
 */
class SymbolTableErrorsTest {

    @TestFactory
    Stream<DynamicTest> errorsMatchCPython() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("symtable_errors.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                @SuppressWarnings("unchecked")
                Map<String, Object> rec = (Map<String, Object>) Json.parse(line);
                String source = (String) rec.get("source");
                Mod mod = (Mod) CPythonAst.module(rec.get("ast"));
                List<?> err = (List<?>) rec.get("error");
                tests.add(dynamicTest(source.strip().replace('\n', '|'), () -> check(mod, err)));
            }
        }
        return tests.stream();
    }

    private static void check(Mod mod, List<?> err) {
        int flags = SymbolTableLibTest.futureFlags(mod);
        if (err == null) {
            SymbolTable.build(mod, "<err>", flags);
            return;
        }
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> SymbolTable.build(mod, "<err>", flags));
        assertEquals(List.of(err.get(0), num(err.get(1)), num(err.get(2)), num(err.get(3)), num(err.get(4))),
                List.of(e.msg(), e.lineno(), e.offset(), e.endLineno(), e.endOffset()));
        assertEquals("<err>", e.filename());
    }

    private static int num(Object o) {
        return ((Number) o).intValue();
    }
}
