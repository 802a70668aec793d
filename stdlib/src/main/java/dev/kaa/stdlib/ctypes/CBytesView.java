package dev.kaa.stdlib.ctypes;

import dev.kaa.ext.BufferSource;
import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.PythonType;
import java.lang.foreign.MemorySegment;

/**
 * The bytes of a ctypes instance's memory, lent through the buffer protocol: what the
 * instance's {@code __buffer__} makes a memoryview of, so the view reads and writes the
 * instance's own memory. It holds the instance, and so the memory, while any view lives.
 * Unlike CPython's, the view is of bytes (format 'B', one dimension), not typed by the ctypes
 * type: {@code memoryview(c_double()).format} is 'B', not '<d'; {@code cast} gives the typed view.
 *
 * <p>Thread safety: immutable; the bytes are the program's to guard.
 */
final class CBytesView extends ExtensionObject implements BufferSource {
    private final Object owner;
    private final MemorySegment memory;

    CBytesView(PythonType type, Object owner, MemorySegment memory) {
        super(type);
        this.owner = owner;
        this.memory = memory;
    }

    @Override public MemorySegment buffer() {
        return memory;
    }

    /** The instance whose memory this is. */
    Object owner() {
        return owner;
    }
}
