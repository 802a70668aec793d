package dev.kaa.compiler.internal.astopt;

import dev.kaa.bytecode.Constant;
import dev.kaa.compiler.spi.CompilationRecursionError;
import dev.kaa.compiler.internal.symtable.LargeStack;
import dev.kaa.parser.ast.Arg;
import dev.kaa.parser.ast.Arguments;
import dev.kaa.parser.ast.CmpOp;
import dev.kaa.parser.ast.Comprehension;
import dev.kaa.parser.ast.ExceptHandler;
import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.ExprContext;
import dev.kaa.parser.ast.Keyword;
import dev.kaa.parser.ast.MatchCase;
import dev.kaa.parser.ast.Mod;
import dev.kaa.parser.ast.Operator;
import dev.kaa.parser.ast.Pattern;
import dev.kaa.parser.ast.Pos;
import dev.kaa.parser.ast.Stmt;
import dev.kaa.parser.ast.TypeParam;
import dev.kaa.parser.ast.UnaryOperator;
import dev.kaa.parser.ast.WithItem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * CPython 3.13's AST optimizer ({@code Python/ast_opt.c}, what
 * {@code compile(…, flags=ast.PyCF_OPTIMIZED_AST)} shows): folds unary and binary operations on
 * constants ({@link ConstantFolder}), tuples of constants into one constant, constant
 * subscripts of constant strings, bytes and tuples, {@code not (a is b)}-style negations into
 * the inverse comparison, a list or set of constants after {@code in}/{@code not in} (and a
 * {@code for} or comprehension iterable) into a tuple or frozenset constant, a
 * {@code "…%s…" % (a, b)} into an f-string ({@link PercentFormat}) and {@code __debug__} into
 * {@code True}/{@code False} by the optimization level. Annotations are left alone under
 * {@code from __future__ import annotations}. A folded statement that would become a docstring
 * is wrapped in a {@code JoinedStr}, so that it does not.
 *
 * <p>The tree is not changed: the result is a new tree sharing nothing that was folded. Build the
 * symbol table from the result (CPython optimizes first).
 *
 * <p>Thread safety: each call uses its own state; the class is stateless.
 */
public final class AstOptimizer {
    /** CPython's limit on the depth of the tree the optimizer walks (as the symbol table's). */
    private static final int RECURSION_LIMIT = 9998;
    private static final int CO_FUTURE_ANNOTATIONS = 0x1000000;

    private final int optimize;
    private final boolean futureAnnotations;
    private int depth;

    private AstOptimizer(int optimize, int futureFlags) {
        this.optimize = optimize;
        this.futureAnnotations = (futureFlags & CO_FUTURE_ANNOTATIONS) != 0;
    }

    /**
     * The optimized tree of {@code mod}.
     *
     * @param optimize    the optimization level ({@code __debug__} is {@code optimize == 0})
     * @param futureFlags the {@code CO_FUTURE_*} flags; with {@code CO_FUTURE_ANNOTATIONS}
     *                    annotations are not folded (they become strings)
     * @throws CompilationRecursionError if the tree is nested deeper than CPython can compile
     */
    public static Mod optimize(Mod mod, int optimize, int futureFlags) {
        return LargeStack.call(() -> new AstOptimizer(optimize, futureFlags).mod(mod));
    }

    private Mod mod(Mod mod) {
        return switch (mod) {
            case Mod.Module m -> new Mod.Module(body(m.body()), m.type_ignores());
            case Mod.Interactive m -> new Mod.Interactive(stmts(m.body()));
            case Mod.Expression m -> new Mod.Expression(expr(m.body()));
            case Mod.FunctionType m -> m;
        };
    }

    // ---- helpers ----

    private <T> List<T> map(List<T> list, Function<T, T> f) {
        List<T> out = new ArrayList<>(list.size());
        for (T t : list) {
            out.add(t == null ? null : f.apply(t));
        }
        return out;
    }

    private List<Expr> exprs(List<Expr> list) {
        return map(list, this::expr);
    }

