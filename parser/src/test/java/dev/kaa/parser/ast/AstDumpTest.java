package dev.kaa.parser.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaa.bytecode.PyRepr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link AstDump} on trees built by hand; every expected string is what CPython 3.13's
 * {@code ast.dump} printed for {@code ast.parse} of the source quoted above the tree.
 */
class AstDumpTest {

    private static Pos p(int line, int col, int endLine, int endCol) {
        return new Pos(line, col, endLine, endCol);
    }

    /** A list that may hold null, as Python's lists of optional nodes do. */
    private static List<Expr> list(Expr... items) {
        return new ArrayList<>(Arrays.asList(items));
    }

    private static Expr.Name name(String id, ExprContext ctx, Pos pos) {
        return new Expr.Name(id, ctx, pos);
    }

    private static Expr.Constant constant(Object value, Pos pos) {
        return new Expr.Constant(value, null, pos);
    }

    private static Mod.Module module(Stmt... body) {
        return new Mod.Module(List.of(body), List.of());
    }

    private static Arguments noArguments() {
        return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }

    private static void check(Node tree, String plain, String indented, String attributes) {
        assertEquals(plain, AstDump.dump(tree, false, null));
        assertEquals(indented, AstDump.dump(tree, false, 3));
        assertEquals(attributes, AstDump.dump(tree, true, null));
    }

    @Test void name() {
        // x
        check(module(new Stmt.Expr(name("x", ExprContext.Load, p(1, 0, 1, 1)), p(1, 0, 1, 1))),
                "Module(body=[Expr(value=Name(id='x', ctx=Load()))])",
                """
                Module(
                   body=[
                      Expr(
                         value=Name(id='x', ctx=Load()))])""",
                "Module(body=[Expr(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), "
                        + "lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)])");
    }

    @Test void emptyFieldsAreLeftOut() {
        // def f(): pass
        var f = new Stmt.FunctionDef("f", noArguments(), List.of(new Stmt.Pass(p(1, 9, 1, 13))), List.of(), null,
                null, List.of(), p(1, 0, 1, 13));
        check(module(f),
                "Module(body=[FunctionDef(name='f', args=arguments(), body=[Pass()])])",
                """
                Module(
                   body=[
                      FunctionDef(
                         name='f',
                         args=arguments(),
                         body=[
                            Pass()])])""",
                "Module(body=[FunctionDef(name='f', args=arguments(), body=[Pass(lineno=1, col_offset=9, end_lineno=1, "
                        + "end_col_offset=13)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)])");
    }

    @Test void constantKindAndNone() {
        // u"a"
        check(module(new Stmt.Expr(new Expr.Constant("a", "u", p(1, 0, 1, 4)), p(1, 0, 1, 4))),
                "Module(body=[Expr(value=Constant(value='a', kind='u'))])",
                """
                Module(
                   body=[
                      Expr(
                         value=Constant(value='a', kind='u'))])""",
                "Module(body=[Expr(value=Constant(value='a', kind='u', lineno=1, col_offset=0, end_lineno=1, "
                        + "end_col_offset=4), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)])");
        // None
        check(module(new Stmt.Expr(constant(dev.kaa.bytecode.Constant.NONE, p(1, 0, 1, 4)), p(1, 0, 1, 4))),
                "Module(body=[Expr(value=Constant(value=None))])",
                """
                Module(
                   body=[
                      Expr(
                         value=Constant(value=None))])""",
                "Module(body=[Expr(value=Constant(value=None, lineno=1, col_offset=0, end_lineno=1, end_col_offset=4), "
                        + "lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)])");
        // ...
        assertEquals("Module(body=[Expr(value=Constant(value=Ellipsis))])", AstDump.dump(
                module(new Stmt.Expr(constant(dev.kaa.bytecode.Constant.ELLIPSIS, p(1, 0, 1, 3)), p(1, 0, 1, 3))),
                false, null));
    }

