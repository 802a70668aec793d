package dev.kaa.compiler.internal.assemble;

import static dev.kaa.bytecode.Opcode.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.compiler.internal.flowgraph.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-built sequences assembled and read back: layout, jumps, pseudo ops, tables, errors. */
class AssemblerTest {

    @Test
    void straightLineCode() {
        CodeObject co = new Seq().op(RESUME).op(LOAD_NAME, 0).op(RETURN_VALUE).assemble(Seq.module(1, 1));
        assertArrayEquals(new byte[] {(byte) 149, 0, 92, 0, 36, 0}, co.code());
        assertEquals(1, co.stacksize());
        assertEquals(0, co.exceptiontable().length);
        assertEquals("test.f", co.qualname());
    }

    @Test
    void cachesFollowTheirInstruction() {
        CodeObject co = new Seq().op(RESUME).op(LOAD_GLOBAL, 1).op(RETURN_VALUE).assemble(Seq.module(1, 1));
        assertEquals(2 * (1 + 1 + 4 + 1), co.codeLength());
        assertEquals(List.of("RESUME 0", "LOAD_GLOBAL 1", "RETURN_VALUE"), Decoded.listing(co));
        assertEquals(2, co.stacksize());
    }

    @Test
    void jumpDirectionsAndOffsets() {
        CodeObject co = new Seq().op(RESUME)
                .bind("top").op(LOAD_NAME, 0).jump(POP_JUMP_IF_FALSE, "end").jump(JUMP, "top")
                .bind("end").op(RETURN_CONST, 0)
                .assemble(Seq.module(1, 1));
        // units: RESUME 0, LOAD_NAME 1, POP_JUMP_IF_FALSE 2 (+cache), JUMP_BACKWARD 4 (+cache), RETURN_CONST 6
        assertEquals(List.of("RESUME 0", "LOAD_NAME 0", "POP_JUMP_IF_FALSE 2", "JUMP_BACKWARD 5", "RETURN_CONST 0"),
                Decoded.listing(co));
    }

    @Test
    void backwardConditionalJumpIsInverted() {
        CodeObject co = new Seq().op(RESUME)
                .bind("top").op(LOAD_NAME, 0).jump(POP_JUMP_IF_TRUE, "top")
                .op(RETURN_CONST, 0)
                .assemble(Seq.module(1, 1));
        assertEquals(List.of("RESUME 0", "LOAD_NAME 0", "POP_JUMP_IF_FALSE 2", "JUMP_BACKWARD 5", "RETURN_CONST 0"),
                Decoded.listing(co));
    }

    @Test
    void noInterruptJumps() {
        CodeObject co = new Seq().op(RESUME)
                .bind("top").op(LOAD_NAME, 0).jump(POP_JUMP_IF_FALSE, "end")
                .jump(JUMP_NO_INTERRUPT, "top")
                .bind("end").op(LOAD_NAME, 0).jump(POP_JUMP_IF_FALSE, "out").jump(JUMP_NO_INTERRUPT, "ret")
                .bind("out").op(NOP)
                .bind("ret").op(LOAD_NAME, 0).op(POP_TOP).op(LOAD_NAME, 0).op(POP_TOP).op(RETURN_CONST, 0)
                .assemble(Seq.module(1, 1));
        List<String> listing = Decoded.listing(co);
        assertTrue(listing.contains("JUMP_BACKWARD_NO_INTERRUPT 4"), listing.toString());
        assertTrue(listing.contains("JUMP_FORWARD 1"), listing.toString());
    }

    @Test
    void longJumpsGetExtendedArgs() {
        Seq s = new Seq().op(RESUME).bind("top").op(LOAD_NAME, 0).jump(POP_JUMP_IF_FALSE, "end");
        for (int k = 0; k < 300; k++) {
            s.op(LOAD_CONST, 0).op(POP_TOP);
        }
        s.jump(JUMP, "top").bind("end").op(RETURN_CONST, 0);
        CodeObject co = s.assemble(Seq.module(1, 1));
        List<Decoded.Ins> ins = Decoded.instructions(co);
        Decoded.Ins cond = ins.get(2);
        Decoded.Ins back = ins.get(ins.size() - 2);
        Decoded.Ins ret = ins.getLast();
        assertEquals(POP_JUMP_IF_FALSE, cond.op());
        assertEquals(ret.offset(), cond.offset() + 2 + cond.arg());
        assertEquals(JUMP_BACKWARD, back.op());
        assertEquals(1, back.offset() + 2 - back.arg(), "JUMP_BACKWARD goes to LOAD_NAME at unit 1");
        assertTrue(cond.arg() > 255 && back.arg() > 255);
        assertEquals(EXTENDED_ARG.code(), co.codeByte(2 * (cond.offset() - 1)));
    }

