package dev.kaa.compiler.internal.codegen;

import dev.kaa.bytecode.Opcode;
import dev.kaa.compiler.internal.flowgraph.Label;
import dev.kaa.compiler.internal.flowgraph.Location;
import dev.kaa.parser.ast.ExceptHandler;
import dev.kaa.parser.ast.ExprContext;
import dev.kaa.parser.ast.Stmt;
import java.util.List;

/**
 * Generates {@code try} statements: {@code except} handlers ({@code CHECK_EXC_MATCH}),
 * {@code except*} handlers ({@code CHECK_EG_MATCH} and {@code PREP_RERAISE_STAR}), {@code else}
 * and {@code finally}, as CPython 3.13 lays them out with {@code SETUP_*}/{@code POP_BLOCK}.
 *
 * <p>Thread safety: confined to the compiling thread.
 */
final class TryCompiler {
    private static final int INTRINSIC_PREP_RERAISE_STAR = 1;
    private final Codegen g;

    TryCompiler(Codegen g) {
        this.g = g;
    }

    void tryStmt(Stmt.Try s) {
        if (!s.finalbody().isEmpty()) {
            tryFinally(s.pos(), s.finalbody(), () -> {
                if (!s.handlers().isEmpty()) {
                    tryExcept(s);
                } else {
                    g.stmt.visitAll(s.body());
                }
            });
        } else {
            tryExcept(s);
        }
    }

    void tryStar(Stmt.TryStar s) {
        if (!s.finalbody().isEmpty()) {
            tryFinally(s.pos(), s.finalbody(), () -> {
                if (!s.handlers().isEmpty()) {
                    tryStarExcept(s);
                } else {
                    g.stmt.visitAll(s.body());
                }
            });
        } else {
            tryStarExcept(s);
        }
    }

    private void popExceptAndReraise(Location loc) {
        g.emit(Opcode.COPY, 3, loc);
        g.emit(Opcode.POP_EXCEPT, loc);
        g.emit(Opcode.RERAISE, 1, loc);
    }

    private void tryFinally(dev.kaa.parser.ast.Pos pos, List<Stmt> finalbody, Runnable body) {
        Location loc = Codegen.loc(pos);
        Label bodyLabel = g.newLabel();
        Label end = g.newLabel();
        Label exit = g.newLabel();
        Label cleanup = g.newLabel();
        g.jump(Opcode.SETUP_FINALLY, end, loc);
        g.bind(bodyLabel);
        g.pushBlock(FBlock.Type.FINALLY_TRY, bodyLabel, end, finalbody, loc);
        body.run();
        g.emit(Opcode.POP_BLOCK, Location.NONE);
        g.popBlock(FBlock.Type.FINALLY_TRY);
        g.stmt.visitAll(finalbody);
        g.jump(Opcode.JUMP_NO_INTERRUPT, exit, Location.NONE);
        g.bind(end);
        g.jump(Opcode.SETUP_CLEANUP, cleanup, Location.NONE);
        g.emit(Opcode.PUSH_EXC_INFO, Location.NONE);
        g.pushBlock(FBlock.Type.FINALLY_END, end, null, null, Location.NONE);
        g.stmt.visitAll(finalbody);
        g.popBlock(FBlock.Type.FINALLY_END);
        g.emit(Opcode.RERAISE, 0, Location.NONE);
        g.bind(cleanup);
        popExceptAndReraise(Location.NONE);
        g.bind(exit);
    }

