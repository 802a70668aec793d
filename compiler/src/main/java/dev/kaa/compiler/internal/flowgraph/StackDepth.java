package dev.kaa.compiler.internal.flowgraph;

import dev.kaa.bytecode.StackEffect;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Computes every block's entry stack depth and the code unit's maximum ({@code co_stacksize})
 * by propagating depths along fall-through, jump and handler edges with {@link StackEffect}.
 * A block reached with two different depths, or a depth below zero, is a code-generator bug and
 * fails loudly rather than producing a code object that crashes CPython.
 *
 * <p>Thread safety: stateless.
 */
final class StackDepth {
    private StackDepth() {}

    /** Sets {@link BasicBlock#startDepth} of every reachable block and returns the maximum depth. */
    static int compute(ControlFlowGraph g) {
        for (BasicBlock b : g.blocks()) {
            b.startDepth = -1;
        }
        Deque<BasicBlock> work = new ArrayDeque<>();
        int max = 0;
        reach(g, g.entry(), 0, null, work);
        while (!work.isEmpty()) {
            BasicBlock b = work.pop();
            int depth = b.startDepth;
            for (CfgInstr i : b.instrs) {
                if (i.target != null) {
                    int atTarget = depth + StackEffect.of(i.op, i.oparg, true);
                    check(g, atTarget, i, b);
                    max = Math.max(max, atTarget);
                    reach(g, i.target, atTarget, i, work);
                }
                depth += StackEffect.of(i.op, i.oparg, false);
                check(g, depth, i, b);
                max = Math.max(max, depth);
            }
            if (b.fallsThrough() && b.next != null) {
                reach(g, b.next, depth, null, work);
            }
        }
        return max;
    }

    private static void check(ControlFlowGraph g, int depth, CfgInstr i, BasicBlock b) {
        if (depth < 0) {
            throw g.error("stack underflow (depth " + depth + ") at " + i + " in block B" + b.id);
        }
    }

    private static void reach(ControlFlowGraph g, BasicBlock b, int depth, CfgInstr from, Deque<BasicBlock> work) {
        if (b.startDepth < 0) {
            b.startDepth = depth;
            work.push(b);
        } else if (b.startDepth != depth) {
            throw g.error("inconsistent stack depth at block B" + b.id + ": " + b.startDepth + " and "
                    + depth + (from != null ? " (from " + from + ")" : " (fall-through)"));
        }
    }
}