    @Test
    void hugeOpargsUseUpToThreePrefixes() {
        CodeObject co = new Seq().op(RESUME).op(LOAD_NAME, 70000).op(STORE_NAME, 0).op(RETURN_CONST, 0)
                .assemble(Seq.module(1, 70001));
        assertEquals(List.of("RESUME 0", "LOAD_NAME 70000", "STORE_NAME 0", "RETURN_CONST 0"), Decoded.listing(co));
        assertEquals(2 * 6, co.codeLength());
    }

    @Test
    void attributePseudoOpsGetTheirFlagBits() {
        CodeObject co = new Seq().op(RESUME)
                .op(LOAD_NAME, 0).op(LOAD_METHOD, 3).op(POP_TOP).op(POP_TOP)
                .op(LOAD_NAME, 0).op(LOAD_NAME, 0).op(LOAD_NAME, 0).op(LOAD_SUPER_METHOD, 2).op(POP_TOP).op(POP_TOP)
                .op(LOAD_NAME, 0).op(LOAD_NAME, 0).op(LOAD_NAME, 0).op(LOAD_ZERO_SUPER_METHOD, 2).op(POP_TOP).op(POP_TOP)
                .op(LOAD_NAME, 0).op(LOAD_NAME, 0).op(LOAD_NAME, 0).op(LOAD_ZERO_SUPER_ATTR, 2).op(POP_TOP)
                .op(RETURN_CONST, 0)
                .assemble(Seq.module(1, 4));
        List<String> listing = Decoded.listing(co);
        assertTrue(listing.contains("LOAD_ATTR 7"), listing.toString());
        assertTrue(listing.containsAll(List.of("LOAD_SUPER_ATTR 11", "LOAD_SUPER_ATTR 9", "LOAD_SUPER_ATTR 8")),
                listing.toString());
        assertEquals(3, co.stacksize());
    }

    @Test
    void prefixAndLocalsPlusLayout() {
        // locals x (a parameter and a cell); cell c; free f
        int flags = Seq.FUNCTION | CodeObject.CO_GENERATOR;
        CodeObject co = new Seq().op(RESUME)
                .op(LOAD_DEREF, 0).op(POP_TOP)      // c
                .op(LOAD_DEREF, 1).op(POP_TOP)      // x
                .op(LOAD_DEREF, 2).op(POP_TOP)      // f
                .op(LOAD_CLOSURE, 1).op(POP_TOP)    // x's cell, loaded as a value
                .op(LOAD_CONST, 0).op(STORE_DEREF, 0)
                .op(RETURN_CONST, 0)
                .assemble(Seq.unit(1, flags, 1, 0, List.of("x"), List.of("c", "x"), List.of("f")));
        assertEquals(List.of("COPY_FREE_VARS 1", "MAKE_CELL 0", "MAKE_CELL 1", "RETURN_GENERATOR", "POP_TOP",
                "RESUME 0", "LOAD_DEREF 1", "POP_TOP", "LOAD_DEREF 0", "POP_TOP", "LOAD_DEREF 2", "POP_TOP",
                "LOAD_FAST 0", "POP_TOP", "LOAD_CONST 0", "STORE_DEREF 1", "RETURN_CONST 0"), Decoded.listing(co));
        assertEquals(List.of("x", "c", "f"), co.localsplusnames());
        assertArrayEquals(new byte[] {0x60, 0x40, (byte) 0x80}, co.localspluskinds());
        assertEquals(flags, co.flags());
    }

