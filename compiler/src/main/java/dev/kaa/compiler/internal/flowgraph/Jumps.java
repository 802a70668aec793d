package dev.kaa.compiler.internal.flowgraph;

import dev.kaa.bytecode.Opcode;
import dev.kaa.bytecode.StackEffect;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fixes each jump's direction once the block order is final. 3.13 has only forward conditional
 * jumps, so a conditional jump backwards is inverted to skip over a new block holding an
 * unconditional backward jump. {@code JUMP} becomes {@code JUMP_FORWARD} or
 * {@code JUMP_BACKWARD} (which polls the eval breaker), {@code JUMP_NO_INTERRUPT} becomes
 * {@code JUMP_FORWARD} or {@code JUMP_BACKWARD_NO_INTERRUPT}. Real jumps the code generator
 * wrote are re-chosen the same way, so it need not know the layout.
 *
 * <p>Thread safety: stateless.
 */
final class Jumps {
    private Jumps() {}

    static void resolveDirections(ControlFlowGraph g) {
        Map<BasicBlock, Integer> index = order(g);
        for (BasicBlock b : g.blocks()) {
            CfgInstr last = b.last();
            if (last != null && isConditional(last.op) && backwards(index, b, last.target)) {
                // As in CPython 3.13, the new backward jump is covered by no exception-table
                // entry (so an interrupt it polls skips the handlers of the loop body).
                CfgInstr jump = new CfgInstr(Opcode.JUMP, 0, last.target, last.loc);
                BasicBlock fallthrough = b.next;
                BasicBlock hop = g.insertAfter(b, List.of(jump));
                hop.startDepth = b.startDepth < 0 ? -1 : depthAfter(b);
                last.op = inverse(last.op);
                last.target = fallthrough;
            }
        }
        index = order(g);
        for (BasicBlock b : g.blocks()) {
            for (CfgInstr i : b.instrs) {
                if (!i.isJump()) {
                    continue;
                }
                boolean back = backwards(index, b, i.target);
                switch (i.op) {
                    case JUMP, JUMP_FORWARD, JUMP_BACKWARD ->
                            i.op = back ? Opcode.JUMP_BACKWARD : Opcode.JUMP_FORWARD;
                    case JUMP_NO_INTERRUPT, JUMP_BACKWARD_NO_INTERRUPT ->
                            i.op = back ? Opcode.JUMP_BACKWARD_NO_INTERRUPT : Opcode.JUMP_FORWARD;
                    default -> {
                        if (back) {
                            throw g.error(i.op + " may only jump forwards (block B" + b.id + ")");
                        }
                    }
                }
            }
        }
    }

    private static int depthAfter(BasicBlock b) {
        int depth = b.startDepth;
        for (CfgInstr i : b.instrs) {
            depth += StackEffect.of(i.op, i.oparg, false);
        }
        return depth;
    }

    private static Map<BasicBlock, Integer> order(ControlFlowGraph g) {
        Map<BasicBlock, Integer> index = new IdentityHashMap<>();
        int k = 0;
        for (BasicBlock b = g.entry(); b != null; b = b.next) {
            index.put(b, k++);
        }
        return index;
    }

    private static boolean backwards(Map<BasicBlock, Integer> index, BasicBlock from, BasicBlock to) {
        return index.get(to) <= index.get(from);
    }

    private static boolean isConditional(Opcode op) {
        return switch (op) {
            case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> true;
            default -> false;
        };
    }

    private static Opcode inverse(Opcode op) {
        return switch (op) {
            case POP_JUMP_IF_FALSE -> Opcode.POP_JUMP_IF_TRUE;
            case POP_JUMP_IF_TRUE -> Opcode.POP_JUMP_IF_FALSE;
            case POP_JUMP_IF_NONE -> Opcode.POP_JUMP_IF_NOT_NONE;
            case POP_JUMP_IF_NOT_NONE -> Opcode.POP_JUMP_IF_NONE;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }
}
