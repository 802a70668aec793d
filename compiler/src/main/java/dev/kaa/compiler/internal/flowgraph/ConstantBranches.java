package dev.kaa.compiler.internal.flowgraph;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.bytecode.Constant;
import dev.kaa.bytecode.Opcode;
import java.math.BigInteger;
import java.util.List;

/**
 * Decides branches on constants at compile time, as CPython's optimizer does, so that
 * {@code if 0:}, {@code while 1:} and {@code True and x} leave no test behind (and code only
 * reachable through the dead branch goes with the unreachable blocks):
 * <ul>
 * <li>{@code LOAD_CONST c; COPY 1} before a test ({@code TO_BOOL} or a conditional jump, as
 *     {@code 1 and x} leaves) → {@code LOAD_CONST c; LOAD_CONST c}, so the test can be decided;
 *     elsewhere ({@code x = y = None}) the {@code COPY} stays, as in CPython;
 * <li>{@code LOAD_CONST c; TO_BOOL} → {@code NOP; LOAD_CONST bool(c)} (appending {@code True}
 *     or {@code False} to the constants if absent);
 * <li>{@code LOAD_CONST c; POP_JUMP_IF_TRUE/FALSE/NONE/NOT_NONE} → {@code NOP} and either
 *     {@code JUMP} or {@code NOP}.
 * </ul>
 * Stack depths are unchanged at every block boundary. Truth values follow Python's for the
 * constant kinds of {@link Constant}.
 *
 * <p>Thread safety: stateless.
 */
final class ConstantBranches {
    private ConstantBranches() {}

    static void run(ControlFlowGraph g, List<Object> consts) {
        for (BasicBlock b : g.blocks()) {
            List<CfgInstr> ins = b.instrs;
            for (int k = 0; k + 1 < ins.size(); k++) {
                CfgInstr a = ins.get(k);
                if (a.op != Opcode.LOAD_CONST || a.oparg >= consts.size()) {
                    continue;
                }
                Object c = consts.get(a.oparg);
                Boolean truth = truth(c);
                CfgInstr n = ins.get(k + 1);
                switch (n.op) {
                    case COPY -> {
                        if (n.oparg == 1 && k + 2 < ins.size() && isTest(ins.get(k + 2).op)) {
                            n.op = Opcode.LOAD_CONST;
                            n.oparg = a.oparg;
                        }
                    }
                    case TO_BOOL -> {
                        if (truth != null) {
                            n.op = Opcode.LOAD_CONST;
                            n.oparg = indexOf(consts, truth);
                            nop(a);
                        }
                    }
                    case POP_JUMP_IF_TRUE, POP_JUMP_IF_FALSE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> {
                        if (truth == null) {
                            continue;
                        }
                        boolean taken = switch (n.op) {
                            case POP_JUMP_IF_TRUE -> truth;
                            case POP_JUMP_IF_FALSE -> !truth;
                            case POP_JUMP_IF_NONE -> c == Constant.NONE;
                            default -> c != Constant.NONE;
                        };
                        nop(a);
                        if (taken) {
                            n.op = Opcode.JUMP;
                        } else {
                            nop(n);
                            n.target = null;
                        }
                    }
                    default -> { }
                }
            }
        }
    }

    private static boolean isTest(Opcode op) {
        return switch (op) {
            case TO_BOOL, POP_JUMP_IF_TRUE, POP_JUMP_IF_FALSE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> true;
            default -> false;
        };
    }

    /** Python's truth value of a constant, or {@code null} for a value of no known kind. */
    static Boolean truth(Object c) {
        return switch (c) {
            case Boolean b -> b;
            case Long l -> l != 0;
            case BigInteger i -> i.signum() != 0;
            case Double d -> d != 0.0;
            case Constant.Complex z -> z.real() != 0.0 || z.imag() != 0.0;
            case String s -> !s.isEmpty();
            case Constant.Str s -> true;        // holds a surrogate pair, so never empty
            case Constant.Bytes by -> by.length() > 0;
            case Constant.Tuple t -> !t.items().isEmpty();
            case Constant.FrozenSet f -> !f.items().isEmpty();
            case CodeObject co -> true;
            case Constant.Slice sl -> true;
            case Constant.Singleton one -> one != Constant.NONE;
            default -> null;
        };
    }

    /** The index of {@code value} (a {@link Boolean}) in {@code consts}, appending it if absent. */
    private static int indexOf(List<Object> consts, boolean value) {
        for (int k = 0; k < consts.size(); k++) {
            if (consts.get(k) instanceof Boolean b && b == value) {
                return k;
            }
        }
        consts.add(value);
        return consts.size() - 1;
    }

    private static void nop(CfgInstr i) {
        i.op = Opcode.NOP;
        i.oparg = 0;
    }
}
