package dev.kaa.compiler.internal.flowgraph;

import dev.kaa.bytecode.Opcode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Gives every instruction its innermost exception handler by walking the graph with a stack of
 * handlers: {@code SETUP_*} pushes one for the instructions after it, {@code POP_BLOCK} pops,
 * jumps carry the stack to their targets, and a handler block starts with the stack as it was at
 * its set-up. The walk follows control flow, not text, because the code generator pops a block
 * on the way out of a {@code break} or {@code return} while the text after it is still
 * protected. Afterwards the set-ups and pops become {@code NOP}s (which keep their lines).
 * A {@code RESUME} after a {@code YIELD_VALUE} made under exactly one handler (the generator's
 * implicit one) gets bit {@code 4} of its argument, as 3.13 sets it.
 *
 * <p>Thread safety: stateless.
 */
final class ExceptionRegions {
    private ExceptionRegions() {}

    /** An immutable stack of handlers; {@code null} is the empty stack. */
    private record Stack(Handler top, Stack rest) {
        static boolean same(Stack a, Stack b) {
            while (a != null && b != null) {
                if (a == b) {
                    return true;
                }
                if (!a.top.sameAs(b.top)) {
                    return false;
                }
                a = a.rest;
                b = b.rest;
            }
            return a == b;
        }
    }

    /** The {@code RESUME} argument bit saying the yield before it had one handler active. */
    static final int RESUME_OPARG_DEPTH1_MASK = 4;

    static void label(ControlFlowGraph g) {
        Map<BasicBlock, Stack> atEntry = new IdentityHashMap<>();
        Deque<BasicBlock> work = new ArrayDeque<>();
        atEntry.put(g.entry(), null);
        work.push(g.entry());
        while (!work.isEmpty()) {
            BasicBlock b = work.pop();
            Stack stack = atEntry.get(b);
            int yieldDepth = -1;
            for (CfgInstr i : b.instrs) {
                // Set-ups and pops become NOPs, which cannot raise: like CPython, leave them
                // unprotected (a NOP kept for its line then does not split a table entry).
                boolean marker = i.op.has(Opcode.HAS_EXC) || i.op == Opcode.POP_BLOCK;
                i.handler = stack == null || marker ? null : stack.top;
                if (i.op.has(Opcode.HAS_EXC)) {
                    reach(g, i.target, stack, atEntry, work);
                    stack = new Stack(new Handler(i.target, i.op), stack);
                } else if (i.op == Opcode.POP_BLOCK) {
                    if (stack == null) {
                        throw g.error("POP_BLOCK without a matching SETUP_* in block B" + b.id);
                    }
                    stack = stack.rest;
                } else if (i.target != null) {
                    reach(g, i.target, stack, atEntry, work);
                } else if (i.op == Opcode.YIELD_VALUE) {
                    yieldDepth = depth(stack);
                } else if (i.op == Opcode.RESUME && i.oparg != 0) {
                    // 3.13's generator close() reads this bit: only the implicit StopIteration
                    // handler is active at this yield, so no GeneratorExit need be thrown in.
                    if (yieldDepth == 1) {
                        i.oparg |= RESUME_OPARG_DEPTH1_MASK;
                    }
                    yieldDepth = -1;
                }
            }
            if (b.fallsThrough() && b.next != null) {
                reach(g, b.next, stack, atEntry, work);
            }
        }
        for (BasicBlock b : g.blocks()) {
            for (CfgInstr i : b.instrs) {
                if (i.op.has(Opcode.HAS_EXC) || i.op == Opcode.POP_BLOCK) {
                    i.op = Opcode.NOP;
                    i.oparg = 0;
                    i.target = null;
                }
            }
        }
    }

    private static int depth(Stack stack) {
        int n = 0;
        for (; stack != null; stack = stack.rest) {
            n++;
        }
        return n;
    }

    private static void reach(ControlFlowGraph g, BasicBlock b, Stack stack, Map<BasicBlock, Stack> atEntry,
            Deque<BasicBlock> work) {
        if (!atEntry.containsKey(b)) {
            atEntry.put(b, stack);
            work.push(b);
        } else if (!Stack.same(atEntry.get(b), stack)) {
            throw g.error("block B" + b.id + " is reached inside different exception handlers");
        }
    }
}
