package dev.kaa.compiler.internal.flowgraph;

import static dev.kaa.bytecode.Opcode.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaa.bytecode.Constant;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The flow graph's construction and some passes, seen from inside the package. */
class ControlFlowGraphTest {
    private static final Location L = Location.line(1);

    @Test
    void blocksStartAtLabelsAndAfterJumpsAndExits() {
        InstructionSequence seq = new InstructionSequence();
        Label top = seq.newLabel();
        Label end = seq.newLabel();
        seq.add(RESUME, 0, L);
        seq.bind(top);
        seq.add(LOAD_NAME, 0, L);
        seq.addJump(POP_JUMP_IF_FALSE, end, L);
        seq.addJump(SETUP_FINALLY, end, L);     // a set-up does not end its block
        seq.add(POP_BLOCK, 0, L);
        seq.addJump(JUMP, top, L);
        seq.bind(end);
        seq.add(RETURN_CONST, 0, L);
        ControlFlowGraph g = ControlFlowGraph.build(seq, "t");
        List<BasicBlock> blocks = g.blocks();
        assertEquals(List.of(1, 2, 3, 1), blocks.stream().map(b -> b.instrs.size()).toList());
        assertSame(blocks.get(1), blocks.get(2).last().target);
        assertSame(blocks.get(3), blocks.get(1).last().target);
        assertTrue(blocks.get(1).fallsThrough());
        assertFalse(blocks.get(2).fallsThrough());
        assertEquals(1, seq.position(top));
    }

    @Test
    void labelBoundAtTheEndMakesAnEmptyBlock() {
        InstructionSequence seq = new InstructionSequence();
        Label end = seq.newLabel();
        seq.add(RESUME, 0, L);
        seq.add(RETURN_CONST, 0, L);
        seq.bind(end);
        assertEquals(seq.size(), seq.position(end));
        ControlFlowGraph g = ControlFlowGraph.build(seq, "t");
        assertEquals(2, g.blocks().size());
        assertTrue(g.blocks().get(1).instrs.isEmpty());
        Reachability.removeUnreachable(g);
        assertEquals(1, g.blocks().size(), "the empty end block is unreachable");
    }

    @Test
    void truthOfConstantsFollowsPython() {
        assertEquals(false, ConstantBranches.truth(Constant.NONE));
        assertEquals(true, ConstantBranches.truth(Constant.ELLIPSIS));
        assertEquals(false, ConstantBranches.truth(0L));
        assertEquals(true, ConstantBranches.truth(BigInteger.TEN.pow(30)));
        assertEquals(false, ConstantBranches.truth(-0.0));
        assertEquals(false, ConstantBranches.truth(""));
        assertEquals(true, ConstantBranches.truth("x"));
        assertEquals(false, ConstantBranches.truth(new Constant.Tuple(List.of())));
        assertEquals(true, ConstantBranches.truth(new Constant.Complex(0, 1)));
        assertEquals(false, ConstantBranches.truth(new Constant.Bytes(new byte[0])));
        assertNull(ConstantBranches.truth(new Object()), "unknown kinds are never decided");
    }

    @Test
    void loopBackEdgesReachTheFixedPointOfUnboundLocals() {
        // x maybe unbound in the loop header until the second iteration: load is checked
        InstructionSequence seq = new InstructionSequence();
        Label top = seq.newLabel();
        Label out = seq.newLabel();
        seq.add(RESUME, 0, L);
        seq.bind(top);
        seq.add(LOAD_FAST, 0, L);                   // param: never checked
        seq.addJump(POP_JUMP_IF_FALSE, out, L);
        seq.add(LOAD_FAST, 1, L);                   // maybe unbound (first iteration)
        seq.add(STORE_FAST, 1, L);
        seq.addJump(JUMP, top, L);
        seq.bind(out);
        seq.add(LOAD_FAST, 1, L);
        seq.add(RETURN_VALUE, 0, L);
        ControlFlowGraph g = ControlFlowGraph.build(seq, "t");
        StackDepth.compute(g);
        ExceptionRegions.label(g);
        UnboundLocals.addChecks(g, 1, 2);
        List<String> ops = new ArrayList<>();
        for (BasicBlock b : g.blocks()) {
            for (CfgInstr i : b.instrs) {
                ops.add(i.op + " " + i.oparg);
            }
        }
        assertEquals(List.of("RESUME 0", "LOAD_FAST 0", "POP_JUMP_IF_FALSE 0", "LOAD_FAST_CHECK 1",
                "STORE_FAST 1", "JUMP 0", "LOAD_FAST_CHECK 1", "RETURN_VALUE 0"), ops);
    }

    @Test
    void jumpThreadingFollowsChains() {
        InstructionSequence seq = new InstructionSequence();
        Label a = seq.newLabel();
        Label b = seq.newLabel();
        Label c = seq.newLabel();
        seq.add(RESUME, 0, L);
        seq.add(LOAD_NAME, 0, L);
        seq.addJump(POP_JUMP_IF_TRUE, a, L);
        seq.add(RETURN_CONST, 0, L);
        seq.bind(a);
        seq.addJump(JUMP, b, Location.NONE);
        seq.bind(b);
        seq.addJump(JUMP, c, Location.NONE);
        seq.bind(c);
        seq.add(RETURN_CONST, 1, L);
        ControlFlowGraph g = ControlFlowGraph.build(seq, "t");
        JumpThreading.run(g);
        BasicBlock first = g.blocks().get(0);
        assertSame(g.blocks().get(g.blocks().size() - 1), first.last().target);
    }
}
