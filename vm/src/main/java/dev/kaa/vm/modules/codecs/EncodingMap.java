package dev.kaa.vm.modules.codecs;

import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code EncodingMap}: the fast encoding table {@code charmap_build} makes from a 256-character
 * decoding table (character to byte). Tables it cannot represent (another length, a second NUL,
 * characters past U+FFFF) are answered as a plain dict instead, as CPython does.
 *
 * <p>Thread safety: immutable.
 */
public final class EncodingMap extends PyObject {
    public static final PyType TYPE = PyType.builtin("EncodingMap", EncodingMap.class, MethodHandles.lookup(),
            PyType.DISALLOW_INSTANTIATION);

    private final Map<Integer, Integer> bytes;
    private final int size;

    private EncodingMap(Map<Integer, Integer> bytes, int size) {
        this.bytes = bytes;
        this.size = size;
    }

    @Override public PyType type() {
        return TYPE;
    }

    /** The byte {@code cp} encodes to, or -1. */
    int lookup(int cp) {
        Integer b = bytes.get(cp);
        return b == null ? -1 : b;
    }

    /** An EncodingMap of {@code table}, or the dict {ord(char): index} when the table does not fit one. */
    static Object build(PyStr table) {
        int[] cps = table.codePoints();
        if (cps.length == 0) {
            throw PyErr.typeError("bad argument type for built-in operation");
        }
        boolean needDict = cps.length != 256 || cps[0] != 0;
        for (int i = 1; i < cps.length && !needDict; i++) {
            needDict = cps[i] == 0 || cps[i] > 0xFFFF;
        }
        if (needDict) {
            PyDict d = new PyDict();
            for (int i = 0; i < cps.length; i++) {
                d.setItem(PyInt.of(cps[i]), PyInt.of(i));
            }
            return d;
        }
        Map<Integer, Integer> m = new HashMap<>();
        Set<Integer> level2 = new HashSet<>(), level3 = new HashSet<>();
        for (int i = 0; i < 256; i++) {
            if (cps[i] == 0xFFFE) {
                continue;
            }
            m.put(cps[i], i);
            level2.add(cps[i] >> 11);
            level3.add(cps[i] >> 7);
        }
        // CPython's figure for its three-level table: a header, 16-byte and 128-byte blocks.
        return new EncodingMap(m, 63 + 16 * level2.size() + 128 * level3.size());
    }

    @PyMethod(doc = "Return the size (in bytes) of this object")
    int size() {
        return size;
    }
}
