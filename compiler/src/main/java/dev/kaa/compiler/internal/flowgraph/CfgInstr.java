package dev.kaa.compiler.internal.flowgraph;

import dev.kaa.bytecode.Opcode;

/**
 * An instruction inside the flow graph: like {@link Instruction}, but mutable (passes rewrite
 * opcodes, arguments and locations in place), with its target resolved to a {@link BasicBlock}
 * and, once exception regions are labelled, the innermost {@link Handler} protecting it.
 *
 * <p>Thread safety: confined to the compiling thread.
 */
public final class CfgInstr {
    Opcode op;
    int oparg;
    BasicBlock target;
    Location loc;
    Handler handler;

    CfgInstr(Opcode op, int oparg, BasicBlock target, Location loc) {
        this.op = op;
        this.oparg = oparg;
        this.target = target;
        this.loc = loc;
    }

    /** A new instruction without target; for prefix instructions and tests. */
    public static CfgInstr of(Opcode op, int oparg, Location loc) {
        return new CfgInstr(op, oparg, null, loc);
    }

    public Opcode op() { return op; }
    public int oparg() { return oparg; }
    /** The jump target or handler block, or {@code null}. */
    public BasicBlock target() { return target; }
    public Location loc() { return loc; }
    /** The innermost exception handler protecting this instruction, or {@code null}. */
    public Handler handler() { return handler; }

    public void setOp(Opcode op) { this.op = op; }
    public void setOparg(int oparg) { this.oparg = oparg; }

    /** Whether this instruction is a jump (real or pseudo), not a handler set-up. */
    public boolean isJump() {
        return op.has(Opcode.HAS_JUMP);
    }

    /** Whether this instruction jumps always (control never falls through it). */
    public boolean isUnconditionalJump() {
        return switch (op) {
            case JUMP, JUMP_NO_INTERRUPT, JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT -> true;
            default -> false;
        };
    }

    /** Whether control never continues with the next instruction. */
    public boolean endsFlow() {
        return isUnconditionalJump() || isExit();
    }

    /** Whether the instruction leaves the frame (returns or raises). */
    public boolean isExit() {
        return switch (op) {
            case RETURN_VALUE, RETURN_CONST, RAISE_VARARGS, RERAISE -> true;
            default -> false;
        };
    }

    @Override public String toString() {
        String arg = target != null ? " -> B" + target.id : op.has(Opcode.HAS_ARG) ? " " + oparg : "";
        return op + arg + (loc.isNone() ? "" : "  @" + loc.lineno());
    }
}