    @Test void subscriptAndSlice() {
        // a[1:2]
        var slice = new Expr.Slice(constant(1L, p(1, 2, 1, 3)), constant(2L, p(1, 4, 1, 5)), null, p(1, 2, 1, 5));
        var sub = new Expr.Subscript(name("a", ExprContext.Load, p(1, 0, 1, 1)), slice, ExprContext.Load, p(1, 0, 1, 6));
        check(module(new Stmt.Expr(sub, p(1, 0, 1, 6))),
                "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1), "
                        + "upper=Constant(value=2)), ctx=Load()))])",
                """
                Module(
                   body=[
                      Expr(
                         value=Subscript(
                            value=Name(id='a', ctx=Load()),
                            slice=Slice(
                               lower=Constant(value=1),
                               upper=Constant(value=2)),
                            ctx=Load()))])""",
                "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, "
                        + "end_col_offset=1), slice=Slice(lower=Constant(value=1, lineno=1, col_offset=2, end_lineno=1, "
                        + "end_col_offset=3), upper=Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), "
                        + "lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), ctx=Load(), lineno=1, col_offset=0, "
                        + "end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)])");
    }

    @Test void noneInsideLists() {
        // {**a, 1:2}
        var dict = new Expr.Dict(list(null, constant(1L, p(1, 6, 1, 7))),
                list(name("a", ExprContext.Load, p(1, 3, 1, 4)), constant(2L, p(1, 8, 1, 9))), p(1, 0, 1, 10));
        check(module(new Stmt.Expr(dict, p(1, 0, 1, 10))),
                "Module(body=[Expr(value=Dict(keys=[None, Constant(value=1)], values=[Name(id='a', ctx=Load()), "
                        + "Constant(value=2)]))])",
                """
                Module(
                   body=[
                      Expr(
                         value=Dict(
                            keys=[
                               None,
                               Constant(value=1)],
                            values=[
                               Name(id='a', ctx=Load()),
                               Constant(value=2)]))])""",
                "Module(body=[Expr(value=Dict(keys=[None, Constant(value=1, lineno=1, col_offset=6, end_lineno=1, "
                        + "end_col_offset=7)], values=[Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, "
                        + "end_col_offset=4), Constant(value=2, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], "
                        + "lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, "
                        + "end_col_offset=10)])");
        // lambda *a, b, c=1, **k: 0
        var args = new Arguments(List.of(), List.of(), new Arg("a", null, null, p(1, 8, 1, 9)),
                List.of(new Arg("b", null, null, p(1, 11, 1, 12)), new Arg("c", null, null, p(1, 14, 1, 15))),
                list(null, constant(1L, p(1, 16, 1, 17))), new Arg("k", null, null, p(1, 21, 1, 22)), List.of());
        var lambda = new Expr.Lambda(args, constant(0L, p(1, 24, 1, 25)), p(1, 0, 1, 25));
        assertEquals("""
                Module(
                   body=[
                      Expr(
                         value=Lambda(
                            args=arguments(
                               vararg=arg(arg='a'),
                               kwonlyargs=[
                                  arg(arg='b'),
                                  arg(arg='c')],
                               kw_defaults=[
                                  None,
                                  Constant(value=1)],
                               kwarg=arg(arg='k')),
                            body=Constant(value=0)))])""",
                AstDump.dump(module(new Stmt.Expr(lambda, p(1, 0, 1, 25))), false, 3));
    }

    @Test void importFromWithoutModule() {
        // from . import (a as b)
        var imp = new Stmt.ImportFrom(null, List.of(new Alias("a", "b", p(1, 15, 1, 21))), 1, p(1, 0, 1, 22));
        check(module(imp),
                "Module(body=[ImportFrom(names=[alias(name='a', asname='b')], level=1)])",
                """
                Module(
                   body=[
                      ImportFrom(
                         names=[
                            alias(name='a', asname='b')],
                         level=1)])""",
                "Module(body=[ImportFrom(names=[alias(name='a', asname='b', lineno=1, col_offset=15, end_lineno=1, "
                        + "end_col_offset=21)], level=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)])");
    }

