package dev.kaa.ext;

import java.lang.foreign.MemorySegment;

/**
 * An extension object that lends its memory out through the buffer protocol, as a C type with
 * {@code bf_getbuffer} does: {@code memoryview(x)} views that memory itself (its writes reach it),
 * and {@code bytes(x)}, {@code b"".join}, {@code file.write(x)} and the other consumers of a
 * bytes-like object read it. The memory may be native ({@code mmap}'s, a C library's) or a heap
 * array ({@link MemorySegment#ofArray}).
 *
 * <pre>{@code
 * final class Block extends ExtensionObject implements BufferSource {
 *     private final MemorySegment memory = Arena.ofAuto().allocate(4096);
 *     @Override public MemorySegment buffer() { return memory; }
 * }
 * }</pre>
 *
 * <p>Kaa's views tell the exporter of themselves only while a {@code with} block holds them
 * ({@link #bufferExport}): a view dropped without {@code release()} is released by the
 * collector at an unknown time, so pinning for a view's whole life would refuse a resize or a
 * close at random. An exporter whose memory can go away ({@code close}, a resize) must make
 * {@link #buffer} raise the Python exception CPython's would then ({@code ValueError: mmap
 * closed or invalid}), never answer freed memory.
 *
 * <p>Thread safety: {@link #buffer} is called with the GIL held; the memory is read and written
 * under it.
 */
public interface BufferSource {
    /** The memory as it is now (asked again after anything that may change it); its size is the buffer's length. */
    MemorySegment buffer();

    /** Whether views may not write ({@code memoryview(x).readonly}). */
    default boolean bufferReadonly() {
        return false;
    }

    /** The items' struct format character: {@code 'B'} (unsigned bytes) unless the items are other. */
    default char bufferFormat() {
        return 'B';
    }

    /** The size of one item in bytes (1 for {@code 'B'}). */
    default int bufferItemSize() {
        return 1;
    }

    /**
     * A view starts (+1) or stops (-1) holding the memory (from a {@code with} block's start to
     * its {@code release()}); while any does, the exporter should refuse to resize or close, as
     * CPython's refuse with BufferError.
     */
    default void bufferExport(int delta) {
    }
}
