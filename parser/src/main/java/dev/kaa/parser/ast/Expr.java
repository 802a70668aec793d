// The node set and field names of Python 3.13's ast module (its _fields and _field_types),
// written down once: ast.dump, the compiler and the tests all read these records.
package dev.kaa.parser.ast;

/** The {@code ast.expr} node kinds, one record each, components named as the Python fields. */
public sealed interface Expr extends Node {
    /** Source position: {@code lineno, col_offset, end_lineno, end_col_offset}. */
    Pos pos();

    record BoolOp(BoolOperator op, java.util.List<Expr> values, Pos pos) implements Expr {}
    record NamedExpr(Expr target, Expr value, Pos pos) implements Expr {}
    record BinOp(Expr left, Operator op, Expr right, Pos pos) implements Expr {}
    record UnaryOp(UnaryOperator op, Expr operand, Pos pos) implements Expr {}
    record Lambda(Arguments args, Expr body, Pos pos) implements Expr {}
    record IfExp(Expr test, Expr body, Expr orelse, Pos pos) implements Expr {}
    record Dict(java.util.List<Expr> keys, java.util.List<Expr> values, Pos pos) implements Expr {}
    record Set(java.util.List<Expr> elts, Pos pos) implements Expr {}
    record ListComp(Expr elt, java.util.List<Comprehension> generators, Pos pos) implements Expr {}
    record SetComp(Expr elt, java.util.List<Comprehension> generators, Pos pos) implements Expr {}
    record DictComp(Expr key, Expr value, java.util.List<Comprehension> generators, Pos pos) implements Expr {}
    record GeneratorExp(Expr elt, java.util.List<Comprehension> generators, Pos pos) implements Expr {}
    record Await(Expr value, Pos pos) implements Expr {}
    record Yield(Expr value, Pos pos) implements Expr {}
    record YieldFrom(Expr value, Pos pos) implements Expr {}
    record Compare(Expr left, java.util.List<CmpOp> ops, java.util.List<Expr> comparators, Pos pos) implements Expr {}
    record Call(Expr func, java.util.List<Expr> args, java.util.List<Keyword> keywords, Pos pos) implements Expr {}
    record FormattedValue(Expr value, int conversion, Expr format_spec, Pos pos) implements Expr {}
    record JoinedStr(java.util.List<Expr> values, Pos pos) implements Expr {}
    record Constant(Object value, String kind, Pos pos) implements Expr {}
    record Attribute(Expr value, String attr, ExprContext ctx, Pos pos) implements Expr {}
    record Subscript(Expr value, Expr slice, ExprContext ctx, Pos pos) implements Expr {}
    record Starred(Expr value, ExprContext ctx, Pos pos) implements Expr {}
    record Name(String id, ExprContext ctx, Pos pos) implements Expr {}
    record List(java.util.List<Expr> elts, ExprContext ctx, Pos pos) implements Expr {}
    record Tuple(java.util.List<Expr> elts, ExprContext ctx, Pos pos) implements Expr {}
    record Slice(Expr lower, Expr upper, Expr step, Pos pos) implements Expr {}
}
