package dev.kaa.compiler.internal.flowgraph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Drops the blocks control can never reach (code after {@code return}, handlers whose set-up is
 * dead), as CPython does before any other pass: later passes then need not reason about them.
 * A handler is reachable when its {@code SETUP_*} is, or (once regions are labelled and the
 * set-ups gone) when an instruction it protects is.
 *
 * <p>Thread safety: stateless.
 */
final class Reachability {
    private Reachability() {}

    static void removeUnreachable(ControlFlowGraph g) {
        List<BasicBlock> all = g.blocks();
        for (BasicBlock b : all) {
            b.visited = false;
        }
        Deque<BasicBlock> work = new ArrayDeque<>();
        mark(g.entry(), work);
        while (!work.isEmpty()) {
            BasicBlock b = work.pop();
            for (CfgInstr i : b.instrs) {
                if (i.target != null) {
                    mark(i.target, work);
                }
                if (i.handler != null) {
                    mark(i.handler.target(), work);
                }
            }
            if (b.fallsThrough()) {
                if (b.next == null) {
                    throw g.error("control falls off the end of the code (block B" + b.id + ")");
                }
                mark(b.next, work);
            }
        }
        List<BasicBlock> live = new ArrayList<>();
        for (BasicBlock b : all) {
            if (b.visited) {
                live.add(b);
            }
        }
        g.relink(live);
    }

    private static void mark(BasicBlock b, Deque<BasicBlock> work) {
        if (!b.visited) {
            b.visited = true;
            work.push(b);
        }
    }
}
