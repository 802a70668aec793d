package dev.kaa.compiler.internal.codegen;

import dev.kaa.bytecode.Constant;
import dev.kaa.bytecode.Opcode;
import dev.kaa.compiler.internal.flowgraph.Label;
import dev.kaa.compiler.internal.flowgraph.Location;
import dev.kaa.parser.ast.Alias;
import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.ExprContext;
import dev.kaa.parser.ast.Pos;
import dev.kaa.parser.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the code of statements (CPython's {@code compiler_visit_stmt}): control flow,
 * imports, {@code raise}, {@code assert}, {@code return}, {@code break}, {@code continue} and
 * expression statements; definitions, assignments, {@code try}, {@code with} and {@code match}
 * go to their own compilers.
 *
 * <p>Thread safety: confined to the compiling thread.
 */
final class StatementCompiler {
    private final Codegen g;
    /** Where the last {@code from __future__ import} of the module's prologue stands, or null. */
    Pos futureLocation;

    StatementCompiler(Codegen g) {
        this.g = g;
    }

    void visitAll(List<Stmt> body) {
        for (Stmt s : body) {
            visit(s);
        }
    }

    void visit(Stmt s) {
        Location loc = Codegen.loc(s.pos());
        switch (s) {
            case Stmt.FunctionDef f -> g.funcs.function(f);
            case Stmt.AsyncFunctionDef f -> g.funcs.function(f);
            case Stmt.ClassDef c -> g.classes.compile(c);
            case Stmt.TypeAlias t -> g.typeParams.typeAlias(t);
            case Stmt.Return r -> returnStmt(r, loc);
            case Stmt.Delete d -> {
                for (Expr t : d.targets()) {
                    g.expr.visit(t);
                }
            }
            case Stmt.Assign a -> g.assign.assign(a);
            case Stmt.AugAssign a -> g.assign.augAssign(a);
            case Stmt.AnnAssign a -> g.assign.annAssign(a);
            case Stmt.For f -> forStmt(f, loc);
            case Stmt.AsyncFor f -> asyncFor(f, loc);
            case Stmt.While w -> whileStmt(w, loc);
            case Stmt.If i -> ifStmt(i);
            case Stmt.With w -> g.withs.with(w.items(), w.body(), false, loc);
            case Stmt.AsyncWith w -> g.withs.with(w.items(), w.body(), true, loc);
            case Stmt.Match m -> g.patterns.match(m);
            case Stmt.Raise r -> {
                int n = 0;
                if (r.exc() != null) {
                    g.expr.visit(r.exc());
                    n++;
                    if (r.cause() != null) {
                        g.expr.visit(r.cause());
                        n++;
                    }
                }
                g.emit(Opcode.RAISE_VARARGS, n, loc);
            }
            case Stmt.Try t -> g.tries.tryStmt(t);
            case Stmt.TryStar t -> g.tries.tryStar(t);
            case Stmt.Assert a -> assertStmt(a, loc);
            case Stmt.Import i -> importStmt(i, loc);
            case Stmt.ImportFrom i -> importFrom(i, loc);
            case Stmt.Global x -> { }
            case Stmt.Nonlocal x -> { }
            case Stmt.Expr e -> exprStmt(e, loc);
            case Stmt.Pass p -> g.emit(Opcode.NOP, loc);
            case Stmt.Break b -> breakStmt(loc);
            case Stmt.Continue c -> continueStmt(loc);
        }
    }

    private void exprStmt(Stmt.Expr e, Location loc) {
        if (g.interactive && g.u.kind == CodeUnit.Kind.MODULE) {
            g.expr.visit(e.value());
            g.emit(Opcode.CALL_INTRINSIC_1, ExpressionCompiler.INTRINSIC_PRINT, loc);
            g.emit(Opcode.POP_TOP, Location.NONE);
            return;
        }
        if (e.value() instanceof Expr.Constant) {
            g.emit(Opcode.NOP, loc);
            return;
        }
        g.expr.visit(e.value());
        g.emit(Opcode.POP_TOP, Location.NONE);
    }

    private void returnStmt(Stmt.Return r, Location loc) {
        Expr value = r.value();
        boolean preserveTos = value != null && !(value instanceof Expr.Constant);
        if (!g.u.isFunctionLike()) {
            throw g.error("'return' outside function", r.pos());
        }
        if (value != null && g.u.scope.isCoroutine() && g.u.scope.isGenerator()) {
            throw g.error("'return' with value in async generator", r.pos());
        }
        // A constant's return takes the constant's own location (so an except* error points
        // at it, as CPython's does) unless the constant sits on another line.
        Location at = loc;
        if (preserveTos) {
            g.expr.visit(value);
        } else if (value != null) {
            at = Codegen.loc(value.pos());
            g.emit(Opcode.NOP, at);
        }
        if (value == null || value.pos().lineno() != r.pos().lineno()) {
            at = loc;
            g.emit(Opcode.NOP, loc);
        }
        Location[] where = {at};
        g.unwind.unwindStack(where, preserveTos, false);
        if (value == null) {
            g.returnConst(Constant.NONE, where[0]);
        } else if (!preserveTos) {
            g.returnConst(((Expr.Constant) value).value(), where[0]);
        } else {
            g.emit(Opcode.RETURN_VALUE, where[0]);
        }
    }

    private void breakStmt(Location loc) {
        g.emit(Opcode.NOP, loc);
        Location[] where = {loc};
        FBlock loop = g.unwind.unwindStack(where, false, true);
        if (loop == null) {
            throw g.error("'break' outside loop", loc);
        }
        g.unwind.unwind(where, loop, false);
        g.jump(Opcode.JUMP, loop.exit(), where[0]);
    }

    private void continueStmt(Location loc) {
        g.emit(Opcode.NOP, loc);
        Location[] where = {loc};
        FBlock loop = g.unwind.unwindStack(where, false, true);
        if (loop == null) {
            throw g.error("'continue' not properly in loop", loc);
        }
        g.jump(Opcode.JUMP, loop.block(), where[0]);
    }

    private void ifStmt(Stmt.If s) {
        Label end = g.newLabel();
        Label next = s.orelse().isEmpty() ? end : g.newLabel();
        g.expr.jumpIf(s.test(), next, false);
        visitAll(s.body());
        if (!s.orelse().isEmpty()) {
            g.jump(Opcode.JUMP_NO_INTERRUPT, end, Location.NONE);
            g.bind(next);
            visitAll(s.orelse());
        }
        g.bind(end);
    }

    private void whileStmt(Stmt.While s, Location loc) {
        Label loop = g.newLabel();
        Label body = g.newLabel();
        Label end = g.newLabel();
        Label anchor = g.newLabel();
        g.bind(loop);
        g.pushBlock(FBlock.Type.WHILE_LOOP, loop, end, null, loc);
        g.expr.jumpIf(s.test(), anchor, false);
        g.bind(body);
        visitAll(s.body());
        g.expr.jumpIf(s.test(), body, true);
        g.popBlock(FBlock.Type.WHILE_LOOP);
        g.bind(anchor);
        visitAll(s.orelse());
        g.bind(end);
    }

    private void forStmt(Stmt.For s, Location loc) {
        Label start = g.newLabel();
        Label cleanup = g.newLabel();
        Label end = g.newLabel();
        g.pushBlock(FBlock.Type.FOR_LOOP, start, end, null, loc);
        g.expr.visit(s.iter());
        Location iterLoc = Codegen.loc(s.iter().pos());
        g.emit(Opcode.GET_ITER, iterLoc);
        g.bind(start);
        g.jump(Opcode.FOR_ITER, cleanup, iterLoc);
        g.emit(Opcode.NOP, Codegen.loc(s.target().pos()));
        g.expr.visit(s.target());
        visitAll(s.body());
        g.jump(Opcode.JUMP, start, Location.NONE);
        g.bind(cleanup);
        g.emit(Opcode.END_FOR, Location.NONE);
        g.emit(Opcode.POP_TOP, Location.NONE);
        g.popBlock(FBlock.Type.FOR_LOOP);
        visitAll(s.orelse());
        g.bind(end);
    }

    private void asyncFor(Stmt.AsyncFor s, Location loc) {
        if (g.topLevelAwait()) {
            g.u.forcedCoroutine = true;
        } else if (g.u.kind != CodeUnit.Kind.ASYNC_FUNCTION) {
            throw g.error("'async for' outside async function", s.pos());
        }
        Label start = g.newLabel();
        Label except = g.newLabel();
        Label end = g.newLabel();
        g.expr.visit(s.iter());
        g.emit(Opcode.GET_AITER, Codegen.loc(s.iter().pos()));
        g.bind(start);
        g.pushBlock(FBlock.Type.FOR_LOOP, start, end, null, loc);
        g.jump(Opcode.SETUP_FINALLY, except, loc);
        g.emit(Opcode.GET_ANEXT, loc);
        g.loadNone(loc);
        g.expr.yieldFrom(loc, true);
        g.emit(Opcode.POP_BLOCK, loc);
        g.expr.visit(s.target());
        visitAll(s.body());
        g.jump(Opcode.JUMP, start, Location.NONE);
        g.popBlock(FBlock.Type.FOR_LOOP);
        g.bind(except);
        g.emit(Opcode.END_ASYNC_FOR, Codegen.loc(s.iter().pos()));
        visitAll(s.orelse());
        g.bind(end);
    }

    private void assertStmt(Stmt.Assert a, Location loc) {
        g.warnings.checkAssert(a.test(), a.pos());
        if (g.optimize > 0) {
            return;
        }
        Label end = g.newLabel();
        g.expr.jumpIf(a.test(), end, true);
        g.emit(Opcode.LOAD_ASSERTION_ERROR, loc);
        if (a.msg() != null) {
            g.expr.visit(a.msg());
            g.emit(Opcode.CALL, 0, loc);
        }
        g.emit(Opcode.RAISE_VARARGS, 1, Codegen.loc(a.test().pos()));
        g.bind(end);
    }

    private void importStmt(Stmt.Import s, Location loc) {
        for (Alias alias : s.names()) {
            g.loadConst(0L, loc);
            g.loadNone(loc);
            g.emitName(Opcode.IMPORT_NAME, g.u.scope.mangle(alias.name()), loc);
            String name = alias.name();
            int dot = name.indexOf('.');
            if (alias.asname() != null) {
                if (dot >= 0) {
                    importAsChain(name, dot, loc);
                    g.names.nameOp(alias.asname(), ExprContext.Store, loc);
                    g.emit(Opcode.POP_TOP, loc);
                } else {
                    g.names.nameOp(alias.asname(), ExprContext.Store, loc);
                }
            } else {
                g.names.nameOp(dot >= 0 ? name.substring(0, dot) : name, ExprContext.Store, loc);
            }
        }
    }

    /** {@code import a.b.c as d}: walks down from {@code a} with {@code IMPORT_FROM}. */
    private void importAsChain(String name, int dot, Location loc) {
        while (true) {
            int pos = dot + 1;
            dot = name.indexOf('.', pos);
            String attr = name.substring(pos, dot >= 0 ? dot : name.length());
            g.emitName(Opcode.IMPORT_FROM, attr, loc);
            if (dot < 0) {
                return;
            }
            g.emit(Opcode.SWAP, 2, loc);
            g.emit(Opcode.POP_TOP, loc);
        }
    }

    private void importFrom(Stmt.ImportFrom s, Location loc) {
        g.loadConst((long) s.level(), loc);
        List<Object> names = new ArrayList<>();
        for (Alias a : s.names()) {
            names.add(a.name());
        }
        if ("__future__".equals(s.module()) && s.level() == 0 && isAfterFuture(s.pos())) {
            throw g.error("from __future__ imports must occur at the beginning of the file", s.pos());
        }
        g.loadConst(new Constant.Tuple(names), loc);
        g.emitName(Opcode.IMPORT_NAME, s.module() == null ? "" : g.u.scope.mangle(s.module()), loc);
        for (int i = 0; i < s.names().size(); i++) {
            Alias alias = s.names().get(i);
            if (i == 0 && alias.name().startsWith("*")) {
                g.emit(Opcode.CALL_INTRINSIC_1, ExpressionCompiler.INTRINSIC_IMPORT_STAR, loc);
                g.emit(Opcode.POP_TOP, Location.NONE);
                return;
            }
            g.emitName(Opcode.IMPORT_FROM, g.u.scope.mangle(alias.name()), loc);
            g.names.nameOp(alias.asname() != null ? alias.asname() : alias.name(), ExprContext.Store, loc);
        }
        g.emit(Opcode.POP_TOP, loc);
    }

    private boolean isAfterFuture(Pos pos) {
        if (futureLocation == null) {
            return true;
        }
        return pos.lineno() > futureLocation.lineno()
                || pos.lineno() == futureLocation.lineno() && pos.col_offset() > futureLocation.col_offset();
    }
}
