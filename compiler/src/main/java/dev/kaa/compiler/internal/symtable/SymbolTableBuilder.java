package dev.kaa.compiler.internal.symtable;

import dev.kaa.compiler.spi.CompilationRecursionError;
import static dev.kaa.compiler.internal.symtable.SymbolFlags.DEF_ANNOT;
import static dev.kaa.compiler.internal.symtable.SymbolFlags.DEF_COMP_ITER;
import static dev.kaa.compiler.internal.symtable.SymbolFlags.DEF_GLOBAL;
import static dev.kaa.compiler.internal.symtable.SymbolFlags.DEF_IMPORT;
import static dev.kaa.compiler.internal.symtable.SymbolFlags.DEF_LOCAL;
import static dev.kaa.compiler.internal.symtable.SymbolFlags.DEF_NONLOCAL;
import static dev.kaa.compiler.internal.symtable.SymbolFlags.DEF_PARAM;
import static dev.kaa.compiler.internal.symtable.SymbolFlags.DEF_TYPE_PARAM;
import static dev.kaa.compiler.internal.symtable.SymbolFlags.USE;

import dev.kaa.compiler.internal.symtable.SymbolTable.Key;
import dev.kaa.compiler.internal.symtable.SymbolTable.Role;
import dev.kaa.parser.PySyntaxError;
import dev.kaa.parser.ast.Alias;
import dev.kaa.parser.ast.Arg;
import dev.kaa.parser.ast.Arguments;
import dev.kaa.parser.ast.Comprehension;
import dev.kaa.parser.ast.ExceptHandler;
import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.ExprContext;
import dev.kaa.parser.ast.Keyword;
import dev.kaa.parser.ast.MatchCase;
import dev.kaa.parser.ast.Mod;
import dev.kaa.parser.ast.Node;
import dev.kaa.parser.ast.Pattern;
import dev.kaa.parser.ast.Pos;
import dev.kaa.parser.ast.Stmt;
import dev.kaa.parser.ast.TypeParam;
import dev.kaa.parser.ast.WithItem;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The first pass of the symbol table: walks the AST, opens a {@link Scope} for each block and
 * records how each name is used, as CPython 3.13's {@code symtable_visit_*} functions do. Errors
 * that need only this pass (misplaced {@code global}, duplicate parameters, assignment
 * expressions in comprehensions, {@code yield} in type blocks…) are raised here with CPython's
 * messages; those that need the whole tree are the {@link ScopeAnalyzer}'s.
 *
 * <p>Thread safety: confined to the thread that builds one table.
 */
final class SymbolTableBuilder {
    /**
     * CPython counts the C recursion of its visitors against {@code Py_C_RECURSION_LIMIT}
     * (10000), starting from the depth of the caller; 9998 makes {@code symtable.symtable} of
     * a 9996-term sum pass and one of 9997 terms fail, as CPython 3.13 does.
     */
    static final int RECURSION_LIMIT = 9998;

    private final String filename;
    private final int futureFlags;
    private final Map<Key, Scope> blocks = new HashMap<>();
    private final Deque<Scope> stack = new ArrayDeque<>();
    private Scope cur;
    private Scope module;
    private String privateName;
    private int depth;

    SymbolTableBuilder(String filename, int futureFlags) {
        this.filename = filename;
        this.futureFlags = futureFlags;
    }

    Map<Key, Scope> blocks() {
        return blocks;
    }

    String filename() {
        return filename;
    }

    /** Builds the blocks of {@code mod}; returns the module block. */
    Scope build(Mod mod) {
        module = enter("top", ScopeKind.MODULE, mod, Role.BLOCK, null);
        switch (mod) {
            case Mod.Module m -> stmts(m.body());
            case Mod.Interactive m -> stmts(m.body());
            case Mod.Expression m -> expr(m.body());
            case Mod.FunctionType m -> throw new PySyntaxError(PySyntaxError.Kind.SyntaxError,
                    "this compiler does not handle FunctionTypes", filename, 0, 0, null, 0, 0);
        }
        exit();
        return module;
    }

    // ---- blocks ----