    @Test
    void possiblyUnboundLocalsAreChecked() {
        CodeObject co = new Seq().op(RESUME)
                .op(LOAD_FAST, 0).jump(POP_JUMP_IF_FALSE, "skip")
                .op(LOAD_CONST, 0).op(STORE_FAST, 1)
                .op(LOAD_CONST, 0).op(STORE_FAST, 2)
                .bind("skip").op(LOAD_CONST, 0).op(STORE_FAST, 2)
                .op(LOAD_FAST, 1).op(POP_TOP)        // maybe unbound
                .op(LOAD_FAST, 1).op(POP_TOP)        // checked just before
                .op(LOAD_FAST, 2).op(POP_TOP)        // bound on both paths
                .op(DELETE_FAST, 2)
                .op(LOAD_FAST, 2).op(POP_TOP)        // deleted
                .op(RETURN_CONST, 0)
                .assemble(Seq.unit(1, Seq.FUNCTION, 1, 0, List.of("a", "b", "c"), List.of(), List.of()));
        assertEquals(List.of("RESUME 0", "LOAD_FAST 0", "POP_JUMP_IF_FALSE 4", "LOAD_CONST 0", "STORE_FAST 1",
                "LOAD_CONST 0", "STORE_FAST 2", "LOAD_CONST 0", "STORE_FAST 2", "LOAD_FAST_CHECK 1", "POP_TOP",
                "LOAD_FAST 1", "POP_TOP", "LOAD_FAST 2", "POP_TOP", "DELETE_FAST 2", "LOAD_FAST_CHECK 2", "POP_TOP",
                "RETURN_CONST 0"), Decoded.listing(co));
    }

    @Test
    void handlersSeeLocalsAsBeforeAnyProtectedInstruction() {
        CodeObject co = new Seq().op(RESUME)
                .jump(SETUP_FINALLY, "handler")
                .op(LOAD_CONST, 0).op(STORE_FAST, 0)
                .op(POP_BLOCK)
                .op(LOAD_FAST, 0).op(RETURN_VALUE)
                .bind("handler").op(POP_TOP).op(LOAD_FAST, 0).op(RETURN_VALUE)
                .assemble(Seq.unit(0, Seq.FUNCTION, 1, 0, List.of("v"), List.of(), List.of()));
        assertEquals(List.of("RESUME 0", "LOAD_CONST 0", "STORE_FAST 0", "LOAD_FAST 0", "RETURN_VALUE",
                "POP_TOP", "LOAD_FAST_CHECK 0", "RETURN_VALUE"), Decoded.listing(co));
    }

    @Test
    void exceptionTableEntries() {
        CodeObject co = new Seq().op(RESUME)
                .op(LOAD_NAME, 0)                       // depth 1 under the handlers
                .jump(SETUP_FINALLY, "outer")
                .op(LOAD_NAME, 0).op(POP_TOP)           // units 2, 3 -> outer
                .jump(SETUP_CLEANUP, "cleanup")
                .op(LOAD_NAME, 0).op(POP_TOP)           // units 4, 5 -> cleanup (lasti)
                .op(POP_BLOCK)
                .op(LOAD_NAME, 0).op(POP_TOP)           // units 6, 7 -> outer
                .op(POP_BLOCK)
                .op(RETURN_VALUE)                       // unit 8, unprotected
                .bind("cleanup").op(POP_TOP).op(POP_TOP).op(RETURN_VALUE)      // units 9..11
                .bind("outer").op(POP_TOP).op(RETURN_VALUE)                    // units 12, 13
                .assemble(Seq.module(1, 1));
        assertEquals(List.of(
                new Decoded.Entry(2, 4, 12, 1, false),
                new Decoded.Entry(4, 6, 9, 1, true),
                new Decoded.Entry(6, 8, 12, 1, false),
                // the cleanup handler itself runs inside the outer region it was set up in
                new Decoded.Entry(9, 12, 12, 1, false)), Decoded.exceptionTable(co));
        assertEquals(3, co.stacksize());
    }

    @Test
    void withHandlerUnwindsBelowTheEnterResult() {
        CodeObject co = new Seq().op(RESUME)
                .op(LOAD_NAME, 0).op(BEFORE_WITH)       // [exit, res]
                .jump(SETUP_WITH, "exit")
                .op(POP_TOP)                            // unit 3: [exit]
                .op(POP_BLOCK)
                .op(RETURN_VALUE)
                .bind("exit").op(POP_TOP).op(POP_TOP).op(RETURN_VALUE)     // [exit, lasti, exc]
                .assemble(Seq.module(1, 1));
        assertEquals(List.of(new Decoded.Entry(3, 4, 5, 1, true)), Decoded.exceptionTable(co));
    }

