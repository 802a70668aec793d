package dev.kaa.compiler.internal.codegen;

import dev.kaa.bytecode.Opcode;
import dev.kaa.compiler.internal.flowgraph.Location;
import dev.kaa.parser.ast.ExprContext;
import dev.kaa.parser.ast.Stmt;
import java.util.List;

/**
 * Leaves open blocks on the way out of a {@code return}, {@code break} or {@code continue}
 * (CPython's {@code compiler_unwind_fblock} and {@code compiler_unwind_fblock_stack}): pops
 * iterators, ends handler regions, runs {@code finally} bodies and calls {@code __exit__}.
 *
 * <p>Thread safety: confined to the compiling thread.
 */
final class BlockUnwinder {
    private final Codegen g;

    BlockUnwinder(Codegen g) {
        this.g = g;
    }

    /**
     * Unwinds every open block, or, if {@code toLoop}, up to the innermost loop, which it
     * returns (null if there is none). {@code where[0]} is the location to use, updated as
     * {@code finally} bodies make later instructions artificial.
     */
    FBlock unwindStack(Location[] where, boolean preserveTos, boolean toLoop) {
        CodeUnit u = g.u;
        if (u.fblocks.isEmpty()) {
            return null;
        }
        FBlock top = u.fblocks.peek();
        if (top.type() == FBlock.Type.EXCEPTION_GROUP_HANDLER) {
            throw g.error("'break', 'continue' and 'return' cannot appear in an except* block", where[0]);
        }
        if (toLoop && (top.type() == FBlock.Type.WHILE_LOOP || top.type() == FBlock.Type.FOR_LOOP)) {
            return top;
        }
        u.fblocks.pop();
        try {
            unwind(where, top, preserveTos);
            return unwindStack(where, preserveTos, toLoop);
        } finally {
            u.fblocks.push(top);
        }
    }

    /** Emits the code that leaves one block. */
    @SuppressWarnings("unchecked")
    void unwind(Location[] where, FBlock info, boolean preserveTos) {
        switch (info.type()) {
            case WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR,
                    STOP_ITERATION -> { }
            case FOR_LOOP -> {
                if (preserveTos) {
                    g.emit(Opcode.SWAP, 2, where[0]);
                }
                g.emit(Opcode.POP_TOP, where[0]);
            }
            case TRY_EXCEPT -> g.emit(Opcode.POP_BLOCK, where[0]);
            case FINALLY_TRY -> {
                g.emit(Opcode.POP_BLOCK, where[0]);
                if (preserveTos) {
                    g.pushBlock(FBlock.Type.POP_VALUE, null, null, null, where[0]);
                }
                g.stmt.visitAll((List<Stmt>) info.datum());
                if (preserveTos) {
                    g.popBlock(FBlock.Type.POP_VALUE);
                }
                where[0] = Location.NONE;
            }
            case FINALLY_END -> {
                if (preserveTos) {
                    g.emit(Opcode.SWAP, 2, where[0]);
                }
                g.emit(Opcode.POP_TOP, where[0]);
                if (preserveTos) {
                    g.emit(Opcode.SWAP, 2, where[0]);
                }
                g.emit(Opcode.POP_BLOCK, where[0]);
                g.emit(Opcode.POP_EXCEPT, where[0]);
            }
            case WITH, ASYNC_WITH -> {
                where[0] = info.loc();
                g.emit(Opcode.POP_BLOCK, where[0]);
                if (preserveTos) {
                    // 3.13's __exit__ is one bound method below the value.
                    g.emit(Opcode.SWAP, 2, where[0]);
                }
                g.withs.callExitWithNones(where[0]);
                if (info.type() == FBlock.Type.ASYNC_WITH) {
                    g.emit(Opcode.GET_AWAITABLE, 2, where[0]);
                    g.loadNone(where[0]);
                    g.expr.yieldFrom(where[0], true);
                }
                g.emit(Opcode.POP_TOP, where[0]);
                where[0] = Location.NONE;
            }
            case HANDLER_CLEANUP -> {
                if (info.datum() != null) {
                    g.emit(Opcode.POP_BLOCK, where[0]);
                }
                if (preserveTos) {
                    g.emit(Opcode.SWAP, 2, where[0]);
                }
                g.emit(Opcode.POP_BLOCK, where[0]);
                g.emit(Opcode.POP_EXCEPT, where[0]);
                if (info.datum() != null) {
                    g.loadNone(where[0]);
                    g.names.nameOp((String) info.datum(), ExprContext.Store, where[0]);
                    g.names.nameOp((String) info.datum(), ExprContext.Del, where[0]);
                }
            }
            case POP_VALUE -> {
                if (preserveTos) {
                    g.emit(Opcode.SWAP, 2, where[0]);
                }
                g.emit(Opcode.POP_TOP, where[0]);
            }
        }
    }
}
