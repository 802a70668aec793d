package dev.kaa.stdlib.lzma;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.kaa.ext.Py;
import dev.kaa.ext.PythonException;
import dev.kaa.ext.PythonType;
import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.math.BigInteger;
import java.util.Set;

/**
 * Filter specifiers, the dicts through which Python code names a filter and its options
 * ({@code {"id": FILTER_LZMA2, "preset": 9, "dict_size": 1 << 26}}), to and from liblzma's
 * {@code lzma_filter} structs, with CPython's checks and messages. The options a dict leaves out
 * come from the preset (LZMA1, LZMA2) or are the library's defaults.
 *
 * <p>Thread safety: stateless; the structs go in the caller's arena.
 */
final class FilterSpecs {
    private FilterSpecs() {}

    static final long FILTER_LZMA1 = 0x4000000000000001L;
    static final long FILTER_LZMA2 = 0x21;
    static final long FILTER_DELTA = 0x03;
    static final long FILTER_X86 = 0x04;
    static final long FILTER_POWERPC = 0x05;
    static final long FILTER_IA64 = 0x06;
    static final long FILTER_ARM = 0x07;
    static final long FILTER_ARMTHUMB = 0x08;
    static final long FILTER_SPARC = 0x09;
    static final int PRESET_DEFAULT = 6;

    /** The LZMA options a dict may set (besides "id" and "preset"), each a {@code uint32_t}-sized field. */
    private static final Set<String> LZMA_OPTIONS = Set.of("dict_size", "lc", "lp", "pb", "mode", "nice_len", "mf",
            "depth");

    /**
     * A chain of filter specifiers (a sequence of dicts) as an array of {@code lzma_filter}
     * ending with {@code LZMA_VLI_UNKNOWN}, as liblzma takes it.
     */
    static MemorySegment chain(Arena arena, Object specs, PythonType error) {
        if (Py.isInstance(specs, Py.builtinType("dict"))) {
            // A dict has a length but, to the C API, no sequence length.
            throw Py.typeError(Py.typeOf(specs).name() + " is not a sequence");
        }
        long n = Py.len(specs);
        if (n > Liblzma.FILTERS_MAX) {
            throw Py.valueError("Too many filters - liblzma supports a maximum of " + Liblzma.FILTERS_MAX);
        }
        MemorySegment filters = arena.allocate(Liblzma.FILTER, n + 1);
        for (int i = 0; i < n; i++) {
            filter(arena, Py.getItem(specs, Py.integer(i)), filters.asSlice(i * Liblzma.FILTER.byteSize()), error);
        }
        filters.set(JAVA_LONG, n * Liblzma.FILTER.byteSize(), Liblzma.VLI_UNKNOWN);
        return filters;
    }

    /** The id of the first filter of a chain made by {@link #chain}, and whether it is alone. */
    static long id(MemorySegment filters, int index) {
        return filters.get(JAVA_LONG, index * Liblzma.FILTER.byteSize());
    }

    /** Fills the {@code lzma_filter} at {@code filter} from one specifier. */
    static void filter(Arena arena, Object spec, MemorySegment filter, PythonType error) {
        if (!Py.hasAttr(Py.typeOf(spec), "__getitem__")) {
            throw Py.typeError("Filter specifier must be a dict or dict-like object");
        }
        Object idObject = optionalItem(spec, "id");
        if (idObject == null) {
            throw Py.valueError("Filter specifier must have an \"id\" entry");
        }
        long id = unsigned64(idObject);
        MemorySegment options;
        if (id == FILTER_LZMA1 || id == FILTER_LZMA2) {
            options = lzmaOptions(arena, spec, error);
        } else if (id == FILTER_DELTA) {
            options = arena.allocate(Liblzma.OPTIONS_DELTA);
            options.set(JAVA_INT, offset(Liblzma.OPTIONS_DELTA, "dist"), 1);
            setOptions(spec, options, Liblzma.OPTIONS_DELTA, Set.of("dist"), "delta");
        } else if (isBcj(id)) {
            options = arena.allocate(Liblzma.OPTIONS_BCJ);
            setOptions(spec, options, Liblzma.OPTIONS_BCJ, Set.of("start_offset"), "BCJ");
        } else {
            throw Py.valueError("Invalid filter ID: " + Long.toUnsignedString(id));
        }
        filter.set(JAVA_LONG, 0, id);
        filter.set(ADDRESS, offset(Liblzma.FILTER, "options"), options);
    }

    private static boolean isBcj(long id) {
        return id == FILTER_X86 || id == FILTER_POWERPC || id == FILTER_IA64 || id == FILTER_ARM
                || id == FILTER_ARMTHUMB || id == FILTER_SPARC;
    }

