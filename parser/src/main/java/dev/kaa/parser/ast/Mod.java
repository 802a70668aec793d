// The node set and field names of Python 3.13's ast module (its _fields and _field_types),
// written down once: ast.dump, the compiler and the tests all read these records.
package dev.kaa.parser.ast;

/** The {@code ast.mod} node kinds, one record each, components named as the Python fields. */
public sealed interface Mod extends Node {
    record Module(java.util.List<Stmt> body, java.util.List<TypeIgnore> type_ignores) implements Mod {}
    record Interactive(java.util.List<Stmt> body) implements Mod {}
    record Expression(Expr body) implements Mod {}
    record FunctionType(java.util.List<Expr> argtypes, Expr returns) implements Mod {}
}
