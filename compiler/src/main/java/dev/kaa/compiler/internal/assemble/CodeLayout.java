package dev.kaa.compiler.internal.assemble;

import dev.kaa.bytecode.Opcode;
import dev.kaa.compiler.internal.flowgraph.BasicBlock;
import dev.kaa.compiler.internal.flowgraph.CfgInstr;
import dev.kaa.compiler.internal.flowgraph.ControlFlowGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Places the blocks in code units: each instruction takes its {@code EXTENDED_ARG} prefixes,
 * itself and its inline {@code CACHE} units. Jump arguments count code units from the end of the
 * jump's caches (backwards for the backward jumps), and a longer argument needs more prefixes,
 * which moves later code: offsets are recomputed until nothing grows (prefix counts never
 * shrink, so this ends).
 *
 * <p>Thread safety: confined to the compiling thread.
 */
final class CodeLayout {
    private final List<CfgInstr> instrs = new ArrayList<>();
    private final int[] offsets;
    private final int[] prefixes;
    private final int length;

    private CodeLayout(ControlFlowGraph g) {
        List<BasicBlock> blocks = g.blocks();
        for (BasicBlock b : blocks) {
            for (CfgInstr i : b.instructions()) {
                if (i.op().has(Opcode.PSEUDO)) {
                    throw g.error("pseudo instruction " + i + " left at layout");
                }
                instrs.add(i);
            }
        }
        offsets = new int[instrs.size()];
        prefixes = new int[instrs.size()];
        for (int k = 0; k < instrs.size(); k++) {
            CfgInstr i = instrs.get(k);
            prefixes[k] = i.isJump() ? 0 : prefixesFor(i.oparg());
        }
        int end;
        while (true) {
            end = place(blocks);
            if (!fixJumps(g)) {
                break;
            }
        }
        length = end;
    }

    static CodeLayout of(ControlFlowGraph g) {
        return new CodeLayout(g);
    }

    private int place(List<BasicBlock> blocks) {
        int off = 0;
        int k = 0;
        for (BasicBlock b : blocks) {
            b.setOffset(off);
            for (int n = b.instructions().size(); n > 0; n--, k++) {
                offsets[k] = off;
                off += size(k);
            }
        }
        return off;
    }

    /** Sets jump arguments from the current offsets; returns whether any jump needs more prefixes. */
    private boolean fixJumps(ControlFlowGraph g) {
        boolean grew = false;
        for (int k = 0; k < instrs.size(); k++) {
            CfgInstr i = instrs.get(k);
            if (!i.isJump()) {
                continue;
            }
            int after = offsets[k] + size(k);
            boolean back = i.op() == Opcode.JUMP_BACKWARD || i.op() == Opcode.JUMP_BACKWARD_NO_INTERRUPT;
            int arg = back ? after - i.target().offset() : i.target().offset() - after;
            if (arg < 0) {
                throw g.error(i.op() + " at offset " + offsets[k] + " goes the wrong way");
            }
            i.setOparg(arg);
            int need = prefixesFor(arg);
            if (need > prefixes[k]) {
                prefixes[k] = need;
                grew = true;
            }
        }
        return grew;
    }

    private static int prefixesFor(int oparg) {
        if ((oparg & 0xffffff00) == 0) {
            return 0;
        }
        if ((oparg & 0xffff0000) == 0) {
            return 1;
        }
        return (oparg & 0xff000000) == 0 ? 2 : 3;
    }

    /** Code units of instruction {@code k}: prefixes, itself, caches. */
    int size(int k) {
        return prefixes[k] + 1 + instrs.get(k).op().cacheEntries();
    }

    int count() {
        return instrs.size();
    }

    CfgInstr instr(int k) {
        return instrs.get(k);
    }

    /** Offset in code units of instruction {@code k}'s first prefix. */
    int offset(int k) {
        return offsets[k];
    }

    /** The code as bytes: two per unit, caches zeroed. */
    byte[] code() {
        byte[] code = new byte[length * 2];
        int p = 0;
        for (int k = 0; k < instrs.size(); k++) {
            CfgInstr i = instrs.get(k);
            int arg = i.op().has(Opcode.HAS_ARG) ? i.oparg() : 0;
            for (int s = prefixes[k]; s > 0; s--) {
                code[p++] = (byte) Opcode.EXTENDED_ARG.code();
                code[p++] = (byte) (arg >>> (8 * s));
            }
            code[p++] = (byte) i.op().code();
            code[p++] = (byte) arg;
            p += 2 * i.op().cacheEntries();
        }
        return code;
    }
}
