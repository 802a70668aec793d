package dev.kaa.vm.modules.ast;

import dev.kaa.parser.ast.Arg;
import dev.kaa.parser.ast.Arguments;
import dev.kaa.parser.ast.Comprehension;
import dev.kaa.parser.ast.ExceptHandler;
import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.ExprContext;
import dev.kaa.parser.ast.Keyword;
import dev.kaa.parser.ast.Mod;
import dev.kaa.parser.ast.Pos;
import dev.kaa.parser.ast.Stmt;
import dev.kaa.parser.ast.WithItem;
import dev.kaa.vm.objects.PyErr;
import java.util.List;
import java.util.Set;

/**
 * The checks CPython makes on a tree handed to {@code compile()} beyond its shape (which
 * {@link FromPython} checks): expression contexts, non-empty lists where the grammar cannot
 * produce empty ones, position ranges, names that cannot be identifiers. The compiler assumes
 * trees the parser can make; these checks keep other trees from reaching it.
 *
 * <p>Thread safety: stateless.
 */
final class Validator {
    private Validator() {}

    private static final Set<String> FORBIDDEN = Set.of("None", "True", "False");

    static void mod(Mod m) {
        switch (m) {
            case Mod.Module x -> stmts(x.body());
            case Mod.Interactive x -> stmts(x.body());
            case Mod.Expression x -> expr(x.body(), ExprContext.Load);
            case Mod.FunctionType x -> {
                exprs(x.argtypes(), ExprContext.Load);
                expr(x.returns(), ExprContext.Load);
            }
        }
    }

    private static void pos(Pos p) {
        if (p == null) {
            return;
        }
        if (p.lineno() > p.end_lineno()) {
            throw PyErr.valueError("AST node line range (%d, %d) is not valid", p.lineno(), p.end_lineno());
        }
        if (p.lineno() < 0 && p.lineno() != p.end_lineno() || p.col_offset() < 0 && p.col_offset() != p.end_col_offset()) {
            throw PyErr.valueError("AST node column range (%d, %d) for line range (%d, %d) is not valid",
                    p.col_offset(), p.end_col_offset(), p.lineno(), p.end_lineno());
        }
        if (p.lineno() == p.end_lineno() && p.col_offset() > p.end_col_offset()) {
            throw PyErr.valueError("line %d, column %d-%d is not a valid range", p.lineno(), p.col_offset(),
                    p.end_col_offset());
        }
    }

    private static void nonEmpty(List<?> list, String what, String owner) {
        if (list.isEmpty()) {
            throw PyErr.valueError("empty %s on %s", what, owner);
        }
    }

    private static void name(String id) {
        if (FORBIDDEN.contains(id)) {
            throw PyErr.valueError("identifier field can't represent '%s' constant", id);
        }
    }

