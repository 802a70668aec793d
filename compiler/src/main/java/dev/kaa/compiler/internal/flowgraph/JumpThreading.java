package dev.kaa.compiler.internal.flowgraph;

import dev.kaa.bytecode.Opcode;

/**
 * Sends a jump whose target starts with an unconditional jump straight to the final target, as
 * CPython does. Besides saving a jump at run time, this leaves the intermediate jump with the
 * single predecessor it falls from, so it inherits that line (a jump without a location would
 * break line tracing, gh-123048). A conditional jump is threaded only through {@code JUMP}
 * (should it end up backwards, it is rewritten with an interrupt-checking jump anyway); a
 * {@code JUMP} through {@code JUMP_NO_INTERRUPT} stays a {@code JUMP}, a {@code JUMP_NO_INTERRUPT}
 * through {@code JUMP} becomes one (the check ran next anyway). The pass repeats until nothing
 * changes, so chains collapse whatever the block order.
 *
 * <p>Thread safety: stateless.
 */
final class JumpThreading {
    private static final int MAX_HOPS = 32;

    private JumpThreading() {}

    static void run(ControlFlowGraph g) {
        boolean changed = true;
        for (int round = 0; changed && round < MAX_HOPS; round++) {
            changed = false;
            for (BasicBlock b : g.blocks()) {
                CfgInstr last = b.last();
                if (last == null || !last.isJump()) {
                    continue;
                }
                CfgInstr next = firstReal(last.target);
                if (next == null || next.target == null || next.target == last.target
                        || !threads(last.op, next.op)) {
                    continue;
                }
                if (!last.loc.isNone() && !last.loc.equals(next.loc)) {
                    // CPython turns the jump into a NOP that keeps its location (for the line
                    // events; removed later when redundant) and appends a new jump with the
                    // location of the jump it went through: a comprehension's filter that jumps
                    // to the loop's back edge ends up at the element's position.
                    CfgInstr nop = new CfgInstr(Opcode.NOP, 0, null, last.loc);
                    nop.handler = last.handler;
                    b.instrs.add(b.instrs.size() - 1, nop);
                }
                last.loc = next.loc;
                if (last.op == Opcode.JUMP_NO_INTERRUPT) {
                    last.op = next.op;
                }
                if (last.op != Opcode.JUMP && last.op != Opcode.JUMP_NO_INTERRUPT) {
                    // CPython replaces a threaded conditional jump by a new instruction that
                    // no exception-table entry covers.
                    last.handler = null;
                }
                last.target = next.target;
                changed = true;
            }
        }
    }

    /**
     * Whether a jump {@code from} may go where a {@code through} jump goes. An unconditional jump
     * that never checks for interrupts may take over a checking {@code JUMP} (it ran next anyway).
     */
    private static boolean threads(Opcode from, Opcode through) {
        return switch (from) {
            case JUMP -> through == Opcode.JUMP || through == Opcode.JUMP_NO_INTERRUPT;
            case JUMP_NO_INTERRUPT -> through == Opcode.JUMP_NO_INTERRUPT || through == Opcode.JUMP;
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