    private Expr opt(Expr e) {
        return e == null ? null : expr(e);
    }

    private List<Stmt> stmts(List<Stmt> list) {
        return map(list, this::stmt);
    }

    private static boolean isDocstring(List<Stmt> body) {
        return !body.isEmpty() && body.getFirst() instanceof Stmt.Expr e
                && e.value() instanceof Expr.Constant c && Constant.Str.isStr(c.value());
    }

    /** A function, class or module body: folding must not create a docstring. */
    private List<Stmt> body(List<Stmt> body) {
        boolean docstring = isDocstring(body);
        List<Stmt> out = stmts(body);
        if (!docstring && isDocstring(out)) {
            Stmt.Expr first = (Stmt.Expr) out.getFirst();
            out.set(0, new Stmt.Expr(new Expr.JoinedStr(new ArrayList<>(List.of(first.value())), first.pos()), first.pos()));
        }
        return out;
    }

    private void enter() {
        if (++depth > RECURSION_LIMIT) {
            throw new CompilationRecursionError();
        }
    }

    // ---- statements ----

    private Stmt stmt(Stmt s) {
        enter();
        Stmt out = switch (s) {
            case Stmt.FunctionDef f -> new Stmt.FunctionDef(f.name(), arguments(f.args()), body(f.body()),
                    exprs(f.decorator_list()), annotation(f.returns()), f.type_comment(), typeParams(f.type_params()), f.pos());
            case Stmt.AsyncFunctionDef f -> new Stmt.AsyncFunctionDef(f.name(), arguments(f.args()), body(f.body()),
                    exprs(f.decorator_list()), annotation(f.returns()), f.type_comment(), typeParams(f.type_params()), f.pos());
            case Stmt.ClassDef c -> {
                List<TypeParam> tps = typeParams(c.type_params());
                List<Expr> bases = exprs(c.bases());
                List<Keyword> kws = keywords(c.keywords());
                yield new Stmt.ClassDef(c.name(), bases, kws, body(c.body()), exprs(c.decorator_list()), tps, c.pos());
            }
            case Stmt.Return r -> new Stmt.Return(opt(r.value()), r.pos());
            case Stmt.Delete d -> new Stmt.Delete(exprs(d.targets()), d.pos());
            case Stmt.Assign a -> new Stmt.Assign(exprs(a.targets()), expr(a.value()), a.type_comment(), a.pos());
            case Stmt.AugAssign a -> new Stmt.AugAssign(expr(a.target()), a.op(), expr(a.value()), a.pos());
            case Stmt.AnnAssign a -> new Stmt.AnnAssign(expr(a.target()), annotation(a.annotation()), opt(a.value()),
                    a.simple(), a.pos());
            case Stmt.TypeAlias t -> {
                Expr name = expr(t.name());
                yield new Stmt.TypeAlias(name, typeParams(t.type_params()), expr(t.value()), t.pos());
            }
            case Stmt.For f -> {
                Expr target = expr(f.target());
                Expr iter = expr(f.iter());
                List<Stmt> body = stmts(f.body());
                List<Stmt> orelse = stmts(f.orelse());
                yield new Stmt.For(target, foldIter(iter), body, orelse, f.type_comment(), f.pos());
            }
            case Stmt.AsyncFor f -> new Stmt.AsyncFor(expr(f.target()), expr(f.iter()), stmts(f.body()),
                    stmts(f.orelse()), f.type_comment(), f.pos());
            case Stmt.While w -> new Stmt.While(expr(w.test()), stmts(w.body()), stmts(w.orelse()), w.pos());
            case Stmt.If i -> new Stmt.If(expr(i.test()), stmts(i.body()), stmts(i.orelse()), i.pos());
            case Stmt.With w -> new Stmt.With(withItems(w.items()), stmts(w.body()), w.type_comment(), w.pos());
            case Stmt.AsyncWith w -> new Stmt.AsyncWith(withItems(w.items()), stmts(w.body()), w.type_comment(), w.pos());
            case Stmt.Match m -> new Stmt.Match(expr(m.subject()), map(m.cases(), this::matchCase), m.pos());
            case Stmt.Raise r -> new Stmt.Raise(opt(r.exc()), opt(r.cause()), r.pos());
            case Stmt.Try t -> new Stmt.Try(stmts(t.body()), map(t.handlers(), this::handler), stmts(t.orelse()),
                    stmts(t.finalbody()), t.pos());
            case Stmt.TryStar t -> new Stmt.TryStar(stmts(t.body()), map(t.handlers(), this::handler),
                    stmts(t.orelse()), stmts(t.finalbody()), t.pos());
            case Stmt.Assert a -> new Stmt.Assert(expr(a.test()), opt(a.msg()), a.pos());
            case Stmt.Expr e -> new Stmt.Expr(expr(e.value()), e.pos());
            case Stmt.Import i -> i;
            case Stmt.ImportFrom i -> i;
            case Stmt.Global g -> g;
            case Stmt.Nonlocal n -> n;
            case Stmt.Pass p -> p;
            case Stmt.Break b -> b;
            case Stmt.Continue c -> c;
        };
        depth--;
        return out;
    }

