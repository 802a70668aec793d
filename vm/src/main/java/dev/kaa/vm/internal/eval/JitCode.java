package dev.kaa.vm.internal.eval;

import dev.kaa.vm.objects.PyFrame;

/**
 * A code object compiled to a JVM class by {@link Jit}: runs a frame from {@code f.pc} (the
 * start of the code or the head of a loop) with the frame's own value stack, as the interpreter
 * would, until the frame returns or reaches an instruction the compiled code leaves to the
 * interpreter.
 *
 * <p>Thread safety: immutable; a frame runs on its thread, under the GIL.
 */
public abstract class JitCode {
    /**
     * What {@link #run} returns when it stops at an instruction it does not compile: the frame's
     * {@code pc} and {@code sp} are set, and the interpreter continues from there.
     */
    public static final Object BAIL = new Object() {
        @Override public String toString() {
            return "<continue in the interpreter>";
        }
    };

    /**
     * Runs {@code f} from {@code f.pc} with the stack depth {@code f.sp}. Returns the frame's
     * return value (the frame then {@link PyFrame#COMPLETED}) or {@link #BAIL}. An exception
     * leaves with {@code f.lasti} at the instruction that raised it and the value stack as the
     * interpreter leaves it, so the interpreter's unwinding takes over.
     */
    public abstract Object run(ThreadState ts, PyFrame f);

    /** Per code unit: whether {@link #run} can start there (the code's start and its loop heads). */
    final boolean[] entries;

    protected JitCode(boolean[] entries) {
        this.entries = entries;
    }
}
