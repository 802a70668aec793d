package dev.kaa.compiler.internal.flowgraph;

import dev.kaa.bytecode.Opcode;

/**
 * Sends a jump whose target starts with an unconditional jump straight to the final target, as
 * CPython does. Besides saving a jump at run time, this leaves the intermediate jump with the
 * single predecessor it falls from, so it inherits that line (a jump without a location would
 * break line tracing, gh-123048). A conditional jump is threaded only through {@code JUMP}
 * (should it end up backwards, it is rewritten with an interrupt-checking jump anyway);
 * {@code JUMP_NO_INTERRUPT} only through {@code JUMP_NO_INTERRUPT}, so that no interrupt check
 * appears where the code generator ruled one out.
 *
 * <p>Thread safety: stateless.
 */
final class JumpThreading {
    private static final int MAX_HOPS = 32;

    private JumpThreading() {}

    static void run(ControlFlowGraph g) {
        for (BasicBlock b : g.blocks()) {
            CfgInstr last = b.last();
            if (last == null || !last.isJump()) {
                continue;
            }
            for (int hop = 0; hop < MAX_HOPS; hop++) {
                CfgInstr next = firstReal(last.target);
                if (next == null || next.target == null || next.target == last.target || !threads(last.op, next.op)) {
                    break;
                }
                if (last.loc.isNone()) {
                    last.loc = next.loc;
                }
                last.target = next.target;
            }
        }
    }

    private static boolean threads(Opcode from, Opcode through) {
        return switch (from) {
            case JUMP -> through == Opcode.JUMP || through == Opcode.JUMP_NO_INTERRUPT;
            case JUMP_NO_INTERRUPT -> through == Opcode.JUMP_NO_INTERRUPT;
            case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> through == Opcode.JUMP;
            default -> false;
        };
    }

    /** The first instruction at {@code b} that is not a location-less {@code NOP}, following fall-through. */
    private static CfgInstr firstReal(BasicBlock b) {
        for (int guard = 0; b != null && guard < MAX_HOPS; b = b.next, guard++) {
            for (CfgInstr i : b.instrs) {
                if (i.op != Opcode.NOP || !i.loc.isNone()) {
                    return i;
                }
            }
        }
        return null;
    }
}
