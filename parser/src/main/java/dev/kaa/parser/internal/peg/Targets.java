package dev.kaa.parser.internal.peg;

import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.ExprContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Assignment and deletion targets: an expression parsed as a load is re-made with the
 * {@code Store} or {@code Del} context, and the part that cannot be a target is found for the error
 * message, with the names CPython's messages use ("cannot assign to function call").
 *
 * <p>Thread safety: stateless.
 */
final class Targets {

    private Targets() {
    }

    /** What kind of target the invalid-target search looks for, as CPython distinguishes them. */
    enum Kind { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS }

    /** {@code e} with context {@code ctx}, or {@code null} if it cannot be such a target. */
    static Expr withContext(Expr e, ExprContext ctx) {
        return switch (e) {
            case Expr.Name n -> new Expr.Name(n.id(), ctx, n.pos());
            case Expr.Attribute a -> new Expr.Attribute(a.value(), a.attr(), ctx, a.pos());
            case Expr.Subscript s -> new Expr.Subscript(s.value(), s.slice(), ctx, s.pos());
            case Expr.Starred s -> {
                if (ctx == ExprContext.Del) {
                    yield null;
                }
                Expr inner = withContext(s.value(), ctx);
                yield inner == null ? null : new Expr.Starred(inner, ctx, s.pos());
            }
            case Expr.Tuple t -> {
                List<Expr> elts = all(t.elts(), ctx);
                yield elts == null ? null : new Expr.Tuple(elts, ctx, t.pos());
            }
            case Expr.List l -> {
                List<Expr> elts = all(l.elts(), ctx);
                yield elts == null ? null : new Expr.List(elts, ctx, l.pos());
            }
            default -> null;
        };
    }

    private static List<Expr> all(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            Expr y = withContext(x, ctx);
            if (y == null) {
                return null;
            }
            out.add(y);
        }
        return out;
    }

    /** Whether {@code e} is a single target: a name, attribute or subscript. */
    static boolean isSingle(Expr e) {
        return e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript;
    }

    /** The innermost part of {@code e} that cannot be a target of {@code kind}, or null if none. */
    static Expr invalid(Expr e, Kind kind) {
        switch (e) {
            case Expr.List l -> {
                return invalidIn(l.elts(), kind);
            }
            case Expr.Tuple t -> {
                return invalidIn(t.elts(), kind);
            }
            case Expr.Starred s -> {
                return kind == Kind.DEL_TARGETS ? e : invalid(s.value(), kind);
            }
            case Expr.Compare c -> {
                // "for x in y in z": the comparison is the for-loop's own "in", not the target.
                if (kind == Kind.FOR_TARGETS) {
                    return c.ops().getFirst() == dev.kaa.parser.ast.CmpOp.In ? invalid(c.left(), kind) : null;
                }
                return e;
            }
            case Expr.Name n -> {
                return null;
            }
            case Expr.Subscript s -> {
                return null;
            }
            case Expr.Attribute a -> {
                return null;
            }
            default -> {
                return e;
            }
        }
    }

    private static Expr invalidIn(List<Expr> elts, Kind kind) {
        for (Expr x : elts) {
            Expr bad = invalid(x, kind);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    /** The words CPython's messages use for an expression kind. */
    static String describe(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.List l -> "list";
            case Expr.Tuple t -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Expr.Call c -> "function call";
            case Expr.BoolOp b -> "expression";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Await a -> "await expression";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.Dict d -> "dict literal";
            case Expr.Set s -> "set display";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.Constant c -> {
                Object v = c.value();
                if (v == dev.kaa.bytecode.Constant.NONE) {
                    yield "None";
                } else if (v == Boolean.TRUE) {
                    yield "True";
                } else if (v == Boolean.FALSE) {
                    yield "False";
                } else if (v == dev.kaa.bytecode.Constant.ELLIPSIS) {
                    yield "ellipsis";
                }
                yield "literal";
            }
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Slice s -> "slice";
        };
    }
}
