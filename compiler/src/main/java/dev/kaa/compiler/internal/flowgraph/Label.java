package dev.kaa.compiler.internal.flowgraph;

/**
 * A jump target in an {@link InstructionSequence}: a name for the instruction that follows
 * {@link InstructionSequence#bind(Label)}. Labels compare by identity; create them with
 * {@link InstructionSequence#newLabel()} and bind each at most once.
 *
 * <p>Thread safety: confined to the compiling thread.
 */
public final class Label {
    /** Index of the instruction this label names, or -1 until bound. */
    int position = -1;
    private final int id;

    Label(int id) {
        this.id = id;
    }

    /** Whether {@link InstructionSequence#bind(Label)} was called for this label. */
    public boolean isBound() {
        return position >= 0;
    }

    /** The number of the label in its sequence, for messages. */
    public int id() {
        return id;
    }

    @Override public String toString() {
        return "L" + id + (position >= 0 ? "@" + position : "");
    }
}