    private void tryExcept(Stmt.Try s) {
        Location loc = Codegen.loc(s.pos());
        Label body = g.newLabel();
        Label except = g.newLabel();
        Label end = g.newLabel();
        Label cleanup = g.newLabel();
        protectedBody(s.body(), body, except, loc);
        g.stmt.visitAll(s.orelse());
        g.jump(Opcode.JUMP_NO_INTERRUPT, end, Location.NONE);
        int n = s.handlers().size();
        g.bind(except);
        g.jump(Opcode.SETUP_CLEANUP, cleanup, Location.NONE);
        g.emit(Opcode.PUSH_EXC_INFO, Location.NONE);
        g.pushBlock(FBlock.Type.EXCEPTION_HANDLER, null, null, null, loc);
        for (int i = 0; i < n; i++) {
            ExceptHandler h = s.handlers().get(i);
            Location hloc = Codegen.loc(h.pos());
            if (h.type() == null && i < n - 1) {
                throw g.error("default 'except:' must be last", h.pos());
            }
            Label next = g.newLabel();
            if (h.type() != null) {
                g.expr.visit(h.type());
                g.emit(Opcode.CHECK_EXC_MATCH, hloc);
                g.jump(Opcode.POP_JUMP_IF_FALSE, next, hloc);
            }
            if (h.name() != null) {
                Label cleanupEnd = g.newLabel();
                Label cleanupBody = g.newLabel();
                g.names.nameOp(h.name(), ExprContext.Store, hloc);
                g.jump(Opcode.SETUP_CLEANUP, cleanupEnd, hloc);
                g.bind(cleanupBody);
                g.pushBlock(FBlock.Type.HANDLER_CLEANUP, cleanupBody, null, h.name(), hloc);
                g.stmt.visitAll(h.body());
                g.popBlock(FBlock.Type.HANDLER_CLEANUP);
                g.emit(Opcode.POP_BLOCK, Location.NONE);
                g.emit(Opcode.POP_BLOCK, Location.NONE);
                g.emit(Opcode.POP_EXCEPT, Location.NONE);
                clearName(h.name());
                // Cleanup code: CPython's jump back from a handler does not poll the eval breaker.
                g.jump(Opcode.JUMP_NO_INTERRUPT, end, Location.NONE);
                g.bind(cleanupEnd);
                clearName(h.name());
                g.emit(Opcode.RERAISE, 1, Location.NONE);
            } else {
                Label cleanupBody = g.newLabel();
                g.emit(Opcode.POP_TOP, hloc);
                g.bind(cleanupBody);
                g.pushBlock(FBlock.Type.HANDLER_CLEANUP, cleanupBody, null, null, hloc);
                g.stmt.visitAll(h.body());
                g.popBlock(FBlock.Type.HANDLER_CLEANUP);
                g.emit(Opcode.POP_BLOCK, Location.NONE);
                g.emit(Opcode.POP_EXCEPT, Location.NONE);
                g.jump(Opcode.JUMP_NO_INTERRUPT, end, Location.NONE);
            }
            g.bind(next);
        }
        g.popBlock(FBlock.Type.EXCEPTION_HANDLER);
        g.emit(Opcode.RERAISE, 0, Location.NONE);
        g.bind(cleanup);
        popExceptAndReraise(Location.NONE);
        g.bind(end);
    }

    /** The body of {@code try … except}: run under a handler at {@code except}, as a TRY_EXCEPT block. */
    private void protectedBody(List<Stmt> stmts, Label body, Label except, Location loc) {
        g.jump(Opcode.SETUP_FINALLY, except, loc);
        g.bind(body);
        g.pushBlock(FBlock.Type.TRY_EXCEPT, body, null, null, loc);
        g.stmt.visitAll(stmts);
        g.popBlock(FBlock.Type.TRY_EXCEPT);
        g.emit(Opcode.POP_BLOCK, Location.NONE);
    }

    /** {@code name = None; del name}, as the end of an {@code except ... as name} handler does. */
    private void clearName(String name) {
        g.loadNone(Location.NONE);
        g.names.nameOp(name, ExprContext.Store, Location.NONE);
        g.names.nameOp(name, ExprContext.Del, Location.NONE);
    }

