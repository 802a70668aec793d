package dev.kaa.compiler.internal.flowgraph;

import dev.kaa.bytecode.Opcode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
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

    /** Largest block copied to give each jump into it the jumping line. */
    private static final int MAX_COPY = 16;

    /**
     * Gives each jump into a shared block without any line that exits (the implicit
     * {@code return None}, a re-raise) or checks the eval breaker (a loop's closing
     * {@code JUMP}) its own copy of the block, taking the jump's line, so that return and line
     * events, tracebacks and interrupts name the line control came from, as in CPython.
     * Runs after exception regions are labelled (copies keep their handler).
     */
    static void duplicateExitsWithoutLine(ControlFlowGraph g) {
        Map<BasicBlock, Integer> preds = predecessors(g);
        for (BasicBlock b : g.blocks()) {
            CfgInstr last = b.last();
            if (last == null || !last.isJump()) {
                continue;
            }
            BasicBlock target = last.target;
            if (isExitWithoutLine(target) && preds.getOrDefault(target, 0) > 1) {
                List<CfgInstr> copy = new ArrayList<>();
                for (CfgInstr i : target.instrs) {
                    CfgInstr c = new CfgInstr(i.op, i.oparg, i.target, i.loc);
                    c.handler = i.handler;
                    copy.add(c);
                }
                copy.getFirst().loc = last.loc;
                BasicBlock dup = g.insertAfter(target, copy);
                dup.startDepth = target.startDepth;
                last.target = dup;
                preds.merge(target, -1, Integer::sum);
            }
        }
    }

    private static boolean isExitWithoutLine(BasicBlock b) {
        if (b.instrs.isEmpty() || b.instrs.size() > MAX_COPY) {
            return false;
        }
        boolean exitOrCheck = b.last().isExit();
        for (CfgInstr i : b.instrs) {
            if (!i.loc.isNone()) {
                return false;
            }
            exitOrCheck |= checksEvalBreaker(i.op);
        }
        return exitOrCheck;
    }

    /** Instructions that may run the eval breaker (signals, thread switches, tracing). */
    private static boolean checksEvalBreaker(Opcode op) {
        return switch (op) {
            case JUMP, JUMP_BACKWARD, CALL, CALL_KW, CALL_FUNCTION_EX, RESUME -> true;
            default -> false;
        };
    }

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
