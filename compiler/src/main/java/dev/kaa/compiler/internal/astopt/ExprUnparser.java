package dev.kaa.compiler.internal.astopt;

import dev.kaa.bytecode.Constant;
import dev.kaa.bytecode.PyRepr;
import dev.kaa.parser.ast.Arguments;
import dev.kaa.parser.ast.BoolOperator;
import dev.kaa.parser.ast.CmpOp;
import dev.kaa.parser.ast.Comprehension;
import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.Keyword;
import java.util.List;

/**
 * The source text of an expression as CPython 3.13's C unparser writes it
 * ({@code _PyAST_ExprAsUnicode}): the string an annotation becomes under
 * {@code from __future__ import annotations}. Parentheses come from operator precedence, not
 * from the source; constants print as {@code repr} (infinities as {@code 1e309}); f-strings are
 * rebuilt as {@code f} plus the {@code repr} of their body.
 *
 * <p>Thread safety: stateless; each call uses its own buffer.
 */
public final class ExprUnparser {
    // Precedence levels, loosest first (CPython's PR_* order).
    private static final int PR_TUPLE = 0;
    private static final int PR_TEST = 1;
    private static final int PR_OR = 2;
    private static final int PR_AND = 3;
    private static final int PR_NOT = 4;
    private static final int PR_CMP = 5;
    private static final int PR_BOR = 6;
    private static final int PR_BXOR = 7;
    private static final int PR_BAND = 8;
    private static final int PR_SHIFT = 9;
    private static final int PR_ARITH = 10;
    private static final int PR_TERM = 11;
    private static final int PR_FACTOR = 12;
    private static final int PR_POWER = 13;
    private static final int PR_AWAIT = 14;
    private static final int PR_ATOM = 15;

    private final StringBuilder out = new StringBuilder();

    private ExprUnparser() {}

    /**
     * The text of {@code e}, as an annotation string.
     *
     * @throws PyRepr.IntDigitsLimitException for an int constant too long to print, as CPython
     *         raises {@code ValueError}
     */
    public static String unparse(Expr e) {
        return text(e, PR_TEST);
    }

    private static String text(Expr e, int level) {
        ExprUnparser u = new ExprUnparser();
        u.expr(e, level);
        return u.out.toString();
    }

    private void open(boolean paren) {
        if (paren) {
            out.append('(');
        }
    }

    private void close(boolean paren) {
        if (paren) {
            out.append(')');
        }
    }

