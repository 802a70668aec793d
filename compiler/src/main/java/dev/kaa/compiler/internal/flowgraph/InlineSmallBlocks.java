package dev.kaa.compiler.internal.flowgraph;

import dev.kaa.bytecode.Opcode;

/**
 * Replaces an unconditional jump by a copy of the block it goes to, when that block is a small
 * exit (at most four instructions ending in a return or raise) or has no line at all and does not
 * fall through, as CPython does. The copy runs at the same stack depth and under the same
 * handlers (each instruction keeps its own), and it takes the line of the code it now follows, so
 * shared artificial code (the {@code POP_EXCEPT; JUMP} ending handlers, an implicit
 * {@code return None}) gets a line per path. A {@code JUMP} replaced by code ending in a
 * non-checking jump turns that jump into {@code JUMP}, so no eval-breaker check is lost.
 *
 * <p>Thread safety: stateless.
 */
final class InlineSmallBlocks {
    private static final int MAX_COPY = 4;
    private static final int MAX_ROUNDS = 8;

    private InlineSmallBlocks() {}

    static void run(ControlFlowGraph g) {
        boolean changed = true;
        for (int round = 0; changed && round < MAX_ROUNDS; round++) {
            changed = false;
            for (BasicBlock b : g.blocks()) {
                CfgInstr last = b.last();
                if (last == null || !last.isUnconditionalJump() || last.target == b) {
                    continue;
                }
                BasicBlock target = last.target;
                boolean smallExit = !target.instrs.isEmpty() && target.last().isExit()
                        && target.instrs.size() <= MAX_COPY;
                boolean noLine = !target.instrs.isEmpty() && !target.fallsThrough() && hasNoLine(target);
                if (!smallExit && !noLine) {
                    continue;
                }
                Opcode removed = last.op;
                last.op = Opcode.NOP;
                last.oparg = 0;
                last.target = null;
                for (CfgInstr i : target.instrs) {
                    CfgInstr c = new CfgInstr(i.op, i.oparg, i.target, i.loc);
                    c.handler = i.handler;
                    b.instrs.add(c);
                }
                CfgInstr end = b.last();
                if (noLine && end.isUnconditionalJump() && removed == Opcode.JUMP) {
                    end.op = Opcode.JUMP;
                }
                changed = true;
            }
        }
    }

    private static boolean hasNoLine(BasicBlock b) {
        for (CfgInstr i : b.instrs) {
            if (!i.loc.isNone()) {
                return false;
            }
        }
        return true;
    }
}