    private static void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private static void stmt(Stmt s) {
        pos(ToPython.pos(s));
        switch (s) {
            case Stmt.FunctionDef x -> function(x.name(), x.args(), x.body(), x.decorator_list(), x.returns());
            case Stmt.AsyncFunctionDef x -> function(x.name(), x.args(), x.body(), x.decorator_list(), x.returns());
            case Stmt.ClassDef x -> {
                name(x.name());
                stmts(x.body());
                exprs(x.bases(), ExprContext.Load);
                keywords(x.keywords());
                exprs(x.decorator_list(), ExprContext.Load);
            }
            case Stmt.Return x -> opt(x.value());
            case Stmt.Delete x -> {
                nonEmpty(x.targets(), "targets", "Delete");
                exprs(x.targets(), ExprContext.Del);
            }
            case Stmt.Assign x -> {
                nonEmpty(x.targets(), "targets", "Assign");
                exprs(x.targets(), ExprContext.Store);
                expr(x.value(), ExprContext.Load);
            }
            case Stmt.TypeAlias x -> {
                if (!(x.name() instanceof Expr.Name)) {
                    throw PyErr.typeError("TypeAlias with non-Name name");
                }
                expr(x.name(), ExprContext.Store);
                expr(x.value(), ExprContext.Load);
            }
            case Stmt.AugAssign x -> {
                expr(x.target(), ExprContext.Store);
                expr(x.value(), ExprContext.Load);
            }
            case Stmt.AnnAssign x -> {
                if (x.simple() != 0 && !(x.target() instanceof Expr.Name)) {
                    throw PyErr.typeError("AnnAssign with simple non-Name target");
                }
                expr(x.target(), ExprContext.Store);
                opt(x.value());
                expr(x.annotation(), ExprContext.Load);
            }
            case Stmt.For x -> loop(x.target(), x.iter(), x.body(), x.orelse());
            case Stmt.AsyncFor x -> loop(x.target(), x.iter(), x.body(), x.orelse());
            case Stmt.While x -> {
                expr(x.test(), ExprContext.Load);
                stmts(x.body());
                stmts(x.orelse());
            }
            case Stmt.If x -> {
                expr(x.test(), ExprContext.Load);
                stmts(x.body());
                stmts(x.orelse());
            }
            case Stmt.With x -> with(x.items(), x.body(), "With");
            case Stmt.AsyncWith x -> with(x.items(), x.body(), "AsyncWith");
            case Stmt.Match x -> {
                expr(x.subject(), ExprContext.Load);
                nonEmpty(x.cases(), "cases", "Match");
                for (var c : x.cases()) {
                    if (c.guard() != null) {
                        expr(c.guard(), ExprContext.Load);
                    }
                    stmts(c.body());
                }
            }
            case Stmt.Raise x -> {
                if (x.exc() == null && x.cause() != null) {
                    throw PyErr.valueError("Raise with cause but no exception");
                }
                opt(x.exc());
                opt(x.cause());
            }
            case Stmt.Try x -> tryStmt(x.body(), x.handlers(), x.orelse(), x.finalbody(), "Try");
            case Stmt.TryStar x -> tryStmt(x.body(), x.handlers(), x.orelse(), x.finalbody(), "TryStar");
            case Stmt.Assert x -> {
                expr(x.test(), ExprContext.Load);
                opt(x.msg());
            }
            case Stmt.Import x -> nonEmpty(x.names(), "names", "Import");
            case Stmt.ImportFrom x -> {
                if (x.level() < 0) {
                    throw PyErr.valueError("Negative ImportFrom level");
                }
                nonEmpty(x.names(), "names", "ImportFrom");
            }
            case Stmt.Global x -> nonEmpty(x.names(), "names", "Global");
            case Stmt.Nonlocal x -> nonEmpty(x.names(), "names", "Nonlocal");
            case Stmt.Expr x -> expr(x.value(), ExprContext.Load);
            case Stmt.Pass x -> { }
            case Stmt.Break x -> { }
            case Stmt.Continue x -> { }
        }
    }

    private static void function(String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns) {
        name(name);
        arguments(args);
        stmts(body);
        exprs(decorators, ExprContext.Load);
        opt(returns);
    }

    private static void loop(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) {
        expr(target, ExprContext.Store);
        expr(iter, ExprContext.Load);
        stmts(body);
        stmts(orelse);
    }

    private static void with(List<WithItem> items, List<Stmt> body, String owner) {
        nonEmpty(items, "items", owner);
        for (WithItem w : items) {
            expr(w.context_expr(), ExprContext.Load);
            if (w.optional_vars() != null) {
                expr(w.optional_vars(), ExprContext.Store);
            }
        }
        stmts(body);
    }

