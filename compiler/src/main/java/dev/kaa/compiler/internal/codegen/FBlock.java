package dev.kaa.compiler.internal.codegen;

import dev.kaa.compiler.internal.flowgraph.Label;
import dev.kaa.compiler.internal.flowgraph.Location;

/**
 * One open block a {@code return}, {@code break} or {@code continue} may have to leave (CPython's
 * {@code fblockinfo}): loops, handlers, {@code finally} bodies, {@code with} blocks and the
 * values they keep on the stack.
 *
 * <p>Thread safety: immutable.
 *
 * @param type what the block is
 * @param block the label at the start of the block (a loop's {@code continue} target)
 * @param exit the label after the block (a loop's {@code break} target), or null
 * @param datum extra data: the {@code finally} body ({@code List<Stmt>}) of
 *     {@link Type#FINALLY_TRY}, the bound name ({@code String}) of a {@link Type#HANDLER_CLEANUP},
 *     else null
 * @param loc the location of the statement that opened the block
 */
record FBlock(Type type, Label block, Label exit, Object datum, Location loc) {
    /** CPython's {@code fblocktype}. */
    enum Type {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH,
        HANDLER_CLEANUP, POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER,
        ASYNC_COMPREHENSION_GENERATOR, STOP_ITERATION
    }
}
