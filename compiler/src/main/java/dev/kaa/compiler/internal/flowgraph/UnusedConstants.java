package dev.kaa.compiler.internal.flowgraph;

import dev.kaa.bytecode.Opcode;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops constants no instruction loads any more (after dead branches went), renumbering the
 * rest in their order, as CPython does. The first constant always stays: it is the docstring
 * when there is one (or {@code None}), and {@code co_consts[0]} is read as such.
 *
 * <p>Thread safety: stateless.
 */
final class UnusedConstants {
    private UnusedConstants() {}

    static void remove(ControlFlowGraph g, List<Object> consts) {
        if (consts.isEmpty()) {
            return;
        }
        boolean[] used = new boolean[consts.size()];
        used[0] = true;
        for (BasicBlock b : g.blocks()) {
            for (CfgInstr i : b.instrs) {
                if (i.op.has(Opcode.HAS_CONST)) {
                    if (i.oparg >= used.length) {
                        throw g.error(i + ": no constant " + i.oparg + " (" + used.length + " constants)");
                    }
                    used[i.oparg] = true;
                }
            }
        }
        int[] renumber = new int[used.length];
        List<Object> kept = new ArrayList<>();
        for (int k = 0; k < used.length; k++) {
            renumber[k] = kept.size();
            if (used[k]) {
                kept.add(consts.get(k));
            }
        }
        if (kept.size() == consts.size()) {
            return;
        }
        for (BasicBlock b : g.blocks()) {
            for (CfgInstr i : b.instrs) {
                if (i.op.has(Opcode.HAS_CONST)) {
                    i.oparg = renumber[i.oparg];
                }
            }
        }
        consts.clear();
        consts.addAll(kept);
    }
}
