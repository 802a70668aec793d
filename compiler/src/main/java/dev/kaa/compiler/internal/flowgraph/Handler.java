package dev.kaa.compiler.internal.flowgraph;

import dev.kaa.bytecode.Opcode;

/**
 * An exception handler as one {@code SETUP_FINALLY}, {@code SETUP_CLEANUP} or {@code SETUP_WITH}
 * installs it: the block control goes to, and whether the offset of the raising instruction is
 * pushed below the exception ("lasti", for cleanup and with handlers).
 *
 * <p>Thread safety: immutable after the stack-depth pass set the target's depth.
 */
public final class Handler {
    private final BasicBlock target;
    private final boolean lasti;

    Handler(BasicBlock target, Opcode setup) {
        this.target = target;
        this.lasti = setup == Opcode.SETUP_CLEANUP || setup == Opcode.SETUP_WITH;
    }

    public BasicBlock target() { return target; }

    /** Whether the handler wants the raising instruction's offset pushed. */
    public boolean lasti() { return lasti; }

    /**
     * The stack depth the interpreter unwinds to before pushing (lasti and) the exception:
     * the handler's entry depth less what the unwinding pushes.
     */
    public int depth() {
        return target.startDepth - 1 - (lasti ? 1 : 0);
    }

    /** Whether two handlers send control to the same place in the same way. */
    public boolean sameAs(Handler other) {
        return other != null && target == other.target && lasti == other.lasti;
    }

    @Override public String toString() {
        return "B" + target.id + (lasti ? " lasti" : "");
    }
}
