package dev.kaa.stdlib.mmap;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonType;
import java.lang.invoke.MethodHandles;

/**
 * What {@code iter(m)} gives for an {@code mmap}: its bytes one at a time, each a {@code bytes}
 * of length 1 (as CPython's sequence iterator over the map's items does), read as the iteration
 * reaches them.
 *
 * <p>Thread safety: GIL-guarded.
 */
final class MmapIterator extends ExtensionObject {
    static volatile PythonType type;

    private MmapObject map;
    private long next;

    MmapIterator(PythonType type, MmapObject map) {
        super(type);
        this.map = map;
    }

    static void register(ModuleDefinition m) {
        type = m.addType("mmap_iterator", MmapIterator.class, MethodHandles.lookup());
    }

    @PyMethod
    Object __iter__() {
        return this;
    }

    @PyMethod
    Object __next__() {
        Object item = map == null ? null : map.itemAt(next);
        if (item == null) {
            map = null;
            throw Py.errorWithArgs(Py.builtinType("StopIteration"));
        }
        next++;
        return item;
    }
}
