package dev.kaa.compiler.internal.flowgraph;

import dev.kaa.bytecode.Opcode;
import dev.kaa.bytecode.StackEffect;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Moves the blocks that run only after an exception ("cold": reachable only through a handler)
 * to the end of the code, as CPython does, so the normal path is laid out straight and handler
 * code stays out of its way. A cold block that fell through into normal code gets an explicit
 * {@code JUMP_NO_INTERRUPT} there (in a block of its own, unprotected: a jump cannot raise).
 *
 * <p>Thread safety: stateless.
 */
final class ColdBlocks {
    private ColdBlocks() {}

    static void pushToEnd(ControlFlowGraph g) {
        Set<BasicBlock> warm = warm(g);
        List<BasicBlock> all = g.blocks();
        if (warm.size() == all.size()) {
            return;
        }
        List<BasicBlock> hot = new ArrayList<>();
        List<BasicBlock> cold = new ArrayList<>();
        for (BasicBlock b : all) {
            if (warm.contains(b)) {
                hot.add(b);
                continue;
            }
            cold.add(b);
            if (b.fallsThrough() && b.next != null && warm.contains(b.next)) {
                CfgInstr jump = new CfgInstr(Opcode.JUMP_NO_INTERRUPT, 0, b.next, Location.NONE);
                BasicBlock hop = g.insertAfter(b, List.of(jump));
                hop.startDepth = depthAtEnd(b);
                cold.add(hop);
            }
        }
        hot.addAll(cold);
        g.relink(hot);
    }

    /** Blocks reachable from the entry by fall-through and jumps alone. */
    private static Set<BasicBlock> warm(ControlFlowGraph g) {
        Set<BasicBlock> warm = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<BasicBlock> work = new ArrayDeque<>();
        warm.add(g.entry());
        work.push(g.entry());
        while (!work.isEmpty()) {
            BasicBlock b = work.pop();
            for (CfgInstr i : b.instrs) {
                if (i.isJump() && warm.add(i.target)) {
                    work.push(i.target);
                }
            }
            if (b.fallsThrough() && b.next != null && warm.add(b.next)) {
                work.push(b.next);
            }
        }
        return warm;
    }

    private static int depthAtEnd(BasicBlock b) {
        if (b.startDepth < 0) {
            return -1;
        }
        int depth = b.startDepth;
        for (CfgInstr i : b.instrs) {
            depth += StackEffect.of(i.op, i.oparg, false);
        }
        return depth;
    }
}
