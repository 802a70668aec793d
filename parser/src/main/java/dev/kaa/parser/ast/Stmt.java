// The node set and field names of Python 3.13's ast module (its _fields and _field_types),
// written down once: ast.dump, the compiler and the tests all read these records.
package dev.kaa.parser.ast;

/** The {@code ast.stmt} node kinds, one record each, components named as the Python fields. */
public sealed interface Stmt extends Node {
    /** Source position: {@code lineno, col_offset, end_lineno, end_col_offset}. */
    Pos pos();

    record FunctionDef(String name, Arguments args, java.util.List<Stmt> body, java.util.List<dev.kaa.parser.ast.Expr> decorator_list, dev.kaa.parser.ast.Expr returns, String type_comment, java.util.List<TypeParam> type_params, Pos pos) implements Stmt {}
    record AsyncFunctionDef(String name, Arguments args, java.util.List<Stmt> body, java.util.List<dev.kaa.parser.ast.Expr> decorator_list, dev.kaa.parser.ast.Expr returns, String type_comment, java.util.List<TypeParam> type_params, Pos pos) implements Stmt {}
    record ClassDef(String name, java.util.List<dev.kaa.parser.ast.Expr> bases, java.util.List<Keyword> keywords, java.util.List<Stmt> body, java.util.List<dev.kaa.parser.ast.Expr> decorator_list, java.util.List<TypeParam> type_params, Pos pos) implements Stmt {}
    record Return(dev.kaa.parser.ast.Expr value, Pos pos) implements Stmt {}
    record Delete(java.util.List<dev.kaa.parser.ast.Expr> targets, Pos pos) implements Stmt {}
    record Assign(java.util.List<dev.kaa.parser.ast.Expr> targets, dev.kaa.parser.ast.Expr value, String type_comment, Pos pos) implements Stmt {}
    record TypeAlias(dev.kaa.parser.ast.Expr name, java.util.List<TypeParam> type_params, dev.kaa.parser.ast.Expr value, Pos pos) implements Stmt {}
    record AugAssign(dev.kaa.parser.ast.Expr target, Operator op, dev.kaa.parser.ast.Expr value, Pos pos) implements Stmt {}
    record AnnAssign(dev.kaa.parser.ast.Expr target, dev.kaa.parser.ast.Expr annotation, dev.kaa.parser.ast.Expr value, int simple, Pos pos) implements Stmt {}
    record For(dev.kaa.parser.ast.Expr target, dev.kaa.parser.ast.Expr iter, java.util.List<Stmt> body, java.util.List<Stmt> orelse, String type_comment, Pos pos) implements Stmt {}
    record AsyncFor(dev.kaa.parser.ast.Expr target, dev.kaa.parser.ast.Expr iter, java.util.List<Stmt> body, java.util.List<Stmt> orelse, String type_comment, Pos pos) implements Stmt {}
    record While(dev.kaa.parser.ast.Expr test, java.util.List<Stmt> body, java.util.List<Stmt> orelse, Pos pos) implements Stmt {}
    record If(dev.kaa.parser.ast.Expr test, java.util.List<Stmt> body, java.util.List<Stmt> orelse, Pos pos) implements Stmt {}
    record With(java.util.List<WithItem> items, java.util.List<Stmt> body, String type_comment, Pos pos) implements Stmt {}
    record AsyncWith(java.util.List<WithItem> items, java.util.List<Stmt> body, String type_comment, Pos pos) implements Stmt {}
    record Match(dev.kaa.parser.ast.Expr subject, java.util.List<MatchCase> cases, Pos pos) implements Stmt {}
    record Raise(dev.kaa.parser.ast.Expr exc, dev.kaa.parser.ast.Expr cause, Pos pos) implements Stmt {}
    record Try(java.util.List<Stmt> body, java.util.List<ExceptHandler> handlers, java.util.List<Stmt> orelse, java.util.List<Stmt> finalbody, Pos pos) implements Stmt {}
    record TryStar(java.util.List<Stmt> body, java.util.List<ExceptHandler> handlers, java.util.List<Stmt> orelse, java.util.List<Stmt> finalbody, Pos pos) implements Stmt {}
    record Assert(dev.kaa.parser.ast.Expr test, dev.kaa.parser.ast.Expr msg, Pos pos) implements Stmt {}
    record Import(java.util.List<Alias> names, Pos pos) implements Stmt {}
    record ImportFrom(String module, java.util.List<Alias> names, int level, Pos pos) implements Stmt {}
    record Global(java.util.List<String> names, Pos pos) implements Stmt {}
    record Nonlocal(java.util.List<String> names, Pos pos) implements Stmt {}
    record Expr(dev.kaa.parser.ast.Expr value, Pos pos) implements Stmt {}
    record Pass(Pos pos) implements Stmt {}
    record Break(Pos pos) implements Stmt {}
    record Continue(Pos pos) implements Stmt {}
}