    @Test void patterns() {
        // match x:\n case None: pass\n case [1, *r]: pass
        var case1 = new MatchCase(new Pattern.MatchSingleton(dev.kaa.bytecode.Constant.NONE, p(2, 6, 2, 10)), null,
                List.of(new Stmt.Pass(p(2, 12, 2, 16))));
        var seq = new Pattern.MatchSequence(List.of(
                new Pattern.MatchValue(constant(1L, p(3, 7, 3, 8)), p(3, 7, 3, 8)),
                new Pattern.MatchStar("r", p(3, 10, 3, 12))), p(3, 6, 3, 13));
        var case2 = new MatchCase(seq, null, List.of(new Stmt.Pass(p(3, 15, 3, 19))));
        var match = new Stmt.Match(name("x", ExprContext.Load, p(1, 6, 1, 7)), List.of(case1, case2), p(1, 0, 3, 19));
        check(module(match),
                "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchSingleton(value=None), "
                        + "body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchValue(value=Constant(value=1)), "
                        + "MatchStar(name='r')]), body=[Pass()])])])",
                """
                Module(
                   body=[
                      Match(
                         subject=Name(id='x', ctx=Load()),
                         cases=[
                            match_case(
                               pattern=MatchSingleton(value=None),
                               body=[
                                  Pass()]),
                            match_case(
                               pattern=MatchSequence(
                                  patterns=[
                                     MatchValue(
                                        value=Constant(value=1)),
                                     MatchStar(name='r')]),
                               body=[
                                  Pass()])])])""",
                "Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), "
                        + "cases=[match_case(pattern=MatchSingleton(value=None, lineno=2, col_offset=6, end_lineno=2, "
                        + "end_col_offset=10), body=[Pass(lineno=2, col_offset=12, end_lineno=2, end_col_offset=16)]), "
                        + "match_case(pattern=MatchSequence(patterns=[MatchValue(value=Constant(value=1, lineno=3, "
                        + "col_offset=7, end_lineno=3, end_col_offset=8), lineno=3, col_offset=7, end_lineno=3, "
                        + "end_col_offset=8), MatchStar(name='r', lineno=3, col_offset=10, end_lineno=3, end_col_offset=12)], "
                        + "lineno=3, col_offset=6, end_lineno=3, end_col_offset=13), body=[Pass(lineno=3, col_offset=15, "
                        + "end_lineno=3, end_col_offset=19)])], lineno=1, col_offset=0, end_lineno=3, end_col_offset=19)])");
    }

    @Test void fstringAndIntegers() {
        // f"{x!r:>{w}}"
        var spec = new Expr.JoinedStr(List.of(constant(">", p(1, 7, 1, 8)),
                new Expr.FormattedValue(name("w", ExprContext.Load, p(1, 9, 1, 10)), -1, null, p(1, 8, 1, 11))),
                p(1, 6, 1, 11));
        var fv = new Expr.FormattedValue(name("x", ExprContext.Load, p(1, 3, 1, 4)), 114, spec, p(1, 2, 1, 12));
        check(module(new Stmt.Expr(new Expr.JoinedStr(List.of(fv), p(1, 0, 1, 13)), p(1, 0, 1, 13))),
                "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, "
                        + "format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), "
                        + "conversion=-1)]))]))])",
                """
                Module(
                   body=[
                      Expr(
                         value=JoinedStr(
                            values=[
                               FormattedValue(
                                  value=Name(id='x', ctx=Load()),
                                  conversion=114,
                                  format_spec=JoinedStr(
                                     values=[
                                        Constant(value='>'),
                                        FormattedValue(
                                           value=Name(id='w', ctx=Load()),
                                           conversion=-1)]))]))])""",
                "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, "
                        + "col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, format_spec=JoinedStr(values="
                        + "[Constant(value='>', lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), FormattedValue("
                        + "value=Name(id='w', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), "
                        + "conversion=-1, lineno=1, col_offset=8, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=6, "
                        + "end_lineno=1, end_col_offset=11), lineno=1, col_offset=2, end_lineno=1, end_col_offset=12)], "
                        + "lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, "
                        + "end_col_offset=13)])");
        // [i for i in x if i]
        var comp = new Comprehension(name("i", ExprContext.Store, p(1, 7, 1, 8)), name("x", ExprContext.Load, p(1, 12, 1, 13)),
                List.of(name("i", ExprContext.Load, p(1, 17, 1, 18))), 0);
        var lc = new Expr.ListComp(name("i", ExprContext.Load, p(1, 1, 1, 2)), List.of(comp), p(1, 0, 1, 19));
        assertEquals("Module(body=[Expr(value=ListComp(elt=Name(id='i', ctx=Load()), generators=[comprehension("
                + "target=Name(id='i', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[Name(id='i', ctx=Load())], "
                + "is_async=0)]))])", AstDump.dump(module(new Stmt.Expr(lc, p(1, 0, 1, 19))), false, null));
    }

    @Test void stringLists() {
        // global a, b
        check(module(new Stmt.Global(List.of("a", "b"), p(1, 0, 1, 11))),
                "Module(body=[Global(names=['a', 'b'])])",
                """
                Module(
                   body=[
                      Global(
                         names=[
                            'a',
                            'b'])])""",
                "Module(body=[Global(names=['a', 'b'], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)])");
    }