    @Test
    void exceptionTableVarintsSpanGroups() {
        Seq s = new Seq().op(RESUME).jump(SETUP_FINALLY, "h");
        for (int k = 0; k < 100; k++) {
            s.op(LOAD_NAME, 0).op(POP_TOP);
        }
        s.op(POP_BLOCK).op(RETURN_CONST, 0).bind("h").op(POP_TOP).op(RETURN_CONST, 0);
        CodeObject co = s.assemble(Seq.module(1, 1));
        assertEquals(List.of(new Decoded.Entry(1, 201, 202, 0, false)), Decoded.exceptionTable(co));
    }

    @Test
    void lineTableForms() {
        CodeObject co = new Seq()
                .at(new Location(1, 1, 0, 0)).op(RESUME)
                .at(new Location(1, 1, 5, 10)).op(LOAD_NAME, 0)                 // short form
                .at(new Location(2, 2, 100, 120)).op(POP_TOP)                   // one-line form
                .at(new Location(7, 7, -1, -1)).op(LOAD_NAME, 0)                // no column
                .at(new Location(3, 5, 200, 3)).op(POP_TOP)                     // long form, line back
                .at(Location.NONE).op(LOAD_GLOBAL, 0)                           // none, 5 units
                .at(new Location(9, 9, 1, 2)).op(LOAD_GLOBAL, 0)                // 5 units
                .at(new Location(9, 9, 1, 2)).op(LOAD_GLOBAL, 0)                // 5 more: split 8 + 2
                .at(new Location(9, 9, 1, 2)).op(BUILD_TUPLE, 3)
                .at(new Location(9, 9, 1, 2)).op(RETURN_VALUE)
                .assemble(Seq.module(1, 1));
        List<int[]> pos = Decoded.positions(co);
        assertEquals(co.codeLength() / 2, pos.size());
        assertArrayEquals(new int[] {1, 1, 0, 0}, pos.get(0));
        assertArrayEquals(new int[] {1, 1, 5, 10}, pos.get(1));
        assertArrayEquals(new int[] {2, 2, 100, 120}, pos.get(2));
        assertArrayEquals(new int[] {7, 7, -1, -1}, pos.get(3));
        assertArrayEquals(new int[] {3, 5, 200, 3}, pos.get(4));
        // the artificial LOAD_GLOBAL takes the line before it (propagation within a block)
        assertArrayEquals(new int[] {3, 5, 200, 3}, pos.get(5));
        for (int u = 10; u < pos.size(); u++) {
            assertArrayEquals(new int[] {9, 9, 1, 2}, pos.get(u), "unit " + u);
        }
        byte[] lt = co.linetable();
        assertEquals(0x80, lt[0] & 0xff, "short form, 1 unit, column group 0");
        assertEquals(0, lt[1]);
        assertEquals(0x80, lt[2] & 0xff, "short form for columns 5-10");
        assertEquals(5 << 4 | 5, lt[3]);
        assertEquals(0x80 | 11 << 3, lt[4] & 0xff, "one-line form, line + 1");
    }

    @Test
    void artificialInstructionsWithoutPredecessorLineHaveNoLocation() {
        CodeObject co = new Seq()
                .at(Location.NONE).op(RESUME)
                .at(Location.NONE).op(LOAD_CONST, 0)
                .at(Location.NONE).op(RETURN_VALUE)
                .assemble(Seq.module(1, 0));
        for (int[] p : Decoded.positions(co)) {
            assertArrayEquals(new int[] {-1, -1, -1, -1}, p);
        }
        assertEquals(List.of("RESUME 0", "RETURN_CONST 0"), Decoded.listing(co));
        assertArrayEquals(new byte[] {(byte) (0x80 | 15 << 3 | 1)}, co.linetable());
    }

    @Test
    void unreachableCodeAndRedundantJumpsGo() {
        CodeObject co = new Seq().at(Location.line(1)).op(RESUME)
                .at(Location.line(1)).jump(JUMP, "next")
                .op(LOAD_NAME, 0).op(POP_TOP)                     // unreachable
                .bind("next")
                .at(Location.line(40)).op(NOP)                    // a line of its own: kept
                .at(Location.line(40)).op(NOP)                    // same line: removed
                .op(RETURN_CONST, 0)
                .op(LOAD_NAME, 0)                                  // after return: unreachable
                .op(RETURN_VALUE)
                .assemble(Seq.module(1, 1));
        assertEquals(List.of("RESUME 0", "NOP", "RETURN_CONST 0"), Decoded.listing(co));
    }