    private void expr(Expr e, int level) {
        switch (e) {
            case Expr.BoolOp b -> {
                int pr = b.op() == BoolOperator.And ? PR_AND : PR_OR;
                open(level > pr);
                for (int i = 0; i < b.values().size(); i++) {
                    if (i > 0) {
                        out.append(b.op() == BoolOperator.And ? " and " : " or ");
                    }
                    expr(b.values().get(i), pr + 1);
                }
                close(level > pr);
            }
            case Expr.BinOp b -> binOp(b, level);
            case Expr.UnaryOp u -> {
                int pr = switch (u.op()) {
                    case Not -> PR_NOT;
                    default -> PR_FACTOR;
                };
                open(level > pr);
                out.append(switch (u.op()) {
                    case Invert -> "~";
                    case Not -> "not ";
                    case UAdd -> "+";
                    case USub -> "-";
                });
                expr(u.operand(), pr);
                close(level > pr);
            }
            case Expr.Lambda l -> {
                open(level > PR_TEST);
                int positional = l.args().args().size() + l.args().posonlyargs().size();
                out.append(positional > 0 ? "lambda " : "lambda");
                arguments(l.args());
                out.append(": ");
                expr(l.body(), PR_TEST);
                close(level > PR_TEST);
            }
            case Expr.IfExp i -> {
                open(level > PR_TEST);
                expr(i.body(), PR_TEST + 1);
                out.append(" if ");
                expr(i.test(), PR_TEST + 1);
                out.append(" else ");
                expr(i.orelse(), PR_TEST);
                close(level > PR_TEST);
            }
            case Expr.Dict d -> {
                out.append('{');
                for (int i = 0; i < d.values().size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    Expr k = d.keys().get(i);
                    if (k != null) {
                        expr(k, PR_TEST);
                        out.append(": ");
                        expr(d.values().get(i), PR_TEST);
                    } else {
                        out.append("**");
                        expr(d.values().get(i), PR_BOR);
                    }
                }
                out.append('}');
            }
            case Expr.Set s -> {
                if (s.elts().isEmpty()) {
                    out.append("{*()}");
                } else {
                    out.append('{');
                    seq(s.elts(), PR_TEST);
                    out.append('}');
                }
            }
            case Expr.ListComp c -> comprehension("[", c.elt(), null, c.generators(), "]");
            case Expr.SetComp c -> comprehension("{", c.elt(), null, c.generators(), "}");
            case Expr.DictComp c -> comprehension("{", c.key(), c.value(), c.generators(), "}");
            case Expr.GeneratorExp g -> comprehension("(", g.elt(), null, g.generators(), ")");
            case Expr.Await a -> {
                open(level > PR_AWAIT);
                out.append("await ");
                expr(a.value(), PR_ATOM);
                close(level > PR_AWAIT);
            }
            case Expr.Yield y -> {
                if (y.value() == null) {
                    out.append("(yield)");
                } else {
                    out.append("(yield ");
                    expr(y.value(), PR_TEST);
                    out.append(')');
                }
            }
            case Expr.YieldFrom y -> {
                out.append("(yield from ");
                expr(y.value(), PR_TEST);
                out.append(')');
            }
            case Expr.Compare c -> {
                open(level > PR_CMP);
                expr(c.left(), PR_CMP + 1);
                for (int i = 0; i < c.ops().size(); i++) {
                    out.append(cmp(c.ops().get(i)));
                    expr(c.comparators().get(i), PR_CMP + 1);
                }
                close(level > PR_CMP);
            }
            case Expr.Call c -> call(c);
            case Expr.FormattedValue f -> formattedValue(f);
            case Expr.JoinedStr j -> joinedStr(j, false);
            case Expr.Constant c -> {
                if (c.value() == Constant.ELLIPSIS) {
                    out.append("...");
                } else {
                    if (c.kind() != null) {
                        out.append(c.kind());
                    }
                    out.append(repr(c.value()));
                }
            }
            case Expr.Attribute a -> {
                expr(a.value(), PR_ATOM);
                // An int needs a space: 1 .real, not 1.real.
                boolean isInt = a.value() instanceof Expr.Constant k
                        && (k.value() instanceof Long || k.value() instanceof java.math.BigInteger);
                out.append(isInt ? " ." : ".").append(a.attr());
            }
            case Expr.Subscript s -> {
                expr(s.value(), PR_ATOM);
                out.append('[');
                expr(s.slice(), PR_TUPLE);
                out.append(']');
            }
            case Expr.Starred s -> {
                out.append('*');
                expr(s.value(), PR_BOR);
            }
            case Expr.Name n -> out.append(n.id());
            case Expr.List l -> {
                out.append('[');
                seq(l.elts(), PR_TEST);
                out.append(']');
            }
            case Expr.Tuple t -> {
                if (t.elts().isEmpty()) {
                    out.append("()");
                } else {
                    open(level > PR_TUPLE);
                    seq(t.elts(), PR_TEST);
                    if (t.elts().size() == 1) {
                        out.append(',');
                    }
                    close(level > PR_TUPLE);
                }
            }
            case Expr.Slice s -> {
                if (s.lower() != null) {
                    expr(s.lower(), PR_TEST);
                }
                out.append(':');
                if (s.upper() != null) {
                    expr(s.upper(), PR_TEST);
                }
                if (s.step() != null) {
                    out.append(':');
                    expr(s.step(), PR_TEST);
                }
            }
            case Expr.NamedExpr n -> {
                open(level > PR_TUPLE);
                expr(n.target(), PR_ATOM);
                out.append(" := ");
                expr(n.value(), PR_ATOM);
                close(level > PR_TUPLE);
            }
        }
    }