    @Test void classWithTypeParams() {
        // class C[T: int = str](B, metaclass=M): "doc"
        var tv = new TypeParam.TypeVar("T", name("int", ExprContext.Load, p(1, 11, 1, 14)),
                name("str", ExprContext.Load, p(1, 17, 1, 20)), p(1, 8, 1, 20));
        var cls = new Stmt.ClassDef("C", List.of(name("B", ExprContext.Load, p(1, 22, 1, 23))),
                List.of(new Keyword("metaclass", name("M", ExprContext.Load, p(1, 35, 1, 36)), p(1, 25, 1, 36))),
                List.of(new Stmt.Expr(constant("doc", p(1, 39, 1, 44)), p(1, 39, 1, 44))), List.of(), List.of(tv),
                p(1, 0, 1, 44));
        assertEquals("""
                Module(
                   body=[
                      ClassDef(
                         name='C',
                         bases=[
                            Name(id='B', ctx=Load())],
                         keywords=[
                            keyword(
                               arg='metaclass',
                               value=Name(id='M', ctx=Load()))],
                         body=[
                            Expr(
                               value=Constant(value='doc'))],
                         type_params=[
                            TypeVar(
                               name='T',
                               bound=Name(id='int', ctx=Load()),
                               default_value=Name(id='str', ctx=Load()))])])""",
                AstDump.dump(module(cls), false, 3));
        assertEquals("Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load(), lineno=1, col_offset=22, end_lineno=1, "
                + "end_col_offset=23)], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load(), lineno=1, "
                + "col_offset=35, end_lineno=1, end_col_offset=36), lineno=1, col_offset=25, end_lineno=1, end_col_offset=36)], "
                + "body=[Expr(value=Constant(value='doc', lineno=1, col_offset=39, end_lineno=1, end_col_offset=44), lineno=1, "
                + "col_offset=39, end_lineno=1, end_col_offset=44)], type_params=[TypeVar(name='T', bound=Name(id='int', "
                + "ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=14), default_value=Name(id='str', "
                + "ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=20), lineno=1, col_offset=8, "
                + "end_lineno=1, end_col_offset=20)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=44)])",
                AstDump.dump(module(cls), true, null));
    }

    @Test void constantsOfEveryKind() {
        // 1e16 + 2j + b"\xff'"
        var inner = new Expr.BinOp(constant(1e16, p(1, 0, 1, 4)), Operator.Add,
                constant(new dev.kaa.bytecode.Constant.Complex(0, 2), p(1, 7, 1, 9)), p(1, 0, 1, 9));
        var outer = new Expr.BinOp(inner, Operator.Add,
                constant(new dev.kaa.bytecode.Constant.Bytes(new byte[] {(byte) 0xff, '\''}), p(1, 12, 1, 20)), p(1, 0, 1, 20));
        check(module(new Stmt.Expr(outer, p(1, 0, 1, 20))),
                "Module(body=[Expr(value=BinOp(left=BinOp(left=Constant(value=1e+16), op=Add(), right=Constant(value=2j)), "
                        + "op=Add(), right=Constant(value=b\"\\xff'\")))])",
                """
                Module(
                   body=[
                      Expr(
                         value=BinOp(
                            left=BinOp(
                               left=Constant(value=1e+16),
                               op=Add(),
                               right=Constant(value=2j)),
                            op=Add(),
                            right=Constant(value=b"\\xff'")))])""",
                "Module(body=[Expr(value=BinOp(left=BinOp(left=Constant(value=1e+16, lineno=1, col_offset=0, end_lineno=1, "
                        + "end_col_offset=4), op=Add(), right=Constant(value=2j, lineno=1, col_offset=7, end_lineno=1, "
                        + "end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), op=Add(), "
                        + "right=Constant(value=b\"\\xff'\", lineno=1, col_offset=12, end_lineno=1, end_col_offset=20), "
                        + "lineno=1, col_offset=0, end_lineno=1, end_col_offset=20), lineno=1, col_offset=0, end_lineno=1, "
                        + "end_col_offset=20)])");
        // -1
        assertEquals("""
                Module(
                   body=[
                      Expr(
                         value=UnaryOp(
                            op=USub(),
                            operand=Constant(value=1)))])""",
                AstDump.dump(module(new Stmt.Expr(new Expr.UnaryOp(UnaryOperator.USub, constant(1L, p(1, 1, 1, 2)),
                        p(1, 0, 1, 2)), p(1, 0, 1, 2))), false, 3));
    }

