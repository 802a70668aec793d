package dev.kaa.compiler.internal.flowgraph;

import dev.kaa.bytecode.Opcode;
import java.util.Map;

/**
 * Removes instructions that do nothing: unconditional jumps to the block that follows anyway
 * (they become {@code NOP}s first, so their line survives if needed) and {@code NOP}s whose
 * line is already marked by a neighbour. A {@code NOP} stays only where it carries a line of
 * its own, as CPython keeps them for line tracing (e.g. {@code pass}).
 *
 * <p>Thread safety: stateless.
 */
final class Cleanup {
    private Cleanup() {}

    static void removeJumpsToNext(ControlFlowGraph g) {
        for (BasicBlock b : g.blocks()) {
            CfgInstr last = b.last();
            if (last != null && last.isUnconditionalJump()
                    && firstNonEmpty(last.target) == firstNonEmpty(b.next)) {
                last.op = Opcode.NOP;
                last.oparg = 0;
                last.target = null;
            }
        }
    }

    static void removeNops(ControlFlowGraph g) {
        for (BasicBlock b : g.blocks()) {
            int prevLine = -1;
            for (int k = 0; k < b.instrs.size(); ) {
                CfgInstr i = b.instrs.get(k);
                if (i.op == Opcode.NOP && redundant(b, k, prevLine)) {
                    b.instrs.remove(k);
                    continue;
                }
                prevLine = i.loc.lineno();
                k++;
            }
        }
    }

    private static boolean redundant(BasicBlock b, int k, int prevLine) {
        CfgInstr nop = b.instrs.get(k);
        int line = nop.loc.lineno();
        if (line < 0 || line == prevLine) {
            return true;
        }
        if (k + 1 < b.instrs.size()) {
            CfgInstr next = b.instrs.get(k + 1);
            if (next.loc.isNone()) {
                next.loc = nop.loc;
                return true;
            }
            return next.loc.lineno() == line;
        }
        BasicBlock following = firstNonEmpty(b.next);
        return following != null && following.instrs.getFirst().loc.lineno() == line;
    }

    /** {@code b} or the first non-empty block after it, or {@code null}. */
    static BasicBlock firstNonEmpty(BasicBlock b) {
        while (b != null && b.instrs.isEmpty()) {
            b = b.next;
        }
        return b;
    }

    /**
     * Removes {@code LOAD_CONST; POP_TOP} and {@code COPY 1; POP_TOP} pairs (left by decided
     * branches, e.g. {@code True and x}), also across a fall-through into a block that nothing
     * else enters. Repeats until no pair is left.
     */
    static void removeRedundantPairs(ControlFlowGraph g) {
        boolean changed = true;
        while (changed) {
            changed = false;
            Map<BasicBlock, Integer> preds = LineNumbers.predecessors(g);
            CfgInstr prev = null;
            for (BasicBlock b : g.blocks()) {
                if (preds.getOrDefault(b, 0) != 1) {
                    prev = null;
                }
                for (CfgInstr i : b.instrs) {
                    if (i.op == Opcode.NOP) {
                        continue;
                    }
                    if (i.op == Opcode.POP_TOP && prev != null
                            && (prev.op == Opcode.LOAD_CONST || prev.op == Opcode.COPY && prev.oparg == 1)) {
                        prev.op = Opcode.NOP;
                        prev.oparg = 0;
                        i.op = Opcode.NOP;
                        prev = null;
                        changed = true;
                        continue;
                    }
                    prev = i;
                }
                if (!b.fallsThrough() || prev != null && prev.isJump()) {
                    prev = null;
                }
            }
        }
    }
}