    private void seq(List<Expr> elts, int level) {
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            expr(elts.get(i), level);
        }
    }

    private void binOp(Expr.BinOp b, int level) {
        String op;
        int pr;
        switch (b.op()) {
            case Add -> { op = " + "; pr = PR_ARITH; }
            case Sub -> { op = " - "; pr = PR_ARITH; }
            case Mult -> { op = " * "; pr = PR_TERM; }
            case MatMult -> { op = " @ "; pr = PR_TERM; }
            case Div -> { op = " / "; pr = PR_TERM; }
            case Mod -> { op = " % "; pr = PR_TERM; }
            case FloorDiv -> { op = " // "; pr = PR_TERM; }
            case LShift -> { op = " << "; pr = PR_SHIFT; }
            case RShift -> { op = " >> "; pr = PR_SHIFT; }
            case BitOr -> { op = " | "; pr = PR_BOR; }
            case BitXor -> { op = " ^ "; pr = PR_BXOR; }
            case BitAnd -> { op = " & "; pr = PR_BAND; }
            default -> { op = " ** "; pr = PR_POWER; }
        }
        int rassoc = pr == PR_POWER ? 1 : 0;
        open(level > pr);
        expr(b.left(), pr + rassoc);
        out.append(op);
        expr(b.right(), pr + 1 - rassoc);
        close(level > pr);
    }

    private static String cmp(CmpOp op) {
        return switch (op) {
            case Eq -> " == ";
            case NotEq -> " != ";
            case Lt -> " < ";
            case LtE -> " <= ";
            case Gt -> " > ";
            case GtE -> " >= ";
            case Is -> " is ";
            case IsNot -> " is not ";
            case In -> " in ";
            case NotIn -> " not in ";
        };
    }

    private void comprehension(String openText, Expr elt, Expr value, List<Comprehension> gens, String closeText) {
        out.append(openText);
        expr(elt, PR_TEST);
        if (value != null) {
            out.append(": ");
            expr(value, PR_TEST);
        }
        for (Comprehension g : gens) {
            out.append(g.is_async() != 0 ? " async for " : " for ");
            expr(g.target(), PR_TUPLE);
            out.append(" in ");
            expr(g.iter(), PR_TEST + 1);
            for (Expr cond : g.ifs()) {
                out.append(" if ");
                expr(cond, PR_TEST + 1);
            }
        }
        out.append(closeText);
    }

    private void call(Expr.Call c) {
        expr(c.func(), PR_ATOM);
        // f(x for x in y): a lone generator expression brings its own parentheses.
        if (c.args().size() == 1 && c.keywords().isEmpty() && c.args().getFirst() instanceof Expr.GeneratorExp g) {
            expr(g, PR_TEST);
            return;
        }
        out.append('(');
        boolean first = true;
        for (Expr a : c.args()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            expr(a, PR_TEST);
        }
        for (Keyword k : c.keywords()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append(k.arg() == null ? "**" : k.arg() + "=");
            expr(k.value(), PR_TEST);
        }
        out.append(')');
    }

    private void arguments(Arguments a) {
        boolean first = true;
        int posonly = a.posonlyargs().size();
        int count = a.args().size();
        int defaults = a.defaults().size();
        for (int i = 0; i < posonly + count; i++) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append(i < posonly ? a.posonlyargs().get(i).arg() : a.args().get(i - posonly).arg());
            int di = i - posonly - count + defaults;
            if (di >= 0) {
                out.append('=');
                expr(a.defaults().get(di), PR_TEST);
            }
            if (posonly > 0 && i + 1 == posonly) {
                out.append(", /");
            }
        }
        if (a.vararg() != null || !a.kwonlyargs().isEmpty()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append('*');
            if (a.vararg() != null) {
                out.append(a.vararg().arg());
            }
        }
        int kwCount = a.kwonlyargs().size();
        int kwDefaults = a.kw_defaults().size();
        for (int i = 0; i < kwCount; i++) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append(a.kwonlyargs().get(i).arg());
            int di = i - kwCount + kwDefaults;
            if (di >= 0 && a.kw_defaults().get(di) != null) {
                out.append('=');
                expr(a.kw_defaults().get(di), PR_TEST);
            }
        }
        if (a.kwarg() != null) {
            if (!first) {
                out.append(", ");
            }
            out.append("**").append(a.kwarg().arg());
        }
    }

    // ---- f-strings ----

    private void joinedStr(Expr.JoinedStr j, boolean formatSpec) {
        Object body = fstringBody(j.values());
        if (formatSpec) {
            // A format spec is raw text inside the enclosing f-string's body, which is a Java
            // string: a Constant.Str in it (two adjacent lone surrogates) merges there.
            out.append(body instanceof Constant.Str t ? t.toJavaString() : (String) body);
        } else {
            out.append('f').append(PyRepr.repr(body));
        }
    }

    /**
     * The text between the quotes of an unparsed f-string, before {@code repr}: a {@code str} of
     * the {@link Constant} model, so that lone surrogates of adjacent pieces stay two code points.
     */
    private static Object fstringBody(List<Expr> values) {
        Object body = "";
        for (Expr v : values) {
            Object piece;
            if (v instanceof Expr.Constant c) {
                piece = doubleBraces(c.value());
            } else {
                ExprUnparser u = new ExprUnparser();
                u.fstringElement(v, false);
                piece = u.out.toString();
            }
            body = Constant.Str.concat(body, piece);
        }
        return body;
    }

    private static Object doubleBraces(Object str) {
        if (str instanceof String s) {
            return s.replace("{", "{{").replace("}", "}}");
        }
        int[] cps = Constant.Str.codePointsOf(str);
        int[] out = new int[cps.length * 2];
        int n = 0;
        for (int cp : cps) {
            out[n++] = cp;
            if (cp == '{' || cp == '}') {
                out[n++] = cp;
            }
        }
        return Constant.Str.of(out, 0, n);
    }

    private void fstringElement(Expr e, boolean formatSpec) {
        switch (e) {
            case Expr.Constant c -> {
                Object piece = doubleBraces(c.value());
                out.append(piece instanceof Constant.Str t ? t.toJavaString() : (String) piece);
            }
            case Expr.JoinedStr j -> joinedStr(j, formatSpec);
            case Expr.FormattedValue f -> formattedValue(f);
            default -> throw new IllegalArgumentException("unknown expression kind inside f-string");
        }
    }

    private void formattedValue(Expr.FormattedValue f) {
        // PR_TEST + 1 parenthesizes a lambda, whose ':' would end the field.
        String value = text(f.value(), PR_TEST + 1);
        out.append(value.startsWith("{") ? "{ " : "{").append(value);
        switch (f.conversion()) {
            case 'a' -> out.append("!a");
            case 'r' -> out.append("!r");
            case 's' -> out.append("!s");
            default -> { }
        }
        if (f.format_spec() != null) {
            out.append(':');
            fstringElement(f.format_spec(), true);
        }
        out.append('}');
    }

    /** {@code repr} of a constant, with CPython's spelling of infinities ({@code 1e309}). */
    private static String repr(Object value) {
        String r = PyRepr.repr(value);
        if ((value instanceof Double d && Double.isInfinite(d)) || value instanceof Constant.Complex) {
            r = r.replace("inf", "1e309");
        }
        return r;
    }
}