    private Expr annotation(Expr e) {
        return futureAnnotations || e == null ? e : expr(e);
    }

    private Arguments arguments(Arguments a) {
        return new Arguments(map(a.posonlyargs(), this::arg), map(a.args(), this::arg),
                a.vararg() == null ? null : arg(a.vararg()), map(a.kwonlyargs(), this::arg),
                exprs(a.kw_defaults()), a.kwarg() == null ? null : arg(a.kwarg()), exprs(a.defaults()));
    }

    private Arg arg(Arg a) {
        return new Arg(a.arg(), annotation(a.annotation()), a.type_comment(), a.pos());
    }

    private List<Keyword> keywords(List<Keyword> kws) {
        return map(kws, k -> new Keyword(k.arg(), expr(k.value()), k.pos()));
    }

    private List<WithItem> withItems(List<WithItem> items) {
        return map(items, w -> new WithItem(expr(w.context_expr()), opt(w.optional_vars())));
    }

    private ExceptHandler handler(ExceptHandler h) {
        return new ExceptHandler(opt(h.type()), h.name(), stmts(h.body()), h.pos());
    }

    private MatchCase matchCase(MatchCase c) {
        return new MatchCase(pattern(c.pattern()), opt(c.guard()), stmts(c.body()));
    }

    private List<TypeParam> typeParams(List<TypeParam> tps) {
        return map(tps, tp -> switch (tp) {
            case TypeParam.TypeVar v -> new TypeParam.TypeVar(v.name(), opt(v.bound()), opt(v.default_value()), v.pos());
            case TypeParam.ParamSpec p -> new TypeParam.ParamSpec(p.name(), opt(p.default_value()), p.pos());
            case TypeParam.TypeVarTuple t -> new TypeParam.TypeVarTuple(t.name(), opt(t.default_value()), t.pos());
        });
    }

    private Pattern pattern(Pattern p) {
        enter();
        Pattern out = switch (p) {
            case Pattern.MatchValue v -> new Pattern.MatchValue(expr(v.value()), v.pos());
            case Pattern.MatchSingleton s -> s;
            case Pattern.MatchSequence s -> new Pattern.MatchSequence(map(s.patterns(), this::pattern), s.pos());
            case Pattern.MatchMapping m -> new Pattern.MatchMapping(exprs(m.keys()), map(m.patterns(), this::pattern),
                    m.rest(), m.pos());
            case Pattern.MatchClass c -> new Pattern.MatchClass(expr(c.cls()), map(c.patterns(), this::pattern),
                    c.kwd_attrs(), map(c.kwd_patterns(), this::pattern), c.pos());
            case Pattern.MatchStar s -> s;
            case Pattern.MatchAs a -> new Pattern.MatchAs(a.pattern() == null ? null : pattern(a.pattern()), a.name(), a.pos());
            case Pattern.MatchOr o -> new Pattern.MatchOr(map(o.patterns(), this::pattern), o.pos());
        };
        depth--;
        return out;
    }

