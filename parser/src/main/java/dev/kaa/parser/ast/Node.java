package dev.kaa.parser.ast;

/**
 * A node of the abstract syntax tree. Every node is a record whose components carry the field
 * names of Python 3.13's {@code ast} module, in the module's order; nodes with source attributes
 * end with a {@link Pos}. Lists may hold {@code null} where Python's do ({@code Dict.keys} for
 * {@code **} entries, {@code Arguments.kw_defaults} for keyword-only arguments without default).
 *
 * <p>Constant values ({@link Expr.Constant#value()}, {@link Pattern.MatchSingleton#value()}) are
 * those of code objects, described by {@link dev.kaa.bytecode.Constant}: {@code Constant.NONE},
 * {@code Constant.ELLIPSIS}, {@link Boolean}, {@link Long} or {@link java.math.BigInteger} (for an
 * {@code int} too big for a {@code long}), {@link Double}, {@code Constant.Complex}, {@link String}
 * (or {@code Constant.Str} for the rare {@code str} a Java string cannot hold: a surrogate pair
 * written as two code points) or {@code Constant.Bytes}; the optimizer also makes {@code Constant.Tuple} and
 * {@code Constant.FrozenSet}.
 *
 * <p>Thread safety: immutable.
 */
public interface Node {
    /** The Python class name of this node, as {@code ast.dump} prints it. */
    default String nodeName() {
        return getClass().getSimpleName();
    }
}
