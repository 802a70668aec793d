package dev.kaa.compiler.internal.flowgraph;

import dev.kaa.bytecode.Opcode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The basic blocks of one code unit, built from an {@link InstructionSequence}: a block starts
 * at every bound label and after every jump, return or raise. The passes in this package
 * rewrite the graph in place; the assembler then lays the blocks out in {@link #blocks()} order.
 *
 * <p>Thread safety: confined to the compiling thread.
 */
public final class ControlFlowGraph {
    private final String unitName;
    private BasicBlock entry;
    private int nextId;

    private ControlFlowGraph(String unitName) {
        this.unitName = unitName;
    }

    /**
     * Splits {@code seq} into blocks and resolves labels.
     *
     * @param unitName the code unit's qualified name, for internal error messages
     * @throws IllegalStateException if a label used is not bound
     */
    public static ControlFlowGraph build(InstructionSequence seq, String unitName) {
        ControlFlowGraph g = new ControlFlowGraph(unitName);
        int n = seq.size();
        boolean[] starts = new boolean[n + 1];
        starts[0] = true;
        for (Label l : seq.labels()) {
            if (l.isBound()) {
                starts[l.position] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            Instruction ins = seq.get(i);
            if ((ins.op().has(Opcode.HAS_JUMP) || exits(ins.op())) && i + 1 < n) {
                starts[i + 1] = true;
            }
        }
        Map<Integer, BasicBlock> byStart = new HashMap<>();
        BasicBlock prev = null;
        for (int i = 0; i <= n; i++) {
            if (starts[i]) {
                BasicBlock b = g.newBlock();
                byStart.put(i, b);
                if (prev == null) {
                    g.entry = b;
                } else {
                    prev.next = b;
                }
                prev = b;
            }
            if (i < n) {
                Instruction ins = seq.get(i);
                prev.instrs.add(new CfgInstr(ins.op(), ins.oparg(), null, ins.loc()));
            }
        }
        // Second walk: every target position starts a block, so the map resolves each label.
        int i = 0;
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            for (CfgInstr ci : b.instrs) {
                Instruction ins = seq.get(i++);
                if (ins.target() != null) {
                    if (!ins.target().isBound()) {
                        throw g.error("label " + ins.target() + " used by " + ins.op() + " but never bound");
                    }
                    ci.target = byStart.get(ins.target().position);
                }
            }
        }
        return g;
    }

    private static boolean exits(Opcode op) {
        return switch (op) {
            case RETURN_VALUE, RETURN_CONST, RAISE_VARARGS, RERAISE -> true;
            default -> false;
        };
    }

    /**
     * Runs the passes that prepare the graph for layout, in this order:
     * <ol>
     * <li>attribute-load pseudo ops become real ({@link PseudoOps}), unreachable blocks go;
     * <li>stack depths are computed ({@link StackDepth}), exception regions labelled
     *     ({@link ExceptionRegions}; {@code SETUP_*} and {@code POP_BLOCK} become {@code NOP});
     * <li>branches on constants are decided ({@link ConstantBranches}), jumps to jumps threaded
     *     ({@link JumpThreading}), jumps to small or line-less blocks replaced by copies
     *     ({@link InlineSmallBlocks}); what became unreachable goes, with constant-then-pop pairs;
     * <li>loads of possibly unbound locals become {@code LOAD_FAST_CHECK} ({@link UnboundLocals});
     *     code run only after exceptions moves to the end ({@link ColdBlocks});
     * <li>lines are propagated ({@link LineNumbers}, shared line-less exits copied first);
     * <li>{@link Peephole} rewrites pairs, the local pseudo ops become real, redundant jumps and
     *     {@code NOP}s go ({@link Cleanup}), jump directions are fixed ({@link Jumps}), and
     *     constants no longer loaded are dropped ({@link UnusedConstants}).
     * </ol>
     * Opargs of cell and free variables must already be locals-plus slots.
     *
     * @param nparams parameter slots (bound on entry)
     * @param nlocals local slots ({@code co_varnames})
     * @param consts the constants (changed in place: a decided branch may append
     *     {@code True}/{@code False}, unused ones are removed)
     * @return the maximum stack depth ({@code co_stacksize})
     * @throws IllegalStateException on inconsistent input (a code-generator bug)
     */
    public int prepareForLayout(int nparams, int nlocals, List<Object> consts) {
        PseudoOps.convertAttributeLoads(this);
        Reachability.removeUnreachable(this);
        int maxDepth = StackDepth.compute(this);
        ExceptionRegions.label(this);
        ConstantBranches.run(this, consts);
        JumpThreading.run(this);
        InlineSmallBlocks.run(this);
        Reachability.removeUnreachable(this);
        Cleanup.removeRedundantPairs(this);
        UnboundLocals.addChecks(this, nparams, nlocals);
        ColdBlocks.pushToEnd(this);
        LineNumbers.duplicateExitsWithoutLine(this);
        LineNumbers.propagate(this);
        Peephole.run(this);
        PseudoOps.convertLocals(this);
        for (int round = 0; round < 2; round++) {
            Cleanup.removeJumpsToNext(this);
            Cleanup.removeNops(this);
        }
        Jumps.resolveDirections(this);
        UnusedConstants.remove(this, consts);
        return maxDepth;
    }

    /** The entry block. */
    public BasicBlock entry() {
        return entry;
    }

    /** The blocks in layout order (a snapshot). */
    public List<BasicBlock> blocks() {
        List<BasicBlock> all = new ArrayList<>();
        for (BasicBlock b = entry; b != null; b = b.next) {
            all.add(b);
        }
        return all;
    }

    /** A new block, not yet linked into the layout. */
    BasicBlock newBlock() {
        return new BasicBlock(nextId++);
    }

    /** Links a new block holding {@code instrs} after {@code after}. */
    BasicBlock insertAfter(BasicBlock after, List<CfgInstr> instrs) {
        BasicBlock b = newBlock();
        b.instrs.addAll(instrs);
        b.next = after.next;
        after.next = b;
        return b;
    }

    /**
     * Puts {@code prefix} before all other instructions, in a block of its own so that no jump
     * can target it (CPython's {@code MAKE_CELL}, {@code COPY_FREE_VARS} and
     * {@code RETURN_GENERATOR} run once, on entry).
     */
    public void insertPrefix(List<CfgInstr> prefix) {
        if (prefix.isEmpty()) {
            return;
        }
        BasicBlock b = newBlock();
        b.instrs.addAll(prefix);
        b.next = entry;
        entry = b;
    }

    /** Replaces the layout chain with {@code order} (which must start with the entry). */
    void relink(List<BasicBlock> order) {
        entry = order.getFirst();
        for (int k = 0; k < order.size(); k++) {
            order.get(k).next = k + 1 < order.size() ? order.get(k + 1) : null;
        }
    }

    /** The code unit's name, for messages. */
    public String unitName() {
        return unitName;
    }

    /** An internal compiler error naming this code unit. */
    public IllegalStateException error(String message) {
        return new IllegalStateException("internal compiler error in " + unitName + ": " + message);
    }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder();
        for (BasicBlock b = entry; b != null; b = b.next) {
            sb.append(b);
        }
        return sb.toString();
    }
}