    /** LZMA1/LZMA2 options: the preset's, then what the dict sets. */
    private static MemorySegment lzmaOptions(Arena arena, Object spec, PythonType error) {
        int preset = PRESET_DEFAULT;
        Object presetObject = optionalItem(spec, "preset");
        if (presetObject != null) {
            preset = uint32(presetObject);
        }
        MemorySegment options = arena.allocate(Liblzma.OPTIONS_LZMA);
        if (Liblzma.bool(Liblzma.LIB.lzmaPreset, options, preset)) {
            throw Py.error(error, "Invalid compression preset: " + Integer.toUnsignedString(preset));
        }
        setOptions(spec, options, Liblzma.OPTIONS_LZMA, LZMA_OPTIONS, "LZMA");
        return options;
    }

    /**
     * Sets the {@code uint32_t} fields the dict names; anything else in it but "id" (and
     * "preset" for LZMA), or a value that is not such an integer, is refused with one message,
     * as CPython's keyword parsing of the dict refuses it.
     */
    private static void setOptions(Object spec, MemorySegment options, StructLayout layout, Set<String> names,
            String kind) {
        if (!Py.isInstance(spec, Py.builtinType("dict"))) {
            throw invalid(kind);
        }
        for (Object key : Py.iterate(spec)) {
            if (!Py.isInstance(key, Py.builtinType("str"))) {
                throw invalid(kind);
            }
            String name = Py.asString(key);
            if (name.equals("id") || (name.equals("preset") && kind.equals("LZMA"))) {
                continue;
            }
            if (!names.contains(name)) {
                throw invalid(kind);
            }
            int value;
            try {
                value = uint32(Py.getItem(spec, key));
            } catch (PythonException e) {
                throw invalid(kind);
            }
            options.set(JAVA_INT, offset(layout, name), value);
        }
    }

    private static RuntimeException invalid(String kind) {
        return Py.valueError("Invalid filter specifier for " + kind + " filter");
    }

    /** {@code spec[key]}, or null when that raises KeyError. */
    private static Object optionalItem(Object spec, String key) {
        try {
            return Py.getItem(spec, Py.str(key));
        } catch (PythonException e) {
            if (e.matches(Py.builtinType("KeyError"))) {
                return null;
            }
            throw e;
        }
    }

    /** An {@code int} as a C {@code unsigned long long}, as {@code PyLong_AsUnsignedLongLong} takes it. */
    static long unsigned64(Object o) {
        if (!Py.isInstance(o, Py.builtinType("int"))) {
            throw Py.typeError("an integer is required");
        }
        BigInteger v = Py.asBigInteger(o);
        if (v.signum() < 0) {
            throw Py.overflowError("can't convert negative int to unsigned");
        }
        if (v.bitLength() > 64) {
            throw Py.overflowError("int too big to convert");
        }
        return v.longValue();
    }

    /** An {@code int} as a {@code uint32_t}. */
    static int uint32(Object o) {
        long v = unsigned64(o);
        if (v >>> 32 != 0) {
            throw Py.overflowError("Value too large for uint32_t type");
        }
        return (int) v;
    }

    private static long offset(StructLayout layout, String name) {
        return layout.byteOffset(MemoryLayout.PathElement.groupElement(name));
    }

    /** The specifier of a filter liblzma decoded (its options only those the properties carry). */
    static Object spec(MemorySegment filter) {
        long id = filter.get(JAVA_LONG, 0);
        MemorySegment options = filter.get(ADDRESS, offset(Liblzma.FILTER, "options"));
        Object spec = Py.dict();
        Py.setItem(spec, Py.str("id"), LzmaModule.unsignedInt(id));
        String[] fields;
        StructLayout layout;
        if (id == FILTER_LZMA1) {
            fields = new String[] {"lc", "lp", "pb", "dict_size"};
            layout = Liblzma.OPTIONS_LZMA;
        } else if (id == FILTER_LZMA2) {
            fields = new String[] {"dict_size"};
            layout = Liblzma.OPTIONS_LZMA;
        } else if (id == FILTER_DELTA) {
            fields = new String[] {"dist"};
            layout = Liblzma.OPTIONS_DELTA;
        } else if (isBcj(id)) {
            fields = new String[] {"start_offset"};
            layout = Liblzma.OPTIONS_BCJ;
        } else {
            throw Py.valueError("Invalid filter ID: " + Long.toUnsignedString(id));
        }
        if (options.address() == 0) {
            return spec; // a branch converter's properties may be empty: no start_offset
        }
        MemorySegment o = options.reinterpret(layout.byteSize());
        for (String f : fields) {
            Py.setItem(spec, Py.str(f), Py.integer(Integer.toUnsignedLong(o.get(JAVA_INT, offset(layout, f)))));
        }
        return spec;
    }
}