    private static void tryStmt(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
            List<Stmt> finalbody, String owner) {
        nonEmpty(body, "body", owner);
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw PyErr.valueError("%s has neither except handlers nor finalbody", owner);
        }
        if (handlers.isEmpty() && !orelse.isEmpty()) {
            throw PyErr.valueError("%s has orelse but no except handlers", owner);
        }
        for (ExceptHandler h : handlers) {
            opt(h.type());
            stmts(h.body());
        }
        stmts(orelse);
        stmts(finalbody);
    }

    private static void arguments(Arguments a) {
        for (List<Arg> list : List.of(a.posonlyargs(), a.args(), a.kwonlyargs())) {
            for (Arg arg : list) {
                argAnnotation(arg);
            }
        }
        argAnnotation(a.vararg());
        argAnnotation(a.kwarg());
        if (a.defaults().size() > a.posonlyargs().size() + a.args().size()) {
            throw PyErr.valueError("more positional defaults than args on arguments");
        }
        if (a.kw_defaults().size() != a.kwonlyargs().size()) {
            throw PyErr.valueError("length of kwonlyargs is not the same as kw_defaults on arguments");
        }
        exprs(a.defaults(), ExprContext.Load);
        for (Expr e : a.kw_defaults()) {
            opt(e);
        }
    }

    private static void argAnnotation(Arg a) {
        if (a != null && a.annotation() != null) {
            expr(a.annotation(), ExprContext.Load);
        }
    }

    private static void keywords(List<Keyword> keywords) {
        for (Keyword k : keywords) {
            expr(k.value(), ExprContext.Load);
        }
    }

    private static void opt(Expr e) {
        if (e != null) {
            expr(e, ExprContext.Load);
        }
    }

    private static void exprs(List<Expr> list, ExprContext ctx) {
        for (Expr e : list) {
            if (e != null) {
                expr(e, ctx);
            }
        }
    }

    private static void comprehensions(List<Comprehension> gens) {
        if (gens.isEmpty()) {
            throw PyErr.valueError("comprehension with no generators");
        }
        for (Comprehension c : gens) {
            expr(c.target(), ExprContext.Store);
            expr(c.iter(), ExprContext.Load);
            exprs(c.ifs(), ExprContext.Load);
        }
    }

    private static void expr(Expr e, ExprContext ctx) {
        pos(ToPython.pos(e));
        ExprContext actual = switch (e) {
            case Expr.Attribute x -> x.ctx();
            case Expr.Subscript x -> x.ctx();
            case Expr.Starred x -> x.ctx();
            case Expr.Name x -> x.ctx();
            case Expr.List x -> x.ctx();
            case Expr.Tuple x -> x.ctx();
            default -> null;
        };
        if (actual == null && ctx != ExprContext.Load) {
            throw PyErr.valueError("expression which can't be assigned to in %s context", ctx.name());
        }
        if (actual != null && actual != ctx) {
            throw PyErr.valueError("expression must have %s context but has %s instead", ctx.name(), actual.name());
        }
        ExprContext L = ExprContext.Load;
        switch (e) {
            case Expr.BoolOp x -> {
                if (x.values().size() < 2) {
                    throw PyErr.valueError("BoolOp with less than 2 values");
                }
                exprs(x.values(), L);
            }
            case Expr.NamedExpr x -> {
                if (!(x.target() instanceof Expr.Name)) {
                    throw PyErr.typeError("NamedExpr target must be a Name");
                }
                expr(x.value(), L);
            }
            case Expr.BinOp x -> {
                expr(x.left(), L);
                expr(x.right(), L);
            }
            case Expr.UnaryOp x -> expr(x.operand(), L);
            case Expr.Lambda x -> {
                arguments(x.args());
                expr(x.body(), L);
            }
            case Expr.IfExp x -> {
                expr(x.test(), L);
                expr(x.body(), L);
                expr(x.orelse(), L);
            }
            case Expr.Dict x -> {
                if (x.keys().size() != x.values().size()) {
                    throw PyErr.valueError("Dict doesn't have the same number of keys as values");
                }
                exprs(x.keys(), L);
                exprs(x.values(), L);
            }
            case Expr.Set x -> exprs(x.elts(), L);
            case Expr.ListComp x -> {
                comprehensions(x.generators());
                expr(x.elt(), L);
            }
            case Expr.SetComp x -> {
                comprehensions(x.generators());
                expr(x.elt(), L);
            }
            case Expr.GeneratorExp x -> {
                comprehensions(x.generators());
                expr(x.elt(), L);
            }
            case Expr.DictComp x -> {
                comprehensions(x.generators());
                expr(x.key(), L);
                expr(x.value(), L);
            }
            case Expr.Await x -> expr(x.value(), L);
            case Expr.Yield x -> opt(x.value());
            case Expr.YieldFrom x -> expr(x.value(), L);
            case Expr.Compare x -> {
                if (x.comparators().isEmpty()) {
                    throw PyErr.valueError("Compare with no comparators");
                }
                if (x.comparators().size() != x.ops().size()) {
                    throw PyErr.valueError("Compare has a different number of comparators and operands");
                }
                expr(x.left(), L);
                exprs(x.comparators(), L);
            }
            case Expr.Call x -> {
                expr(x.func(), L);
                exprs(x.args(), L);
                keywords(x.keywords());
            }
            case Expr.FormattedValue x -> {
                expr(x.value(), L);
                opt(x.format_spec());
            }
            case Expr.JoinedStr x -> exprs(x.values(), L);
            case Expr.Constant x -> { }
            case Expr.Attribute x -> expr(x.value(), L);
            case Expr.Subscript x -> {
                expr(x.value(), L);
                expr(x.slice(), L);
            }
            case Expr.Starred x -> expr(x.value(), ctx);
            case Expr.Name x -> name(x.id());
            case Expr.List x -> exprs(x.elts(), ctx);
            case Expr.Tuple x -> exprs(x.elts(), ctx);
            case Expr.Slice x -> {
                opt(x.lower());
                opt(x.upper());
                opt(x.step());
            }
        }
    }
}