    @Test void otherModesAndIndents() {
        // x  (mode='eval')
        assertEquals("Expression(body=Name(id='x', ctx=Load()))",
                AstDump.dump(new Mod.Expression(name("x", ExprContext.Load, p(1, 0, 1, 1))), false, null));
        // (int) -> str  (mode='func_type')
        assertEquals("FunctionType(argtypes=[Name(id='int', ctx=Load())], returns=Name(id='str', ctx=Load()))",
                AstDump.dump(new Mod.FunctionType(List.of(name("int", ExprContext.Load, p(1, 1, 1, 4))),
                        name("str", ExprContext.Load, p(1, 9, 1, 12))), true, null).replaceAll(", lineno=[^)]*", ""));
        // x = 1 # type: ignore[foo]  (type_comments=True, indent=0)
        var assign = new Stmt.Assign(List.of(name("x", ExprContext.Store, p(1, 0, 1, 1))), constant(1L, p(1, 4, 1, 5)), null,
                p(1, 0, 1, 5));
        assertEquals("""
                Module(
                body=[
                Assign(
                targets=[
                Name(id='x', ctx=Store())],
                value=Constant(value=1))],
                type_ignores=[
                TypeIgnore(lineno=1, tag='[foo]')])""",
                AstDump.dump(new Mod.Module(List.of(assign), List.of(new TypeIgnore(1, "[foo]"))), false, 0));
        // if x:\n  pass\nelse:\n  y  (indent=-2 prints no indentation)
        var ifStmt = new Stmt.If(name("x", ExprContext.Load, p(1, 3, 1, 4)), List.of(new Stmt.Pass(p(2, 2, 2, 6))),
                List.of(new Stmt.Expr(name("y", ExprContext.Load, p(4, 2, 4, 3)), p(4, 2, 4, 3))), p(1, 0, 4, 3));
        assertEquals("""
                Module(
                body=[
                If(
                test=Name(id='x', ctx=Load()),
                body=[
                Pass()],
                orelse=[
                Expr(
                value=Name(id='y', ctx=Load()))])])""", AstDump.dump(module(ifStmt), false, -2));
    }

    @Test void deepTreesNeedNoDeepStack() {
        // 1+1+...+1 with 100,000 operators: CPython's ast.parse gives up (RecursionError), Kaa's
        // parser builds it, and the dump must not overflow the Java stack.
        int depth = 100_000;
        Expr e = constant(1L, p(1, 0, 1, 1));
        for (int i = 0; i < depth; i++) {
            e = new Expr.BinOp(e, Operator.Add, constant(1L, p(1, 0, 1, 1)), p(1, 0, 1, 1));
        }
        Mod tree = new Mod.Expression(e);
        String plain = AstDump.dump(tree, false, null);
        assertEquals("Expression(body=" + "BinOp(left=".repeat(depth) + "Constant(value=1)"
                + ", op=Add(), right=Constant(value=1))".repeat(depth) + ")", plain);
        // Indented, the text grows with the square of the depth (as CPython's): a shallower chain.
        Expr shallow = constant(1L, p(1, 0, 1, 1));
        for (int i = 0; i < 2_000; i++) {
            shallow = new Expr.BinOp(shallow, Operator.Add, constant(1L, p(1, 0, 1, 1)), p(1, 0, 1, 1));
        }
        String indented = AstDump.dump(new Mod.Expression(shallow), false, 1);
        assertTrue(indented.startsWith("Expression(\n body=BinOp(\n  left=BinOp(\n   left=BinOp("), indented.substring(0, 60));
        assertTrue(indented.endsWith("\n  op=Add(),\n  right=Constant(value=1)))"), indented.substring(indented.length() - 60));
        assertEquals(6_002, indented.lines().count());
        // hashlib.sha256(ast.dump(ast.parse('1' + '+1' * 2000, mode='eval'), indent=1).encode())
        assertEquals("ec0a7f105395941f988e4dc34b0f0d0fbf4f542030199713bcca4aa80c266128", sha256(indented));
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test void hugeIntRaisesAsCPython() {
        // ast.dump(ast.parse('0x' + 'f' * 4000)) raises ValueError in CPython 3.13.
        var big = constant(BigInteger.ONE.shiftLeft(16000).subtract(BigInteger.ONE), p(1, 0, 1, 4002));
        assertThrows(PyRepr.IntDigitsLimitException.class,
                () -> AstDump.dump(module(new Stmt.Expr(big, p(1, 0, 1, 4002))), false, null));
    }
}
