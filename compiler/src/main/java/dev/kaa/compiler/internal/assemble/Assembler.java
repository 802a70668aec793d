package dev.kaa.compiler.internal.assemble;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.bytecode.Opcode;
import dev.kaa.compiler.internal.flowgraph.BasicBlock;
import dev.kaa.compiler.internal.flowgraph.CfgInstr;
import dev.kaa.compiler.internal.flowgraph.CodeUnitInfo;
import dev.kaa.compiler.internal.flowgraph.ControlFlowGraph;
import dev.kaa.compiler.internal.flowgraph.InstructionSequence;
import dev.kaa.compiler.internal.flowgraph.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one code unit's {@link InstructionSequence} into a CPython 3.13 {@link CodeObject}:
 * maps cell and free variable indexes to locals-plus slots, puts the prefix instructions
 * ({@code COPY_FREE_VARS}, {@code MAKE_CELL} per cell, {@code RETURN_GENERATOR}/{@code POP_TOP}
 * for generators, coroutines and async generators) before the code, prepares the flow graph
 * (see {@link ControlFlowGraph#prepareForLayout}) and writes code, exception and location tables.
 *
 * <p>{@code co_consts} is {@code info.consts()} with the constants no instruction loads any more
 * removed (the first always stays) and, where a branch on a constant was decided,
 * {@code True}/{@code False} appended; {@code co_names} is {@code info.names()} unchanged.
 *
 * <p>Thread safety: stateless.
 */
public final class Assembler {
    private static final int GENERATOR_LIKE =
            CodeObject.CO_GENERATOR | CodeObject.CO_COROUTINE | CodeObject.CO_ASYNC_GENERATOR;

    private Assembler() {}

    /**
     * Assembles {@code seq} with the names, constants and flags in {@code info}.
     *
     * @throws IllegalStateException on an internal compiler error (inconsistent stack depths,
     *     unbound labels, bad variable indexes …), naming the code unit
     */
    public static CodeObject assemble(InstructionSequence seq, CodeUnitInfo info) {
        ControlFlowGraph g = ControlFlowGraph.build(seq, info.qualname());
        LocalsPlus slots = LocalsPlus.of(info);
        mapCellsAndFrees(g, slots, info);
        g.insertPrefix(prefix(slots, info));
        List<Object> consts = new ArrayList<>(info.consts());
        int stacksize = g.prepareForLayout(parameterCount(info), info.varnames().size(), consts);
        CodeLayout layout = CodeLayout.of(g);
        checkHandlers(g, layout);
        return new CodeObject(info.argcount(), info.posonlyargcount(), info.kwonlyargcount(), stacksize,
                info.flags(), layout.code(), consts, info.names(), slots.names(), slots.kinds(),
                info.filename(), info.name(), info.qualname(), info.firstlineno(),
                LineTable.encode(layout, info.firstlineno()), ExceptionTable.encode(layout));
    }

    /** Parameters occupy the first slots and are bound on entry. */
    static int parameterCount(CodeUnitInfo info) {
        int n = info.argcount() + info.kwonlyargcount();
        if ((info.flags() & CodeObject.CO_VARARGS) != 0) {
            n++;
        }
        if ((info.flags() & CodeObject.CO_VARKEYWORDS) != 0) {
            n++;
        }
        return n;
    }

    private static void mapCellsAndFrees(ControlFlowGraph g, LocalsPlus slots, CodeUnitInfo info) {
        int nlocals = info.varnames().size();
        for (BasicBlock b : g.blocks()) {
            for (CfgInstr i : b.instructions()) {
                if (i.op().has(Opcode.HAS_FREE) || i.op() == Opcode.LOAD_CLOSURE) {
                    int slot = slots.slotOfCellOrFree(i.oparg());
                    if (slot < 0) {
                        throw g.error(i + ": no cell or free variable " + i.oparg());
                    }
                    i.setOparg(slot);
                } else if (i.op().has(Opcode.HAS_LOCAL) && i.oparg() >= nlocals && !isSuper(i.op())) {
                    throw g.error(i + ": no local variable " + i.oparg() + " (" + nlocals + " locals)");
                }
            }
        }
    }

    private static boolean isSuper(Opcode op) {
        return op == Opcode.LOAD_FAST_LOAD_FAST || op == Opcode.STORE_FAST_LOAD_FAST
                || op == Opcode.STORE_FAST_STORE_FAST;
    }

    /** The instructions 3.13 runs on entry, before {@code RESUME}, in CPython's order. */
    private static List<CfgInstr> prefix(LocalsPlus slots, CodeUnitInfo info) {
        List<CfgInstr> prefix = new ArrayList<>();
        if (slots.freeCount() > 0) {
            prefix.add(CfgInstr.of(Opcode.COPY_FREE_VARS, slots.freeCount(), Location.NONE));
        }
        for (int slot : slots.cellSlotsAscending()) {
            prefix.add(CfgInstr.of(Opcode.MAKE_CELL, slot, Location.NONE));
        }
        if ((info.flags() & GENERATOR_LIKE) != 0) {
            Location first = Location.line(info.firstlineno());
            prefix.add(CfgInstr.of(Opcode.RETURN_GENERATOR, 0, first));
            prefix.add(CfgInstr.of(Opcode.POP_TOP, 0, first));
        }
        return prefix;
    }

    private static void checkHandlers(ControlFlowGraph g, CodeLayout layout) {
        for (int k = 0; k < layout.count(); k++) {
            CfgInstr i = layout.instr(k);
            if (i.handler() != null && i.handler().depth() < 0) {
                throw g.error("exception handler B" + i.handler().target().id() + " has depth "
                        + i.handler().depth());
            }
        }
    }
}