    // ---- expressions ----

    private Expr expr(Expr e) {
        enter();
        Expr out = switch (e) {
            case Expr.BoolOp b -> new Expr.BoolOp(b.op(), exprs(b.values()), b.pos());
            case Expr.BinOp b -> foldBinOp(new Expr.BinOp(expr(b.left()), b.op(), expr(b.right()), b.pos()));
            case Expr.UnaryOp u -> foldUnaryOp(new Expr.UnaryOp(u.op(), expr(u.operand()), u.pos()));
            case Expr.Lambda l -> new Expr.Lambda(arguments(l.args()), expr(l.body()), l.pos());
            case Expr.IfExp i -> new Expr.IfExp(expr(i.test()), expr(i.body()), expr(i.orelse()), i.pos());
            case Expr.Dict d -> new Expr.Dict(exprs(d.keys()), exprs(d.values()), d.pos());
            case Expr.Set s -> new Expr.Set(exprs(s.elts()), s.pos());
            case Expr.ListComp c -> new Expr.ListComp(expr(c.elt()), comprehensions(c.generators()), c.pos());
            case Expr.SetComp c -> new Expr.SetComp(expr(c.elt()), comprehensions(c.generators()), c.pos());
            case Expr.DictComp c -> {
                Expr key = expr(c.key());
                Expr value = expr(c.value());
                yield new Expr.DictComp(key, value, comprehensions(c.generators()), c.pos());
            }
            case Expr.GeneratorExp g -> new Expr.GeneratorExp(expr(g.elt()), comprehensions(g.generators()), g.pos());
            case Expr.Await a -> new Expr.Await(expr(a.value()), a.pos());
            case Expr.Yield y -> new Expr.Yield(opt(y.value()), y.pos());
            case Expr.YieldFrom y -> new Expr.YieldFrom(expr(y.value()), y.pos());
            case Expr.Compare c -> foldCompare(new Expr.Compare(expr(c.left()), c.ops(), exprs(c.comparators()), c.pos()));
            case Expr.Call c -> new Expr.Call(expr(c.func()), exprs(c.args()), keywords(c.keywords()), c.pos());
            case Expr.FormattedValue f -> new Expr.FormattedValue(expr(f.value()), f.conversion(), opt(f.format_spec()), f.pos());
            case Expr.JoinedStr j -> new Expr.JoinedStr(exprs(j.values()), j.pos());
            case Expr.Attribute a -> new Expr.Attribute(expr(a.value()), a.attr(), a.ctx(), a.pos());
            case Expr.Subscript s -> foldSubscript(new Expr.Subscript(expr(s.value()), expr(s.slice()), s.ctx(), s.pos()));
            case Expr.Starred s -> new Expr.Starred(expr(s.value()), s.ctx(), s.pos());
            case Expr.Slice s -> new Expr.Slice(opt(s.lower()), opt(s.upper()), opt(s.step()), s.pos());
            case Expr.List l -> new Expr.List(exprs(l.elts()), l.ctx(), l.pos());
            case Expr.Tuple t -> foldTuple(new Expr.Tuple(exprs(t.elts()), t.ctx(), t.pos()));
            case Expr.Name n -> n.ctx() == ExprContext.Load && n.id().equals("__debug__")
                    ? new Expr.Constant(optimize == 0, null, n.pos()) : n;
            // The walrus target is a name: only the value can fold.
            case Expr.NamedExpr n -> new Expr.NamedExpr(n.target(), expr(n.value()), n.pos());
            case Expr.Constant c -> c;
        };
        depth--;
        return out;
    }

    private List<Comprehension> comprehensions(List<Comprehension> gens) {
        return map(gens, c -> {
            Expr target = expr(c.target());
            Expr iter = expr(c.iter());
            List<Expr> ifs = exprs(c.ifs());
            return new Comprehension(target, foldIter(iter), ifs, c.is_async());
        });
    }

