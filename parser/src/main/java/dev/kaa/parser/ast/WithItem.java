// The node set and field names of Python 3.13's ast module (its _fields and _field_types),
// written down once: ast.dump, the compiler and the tests all read these records.
package dev.kaa.parser.ast;

/** The {@code ast.withitem} node. */
public record WithItem(Expr context_expr, Expr optional_vars) implements Node {
    @Override public String nodeName() { return "withitem"; }
}
