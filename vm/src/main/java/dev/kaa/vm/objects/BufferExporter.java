package dev.kaa.vm.objects;

/**
 * An object that lends its bytes out as CPython's buffer protocol does (an {@code array.array},
 * say): {@code bytes(x)}, {@code bytearray(x)}, {@code memoryview(x)} and every function taking a
 * bytes-like object read them without iterating the items.
 *
 * <p>Thread safety: as the implementing type's.
 */
public interface BufferExporter {
    /** The storage as it is now: bytes {@code [0, bufferLength())} are the buffer. Re-read after any change. */
    byte[] bufferArray();

    /** The buffer's length in bytes. */
    int bufferLength();

    /** The items' struct format character ({@code 'B'}, {@code 'd'}, {@code 'w'} for UCS-4 …). */
    char bufferFormat();

    /** The size of one item in bytes. */
    int bufferItemSize();

    /** A view starts (+1) or stops (-1) using the buffer; while any does, the exporter may not resize. */
    void bufferExport(int delta);
}