    @Test
    void peepholePairs() {
        Location l = Location.line(3);
        CodeObject co = new Seq().op(RESUME)
                .at(l).op(LOAD_GLOBAL, 2).at(l).op(PUSH_NULL).at(l).op(CALL, 0).at(l).op(POP_TOP)
                .at(l).op(LOAD_FAST, 0).at(l).op(LOAD_FAST, 1).at(l).op(COMPARE_OP, 2 << 5).at(l).op(TO_BOOL)
                .at(l).jump(POP_JUMP_IF_FALSE, "no")
                .at(l).op(LOAD_FAST, 0).at(l).op(LOAD_FAST, 1).at(l).op(CONTAINS_OP, 0).at(l).op(TO_BOOL)
                .at(l).op(STORE_FAST, 2)
                .at(l).op(LOAD_FAST, 1).at(l).op(LOAD_FAST, 0).at(l).op(STORE_FAST, 0).at(l).op(STORE_FAST, 1)
                .at(l).op(LOAD_CONST, 0).at(l).op(STORE_FAST, 2).at(l).op(LOAD_FAST, 2).at(l).op(POP_TOP)
                .bind("no").at(l).op(LOAD_CONST, 0).at(l).op(RETURN_VALUE)
                .assemble(Seq.unit(2, Seq.FUNCTION, 1, 2, List.of("a", "b", "c"), List.of(), List.of()));
        assertEquals(List.of("RESUME 0", "LOAD_GLOBAL 3", "CALL 0", "POP_TOP", "LOAD_FAST_LOAD_FAST 1",
                "COMPARE_OP 80", "POP_JUMP_IF_FALSE 9", "LOAD_FAST_LOAD_FAST 1", "CONTAINS_OP 0",
                "STORE_FAST_LOAD_FAST 33", "LOAD_FAST 0", "STORE_FAST_STORE_FAST 1",
                "LOAD_CONST 0", "STORE_FAST_LOAD_FAST 34", "POP_TOP", "RETURN_CONST 0"), Decoded.listing(co));
    }

    @Test
    void superinstructionsNeedOneLineAndSmallSlots() {
        CodeObject co = new Seq().op(RESUME)
                .op(LOAD_FAST, 0).op(LOAD_FAST, 1).op(BUILD_TUPLE, 2).op(RETURN_VALUE)
                .assemble(Seq.unit(2, Seq.FUNCTION, 1, 0, List.of("a", "b"), List.of(), List.of()));
        assertEquals(List.of("RESUME 0", "LOAD_FAST 0", "LOAD_FAST 1", "BUILD_TUPLE 2", "RETURN_VALUE"),
                Decoded.listing(co));
    }

    @Test
    void branchesOnConstantsAreDecidedAndUnusedConstantsDropped() {
        // if 0: return 'a'  /  return 'b'   (one line)
        Location l = Location.line(1);
        CodeObject co = new Seq().at(l).op(RESUME)
                .at(l).op(LOAD_CONST, 1).at(l).op(TO_BOOL).at(l).jump(POP_JUMP_IF_FALSE, "else")
                .at(l).op(RETURN_CONST, 2)
                .bind("else").at(l).op(RETURN_CONST, 3)
                .assemble(Seq.withConsts(Seq.unit(0, Seq.FUNCTION, 0, 0, List.of(), List.of(), List.of()),
                        dev.kaa.bytecode.Constant.NONE, 0L, "a", "b"));
        assertEquals(List.of("RESUME 0", "RETURN_CONST 1"), Decoded.listing(co));
        assertEquals(List.of(dev.kaa.bytecode.Constant.NONE, "b"), co.consts());
    }

    @Test
    void shortCircuitOnConstantLeavesNoTest() {
        // return True and x
        CodeObject co = new Seq().op(RESUME)
                .at(Location.line(2)).op(LOAD_CONST, 1).at(Location.line(2)).op(COPY, 1)
                .at(Location.line(2)).op(TO_BOOL).at(Location.line(2)).jump(POP_JUMP_IF_FALSE, "end")
                .at(Location.line(2)).op(POP_TOP).at(Location.line(2)).op(LOAD_FAST, 0)
                .bind("end").at(Location.line(2)).op(RETURN_VALUE)
                .assemble(Seq.withConsts(Seq.unit(1, Seq.FUNCTION, 0, 0, List.of("x"), List.of(), List.of()),
                        dev.kaa.bytecode.Constant.NONE, true));
        assertEquals(List.of("RESUME 0", "LOAD_FAST 0", "RETURN_VALUE"), Decoded.listing(co));
    }