    private Scope enter(String name, ScopeKind kind, Node node, Role role, Pos pos) {
        Scope prev = cur;
        Scope s = new Scope(kind, name, node, pos == null ? 0 : pos.lineno(), prev, privateName);
        if (prev != null) {
            s.nested = prev.nested || prev.kind().isFunctionLike();
            s.compIterExpr = prev.compIterExpr;
            // Classes mangle every private name, so they need no set of their own.
            if (prev.mangledNames != null && kind != ScopeKind.CLASS) {
                s.mangledNames = prev.mangledNames;
            }
            // Annotation blocks only keep their names out of the enclosing block: the annotations
            // become strings, so CPython leaves the blocks out of the tree (and the analysis).
            if (kind != ScopeKind.ANNOTATION) {
                prev.children.add(s);
            }
            stack.push(prev);
        }
        blocks.put(new Key(node, role), s);
        cur = s;
        return s;
    }

    private void exit() {
        cur = stack.isEmpty() ? null : stack.pop();
    }

    // ---- definitions ----

    private String mangle(Scope ste, String name) {
        if (ste.mangledNames != null && !ste.mangledNames.contains(name)) {
            return name;
        }
        return Mangling.mangle(privateName, name);
    }

    private void addDef(String name, int flag, Pos pos) {
        if ((flag & DEF_TYPE_PARAM) != 0 && cur.mangledNames != null) {
            cur.mangledNames.add(name);
        }
        addDef(name, flag, cur, pos);
    }

