// The node set and field names of Python 3.13's ast module (its _fields and _field_types),
// written down once: ast.dump, the compiler and the tests all read these records.
package dev.kaa.parser.ast;

/** The {@code ast.arguments} node. */
public record Arguments(java.util.List<Arg> posonlyargs, java.util.List<Arg> args, Arg vararg, java.util.List<Arg> kwonlyargs, java.util.List<Expr> kw_defaults, Arg kwarg, java.util.List<Expr> defaults) implements Node {
    @Override public String nodeName() { return "arguments"; }
}