    private static Expr constant(Object value, Pos pos) {
        return new Expr.Constant(value, null, pos);
    }

    private static Expr foldUnaryOp(Expr.UnaryOp u) {
        if (!(u.operand() instanceof Expr.Constant c)) {
            // not (a is b) is a is not b; == and < cannot be inverted (sets, NaNs, __ne__).
            if (u.op() == UnaryOperator.Not && u.operand() instanceof Expr.Compare cmp && cmp.ops().size() == 1) {
                CmpOp inverse = switch (cmp.ops().getFirst()) {
                    case Is -> CmpOp.IsNot;
                    case IsNot -> CmpOp.Is;
                    case In -> CmpOp.NotIn;
                    case NotIn -> CmpOp.In;
                    default -> null;
                };
                if (inverse != null) {
                    return new Expr.Compare(cmp.left(), new ArrayList<>(List.of(inverse)), cmp.comparators(), cmp.pos());
                }
            }
            return u;
        }
        Object v = ConstantFolder.unary(u.op(), c.value());
        return v == null ? u : constant(v, u.pos());
    }

    private static Expr foldBinOp(Expr.BinOp b) {
        if (!(b.left() instanceof Expr.Constant l)) {
            return b;
        }
        if (b.op() == Operator.Mod && b.right() instanceof Expr.Tuple t && l.value() instanceof String fmt
                && t.elts().stream().noneMatch(x -> x instanceof Expr.Starred)) {
            Expr f = PercentFormat.optimize(fmt, t.elts(), b.pos());
            return f == null ? b : f;
        }
        if (!(b.right() instanceof Expr.Constant r)) {
            return b;
        }
        Object v = ConstantFolder.binary(b.op(), l.value(), r.value());
        return v == null ? b : constant(v, b.pos());
    }

    private static Expr foldTuple(Expr.Tuple t) {
        if (t.ctx() != ExprContext.Load) {
            return t;
        }
        Constant.Tuple value = constantTuple(t.elts());
        return value == null ? t : constant(value, t.pos());
    }

    private static Constant.Tuple constantTuple(List<Expr> elts) {
        List<Object> items = new ArrayList<>(elts.size());
        for (Expr e : elts) {
            if (!(e instanceof Expr.Constant c)) {
                return null;
            }
            items.add(c.value());
        }
        return new Constant.Tuple(items);
    }

    private static Expr foldSubscript(Expr.Subscript s) {
        if (s.ctx() != ExprContext.Load || !(s.value() instanceof Expr.Constant v)
                || !(s.slice() instanceof Expr.Constant i)) {
            return s;
        }
        Object item = Subscripts.getItem(v.value(), i.value());
        return item == null ? s : constant(item, s.pos());
    }

    /** Only the last comparison's operand: {@code x in [a, b]} makes a tuple, of constants a constant. */
    private static Expr foldCompare(Expr.Compare c) {
        int last = c.ops().size() - 1;
        CmpOp op = c.ops().get(last);
        if (op != CmpOp.In && op != CmpOp.NotIn) {
            return c;
        }
        List<Expr> comparators = new ArrayList<>(c.comparators());
        comparators.set(last, foldIter(comparators.get(last)));
        return new Expr.Compare(c.left(), c.ops(), comparators, c.pos());
    }

    /** A list becomes a tuple (a constant one if it can), a set of constants a frozenset. */
    private static Expr foldIter(Expr e) {
        if (e instanceof Expr.List l) {
            if (l.elts().stream().anyMatch(x -> x instanceof Expr.Starred)) {
                return e;
            }
            Constant.Tuple value = constantTuple(l.elts());
            return value == null ? new Expr.Tuple(l.elts(), l.ctx(), l.pos()) : constant(value, l.pos());
        }
        if (e instanceof Expr.Set s) {
            Constant.Tuple value = constantTuple(s.elts());
            return value == null ? e : constant(FrozenSets.of(value.items()), s.pos());
        }
        return e;
    }
}
