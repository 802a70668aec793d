package dev.kaa.compiler.internal.flowgraph;

import dev.kaa.bytecode.Opcode;
import java.util.List;

/**
 * Local rewrites of adjacent instructions that CPython 3.13's optimizer makes, each keeping the
 * stack effect and exception handler of the pair (pairs under different handlers are left
 * alone). The first instruction of a pair becomes a {@code NOP}, which the clean-up removes
 * unless it carries a line of its own:
 * <ul>
 * <li>{@code LOAD_CONST c; RETURN_VALUE} → {@code RETURN_CONST c};
 * <li>{@code LOAD_GLOBAL (i<<1); PUSH_NULL} → {@code LOAD_GLOBAL (i<<1)|1};
 * <li>{@code COMPARE_OP op; TO_BOOL} → {@code COMPARE_OP op|16} (the bool-coercing form);
 *     {@code TO_BOOL} after {@code CONTAINS_OP} or {@code IS_OP}, which push bools, goes;
 * <li>superinstructions for two local accesses on one line, both below 16:
 *     {@code LOAD_FAST_LOAD_FAST}, {@code STORE_FAST_LOAD_FAST}, {@code STORE_FAST_STORE_FAST}
 *     (argument: first slot in the high four bits).
 * </ul>
 *
 * <p>Thread safety: stateless.
 */
final class Peephole {
    private Peephole() {}

    static void run(ControlFlowGraph g) {
        for (BasicBlock b : g.blocks()) {
            List<CfgInstr> ins = b.instrs;
            for (int k = 0; k + 1 < ins.size(); k++) {
                CfgInstr a = ins.get(k);
                CfgInstr n = ins.get(k + 1);
                if (a.handler != n.handler && (a.handler == null || !a.handler.sameAs(n.handler))) {
                    continue;
                }
                pair(a, n);
            }
        }
    }

    private static void pair(CfgInstr a, CfgInstr n) {
        switch (a.op) {
            case LOAD_CONST -> {
                if (n.op == Opcode.RETURN_VALUE) {
                    set(n, Opcode.RETURN_CONST, a.oparg);
                    nop(a);
                }
            }
            case LOAD_GLOBAL -> {
                if (n.op == Opcode.PUSH_NULL && (a.oparg & 1) == 0) {
                    a.oparg |= 1;
                    nop(n);
                    n.loc = a.loc;
                }
            }
            case COMPARE_OP -> {
                if (n.op == Opcode.TO_BOOL) {
                    set(n, Opcode.COMPARE_OP, a.oparg | 16);
                    nop(a);
                }
            }
            case CONTAINS_OP, IS_OP -> {
                if (n.op == Opcode.TO_BOOL) {
                    nop(n);
                    n.loc = a.loc;
                }
            }
            case LOAD_FAST -> {
                if (n.op == Opcode.LOAD_FAST) {
                    superinstruction(a, n, Opcode.LOAD_FAST_LOAD_FAST);
                }
            }
            case STORE_FAST -> {
                if (n.op == Opcode.LOAD_FAST) {
                    superinstruction(a, n, Opcode.STORE_FAST_LOAD_FAST);
                } else if (n.op == Opcode.STORE_FAST) {
                    superinstruction(a, n, Opcode.STORE_FAST_STORE_FAST);
                }
            }
            default -> { }
        }
    }

    private static void superinstruction(CfgInstr a, CfgInstr n, Opcode op) {
        if (a.oparg < 16 && n.oparg < 16 && a.loc.lineno() == n.loc.lineno() && a.loc.lineno() >= 0) {
            set(n, op, (a.oparg << 4) | n.oparg);
            n.loc = a.loc;
            nop(a);
        }
    }

    private static void set(CfgInstr i, Opcode op, int oparg) {
        i.op = op;
        i.oparg = oparg;
    }

    private static void nop(CfgInstr i) {
        i.op = Opcode.NOP;
        i.oparg = 0;
    }
}
