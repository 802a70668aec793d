package dev.kaa.compiler.internal.flowgraph;

import dev.kaa.bytecode.Opcode;

/**
 * One instruction as the code generator emitted it: a real or pseudo opcode, its argument
 * (0 when it takes none), its jump or handler target ({@code null} unless the opcode jumps or
 * sets up a handler) and its source location.
 *
 * <p>Thread safety: immutable.
 *
 * @param op the opcode
 * @param oparg the argument, already final for names and constants
 * @param target the jump target or handler, or {@code null}
 * @param loc the source location, {@link Location#NONE} for artificial instructions
 */
public record Instruction(Opcode op, int oparg, Label target, Location loc) {
    /** Whether the argument is a label rather than a number. */
    public boolean hasTarget() {
        return target != null;
    }

    @Override public String toString() {
        String arg = target != null ? " " + target : op.has(Opcode.HAS_ARG) ? " " + oparg : "";
        return op + arg + (loc.isNone() ? "" : "  @" + loc.lineno() + ":" + loc.col());
    }
}
