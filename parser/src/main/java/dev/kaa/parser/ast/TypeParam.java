// The node set and field names of Python 3.13's ast module (its _fields and _field_types),
// written down once: ast.dump, the compiler and the tests all read these records.
package dev.kaa.parser.ast;

/** The {@code ast.type_param} node kinds, one record each, components named as the Python fields. */
public sealed interface TypeParam extends Node {
    /** Source position: {@code lineno, col_offset, end_lineno, end_col_offset}. */
    Pos pos();

    record TypeVar(String name, Expr bound, Expr default_value, Pos pos) implements TypeParam {}
    record ParamSpec(String name, Expr default_value, Pos pos) implements TypeParam {}
    record TypeVarTuple(String name, Expr default_value, Pos pos) implements TypeParam {}
}
