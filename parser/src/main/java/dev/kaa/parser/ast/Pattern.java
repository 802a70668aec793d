// The node set and field names of Python 3.13's ast module (its _fields and _field_types),
// written down once: ast.dump, the compiler and the tests all read these records.
package dev.kaa.parser.ast;

/** The {@code ast.pattern} node kinds, one record each, components named as the Python fields. */
public sealed interface Pattern extends Node {
    /** Source position: {@code lineno, col_offset, end_lineno, end_col_offset}. */
    Pos pos();

    record MatchValue(Expr value, Pos pos) implements Pattern {}
    record MatchSingleton(Object value, Pos pos) implements Pattern {}
    record MatchSequence(java.util.List<Pattern> patterns, Pos pos) implements Pattern {}
    record MatchMapping(java.util.List<Expr> keys, java.util.List<Pattern> patterns, String rest, Pos pos) implements Pattern {}
    record MatchClass(Expr cls, java.util.List<Pattern> patterns, java.util.List<String> kwd_attrs, java.util.List<Pattern> kwd_patterns, Pos pos) implements Pattern {}
    record MatchStar(String name, Pos pos) implements Pattern {}
    record MatchAs(Pattern pattern, String name, Pos pos) implements Pattern {}
    record MatchOr(java.util.List<Pattern> patterns, Pos pos) implements Pattern {}
}
