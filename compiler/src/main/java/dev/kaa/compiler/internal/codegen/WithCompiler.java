package dev.kaa.compiler.internal.codegen;

import dev.kaa.bytecode.Opcode;
import dev.kaa.compiler.internal.flowgraph.Label;
import dev.kaa.compiler.internal.flowgraph.Location;
import dev.kaa.parser.ast.Stmt;
import dev.kaa.parser.ast.WithItem;
import java.util.List;

/**
 * Generates {@code with} and {@code async with} statements (CPython's {@code compiler_with} and
 * {@code compiler_async_with}): {@code BEFORE_WITH}, a {@code SETUP_WITH} region, the call of
 * {@code __exit__(None, None, None)} on the normal path and {@code WITH_EXCEPT_START} on the
 * exceptional one. Several items nest one statement per item.
 *
 * <p>Thread safety: confined to the compiling thread.
 */
final class WithCompiler {
    private final Codegen g;

    WithCompiler(Codegen g) {
        this.g = g;
    }

    void with(List<WithItem> items, List<Stmt> body, boolean async, Location stmtLoc) {
        if (async) {
            if (g.topLevelAwait()) {
                g.u.forcedCoroutine = true;
            } else if (g.u.kind != CodeUnit.Kind.ASYNC_FUNCTION) {
                throw g.error("'async with' outside async function", stmtLoc);
            }
        }
        item(items, 0, body, async);
    }

    private void item(List<WithItem> items, int pos, List<Stmt> body, boolean async) {
        WithItem item = items.get(pos);
        Label block = g.newLabel();
        Label fin = g.newLabel();
        Label exit = g.newLabel();
        Label cleanup = g.newLabel();
        g.expr.visit(item.context_expr());
        Location loc = Codegen.loc(item.context_expr().pos());
        if (async) {
            g.emit(Opcode.BEFORE_ASYNC_WITH, loc);
            awaitResult(1, loc);
        } else {
            g.emit(Opcode.BEFORE_WITH, loc);
        }
        g.jump(Opcode.SETUP_WITH, fin, loc);
        g.bind(block);
        FBlock.Type type = async ? FBlock.Type.ASYNC_WITH : FBlock.Type.WITH;
        g.pushBlock(type, block, fin, null, loc);
        if (item.optional_vars() != null) {
            g.expr.visit(item.optional_vars());
        } else {
            g.emit(Opcode.POP_TOP, loc);
        }
        if (pos + 1 == items.size()) {
            g.stmt.visitAll(body);
        } else {
            item(items, pos + 1, body, async);
        }
        if (async) {
            g.popBlock(type);
            g.emit(Opcode.POP_BLOCK, loc);
        } else {
            g.emit(Opcode.POP_BLOCK, Location.NONE);
            g.popBlock(type);
        }
        callExitWithNones(loc);
        if (async) {
            awaitResult(2, loc);
        }
        g.emit(Opcode.POP_TOP, loc);
        g.jump(Opcode.JUMP, exit, loc);
        g.bind(fin);
        g.jump(Opcode.SETUP_CLEANUP, cleanup, loc);
        g.emit(Opcode.PUSH_EXC_INFO, loc);
        g.emit(Opcode.WITH_EXCEPT_START, loc);
        if (async) {
            awaitResult(2, loc);
        }
        exceptFinish(cleanup);
        g.bind(exit);
    }

    private void awaitResult(int where, Location loc) {
        g.emit(Opcode.GET_AWAITABLE, where, loc);
        g.loadNone(loc);
        g.expr.yieldFrom(loc, true);
    }

    /** Calls the {@code __exit__} below the top of the stack with three {@code None}s. */
    void callExitWithNones(Location loc) {
        g.loadNone(loc);
        g.loadNone(loc);
        g.loadNone(loc);
        g.emit(Opcode.CALL, 2, loc);
    }

    /** Re-raises unless {@code __exit__} returned true (CPython's {@code compiler_with_except_finish}). */
    void exceptFinish(Label cleanup) {
        Label suppress = g.newLabel();
        Label exit = g.newLabel();
        g.emit(Opcode.TO_BOOL, Location.NONE);
        g.jump(Opcode.POP_JUMP_IF_TRUE, suppress, Location.NONE);
        g.emit(Opcode.RERAISE, 2, Location.NONE);
        g.bind(suppress);
        g.emit(Opcode.POP_TOP, Location.NONE);
        g.emit(Opcode.POP_BLOCK, Location.NONE);
        g.emit(Opcode.POP_EXCEPT, Location.NONE);
        g.emit(Opcode.POP_TOP, Location.NONE);
        g.emit(Opcode.POP_TOP, Location.NONE);
        // The exception is handled: leave without polling the eval breaker, as CPython does.
        g.jump(Opcode.JUMP_NO_INTERRUPT, exit, Location.NONE);
        g.bind(cleanup);
        g.emit(Opcode.COPY, 3, Location.NONE);
        g.emit(Opcode.POP_EXCEPT, Location.NONE);
        g.emit(Opcode.RERAISE, 1, Location.NONE);
        g.bind(exit);
    }
}
