package dev.kaa.stdlib.internal;

import dev.kaa.ext.Py;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The output of one compress or decompress call, gathered in native blocks that a C library
 * writes into, then copied into one {@code bytes}: the block sizes CPython's
 * {@code _BlocksOutputBuffer} uses (32 KiB, then growing to 256 MiB), so a call with
 * {@code max_length} stops where CPython's stops. The blocks, and the copy of the call's input,
 * live in a confined arena closed with this object.
 *
 * <p>Thread safety: confined to the thread that made it (which may run without the GIL).
 */
public final class OutputBlocks implements AutoCloseable {
    private static final long KB = 1024;
    private static final long MB = 1024 * KB;
    private static final long[] BLOCK_SIZES = {32 * KB, 64 * KB, 256 * KB, MB, 4 * MB, 8 * MB, 16 * MB, 16 * MB,
        32 * MB, 32 * MB, 32 * MB, 32 * MB, 64 * MB, 64 * MB, 128 * MB, 128 * MB, 256 * MB};
    /** The most a Kaa {@code bytes} holds (a Java array). */
    private static final long MAX_BYTES = Integer.MAX_VALUE - 8;

    private final Arena arena = Arena.ofConfined();
    private final long maxLength;
    private final List<MemorySegment> blocks = new ArrayList<>();
    private long allocated;

    /** Output of at most {@code maxLength} bytes; a negative one for no limit. */
    public OutputBlocks(long maxLength) {
        this.maxLength = maxLength;
    }

    /**
     * A {@code max_length} argument as a C {@code Py_ssize_t}: an integer, negative for no
     * limit, with CPython's complaint when it does not fit.
     */
    public static long maxLength(Object o) {
        if (Py.isInstance(o, Py.builtinType("int")) && Py.asBigInteger(o).bitLength() > 63) {
            throw Py.overflowError("Python int too large to convert to C ssize_t");
        }
        return Py.asLong(o);
    }

    /** The arena of this call, for its other native memory (the input's copy). */
    public Arena arena() {
        return arena;
    }

    /** A native copy of {@code data}, for the library to read. */
    public MemorySegment copyIn(byte[] data) {
        MemorySegment s = arena.allocate(Math.max(1, data.length));
        MemorySegment.copy(data, 0, s, ValueLayout.JAVA_BYTE, 0, data.length);
        return s;
    }

    /**
     * The next block to write into: the first call gives the first block, later ones each give
     * a larger one, none past {@code maxLength} in all. MemoryError past what a bytes holds.
     */
    public MemorySegment grow() {
        long size = BLOCK_SIZES[Math.min(blocks.size(), BLOCK_SIZES.length - 1)];
        if (maxLength >= 0) {
            size = Math.min(size, maxLength - allocated);
        }
        if (allocated + size > MAX_BYTES) {
            size = MAX_BYTES - allocated;
            if (size <= 0) {
                throw Py.error(Py.builtinType("MemoryError"), "output too large for a bytes object");
            }
        }
        MemorySegment block = arena.allocate(Math.max(size, 1)).asSlice(0, size);
        blocks.add(block);
        allocated += size;
        return block;
    }

    /** How many bytes the library has written, when the last block has {@code availOut} left. */
    public long dataSize(long availOut) {
        return allocated - availOut;
    }

    /** The bytes written, when the last block has {@code availOut} left. */
    public byte[] finish(long availOut) {
        byte[] result = new byte[(int) dataSize(availOut)];
        int at = 0;
        for (MemorySegment block : blocks) {
            int n = (int) Math.min(block.byteSize(), result.length - at);
            MemorySegment.copy(block, ValueLayout.JAVA_BYTE, 0, result, at, n);
            at += n;
        }
        return result;
    }

    @Override public void close() {
        arena.close();
    }
}
