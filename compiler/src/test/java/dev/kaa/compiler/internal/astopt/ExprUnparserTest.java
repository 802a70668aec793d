package dev.kaa.compiler.internal.astopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.kaa.compiler.internal.symtable.CPythonAst;
import dev.kaa.compiler.internal.symtable.Json;
import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.ExprContext;
import dev.kaa.parser.ast.Pos;
import dev.kaa.parser.ast.Operator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The annotation strings of {@code from __future__ import annotations} against CPython 3.13's,
 * recorded with their ASTs in {@code unparse_cases.jsonl} by {@code make_unparse_cases.py}.
 *
 * <p>Thread safety: test class, confined.
 */
class ExprUnparserTest {
    private static final Pos P = new Pos(1, 0, 1, 1);

    @TestFactory
    Stream<DynamicTest> annotationsMatchCPython() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("unparse_cases.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                @SuppressWarnings("unchecked")
                Map<String, Object> rec = (Map<String, Object>) Json.parse(line);
                Expr e = (Expr) CPythonAst.build(rec.get("ast"));
                String expected = (String) rec.get("expected");
                tests.add(dynamicTest((String) rec.get("source"), () -> assertEquals(expected, ExprUnparser.unparse(e))));
            }
        }
        return tests.stream();
    }

    /** A high and a low surrogate as two code points stay two escapes (CPython 3.13's output). */
    @Test
    void fStringWithSurrogatesAsTwoCodePoints() {
        Expr e = dev.kaa.parser.PythonParser.load(null)
                .parse("f'\\ud800\\udc00{a}\\udc00{{'", "<s>", dev.kaa.parser.ParseMode.EVAL) instanceof
                        dev.kaa.parser.ast.Mod.Expression m ? m.body() : null;
        assertEquals("f'\\ud800\\udc00{a}\\udc00{{'", ExprUnparser.unparse(e));
    }

    /** Expressions an annotation cannot hold (CPython rejects them there), by the same rules. */
    @Test
    void expressionsOutsideAnnotations() {
        Expr x = new Expr.Name("x", ExprContext.Load, P);
        assertEquals("(yield)", ExprUnparser.unparse(new Expr.Yield(null, P)));
        assertEquals("(yield x)", ExprUnparser.unparse(new Expr.Yield(x, P)));
        assertEquals("(yield from x)", ExprUnparser.unparse(new Expr.YieldFrom(x, P)));
        assertEquals("await x", ExprUnparser.unparse(new Expr.Await(x, P)));
        // CPython's levels put await and the left operand of ** on one level: no parentheses.
        assertEquals("await x ** x", ExprUnparser.unparse(new Expr.BinOp(new Expr.Await(x, P), Operator.Pow, x, P)));
        assertEquals("(x := x)", ExprUnparser.unparse(new Expr.NamedExpr(new Expr.Name("x", ExprContext.Store, P), x, P)));
    }
}
