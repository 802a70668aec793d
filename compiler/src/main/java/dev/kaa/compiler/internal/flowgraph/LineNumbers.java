package dev.kaa.compiler.internal.flowgraph;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Gives instructions without a location the location of the instruction before them, as CPython
 * does, so that tracebacks and line events point at the statement the instruction belongs to:
 * within a block from the previous instruction, and into the first instruction of a block whose
 * only predecessor is the block before it (by fall-through or jump). Handler blocks, entered by
 * the exception machinery, keep "no location" where the code generator gave none.
 *
 * <p>Thread safety: stateless.
 */
final class LineNumbers {
    private LineNumbers() {}

    static void propagate(ControlFlowGraph g) {
        Map<BasicBlock, Integer> preds = predecessors(g);
        for (BasicBlock b : g.blocks()) {
            if (b.instrs.isEmpty()) {
                continue;
            }
            Location prev = Location.NONE;
            for (CfgInstr i : b.instrs) {
                if (i.loc.isNone()) {
                    i.loc = prev;
                } else {
                    prev = i.loc;
                }
            }
            if (b.fallsThrough() && b.next != null) {
                inherit(b.next, prev, preds);
            }
            CfgInstr last = b.last();
            if (last.isJump()) {
                inherit(last.target, prev, preds);
            }
        }
    }

    private static void inherit(BasicBlock b, Location loc, Map<BasicBlock, Integer> preds) {
        if (!b.instrs.isEmpty() && preds.getOrDefault(b, 0) == 1 && b.instrs.getFirst().loc.isNone()) {
            b.instrs.getFirst().loc = loc;
        }
    }

    /** Counts jump and fall-through edges into each block (handler edges not included). */
    static Map<BasicBlock, Integer> predecessors(ControlFlowGraph g) {
        Map<BasicBlock, Integer> preds = new IdentityHashMap<>();
        for (BasicBlock b : g.blocks()) {
            for (CfgInstr i : b.instrs) {
                if (i.isJump()) {
                    preds.merge(i.target, 1, Integer::sum);
                }
            }
            if (b.fallsThrough() && b.next != null) {
                preds.merge(b.next, 1, Integer::sum);
            }
        }
        return preds;
    }
}
