package dev.kaa.compiler.internal.flowgraph;

import dev.kaa.bytecode.Opcode;
import java.util.List;

/**
 * Local rewrites of adjacent instructions that CPython 3.13's optimizer makes, each keeping the
 * stack effect and exception handler of the pair (pairs under different handlers are left
 * alone). The first instruction of a pair becomes a {@code NOP}, which the clean-up removes
 * unless it carries a line of its own:
 * <ul>
 * <li>{@code BUILD_TUPLE n; UNPACK_SEQUENCE n} for n ≤ 3 → nothing or a {@code SWAP}, and a
 *     {@code SWAP} before stores to locals → the stores exchanged;
 * <li>{@code LOAD_CONST c; RETURN_VALUE} → {@code RETURN_CONST c};
 * <li>{@code LOAD_GLOBAL (i<<1); PUSH_NULL} → {@code LOAD_GLOBAL (i<<1)|1};
 * <li>{@code COMPARE_OP op; TO_BOOL} → {@code COMPARE_OP op|16} (the bool-coercing form);
 *     {@code TO_BOOL} after {@code CONTAINS_OP} or {@code IS_OP}, which push bools, goes;
 * <li>{@code STORE_FAST x; STORE_FAST x} on one line → {@code POP_TOP; STORE_FAST x};
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
            packUnpack(b.instrs);
            staticSwaps(b.instrs);
        }
        for (BasicBlock b : g.blocks()) {
            List<CfgInstr> ins = b.instrs;
            for (int k = 0; k + 1 < ins.size(); k++) {
                CfgInstr a = ins.get(k);
                CfgInstr n = ins.get(k + 1);
                if (!sameHandler(a, n)) {
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
                } else if (n.op == Opcode.STORE_FAST && n.oparg == a.oparg
                        && a.loc.lineno() == n.loc.lineno()) {
                    set(a, Opcode.POP_TOP, 0);    // a dead store: the second overwrites it
                } else if (n.op == Opcode.STORE_FAST) {
                    superinstruction(a, n, Opcode.STORE_FAST_STORE_FAST);
                }
            }
            default -> { }
        }
    }

    /**
     * {@code BUILD_TUPLE n; UNPACK_SEQUENCE n} (from {@code a, b = b, a}) only reverses the top
     * {@code n} values: for 1 to 3 that is nothing, {@code SWAP 2} or {@code SWAP 3}.
     */
    private static void packUnpack(List<CfgInstr> ins) {
        for (int k = 0; k + 1 < ins.size(); k++) {
            CfgInstr a = ins.get(k);
            CfgInstr n = ins.get(k + 1);
            if (a.op == Opcode.BUILD_TUPLE && n.op == Opcode.UNPACK_SEQUENCE && a.oparg == n.oparg
                    && a.oparg >= 1 && a.oparg <= 3 && sameHandler(a, n)) {
                nop(a);
                if (n.oparg == 1) {
                    nop(n);
                } else {
                    set(n, Opcode.SWAP, n.oparg);
                }
            }
        }
    }

    /**
     * Removes {@code SWAP k} when the next {@code k} instructions (skipping {@code NOP}s) each
     * just pop one value ({@code STORE_FAST}, {@code STORE_FAST_MAYBE_NULL}, {@code POP_TOP}), all
     * on the line of the first of them: exchanging the first and the last of them has the same
     * effect as the swap, unless the two store to one local or one between them stores to the
     * local of either (CPython's static swaps).
     */
    private static void staticSwaps(List<CfgInstr> ins) {
        for (int k = 0; k < ins.size(); k++) {
            CfgInstr swap = ins.get(k);
            if (swap.op != Opcode.SWAP || swap.oparg < 2) {
                continue;
            }
            int first = nextPopper(ins, k, -1, swap);
            int last = first;
            int line = first < 0 ? -1 : ins.get(first).loc.lineno();
            for (int count = swap.oparg - 1; count > 0 && last >= 0; count--) {
                last = nextPopper(ins, last, line, swap);
            }
            if (last < 0 || !storesAllowExchange(ins, first, last)) {
                continue;
            }
            CfgInstr a = ins.get(first);
            ins.set(first, ins.get(last));
            ins.set(last, a);
            nop(swap);
        }
    }

    /**
     * The index of the next instruction after {@code from} that just pops one value, or -1 if
     * another kind of instruction, or (when {@code line} ≥ 0) one on another line, comes first.
     */
    private static int nextPopper(List<CfgInstr> ins, int from, int line, CfgInstr swap) {
        for (int j = from + 1; j < ins.size(); j++) {
            CfgInstr p = ins.get(j);
            if (line >= 0 && p.loc.lineno() != line || !sameHandler(p, swap)) {
                return -1;
            }
            if (p.op == Opcode.NOP) {
                continue;
            }
            return p.op == Opcode.POP_TOP || storedLocal(p) >= 0 ? j : -1;
        }
        return -1;
    }

    private static boolean storesAllowExchange(List<CfgInstr> ins, int first, int last) {
        int a = storedLocal(ins.get(first));
        int b = storedLocal(ins.get(last));
        if (a < 0 && b < 0) {
            return true;
        }
        if (a == b) {
            return false;
        }
        for (int j = first + 1; j < last; j++) {
            int c = storedLocal(ins.get(j));
            if (c >= 0 && (c == a || c == b)) {
                return false;
            }
        }
        return true;
    }

    private static int storedLocal(CfgInstr i) {
        return i.op == Opcode.STORE_FAST || i.op == Opcode.STORE_FAST_MAYBE_NULL ? i.oparg : -1;
    }

    private static boolean sameHandler(CfgInstr a, CfgInstr b) {
        return a.handler == b.handler || a.handler != null && a.handler.sameAs(b.handler);
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