    @Test
    void resumeAfterYieldUnderOnlyTheImplicitHandlerGetsTheDepth1Bit() {
        int flags = Seq.FUNCTION | CodeObject.CO_GENERATOR;
        CodeObject co = new Seq()
                .jump(SETUP_CLEANUP, "stop").op(RESUME)
                .op(LOAD_CONST, 0).op(YIELD_VALUE, 0).op(RESUME, 1).op(POP_TOP)      // depth 1: RESUME 5
                .jump(SETUP_FINALLY, "fin")
                .op(LOAD_CONST, 0).op(YIELD_VALUE, 0).op(RESUME, 1).op(POP_TOP)      // depth 2: RESUME 1
                .op(POP_BLOCK)
                .op(RETURN_CONST, 0)
                .bind("fin").op(RERAISE, 0)
                .bind("stop").op(CALL_INTRINSIC_1, 3).op(RERAISE, 1)
                .assemble(Seq.unit(0, flags, 1, 0, List.of(), List.of(), List.of()));
        List<String> resumes = Decoded.listing(co).stream().filter(s -> s.startsWith("RESUME")).toList();
        assertEquals(List.of("RESUME 0", "RESUME 5", "RESUME 1"), resumes);
    }

    @Test
    void inconsistentStackDepthIsAnInternalError() {
        Seq s = new Seq().op(RESUME).op(LOAD_NAME, 0).jump(POP_JUMP_IF_FALSE, "l").op(LOAD_CONST, 0)
                .bind("l").op(RETURN_CONST, 0);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> s.assemble(Seq.module(1, 1)));
        assertTrue(e.getMessage().contains("test.f") && e.getMessage().contains("inconsistent stack depth"),
                e.getMessage());
    }

    @Test
    void stackUnderflowIsAnInternalError() {
        Seq s = new Seq().op(RESUME).op(POP_TOP).op(RETURN_CONST, 0);
        assertThrows(IllegalStateException.class, () -> s.assemble(Seq.module(1, 0)));
    }

    @Test
    void unboundLabelIsAnInternalError() {
        Seq s = new Seq().op(RESUME).jump(JUMP, "nowhere");
        s.label("nowhere");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> s.assemble(Seq.module(1, 0)));
        assertTrue(e.getMessage().contains("never bound"), e.getMessage());
    }

    @Test
    void fallingOffTheEndIsAnInternalError() {
        Seq s = new Seq().op(RESUME).op(LOAD_CONST, 0).op(POP_TOP);
        assertThrows(IllegalStateException.class, () -> s.assemble(Seq.module(1, 0)));
    }

    @Test
    void badVariableIndexesAreInternalErrors() {
        assertThrows(IllegalStateException.class, () -> new Seq().op(RESUME).op(LOAD_DEREF, 3).op(RETURN_VALUE)
                .assemble(Seq.unit(0, Seq.FUNCTION, 1, 0, List.of(), List.of("c"), List.of())));
        assertThrows(IllegalStateException.class, () -> new Seq().op(RESUME).op(LOAD_FAST, 1).op(RETURN_VALUE)
                .assemble(Seq.unit(0, Seq.FUNCTION, 1, 0, List.of("a"), List.of(), List.of())));
    }

    @Test
    void popBlockWithoutSetupIsAnInternalError() {
        Seq s = new Seq().op(RESUME).op(POP_BLOCK).op(RETURN_CONST, 0);
        assertThrows(IllegalStateException.class, () -> s.assemble(Seq.module(1, 0)));
    }

    @Test
    void sequenceRejectsMisusedOpcodes() {
        Seq s = new Seq();
        assertThrows(IllegalArgumentException.class, () -> s.seq.add(JUMP, 0, Location.NONE));
        assertThrows(IllegalArgumentException.class, () -> s.seq.addJump(LOAD_FAST, s.label("x"), Location.NONE));
        s.bind("x");
        assertThrows(IllegalStateException.class, () -> s.bind("x"));
        assertFalse(s.seq.toString().isEmpty());
    }
}