    private void addDef(String name, int flag, Scope ste, Pos pos) {
        String mangled = mangle(ste, name);
        Integer old = ste.symbols.get(mangled);
        int val;
        if (old != null) {
            val = old;
            if ((flag & DEF_PARAM) != 0 && (val & DEF_PARAM) != 0) {
                throw error("duplicate argument '" + name + "' in function definition", pos);
            }
            if ((flag & DEF_TYPE_PARAM) != 0 && (val & DEF_TYPE_PARAM) != 0) {
                throw error("duplicate type parameter '" + name + "'", pos);
            }
            val |= flag;
        } else {
            val = flag;
        }
        if (ste.compIterTarget) {
            // A comprehension's iteration variable may not be an assignment expression's target.
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw error("comprehension inner loop cannot rebind assignment expression target '"
                        + name + "'", pos);
            }
            val |= DEF_COMP_ITER;
        }
        ste.symbols.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            ste.varnames.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            module.symbols.merge(mangled, flag, (a, b) -> a | b);
        }
    }

    private int lookup(Scope ste, String name) {
        return ste.flags(mangle(ste, name));
    }

    private void recordDirective(String name, Pos pos) {
        cur.directives.putIfAbsent(mangle(cur, name), pos);
    }

    // ---- statements ----

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void enterDepth() {
        if (++depth > RECURSION_LIMIT) {
            throw new CompilationRecursionError();
        }
    }

    private void stmt(Stmt s) {
        enterDepth();
        switch (s) {
            case Stmt.FunctionDef f -> function(f, f.name(), f.args(), f.body(), f.decorator_list(),
                    f.returns(), f.type_params(), false);
            case Stmt.AsyncFunctionDef f -> function(f, f.name(), f.args(), f.body(), f.decorator_list(),
                    f.returns(), f.type_params(), true);
            case Stmt.ClassDef c -> classDef(c);
            case Stmt.Return r -> {
                if (r.value() != null) {
                    expr(r.value());
                    cur.returnsValue = true;
                }
            }
            case Stmt.Delete d -> exprs(d.targets());
            case Stmt.Assign a -> {
                exprs(a.targets());
                expr(a.value());
            }
            case Stmt.TypeAlias t -> typeAlias(t);
            case Stmt.AugAssign a -> {
                expr(a.target());
                expr(a.value());
            }
            case Stmt.AnnAssign a -> annAssign(a);
            case Stmt.For f -> {
                expr(f.target());
                expr(f.iter());
                stmts(f.body());
                stmts(f.orelse());
            }
            case Stmt.AsyncFor f -> {
                expr(f.target());
                expr(f.iter());
                stmts(f.body());
                stmts(f.orelse());
            }
            case Stmt.While w -> {
                expr(w.test());
                stmts(w.body());
                stmts(w.orelse());
            }
            case Stmt.If i -> {
                expr(i.test());
                stmts(i.body());
                stmts(i.orelse());
            }
            case Stmt.Match m -> {
                expr(m.subject());
                for (MatchCase c : m.cases()) {
                    pattern(c.pattern());
                    if (c.guard() != null) {
                        expr(c.guard());
                    }
                    stmts(c.body());
                }
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) {
                    expr(r.exc());
                    if (r.cause() != null) {
                        expr(r.cause());
                    }
                }
            }
            case Stmt.Try t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Stmt.TryStar t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Stmt.Assert a -> {
                expr(a.test());
                if (a.msg() != null) {
                    expr(a.msg());
                }
            }
            case Stmt.Import i -> aliases(i.names());
            case Stmt.ImportFrom i -> aliases(i.names());
            case Stmt.Global g -> global(g);
            case Stmt.Nonlocal n -> nonlocal(n);
            case Stmt.Expr e -> expr(e.value());
            case Stmt.Pass p -> { }
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
            case Stmt.With w -> {
                withItems(w.items());
                stmts(w.body());
            }
            case Stmt.AsyncWith w -> {
                withItems(w.items());
                stmts(w.body());
            }
        }
        depth--;
    }

    private void withItems(List<WithItem> items) {
        for (WithItem item : items) {
            expr(item.context_expr());
            if (item.optional_vars() != null) {
                expr(item.optional_vars());
            }
        }
    }

    private void tryStmt(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        stmts(body);
        for (ExceptHandler h : handlers) {
            if (h.type() != null) {
                expr(h.type());
            }
            if (h.name() != null) {
                addDef(h.name(), DEF_LOCAL, h.pos());
            }
            stmts(h.body());
        }
        stmts(orelse);
        stmts(finalbody);
    }

    private void function(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
            Expr returns, List<TypeParam> typeParams, boolean async) {
        addDef(name, DEF_LOCAL, s.pos());
        exprs(args.defaults());
        exprsWithNull(args.kw_defaults());
        exprs(decorators);
        boolean generic = !typeParams.isEmpty();
        if (generic) {
            // CPython tests the defaults list pointer, which its parser never leaves NULL: every
            // generic function's block has .defaults, used or not.
            enterTypeParamBlock(name, s, true, hasKwonlyDefaults(args), false, s.pos());
            typeParams(typeParams);
        }
        annotations(args, returns, s.pos());
        Scope f = enter(name, ScopeKind.FUNCTION, s, Role.BLOCK, s.pos());
        if (async) {
            f.coroutine = true;
        }
        arguments(args);
        stmts(body);
        exit();
        if (generic) {
            exit();
        }
    }

    private static boolean hasKwonlyDefaults(Arguments args) {
        for (Expr e : args.kw_defaults()) {
            if (e != null) {
                return true;
            }
        }
        return false;
    }

    private void classDef(Stmt.ClassDef c) {
        addDef(c.name(), DEF_LOCAL, c.pos());
        exprs(c.decorator_list());
        String savedPrivate = privateName;
        boolean generic = !c.type_params().isEmpty();
        if (generic) {
            Scope tp = enterTypeParamBlock(c.name(), c, false, false, true, c.pos());
            privateName = c.name();
            tp.privateName = privateName;
            tp.mangledNames = new HashSet<>();
            typeParams(c.type_params());
        }
        exprs(c.bases());
        for (Keyword k : c.keywords()) {
            expr(k.value());
        }
        privateName = c.name();
        enter(c.name(), ScopeKind.CLASS, c, Role.BLOCK, c.pos());
        if (generic) {
            Pos tpPos = Pos.span(c.type_params().getFirst().pos(), c.type_params().getLast().pos());
            addDef("__type_params__", DEF_LOCAL, tpPos);
            addDef(".type_params", USE, tpPos);
        }
        stmts(c.body());
        exit();
        if (generic) {
            exit();
        }
        privateName = savedPrivate;
    }

    private void typeAlias(Stmt.TypeAlias t) {
        expr(t.name());
        String name = ((Expr.Name) t.name()).id();
        boolean inClass = cur.kind() == ScopeKind.CLASS;
        boolean generic = !t.type_params().isEmpty();
        if (generic) {
            enterTypeParamBlock(name, t, false, false, false, t.pos());
            typeParams(t.type_params());
        }
        Scope alias = enter(name, ScopeKind.TYPE_ALIAS, t, Role.BLOCK, t.pos());
        alias.canSeeClassScope = inClass;
        if (inClass) {
            addDef("__classdict__", USE, t.value().pos());
        }
        expr(t.value());
        exit();
        if (generic) {
            exit();
        }
    }

    private Scope enterTypeParamBlock(String name, Node node, boolean hasDefaults, boolean hasKwDefaults,
            boolean isClass, Pos pos) {
        ScopeKind current = cur.kind();
        Scope s = enter(name, ScopeKind.TYPE_PARAMETERS, node, Role.TYPE_PARAMS, pos);
        if (current == ScopeKind.CLASS) {
            s.canSeeClassScope = true;
            addDef("__classdict__", USE, pos);
        }
        if (isClass) {
            // .type_params is set when the tuple is built and used for the bases;
            // .generic_base is the Generic[...] base added to them.
            addDef(".type_params", DEF_LOCAL, pos);
            addDef(".type_params", USE, pos);
            addDef(".generic_base", DEF_LOCAL, pos);
            addDef(".generic_base", USE, pos);
        }
        if (hasDefaults) {
            addDef(".defaults", DEF_PARAM, pos);
        }
        if (hasKwDefaults) {
            addDef(".kwdefaults", DEF_PARAM, pos);
        }
        return s;
    }

    private void typeParams(List<TypeParam> params) {
        for (TypeParam tp : params) {
            enterDepth();
            switch (tp) {
                case TypeParam.TypeVar v -> {
                    addDef(v.name(), DEF_TYPE_PARAM | DEF_LOCAL, v.pos());
                    if (v.bound() != null) {
                        String info = v.bound() instanceof Expr.Tuple ? "a TypeVar constraint" : "a TypeVar bound";
                        boundOrDefault(v.bound(), v.name(), v, Role.BLOCK, info);
                    }
                    boundOrDefault(v.default_value(), v.name(), v, Role.DEFAULT, "a TypeVar default");
                }
                case TypeParam.TypeVarTuple v -> {
                    addDef(v.name(), DEF_TYPE_PARAM | DEF_LOCAL, v.pos());
                    boundOrDefault(v.default_value(), v.name(), v, Role.DEFAULT, "a TypeVarTuple default");
                }
                case TypeParam.ParamSpec v -> {
                    addDef(v.name(), DEF_TYPE_PARAM | DEF_LOCAL, v.pos());
                    boundOrDefault(v.default_value(), v.name(), v, Role.DEFAULT, "a ParamSpec default");
                }
            }
            depth--;
        }
    }

    private void boundOrDefault(Expr e, String name, TypeParam tp, Role role, String info) {
        if (e == null) {
            return;
        }
        boolean inClass = cur.canSeeClassScope;
        Scope s = enter(name, ScopeKind.TYPE_VARIABLE_BOUND, tp, role, e.pos());
        s.canSeeClassScope = inClass;
        if (inClass) {
            addDef("__classdict__", USE, e.pos());
        }
        s.scopeInfo = info;
        expr(e);
        exit();
    }

    private void annAssign(Stmt.AnnAssign a) {
        if (a.target() instanceof Expr.Name n) {
            int cur0 = lookup(cur, n.id());
            if ((cur0 & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur != module && a.simple() != 0) {
                String what = (cur0 & DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                throw error("annotated name '" + n.id() + "' can't be " + what, a.pos());
            }
            if (a.simple() != 0) {
                addDef(n.id(), DEF_ANNOT | DEF_LOCAL, n.pos());
            } else if (a.value() != null) {
                addDef(n.id(), DEF_LOCAL, n.pos());
            }
        } else {
            expr(a.target());
        }
        annotation(a.annotation());
        if (a.value() != null) {
            expr(a.value());
        }
    }

    private boolean futureAnnotations() {
        return (futureFlags & SymbolTable.CO_FUTURE_ANNOTATIONS) != 0;
    }

    private void annotation(Expr annotation) {
        boolean future = futureAnnotations();
        if (future) {
            enter("_annotation", ScopeKind.ANNOTATION, annotation, Role.ANNOTATION, annotation.pos());
        }
        expr(annotation);
        if (future) {
            exit();
        }
    }

    /** All parameter annotations share one block under the future import; the return annotation has its own. */
    private void annotations(Arguments a, Expr returns, Pos defPos) {
        boolean future = futureAnnotations();
        if (future) {
            enter("_annotation", ScopeKind.ANNOTATION, a, Role.ANNOTATION, defPos);
        }
        argAnnotations(a.posonlyargs());
        argAnnotations(a.args());
        if (a.vararg() != null && a.vararg().annotation() != null) {
            expr(a.vararg().annotation());
        }
        if (a.kwarg() != null && a.kwarg().annotation() != null) {
            expr(a.kwarg().annotation());
        }
        argAnnotations(a.kwonlyargs());
        if (future) {
            exit();
        }
        if (returns != null) {
            annotation(returns);
        }
    }

    private void argAnnotations(List<Arg> args) {
        for (Arg a : args) {
            if (a.annotation() != null) {
                expr(a.annotation());
            }
        }
    }

    private void arguments(Arguments a) {
        params(a.posonlyargs());
        params(a.args());
        params(a.kwonlyargs());
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), DEF_PARAM, a.vararg().pos());
            cur.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), DEF_PARAM, a.kwarg().pos());
            cur.varkeywords = true;
        }
    }

    private void params(List<Arg> args) {
        for (Arg a : args) {
            addDef(a.arg(), DEF_PARAM, a.pos());
        }
    }

    private void aliases(List<Alias> names) {
        for (Alias a : names) {
            String name = a.asname() == null ? a.name() : a.asname();
            if (name.equals("*")) {
                if (cur.kind() != ScopeKind.MODULE) {
                    throw error("import * only allowed at module level", a.pos());
                }
                continue;
            }
            int dot = name.indexOf('.');
            addDef(dot >= 0 ? name.substring(0, dot) : name, DEF_IMPORT, a.pos());
        }
    }

    private void global(Stmt.Global g) {
        for (String name : g.names()) {
            int flags = lookup(cur, name);
            if ((flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String msg;
                if ((flags & DEF_PARAM) != 0) {
                    msg = "name '%s' is parameter and global";
                } else if ((flags & USE) != 0) {
                    msg = "name '%s' is used prior to global declaration";
                } else if ((flags & DEF_ANNOT) != 0) {
                    msg = "annotated name '%s' can't be global";
                } else {
                    msg = "name '%s' is assigned to before global declaration";
                }
                throw error(msg.formatted(name), g.pos());
            }
            addDef(name, DEF_GLOBAL, g.pos());
            recordDirective(name, g.pos());
        }
    }

    private void nonlocal(Stmt.Nonlocal n) {
        for (String name : n.names()) {
            int flags = lookup(cur, name);
            if ((flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String msg;
                if ((flags & DEF_PARAM) != 0) {
                    msg = "name '%s' is parameter and nonlocal";
                } else if ((flags & USE) != 0) {
                    msg = "name '%s' is used prior to nonlocal declaration";
                } else if ((flags & DEF_ANNOT) != 0) {
                    msg = "annotated name '%s' can't be nonlocal";
                } else {
                    msg = "name '%s' is assigned to before nonlocal declaration";
                }
                throw error(msg.formatted(name), n.pos());
            }
            addDef(name, DEF_NONLOCAL, n.pos());
            recordDirective(name, n.pos());
        }
    }

    // ---- expressions ----

    private void exprs(List<Expr> es) {
        for (Expr e : es) {
            expr(e);
        }
    }

    private void exprsWithNull(List<Expr> es) {
        for (Expr e : es) {
            if (e != null) {
                expr(e);
            }
        }
    }

    private void expr(Expr e) {
        enterDepth();
        switch (e) {
            case Expr.NamedExpr n -> {
                raiseIfAnnotationBlock("named expression", e);
                namedExpr(n);
            }
            case Expr.BoolOp b -> exprs(b.values());
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.Lambda l -> {
                exprs(l.args().defaults());
                exprsWithNull(l.args().kw_defaults());
                enter("lambda", ScopeKind.FUNCTION, l, Role.BLOCK, l.pos());
                arguments(l.args());
                expr(l.body());
                exit();
            }
            case Expr.IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Expr.Dict d -> {
                exprsWithNull(d.keys());
                exprs(d.values());
            }
            case Expr.Set s -> exprs(s.elts());
            case Expr.GeneratorExp g -> comprehension(g, "genexpr", "generator expression", g.generators(), g.elt(), null);
            case Expr.ListComp c -> comprehension(c, "listcomp", "list comprehension", c.generators(), c.elt(), null);
            case Expr.SetComp c -> comprehension(c, "setcomp", "set comprehension", c.generators(), c.elt(), null);
            case Expr.DictComp c -> comprehension(c, "dictcomp", "dict comprehension", c.generators(), c.key(), c.value());
            case Expr.Yield y -> {
                raiseIfAnnotationBlock("yield expression", e);
                if (y.value() != null) {
                    expr(y.value());
                }
                yielded(e);
            }
            case Expr.YieldFrom y -> {
                raiseIfAnnotationBlock("yield expression", e);
                expr(y.value());
                yielded(e);
            }
            case Expr.Await a -> {
                raiseIfAnnotationBlock("await expression", e);
                expr(a.value());
                cur.coroutine = true;
            }
            case Expr.Compare c -> {
                expr(c.left());
                exprs(c.comparators());
            }
            case Expr.Call c -> {
                expr(c.func());
                exprs(c.args());
                for (Keyword k : c.keywords()) {
                    expr(k.value());
                }
            }
            case Expr.FormattedValue f -> {
                expr(f.value());
                if (f.format_spec() != null) {
                    expr(f.format_spec());
                }
            }
            case Expr.JoinedStr j -> exprs(j.values());
            case Expr.Constant c -> { }
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Expr.Starred s -> expr(s.value());
            case Expr.Slice s -> {
                if (s.lower() != null) {
                    expr(s.lower());
                }
                if (s.upper() != null) {
                    expr(s.upper());
                }
                if (s.step() != null) {
                    expr(s.step());
                }
            }
            case Expr.Name n -> {
                addDef(n.id(), n.ctx() == ExprContext.Load ? USE : DEF_LOCAL, n.pos());
                // super() reads the implicit __class__ cell of the enclosing class.
                if (n.ctx() == ExprContext.Load && cur.kind().isFunctionLike() && n.id().equals("super")) {
                    addDef("__class__", USE, n.pos());
                }
            }
            case Expr.List l -> exprs(l.elts());
            case Expr.Tuple t -> exprs(t.elts());
        }
        depth--;
    }

    private void yielded(Expr e) {
        cur.generator = true;
        if (cur.comprehension) {
            throw error("'yield' inside " + cur.comprehensionKind, e.pos());
        }
    }

    private void raiseIfAnnotationBlock(String what, Expr e) {
        String where = switch (cur.kind()) {
            case TYPE_ALIAS -> "a type alias";
            case TYPE_PARAMETERS -> "the definition of a generic";
            case TYPE_VARIABLE_BOUND -> cur.scopeInfo;
            case ANNOTATION -> "an annotation";
            default -> null;
        };
        if (where != null) {
            throw error(what + " cannot be used within " + where, e.pos());
        }
    }

    private void comprehension(Expr e, String scopeName, String kindName, List<Comprehension> generators,
            Expr elt, Expr value) {
        boolean isGenerator = e instanceof Expr.GeneratorExp;
        Comprehension outermost = generators.getFirst();
        // The outermost iterable is evaluated in the enclosing scope.
        cur.compIterExpr++;
        expr(outermost.iter());
        cur.compIterExpr--;
        Scope s = enter(scopeName, ScopeKind.FUNCTION, e, Role.BLOCK, e.pos());
        s.comprehension = true;
        s.comprehensionKind = kindName;
        if (outermost.is_async() != 0) {
            s.coroutine = true;
        }
        // The outermost iterator is received as the implicit argument .0.
        addDef(".0", DEF_PARAM, e.pos());
        s.compIterTarget = true;
        expr(outermost.target());
        s.compIterTarget = false;
        exprs(outermost.ifs());
        for (int i = 1; i < generators.size(); i++) {
            Comprehension c = generators.get(i);
            s.compIterTarget = true;
            expr(c.target());
            s.compIterTarget = false;
            s.compIterExpr++;
            expr(c.iter());
            s.compIterExpr--;
            exprs(c.ifs());
            if (c.is_async() != 0) {
                s.coroutine = true;
            }
        }
        if (value != null) {
            expr(value);
        }
        expr(elt);
        s.generator = isGenerator;
        exit();
    }

    private void namedExpr(Expr.NamedExpr e) {
        if (cur.compIterExpr > 0) {
            throw error("assignment expression cannot be used in a comprehension iterable expression", e.pos());
        }
        if (cur.comprehension) {
            extendNamedExprScope((Expr.Name) e.target());
        }
        expr(e.value());
        expr(e.target());
    }

    /** Binds a walrus target inside a comprehension in the nearest enclosing function or module. */
    private void extendNamedExprScope(Expr.Name target) {
        String name = target.id();
        Pos pos = target.pos();
        // The stack holds the enclosing blocks, innermost first; cur is not on it.
        java.util.List<Scope> chain = new java.util.ArrayList<>();
        chain.add(cur);
        chain.addAll(stack);
        for (Scope ste : chain) {
            if (ste.comprehension) {
                // Only names the iteration binds conflict, not those its target reads, as the
                // d of c[d] (gh-87447).
                int flags = lookup(ste, name);
                if ((flags & DEF_COMP_ITER) != 0 && (flags & DEF_LOCAL) != 0) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '"
                            + name + "'", pos);
                }
                continue;
            }
            switch (ste.kind()) {
                case FUNCTION -> {
                    int flags = lookup(ste, name);
                    addDef(name, (flags & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL, pos);
                    recordDirective(name, pos);
                    addDef(name, DEF_LOCAL, ste, pos);
                    return;
                }
                case MODULE -> {
                    addDef(name, DEF_GLOBAL, pos);
                    recordDirective(name, pos);
                    addDef(name, DEF_GLOBAL, ste, pos);
                    return;
                }
                case CLASS -> throw error("assignment expression within a comprehension cannot be used in a class body", pos);
                case TYPE_PARAMETERS -> throw error(
                        "assignment expression within a comprehension cannot be used within the definition of a generic", pos);
                case TYPE_ALIAS -> throw error("assignment expression within a comprehension cannot be used in a type alias", pos);
                case TYPE_VARIABLE_BOUND -> throw error(
                        "assignment expression within a comprehension cannot be used in a TypeVar bound", pos);
                case ANNOTATION -> { }
            }
        }
        throw new IllegalStateException("no function or module block encloses a comprehension");
    }

    // ---- patterns ----

    private void pattern(Pattern p) {
        enterDepth();
        switch (p) {
            case Pattern.MatchValue v -> expr(v.value());
            case Pattern.MatchSingleton s -> { }
            case Pattern.MatchSequence s -> patterns(s.patterns());
            case Pattern.MatchStar s -> {
                if (s.name() != null) {
                    addDef(s.name(), DEF_LOCAL, s.pos());
                }
            }
            case Pattern.MatchMapping m -> {
                exprs(m.keys());
                patterns(m.patterns());
                if (m.rest() != null) {
                    addDef(m.rest(), DEF_LOCAL, m.pos());
                }
            }
            case Pattern.MatchClass c -> {
                expr(c.cls());
                patterns(c.patterns());
                patterns(c.kwd_patterns());
            }
            case Pattern.MatchAs a -> {
                if (a.pattern() != null) {
                    pattern(a.pattern());
                }
                if (a.name() != null) {
                    addDef(a.name(), DEF_LOCAL, a.pos());
                }
            }
            case Pattern.MatchOr o -> patterns(o.patterns());
        }
        depth--;
    }

    private void patterns(List<Pattern> ps) {
        for (Pattern p : ps) {
            pattern(p);
        }
    }

    // ---- errors ----

    PySyntaxError error(String msg, Pos pos) {
        return SymtableErrors.at(filename, msg, pos);
    }
}
