package dev.kaa.stdlib.ctypes;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyGetter;
import dev.kaa.ext.PythonType;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * A block of native memory owned by a ctypes instance (its {@code _b_base_}-less buffer): zeroed,
 * aligned for any C type, and freed by the JVM once no instance refers to it (an automatic
 * arena), so {@code addressof} is a real address C code can use for as long as the instance
 * lives, as in CPython.
 *
 * <p>Thread safety: immutable; the bytes inside are the program's to guard.
 */
final class CMemory extends ExtensionObject {
    private final MemorySegment segment;
    private final long size;

    CMemory(PythonType type, long size) {
        super(type);
        if (size < 0) {
            throw Py.valueError("negative size");
        }
        this.size = size;
        this.segment = Arena.ofAuto().allocate(Math.max(size, 1), 16);
    }

    @PyGetter
    Object address() {
        return Py.integer(segment.address());
    }

    @PyGetter
    Object size() {
        return Py.integer(size);
    }
}
