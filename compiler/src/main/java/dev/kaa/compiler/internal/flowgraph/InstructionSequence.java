package dev.kaa.compiler.internal.flowgraph;

import dev.kaa.bytecode.Opcode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The instructions of one code unit in the order the code generator emits them, with labels for
 * jump targets and exception handlers. The assembler ({@code Assembler.assemble}) turns it into a
 * code object: it builds the flow graph, removes unreachable code, resolves pseudo instructions,
 * computes the exception table, stack depth and line table, and inserts the prefix instructions
 * ({@code MAKE_CELL}, {@code COPY_FREE_VARS}, {@code RETURN_GENERATOR}/{@code POP_TOP}) before the
 * first instruction. The code generator emits {@code RESUME} itself, as CPython's does.
 *
 * <p>Jumps and handler set-ups name a {@link Label}; every label used must be bound before
 * assembly. Exception handling is written as CPython's front end writes it: {@code SETUP_FINALLY},
 * {@code SETUP_CLEANUP} or {@code SETUP_WITH} (target = handler) starts a protected region that
 * a {@code POP_BLOCK} ends on every path leaving it (regions follow control flow, so a
 * {@code break} may pop while the code after it stays protected). At the handler, the stack
 * holds what it held at the set-up ({@code SETUP_WITH}: less the {@code __enter__} result),
 * plus (for {@code SETUP_CLEANUP} and {@code SETUP_WITH}) the offset of the raising
 * instruction, plus the exception. The code generator must not emit superinstructions
 * ({@code LOAD_FAST_LOAD_FAST} …): the assembler forms them.
 *
 * <p>Thread safety: confined to the compiling thread.
 */
public final class InstructionSequence {
    private final List<Instruction> instructions = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();

    /** A new, unbound label. */
    public Label newLabel() {
        Label label = new Label(labels.size());
        labels.add(label);
        return label;
    }

    /**
     * Makes {@code label} name the next instruction added. Several labels may name the same
     * instruction. A label bound after the last instruction names the end of the code, which
     * must not be reached.
     *
     * @throws IllegalStateException if the label is already bound
     */
    public void bind(Label label) {
        if (label.isBound()) {
            throw new IllegalStateException("label " + label + " bound twice");
        }
        label.position = instructions.size();
    }

    /**
     * Appends a non-jump instruction, real or pseudo.
     *
     * @param op the opcode; not a jump nor a handler set-up
     * @param oparg the argument, 0 when the opcode takes none
     * @param loc the source location, {@link Location#NONE} for artificial instructions
     * @throws IllegalArgumentException if {@code op} jumps or sets up a handler
     */
    public void add(Opcode op, int oparg, Location loc) {
        if (op.has(Opcode.HAS_JUMP) || op.has(Opcode.HAS_EXC)) {
            throw new IllegalArgumentException(op + " needs a label: use addJump");
        }
        if (oparg < 0) {
            throw new IllegalArgumentException("negative oparg " + oparg + " for " + op);
        }
        instructions.add(new Instruction(op, oparg, null, Objects.requireNonNull(loc)));
    }

    /**
     * Appends a jump ({@code JUMP}, {@code JUMP_NO_INTERRUPT}, {@code JUMP_FORWARD},
     * {@code JUMP_BACKWARD}, {@code FOR_ITER}, {@code SEND}, {@code POP_JUMP_IF_*} …) or a
     * handler set-up ({@code SETUP_FINALLY}, {@code SETUP_CLEANUP}, {@code SETUP_WITH}, whose
     * target is the handler).
     *
     * @throws IllegalArgumentException if {@code op} neither jumps nor sets up a handler
     */
    public void addJump(Opcode op, Label target, Location loc) {
        if (!op.has(Opcode.HAS_JUMP) && !op.has(Opcode.HAS_EXC)) {
            throw new IllegalArgumentException(op + " takes no label: use add");
        }
        instructions.add(new Instruction(op, 0, Objects.requireNonNull(target),
                Objects.requireNonNull(loc)));
    }

    /** The number of instructions added so far. */
    public int size() {
        return instructions.size();
    }

    /** The instructions added so far, in order (a read-only view). */
    public List<Instruction> instructions() {
        return Collections.unmodifiableList(instructions);
    }

    /** The instruction at {@code index}. */
    public Instruction get(int index) {
        return instructions.get(index);
    }

    /** Every label created, in creation order (a read-only view). */
    public List<Label> labels() {
        return Collections.unmodifiableList(labels);
    }

    /**
     * The index of the instruction {@code label} names (equal to {@link #size()} for a label
     * bound at the end).
     *
     * @throws IllegalStateException if the label was never bound
     */
    public int position(Label label) {
        if (!label.isBound()) {
            throw new IllegalStateException("label " + label + " used but never bound");
        }
        return label.position;
    }

    /** The location of the last instruction, or {@link Location#NONE} if there is none. */
    public Location lastLocation() {
        return instructions.isEmpty() ? Location.NONE : instructions.getLast().loc();
    }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder();
        List<List<Label>> at = new ArrayList<>();
        for (int i = 0; i <= instructions.size(); i++) {
            at.add(new ArrayList<>());
        }
        for (Label l : labels) {
            if (l.isBound()) {
                at.get(l.position).add(l);
            }
        }
        for (int i = 0; i <= instructions.size(); i++) {
            for (Label l : at.get(i)) {
                sb.append("L").append(l.id()).append(":\n");
            }
            if (i < instructions.size()) {
                sb.append("  ").append(instructions.get(i)).append('\n');
            }
        }
        return sb.toString();
    }
}
