package dev.kaa.compiler.internal.flowgraph;

import dev.kaa.bytecode.Opcode;

/**
 * Replaces pseudo instructions by real ones. The attribute-loading pseudo ops carry a plain
 * name index from the code generator and become {@code LOAD_ATTR} / {@code LOAD_SUPER_ATTR}
 * with the flag bits 3.13 packs below the index: for {@code LOAD_ATTR} bit 0 asks for a method
 * (pushes {@code NULL|self}); for {@code LOAD_SUPER_ATTR} bit 0 is the same and bit 1 means
 * the explicit two-argument {@code super(cls, obj)}. The local-variable pseudo ops become their
 * plain forms once the unbound-locals pass has read them.
 *
 * <p>Thread safety: stateless.
 */
final class PseudoOps {
    private PseudoOps() {}

    /** Converts {@code LOAD_METHOD} and the {@code super} forms (before stack depths are computed). */
    static void convertAttributeLoads(ControlFlowGraph g) {
        for (BasicBlock b : g.blocks()) {
            for (CfgInstr i : b.instrs) {
                switch (i.op) {
                    case LOAD_METHOD -> set(i, Opcode.LOAD_ATTR, (i.oparg << 1) | 1);
                    case LOAD_SUPER_METHOD -> set(i, Opcode.LOAD_SUPER_ATTR, (i.oparg << 2) | 3);
                    case LOAD_ZERO_SUPER_METHOD -> set(i, Opcode.LOAD_SUPER_ATTR, (i.oparg << 2) | 1);
                    case LOAD_ZERO_SUPER_ATTR -> set(i, Opcode.LOAD_SUPER_ATTR, i.oparg << 2);
                    default -> { }
                }
            }
        }
    }

    /**
     * Converts {@code LOAD_CLOSURE} (its argument already a locals-plus slot) to {@code LOAD_FAST}
     * and {@code STORE_FAST_MAYBE_NULL} to {@code STORE_FAST}.
     */
    static void convertLocals(ControlFlowGraph g) {
        for (BasicBlock b : g.blocks()) {
            for (CfgInstr i : b.instrs) {
                switch (i.op) {
                    case LOAD_CLOSURE -> i.op = Opcode.LOAD_FAST;
                    case STORE_FAST_MAYBE_NULL -> i.op = Opcode.STORE_FAST;
                    default -> { }
                }
            }
        }
    }

    private static void set(CfgInstr i, Opcode op, int oparg) {
        i.op = op;
        i.oparg = oparg;
    }
}
