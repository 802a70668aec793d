package dev.kaa.stdlib.internal;

import java.lang.foreign.MemorySegment;

/**
 * What a compression library's stream struct and coding function give the loops that
 * {@link CompressorCore} and {@link DecompressorCore} share ({@code bz_stream} and
 * {@code BZ2_bzCompress}, {@code lzma_stream} and {@code lzma_code} …).
 *
 * <p>Thread safety: called under the object's lock; {@link #step} releases the GIL.
 */
public interface StreamCodec {
    /** Points the stream at its input. */
    void input(MemorySegment stream, MemorySegment in);

    /** Points the stream at a block to write into. */
    void output(MemorySegment stream, MemorySegment block);

    /** The input bytes the stream has not consumed. */
    long availIn(MemorySegment stream);

    /** The room left in the block it writes into. */
    long availOut(MemorySegment stream);

    /**
     * Runs the coding function once, without the GIL, with {@code finish} (end the stream) or
     * not, raising what CPython raises for an error code: whether the stream has ended.
     */
    boolean step(MemorySegment stream, boolean finish);
}