    private void tryStarExcept(Stmt.TryStar s) {
        Location loc = Codegen.loc(s.pos());
        Label body = g.newLabel();
        Label except = g.newLabel();
        Label orelse = g.newLabel();
        Label end = g.newLabel();
        Label cleanup = g.newLabel();
        Label reraiseStar = g.newLabel();
        protectedBody(s.body(), body, except, loc);
        g.jump(Opcode.JUMP_NO_INTERRUPT, orelse, Location.NONE);
        int n = s.handlers().size();
        g.bind(except);
        g.jump(Opcode.SETUP_CLEANUP, cleanup, Location.NONE);
        g.emit(Opcode.PUSH_EXC_INFO, Location.NONE);
        g.pushBlock(FBlock.Type.EXCEPTION_GROUP_HANDLER, null, null, "except handler", loc);
        for (int i = 0; i < n; i++) {
            ExceptHandler h = s.handlers().get(i);
            Location hloc = Codegen.loc(h.pos());
            Label next = g.newLabel();
            Label exceptWithError = g.newLabel();
            Label noMatch = g.newLabel();
            if (i == 0) {
                g.emit(Opcode.BUILD_LIST, 0, hloc);
                g.emit(Opcode.COPY, 2, hloc);
            }
            if (h.type() != null) {
                g.expr.visit(h.type());
                g.emit(Opcode.CHECK_EG_MATCH, hloc);
                g.emit(Opcode.COPY, 1, hloc);
                g.jump(Opcode.POP_JUMP_IF_NONE, noMatch, hloc);
            }
            Label cleanupEnd = g.newLabel();
            Label cleanupBody = g.newLabel();
            if (h.name() != null) {
                g.names.nameOp(h.name(), ExprContext.Store, hloc);
            } else {
                g.emit(Opcode.POP_TOP, hloc);
            }
            g.jump(Opcode.SETUP_CLEANUP, cleanupEnd, hloc);
            g.bind(cleanupBody);
            g.pushBlock(FBlock.Type.HANDLER_CLEANUP, cleanupBody, null, h.name(), hloc);
            g.stmt.visitAll(h.body());
            g.popBlock(FBlock.Type.HANDLER_CLEANUP);
            g.emit(Opcode.POP_BLOCK, Location.NONE);
            if (h.name() != null) {
                clearName(h.name());
            }
            g.jump(Opcode.JUMP, next, Location.NONE);
            g.bind(cleanupEnd);
            if (h.name() != null) {
                clearName(h.name());
            }
            g.emit(Opcode.LIST_APPEND, 3, Location.NONE);
            g.emit(Opcode.POP_TOP, Location.NONE);
            g.jump(Opcode.JUMP, exceptWithError, Location.NONE);
            g.bind(next);
            g.emit(Opcode.NOP, Location.NONE);
            g.jump(Opcode.JUMP, exceptWithError, Location.NONE);
            g.bind(noMatch);
            g.emit(Opcode.POP_TOP, hloc);
            g.bind(exceptWithError);
            if (i == n - 1) {
                g.emit(Opcode.LIST_APPEND, 1, Location.NONE);
                g.jump(Opcode.JUMP, reraiseStar, Location.NONE);
            }
        }
        g.popBlock(FBlock.Type.EXCEPTION_GROUP_HANDLER);
        Label reraise = g.newLabel();
        g.bind(reraiseStar);
        g.emit(Opcode.CALL_INTRINSIC_2, INTRINSIC_PREP_RERAISE_STAR, Location.NONE);
        g.emit(Opcode.COPY, 1, Location.NONE);
        g.jump(Opcode.POP_JUMP_IF_NOT_NONE, reraise, Location.NONE);
        g.emit(Opcode.POP_TOP, Location.NONE);
        g.emit(Opcode.POP_BLOCK, Location.NONE);
        g.emit(Opcode.POP_EXCEPT, Location.NONE);
        g.jump(Opcode.JUMP_NO_INTERRUPT, end, Location.NONE);
        g.bind(reraise);
        g.emit(Opcode.POP_BLOCK, Location.NONE);
        g.emit(Opcode.SWAP, 2, Location.NONE);
        g.emit(Opcode.POP_EXCEPT, Location.NONE);
        g.emit(Opcode.RERAISE, 0, Location.NONE);
        g.bind(cleanup);
        popExceptAndReraise(Location.NONE);
        g.bind(orelse);
        g.stmt.visitAll(s.orelse());
        g.bind(end);
    }
}
