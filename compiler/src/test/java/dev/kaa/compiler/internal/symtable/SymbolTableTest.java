package dev.kaa.compiler.internal.symtable;

import dev.kaa.compiler.spi.CompilationRecursionError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaa.parser.ast.Arguments;
import dev.kaa.parser.ast.Comprehension;
import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.ExprContext;
import dev.kaa.parser.ast.Mod;
import dev.kaa.parser.ast.Operator;
import dev.kaa.parser.ast.Pos;
import dev.kaa.parser.ast.Stmt;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Symbol tables of hand-built trees: bindings, cells, inlining, mangling and the depth limit.
 * Expected values are those of CPython 3.13's {@code symtable} module and code objects.
 *
 * <p>Thread safety: test class, confined.
 */
class SymbolTableTest {
    private static final Pos P = new Pos(1, 0, 1, 1);

    private static Expr.Name load(String id) {
        return new Expr.Name(id, ExprContext.Load, P);
    }

    private static Expr.Name store(String id) {
        return new Expr.Name(id, ExprContext.Store, P);
    }

    private static Arguments args(String... names) {
        List<dev.kaa.parser.ast.Arg> l = new ArrayList<>();
        for (String n : names) {
            l.add(new dev.kaa.parser.ast.Arg(n, null, null, P));
        }
        return new Arguments(List.of(), l, null, List.of(), List.of(), null, List.of());
    }

    private static Stmt.FunctionDef def(String name, Arguments a, Stmt... body) {
        return new Stmt.FunctionDef(name, a, List.of(body), List.of(), null, null, List.of(), P);
    }

    private static Mod module(Stmt... body) {
        return new Mod.Module(List.of(body), List.of());
    }

    @Test
    void closureMakesCellAndFree() {
        // def f(x):
        //     def g(): return x
        Stmt.FunctionDef g = def("g", args(), new Stmt.Return(load("x"), P));
        Stmt.FunctionDef f = def("f", args("x"), g);
        SymbolTable t = SymbolTable.build(module(f), "<t>", 0);
        Scope fs = t.scopeOf(f);
        Scope gs = t.scopeOf(g);
        assertEquals(Binding.CELL, fs.binding("x"));
        assertEquals(List.of("x"), fs.cellvars());
        assertEquals(List.of("x"), fs.varnames());
        assertEquals(Binding.FREE, gs.binding("x"));
        assertEquals(List.of("x"), gs.freevars());
        assertTrue(gs.isNested());
        assertFalse(fs.isNested());
        assertEquals(Binding.LOCAL, t.top().binding("f"));
        assertEquals(Binding.NONE, t.top().binding("zzz"));
        assertSame(fs, gs.parent());
    }

    @Test
    void superUseNeedsClassCell() {
        // class C:
        //     def m(self): super()
        Stmt.FunctionDef m = def("m", args("self"),
                new Stmt.Expr(new Expr.Call(load("super"), List.of(), List.of(), P), P));
        Stmt.ClassDef c = new Stmt.ClassDef("C", List.of(), List.of(), List.of(m), List.of(), List.of(), P);
        SymbolTable t = SymbolTable.build(module(c), "<t>", 0);
        assertTrue(t.scopeOf(c).needsClassClosure());
        assertEquals(Binding.FREE, t.scopeOf(m).binding("__class__"));
        assertEquals(List.of("__class__"), t.scopeOf(m).freevars());
        assertEquals(List.of(), t.scopeOf(c).cellvars());
    }

    @Test
    void listComprehensionIsInlinedGeneratorIsNot() {
        // def f(): [y for y in z]; (y for y in z)
        Comprehension gen = new Comprehension(store("y"), load("z"), List.of(), 0);
        Expr.ListComp lc = new Expr.ListComp(load("y"), List.of(gen), P);
        Expr.GeneratorExp ge = new Expr.GeneratorExp(load("y"), List.of(gen), P);
        Stmt.FunctionDef f = def("f", args(), new Stmt.Expr(lc, P), new Stmt.Expr(ge, P));
        SymbolTable t = SymbolTable.build(module(f), "<t>", 0);
        Scope lcs = t.scopeOf(lc);
        assertTrue(lcs.isInlinedComprehension());
        assertFalse(t.scopeOf(ge).isInlinedComprehension());
        assertTrue(t.scopeOf(ge).isGenerator());
        assertEquals(List.of(".0"), t.scopeOf(ge).varnames());
        Scope fs = t.scopeOf(f);
        assertEquals(Binding.LOCAL, fs.binding("y"));
        assertEquals(List.of(t.scopeOf(ge)), fs.children());
        ComprehensionInlining plan = ComprehensionInlining.plan(lcs, fs::flags, true, false);
        assertEquals(List.of(new ComprehensionInlining.Pushed("y", false, false, false)), plan.pushedLocals());
    }

    @Test
    void mangling() {
        Stmt.ClassDef c = new Stmt.ClassDef("__Cls", List.of(), List.of(),
                List.of(new Stmt.Assign(List.of(store("__x")), load("__y__"), null, P)), List.of(), List.of(), P);
        SymbolTable t = SymbolTable.build(module(c), "<t>", 0);
        Scope cs = t.scopeOf(c);
        assertEquals("_Cls__x", cs.mangle("__x"));
        assertEquals("__y__", cs.mangle("__y__"));
        assertEquals("__a.b", cs.mangle("__a.b"));
        assertEquals(Binding.LOCAL, cs.binding("_Cls__x"));
        assertEquals(Binding.GLOBAL_IMPLICIT, cs.binding("__y__"));
        assertEquals("__x", Mangling.mangle("___", "__x"));
        assertEquals("__x", t.top().mangle("__x"));
    }

    @Test
    void deepNestingIsARecursionErrorNotAStackOverflow() {
        assertThrows(CompilationRecursionError.class, () -> SymbolTable.build(sum(SymbolTableBuilder.RECURSION_LIMIT), "<t>", 0));
        // One level less than the limit passes, as in CPython (a 9996-term sum).
        SymbolTable.build(sum(SymbolTableBuilder.RECURSION_LIMIT - 2), "<t>", 0);
    }

    /** {@code a+a+...+a} with n operators, as one expression statement. */
    private static Mod sum(int n) {
        Expr e = load("a");
        for (int i = 0; i < n; i++) {
            e = new Expr.BinOp(e, Operator.Add, load("a"), P);
        }
        return module(new Stmt.Expr(e, P));
    }
}
