package dev.kaa.vm.modules.io;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyNone;

/**
 * The parts of {@code BytesIO} and {@code StringIO} pickling that are the same for both: the
 * instance dictionary saved as the state's last item (None when empty), and the position and
 * dictionary restored from a state tuple.
 *
 * <p>Thread safety: stateless.
 */
final class MemoryState {
    private MemoryState() {}

    /** The dictionary item of {@code __getstate__}: a copy, or None when there is nothing in it. */
    static Object savedDict(IoBase stream) {
        PyDict d = stream.instanceDict();
        return d == null || d.size() == 0 ? PyNone.NONE : d.copy();
    }

    /** The position item of {@code __setstate__}, which must not be negative. */
    static int restoredPosition(Object p) {
        long n = Abstract.asLong(p);
        if (n < 0) {
            throw PyErr.valueError("position value cannot be negative");
        }
        return (int) n;
    }

    /** Merges the dictionary item of {@code __setstate__} (None leaves the dictionary alone). */
    static void restoreDict(IoBase stream, Object d) {
        if (d instanceof PyDict dict) {
            stream.instanceDict().update(dict);
        }
    }
}
