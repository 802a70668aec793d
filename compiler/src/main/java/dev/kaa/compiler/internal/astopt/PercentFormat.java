package dev.kaa.compiler.internal.astopt;

import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.Pos;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython 3.13's rewrite of {@code "…" % (a, b)} into an f-string when every conversion is a
 * simple {@code %s}, {@code %r} or {@code %a} (flags ignored but {@code -}, width and precision
 * of at most two digits) and the tuple has exactly one item per conversion:
 * {@code "x=%5r" % (x,)} becomes {@code f"x={x!r:>5}"}. The literal parts and format specs it
 * creates have no position ({@code -1}), as in CPython; each {@code FormattedValue} takes its
 * argument's.
 *
 * <p>Thread safety: immutable (static functions only).
 */
final class PercentFormat {
    private static final Pos NO_POS = new Pos(-1, -1, -1, -1);
    /** CPython's MAXDIGITS: width and precision may have at most MAXDIGITS - 1 digits. */
    private static final int MAXDIGITS = 3;

    private PercentFormat() {}

    /** The f-string for {@code fmt % (args...)}, or null if CPython leaves the expression alone. */
    static Expr optimize(String fmt, List<Expr> args, Pos pos) {
        int[] cps = fmt.codePoints().toArray();
        int[] at = {0};
        int cnt = 0;
        List<Expr> values = new ArrayList<>();
        while (true) {
            Expr lit = literal(cps, at);
            if (lit != null) {
                values.add(lit);
            }
            if (at[0] >= cps.length) {
                break;
            }
            if (cnt >= args.size()) {
                return null; // more conversions than items
            }
            at[0]++; // the '%'
            Expr value = format(cps, at, args.get(cnt));
            cnt++;
            if (value == null) {
                return null;
            }
            values.add(value);
        }
        if (cnt < args.size()) {
            return null; // more items than conversions
        }
        return new Expr.JoinedStr(values, pos);
    }

    private static Expr literal(int[] cps, int[] at) {
        int start = at[0];
        int pos = start;
        StringBuilder text = new StringBuilder();
        while (pos < cps.length) {
            if (cps[pos] != '%') {
                text.appendCodePoint(cps[pos]);
                pos++;
            } else if (pos + 1 < cps.length && cps[pos + 1] == '%') {
                text.append('%');
                pos += 2;
            } else {
                break;
            }
        }
        at[0] = pos;
        return pos == start ? null : new Expr.Constant(text.toString(), null, NO_POS);
    }

    private static Expr format(int[] cps, int[] at, Expr arg) {
        int pos = at[0];
        boolean ljust = false;
        int ch;
        while (true) {
            if (pos >= cps.length) {
                return null;
            }
            ch = cps[pos++];
            if (ch == '-') {
                ljust = true;
            } else if (ch != '+' && ch != ' ' && ch != '#' && ch != '0') {
                break;
            }
        }
        int width = -1;
        int prec = -1;
        if (ch >= '0' && ch <= '9') {
            width = 0;
            int digits = 0;
            while (ch >= '0' && ch <= '9') {
                width = width * 10 + (ch - '0');
                if (pos >= cps.length) {
                    return null;
                }
                ch = cps[pos++];
                if (++digits >= MAXDIGITS) {
                    return null;
                }
            }
        }
        if (ch == '.') {
            if (pos >= cps.length) {
                return null;
            }
            ch = cps[pos++];
            prec = 0;
            int digits = 0;
            while (ch >= '0' && ch <= '9') {
                prec = prec * 10 + (ch - '0');
                if (pos >= cps.length) {
                    return null;
                }
                ch = cps[pos++];
                if (++digits >= MAXDIGITS) {
                    return null;
                }
            }
        }
        if (ch != 's' && ch != 'r' && ch != 'a') {
            return null;
        }
        at[0] = pos;
        StringBuilder spec = new StringBuilder();
        if (!ljust && width > 0) {
            spec.append('>');
        }
        if (width >= 0) {
            spec.append(width);
        }
        if (prec >= 0) {
            spec.append('.').append(prec);
        }
        Expr formatSpec = spec.isEmpty() ? null : new Expr.Constant(spec.toString(), null, NO_POS);
        return new Expr.FormattedValue(arg, ch, formatSpec, arg.pos());
    }
}
