package dev.kaa.compiler.internal.flowgraph;

import dev.kaa.bytecode.Opcode;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Turns each {@code LOAD_FAST} of a local that may be unbound at that point into
 * {@code LOAD_FAST_CHECK}: 3.13's {@code LOAD_FAST} trusts the compiler and does not raise
 * {@code UnboundLocalError}. A forward data-flow over the graph tracks, per block, the locals
 * that may be unbound on entry (the union over all predecessors): parameters are bound on entry,
 * {@code STORE_FAST} binds, {@code DELETE_FAST}, {@code LOAD_FAST_AND_CLEAR} and
 * {@code STORE_FAST_MAYBE_NULL} unbind, a checked load binds (it raised otherwise). A handler
 * may be entered before or after any instruction it protects, so it receives the states there.
 *
 * <p>Thread safety: stateless.
 */
final class UnboundLocals {
    private UnboundLocals() {}

    /**
     * @param nparams the number of parameter slots (bound on entry)
     * @param nlocals the number of local slots ({@code co_varnames})
     */
    static void addChecks(ControlFlowGraph g, int nparams, int nlocals) {
        if (nlocals == nparams) {
            return;
        }
        Map<BasicBlock, BitSet> in = new IdentityHashMap<>();
        Deque<BasicBlock> work = new ArrayDeque<>();
        BitSet start = new BitSet(nlocals);
        start.set(nparams, nlocals);
        in.put(g.entry(), start);
        work.push(g.entry());
        while (!work.isEmpty()) {
            BasicBlock b = work.pop();
            flow(g, b, (BitSet) in.get(b).clone(), in, work, false);
        }
        for (BasicBlock b : g.blocks()) {
            BitSet entry = in.get(b);
            if (entry != null) {
                flow(g, b, (BitSet) entry.clone(), in, work, true);
            }
        }
    }

    private static void flow(ControlFlowGraph g, BasicBlock b, BitSet unbound, Map<BasicBlock, BitSet> in,
            Deque<BasicBlock> work, boolean rewrite) {
        for (CfgInstr i : b.instrs) {
            if (i.handler != null && !rewrite) {
                merge(i.handler.target(), unbound, in, work);
            }
            switch (i.op) {
                case LOAD_FAST -> {
                    if (unbound.get(i.oparg)) {
                        if (rewrite) {
                            i.op = Opcode.LOAD_FAST_CHECK;
                        }
                        unbound.clear(i.oparg);
                    }
                }
                case LOAD_FAST_CHECK, STORE_FAST -> unbound.clear(i.oparg);
                case DELETE_FAST, LOAD_FAST_AND_CLEAR, STORE_FAST_MAYBE_NULL -> unbound.set(i.oparg);
                case STORE_FAST_STORE_FAST -> {
                    unbound.clear(i.oparg >> 4);
                    unbound.clear(i.oparg & 15);
                }
                case STORE_FAST_LOAD_FAST, LOAD_FAST_LOAD_FAST -> {
                    int first = i.oparg >> 4;
                    int second = i.oparg & 15;
                    if (i.op == Opcode.STORE_FAST_LOAD_FAST) {
                        unbound.clear(first);
                    } else if (unbound.get(first)) {
                        throw g.error("LOAD_FAST_LOAD_FAST of a possibly unbound local " + first);
                    }
                    if (unbound.get(second)) {
                        throw g.error(i.op + " of a possibly unbound local " + second);
                    }
                }
                default -> { }
            }
            if (i.handler != null && !rewrite) {
                merge(i.handler.target(), unbound, in, work);
            }
            if (i.target != null && !rewrite) {
                merge(i.target, unbound, in, work);
            }
        }
        if (!rewrite && b.fallsThrough() && b.next != null) {
            merge(b.next, unbound, in, work);
        }
    }

    private static void merge(BasicBlock b, BitSet unbound, Map<BasicBlock, BitSet> in, Deque<BasicBlock> work) {
        BitSet old = in.get(b);
        if (old == null) {
            in.put(b, (BitSet) unbound.clone());
            work.push(b);
            return;
        }
        BitSet added = (BitSet) unbound.clone();
        added.andNot(old);
        if (!added.isEmpty()) {
            old.or(added);
            work.push(b);
        }
    }
}
