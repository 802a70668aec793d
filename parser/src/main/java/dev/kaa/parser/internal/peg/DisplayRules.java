package dev.kaa.parser.internal.peg;

import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.ExprContext;
import dev.kaa.parser.internal.tokenize.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Bracketed atoms ({@code tuple}, {@code group}, {@code genexp}, {@code list}, {@code dict},
 * {@code set} and their comprehensions), {@code for_if_clauses}, and assignment targets
 * ({@code star_targets}). A display is told from its comprehension after its first element, so
 * the element is parsed once.
 *
 * <p>Thread safety: confined to the thread that parses.
 */
abstract class DisplayRules extends ExpressionRules {

    DisplayRules(Tokenizer tokenizer, boolean invalidPass, int depthLimit) {
        super(tokenizer, invalidPass, depthLimit);
    }

    /** {@code tuple | group | genexp}. */
    @Override final Expr parenthesized() {
        enter();
        Expr e = parenthesized0();
        leave();
        return e;
    }

    private Expr parenthesized0() {
        int start = pos;
        pos++;
        if (op(")") != null) {
            return new Expr.Tuple(new ArrayList<>(), ExprContext.Load, span(start));
        }
        if (atKeyword("yield")) {
            Expr y = yieldExpr();
            if (y != null && op(")") != null) {
                return y;
            }
            pos = start;
            return null;
        }
        Expr first = starNamedExpression();
        if (first == null) {
            return failGroup(start);
        }
        if (!(first instanceof Expr.Starred) && atComprehension()) {
            List<dev.kaa.parser.ast.Comprehension> gens = forIfClauses();
            if (gens != null && op(")") != null) {
                return new Expr.GeneratorExp(first, gens, span(start));
            }
            return failGroup(start);
        }
        if (op(")") != null) {
            if (first instanceof Expr.Starred) {
                return failGroup(start);
            }
            return first;
        }
        if (op(",") == null) {
            return failGroup(start);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        if (!atOp(")")) {
            if (!starNamedExpressions(elts)) {
                return failGroup(start);
            }
        }
        if (op(")") == null) {
            return failGroup(start);
        }
        return new Expr.Tuple(elts, ExprContext.Load, span(start));
    }

    /**
     * A parenthesized atom that does not parse: in the second pass, CPython's {@code invalid_group}
     * (the group alternative) and then {@code invalid_comprehension} (the genexp alternative).
     */
    private Expr failGroup(int start) {
        if (invalidPass) {
            invalidGroup(start);
            invalidComprehension(start);
        }
        pos = start;
        return null;
    }

    /** {@code list | listcomp}. */
    @Override final Expr listDisplay() {
        enter();
        Expr e = listDisplay0();
        leave();
        return e;
    }

    private Expr listDisplay0() {
        int start = pos;
        pos++;
        List<Expr> elts = new ArrayList<>();
        if (op("]") != null) {
            return new Expr.List(elts, ExprContext.Load, span(start));
        }
        Expr first = starNamedExpression();
        if (first == null) {
            return failDisplay(start);
        }
        if (!(first instanceof Expr.Starred) && atComprehension()) {
            List<dev.kaa.parser.ast.Comprehension> gens = forIfClauses();
            if (gens != null && op("]") != null) {
                return new Expr.ListComp(first, gens, span(start));
            }
            return failDisplay(start);
        }
        elts.add(first);
        if (op(",") != null && !atOp("]")) {
            if (!starNamedExpressions(elts)) {
                pos = start;
                return null;
            }
        }
        if (op("]") == null) {
            return failDisplay(start);
        }
        return new Expr.List(elts, ExprContext.Load, span(start));
    }

    /** {@code dict | set | dictcomp | setcomp}. */
    @Override final Expr braceDisplay() {
        enter();
        Expr e = braceDisplay0();
        leave();
        return e;
    }

    private Expr braceDisplay0() {
        int start = pos;
        pos++;
        if (op("}") != null) {
            return new Expr.Dict(new ArrayList<>(), new ArrayList<>(), span(start));
        }
        if (atOp("**")) {
            return dictRest(start, new ArrayList<>(), new ArrayList<>());
        }
        Expr first = starNamedExpression();
        if (first == null) {
            return failDisplay(start);
        }
        // a dict key is an expression: a walrus only in parentheses
        boolean keyOk = !(first instanceof Expr.Starred)
                && (!(first instanceof Expr.NamedExpr) || token(start + 1).isOp("("));
        if (atOp(":") && keyOk) {
            pos++;
            Expr value = expression();
            if (value == null) {
                return failDisplay(start);
            }
            if (atComprehension()) {
                List<dev.kaa.parser.ast.Comprehension> gens = forIfClauses();
                if (gens != null && op("}") != null) {
                    return new Expr.DictComp(first, value, gens, span(start));
                }
                return failDisplay(start);
            }
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            keys.add(first);
            values.add(value);
            if (op("}") != null) {
                return new Expr.Dict(keys, values, span(start));
            }
            if (op(",") == null) {
                return failDisplay(start);
            }
            return dictRest(start, keys, values);
        }
        if (!(first instanceof Expr.Starred) && atComprehension()) {
            List<dev.kaa.parser.ast.Comprehension> gens = forIfClauses();
            if (gens != null && op("}") != null) {
                return new Expr.SetComp(first, gens, span(start));
            }
            return failDisplay(start);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        if (op(",") != null && !atOp("}")) {
            if (!starNamedExpressions(elts)) {
                return failDisplay(start);
            }
        }
        if (op("}") == null) {
            return failDisplay(start);
        }
        return new Expr.Set(elts, span(start));
    }

    /** The remaining {@code double_starred_kvpair}s of a dict display, and its closing brace. */
    private Expr dictRest(int start, List<Expr> keys, List<Expr> values) {
        while (!atOp("}")) {
            if (op("**") != null) {
                Expr v = bitwiseOr();
                if (v == null) {
                    return failDisplay(start);
                }
                keys.add(null);
                values.add(v);
            } else {
                Expr k = expression();
                if (k == null || op(":") == null) {
                    return failDisplay(start);
                }
                Expr v = expression();
                if (v == null) {
                    return failDisplay(start);
                }
                keys.add(k);
                values.add(v);
            }
            if (op(",") == null) {
                break;
            }
        }
        if (op("}") == null) {
            return failDisplay(start);
        }
        return new Expr.Dict(keys, values, span(start));
    }

    /** A list, set or dict display that does not parse: CPython's messages in the second pass. */
    private Expr failDisplay(int start) {
        if (invalidPass) {
            invalidComprehension(start);
            if (token(start).isOp("{")) {
                invalidDict(start);
                invalidDictComprehension(start);
            }
        }
        pos = start;
        return null;
    }

    // ---- comprehensions

    /** {@code for_if_clauses: (['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+}. */
    @Override final List<dev.kaa.parser.ast.Comprehension> forIfClauses() {
        int start = pos;
        List<dev.kaa.parser.ast.Comprehension> out = new ArrayList<>();
        while (atComprehension()) {
            int isAsync = 0;
            if (keyword("async") != null) {
                isAsync = 1;
            }
            pos++;
            int afterFor = pos;
            Expr target = starTargets();
            if (target == null || keyword("in") == null) {
                if (invalidPass) {
                    invalidForIfClause(afterFor);
                    invalidForTarget(afterFor);
                }
                pos = start;
                return null;
            }
            Expr iter = disjunction();
            if (iter == null) {
                pos = start;
                return null;
            }
            List<Expr> ifs = new ArrayList<>();
            while (atKeyword("if")) {
                int mark = pos;
                pos++;
                Expr cond = disjunction();
                if (cond == null) {
                    pos = mark;
                    break;
                }
                ifs.add(cond);
            }
            out.add(new dev.kaa.parser.ast.Comprehension(target, iter, ifs, isAsync));
        }
        return out.isEmpty() ? null : out;
    }

    abstract void invalidForTarget(int afterFor);

    abstract void invalidDictComprehension(int start);

    // ---- assignment targets

    /** {@code star_targets: star_target !',' | star_target (',' star_target)* [',']}, with Store context. */
    final Expr starTargets() {
        int start = pos;
        Expr first = starTarget();
        if (first == null) {
            return null;
        }
        if (!atOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (op(",") != null) {
            Expr x = starTarget();
            if (x == null) {
                break;
            }
            elts.add(x);
        }
        return new Expr.Tuple(elts, ExprContext.Store, span(start));
    }

    /** {@code star_target: '*' (!'*' star_target) | target_with_star_atom}. */
    final Expr starTarget() {
        enter();
        try {
            int start = pos;
            if (op("*") != null) {
                if (atOp("*")) {
                    pos = start;
                    return null;
                }
                Expr inner = starTarget();
                if (inner == null) {
                    pos = start;
                    return null;
                }
                return new Expr.Starred(inner, ExprContext.Store, span(start));
            }
            return target(ExprContext.Store);
        } finally {
            leave();
        }
    }

    /** A primary that is a valid target, re-made with context {@code ctx}, or null. */
    final Expr target(ExprContext ctx) {
        int start = pos;
        Expr e = primary();
        if (e == null) {
            return null;
        }
        Expr t = Targets.withContext(e, ctx);
        if (t == null) {
            pos = start;
            return null;
        }
        return t;
    }
}
