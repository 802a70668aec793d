package dev.kaa.compiler.internal.assemble;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.compiler.internal.flowgraph.CodeUnitInfo;
import dev.kaa.compiler.internal.flowgraph.InstructionSequence;

/**
 * Turns one code unit's {@link InstructionSequence} into a CPython 3.13 {@link CodeObject}.
 *
 * <p>Thread safety: stateless.
 */
public final class Assembler {
    private Assembler() {}

    /**
     * Assembles {@code seq} with the names, constants and flags in {@code info}.
     *
     * @throws IllegalStateException on an internal compiler error (inconsistent stack depths,
     *     unbound labels, …), naming the code unit
     */
    public static CodeObject assemble(InstructionSequence seq, CodeUnitInfo info) {
        throw new IllegalStateException("assembler not yet written (" + info.qualname() + ")");
    }
}
