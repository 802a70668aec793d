// The node set and field names of Python 3.13's ast module (its _fields and _field_types),
// written down once: ast.dump, the compiler and the tests all read these records.
package dev.kaa.parser.ast;

/** The {@code ast.keyword} node. */
public record Keyword(String arg, Expr value, Pos pos) implements Node {
    @Override public String nodeName() { return "keyword"; }
}
