package dev.kaa.stdlib.internal;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The input a decompressor has not consumed yet, kept between calls: a call that stopped at
 * {@code max_length} leaves the rest of its input here, and the next call feeds it to the
 * library before its own data, as CPython's decompressors keep their {@code input_buffer}. The
 * rest lives in memory of an automatic arena, so a call given no new data reads it in place.
 *
 * <p>Thread safety: guarded by the decompressor's lock ({@link NativeStream}).
 */
public final class PendingInput {
    /** The unconsumed input; null when there is none. */
    private MemorySegment rest;

    /**
     * The input of a call: the pending rest, then {@code data}, in native memory (the call's
     * arena when nothing was pending).
     */
    public MemorySegment take(OutputBlocks call, byte[] data) {
        if (rest == null) {
            return call.copyIn(data).asSlice(0, data.length);
        }
        if (data.length == 0) {
            return rest;
        }
        MemorySegment both = Arena.ofAuto().allocate(rest.byteSize() + data.length);
        MemorySegment.copy(rest, 0, both, 0, rest.byteSize());
        MemorySegment.copy(data, 0, both, ValueLayout.JAVA_BYTE, rest.byteSize(), data.length);
        return both;
    }

    /**
     * After a call given {@code input} by {@link #take}: its last {@code unconsumed} bytes are
     * pending for the next call (none: nothing is).
     */
    public void keep(OutputBlocks call, MemorySegment input, long unconsumed) {
        if (unconsumed == 0) {
            rest = null;
            return;
        }
        MemorySegment tail = input.asSlice(input.byteSize() - unconsumed);
        if (tail.scope().equals(call.arena().scope())) {
            MemorySegment copy = Arena.ofAuto().allocate(unconsumed);
            MemorySegment.copy(tail, 0, copy, 0, unconsumed);
            tail = copy;
        }
        rest = tail;
    }

    /** Drops the pending input (after an error, as CPython does). */
    public void clear() {
        rest = null;
    }
}
