package dev.kaa.stdlib.lzma;

import dev.kaa.ext.ExtensionModule;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonType;
import dev.kaa.stdlib.internal.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;
import java.math.BigInteger;

/**
 * {@code _lzma}: {@link LZMACompressor} and {@link LZMADecompressor} over the system's liblzma,
 * called as CPython's module calls it, so the compressed bytes are CPython's; the filter
 * properties helpers {@code lzma}'s zip and 7z support uses; {@code LZMAError} and the
 * library's constants. Absent (ImportError) on a system without the library.
 *
 * <p>Thread safety: stateless but for {@link #error}, set once per type (shared by interpreters).
 */
public final class LzmaModule implements ExtensionModule {
    /** {@code _lzma.LZMAError}, made when the module is first imported. */
    static volatile PythonType error;

    @Override public String name() {
        return "_lzma";
    }

    @Override public void initialize(ModuleDefinition m) {
        if (Liblzma.LIB == null) {
            throw Py.error(Py.builtinType("ImportError"), Liblzma.ABSENT);
        }
        m.add("FORMAT_AUTO", LZMACompressor.FORMAT_AUTO);
        m.add("FORMAT_XZ", LZMACompressor.FORMAT_XZ);
        m.add("FORMAT_ALONE", LZMACompressor.FORMAT_ALONE);
        m.add("FORMAT_RAW", LZMACompressor.FORMAT_RAW);
        m.add("CHECK_NONE", 0);
        m.add("CHECK_CRC32", 1);
        m.add("CHECK_CRC64", LZMACompressor.CHECK_CRC64);
        m.add("CHECK_SHA256", 10);
        m.add("CHECK_ID_MAX", 15);
        m.add("CHECK_UNKNOWN", LZMADecompressor.CHECK_UNKNOWN);
        m.add("FILTER_LZMA1", FilterSpecs.FILTER_LZMA1);
        m.add("FILTER_LZMA2", FilterSpecs.FILTER_LZMA2);
        m.add("FILTER_DELTA", FilterSpecs.FILTER_DELTA);
        m.add("FILTER_X86", FilterSpecs.FILTER_X86);
        m.add("FILTER_IA64", FilterSpecs.FILTER_IA64);
        m.add("FILTER_ARM", FilterSpecs.FILTER_ARM);
        m.add("FILTER_ARMTHUMB", FilterSpecs.FILTER_ARMTHUMB);
        m.add("FILTER_SPARC", FilterSpecs.FILTER_SPARC);
        m.add("FILTER_POWERPC", FilterSpecs.FILTER_POWERPC);
        m.add("MF_HC3", 0x03);
        m.add("MF_HC4", 0x04);
        m.add("MF_BT2", 0x12);
        m.add("MF_BT3", 0x13);
        m.add("MF_BT4", 0x14);
        m.add("MODE_FAST", 1);
        m.add("MODE_NORMAL", 2);
        m.add("PRESET_DEFAULT", FilterSpecs.PRESET_DEFAULT);
        m.add("PRESET_EXTREME", 0x80000000L);
        error = m.addException("LZMAError", Py.builtinType("Exception"), "Call to liblzma failed.");
        m.addFinalType("LZMACompressor", LZMACompressor.class, MethodHandles.lookup(),
                "LZMACompressor(format=FORMAT_XZ, check=-1, preset=None, filters=None)\n\n"
                + "A compressor that takes data in pieces (compress) and ends the stream with flush().\n\n"
                + "format is the container: FORMAT_XZ (the default), FORMAT_ALONE (the legacy .lzma format)\n"
                + "or FORMAT_RAW (no container).\n\n"
                + "check is the integrity check FORMAT_XZ appends (CHECK_CRC64 unless given); the other\n"
                + "formats have none, so check must then be left out or be CHECK_NONE.\n\n"
                + "preset, a level from 0 to 9 optionally OR-ed with PRESET_EXTREME, or filters, a sequence\n"
                + "of filter specifiers (dicts with an \"id\" entry and the filter's options), sets how it\n"
                + "compresses; not both. PRESET_DEFAULT when neither is given; FORMAT_RAW needs filters.\n\n"
                + "lzma.compress() does the same in one call.");
        m.addFinalType("LZMADecompressor", LZMADecompressor.class, MethodHandles.lookup(),
                "LZMADecompressor(format=FORMAT_AUTO, memlimit=None, filters=None)\n--\n\n"
                + "A decompressor that takes a compressed stream in pieces and gives back the data they hold.\n\n"
                + "  format\n"
                + "    The container of the input: FORMAT_AUTO (the default) recognizes FORMAT_XZ and\n"
                + "    FORMAT_ALONE; FORMAT_RAW must be named.\n"
                + "  memlimit\n"
                + "    The most memory, in bytes, the decompressor may use; past it, decompress() fails.\n"
                + "  filters\n"
                + "    For FORMAT_RAW only, and required there: the filter chain the data was compressed\n"
                + "    with, a sequence of filter specifiers (dicts).\n\n"
                + "lzma.decompress() does the same in one call.");
        m.addFunctions(LzmaModule.class, MethodHandles.lookup());
    }

    @PyMethod(doc = "is_check_supported($module, check_id, /)\n--\n\n"
            + "Whether this liblzma can compute the integrity check check_id.\n\n"
            + "CHECK_NONE and CHECK_CRC32 always are.")
    static boolean is_check_supported(int check_id) {
        return Liblzma.bool(Liblzma.LIB.checkIsSupported, check_id);
    }

    @PyMethod(doc = "_encode_filter_properties($module, filter, /)\n--\n\n"
            + "The properties (options) of the filter the specifier filter describes, encoded as the\n"
            + "container formats store them; the filter id is not included.")
    static Object _encode_filter_properties(Object filter) {
        Liblzma lib = Liblzma.LIB;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment f = arena.allocate(Liblzma.FILTER);
            FilterSpecs.filter(arena, filter, f, error);
            MemorySegment size = arena.allocate(ValueLayout.JAVA_INT);
            Liblzma.check(Libc.call(lib.propertiesSize, size, f), error);
            MemorySegment props = arena.allocate(Math.max(1, size.get(ValueLayout.JAVA_INT, 0)));
            Liblzma.check(Libc.call(lib.propertiesEncode, f, props), error);
            return Py.bytes(props.asSlice(0, size.get(ValueLayout.JAVA_INT, 0)).toArray(ValueLayout.JAVA_BYTE));
        }
    }

    @PyMethod(doc = "_decode_filter_properties($module, filter_id, encoded_props, /)\n--\n\n"
            + "The filter specifier (a dict) of the filter filter_id whose properties encoded_props holds,\n"
            + "as the container formats store them.")
    static Object _decode_filter_properties(Object filter_id, Object encoded_props) {
        long id = FilterSpecs.unsigned64(filter_id);
        byte[] encoded = Py.asBytes(encoded_props);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment f = arena.allocate(Liblzma.FILTER);
            f.set(ValueLayout.JAVA_LONG, 0, id);
            MemorySegment props = arena.allocate(Math.max(1, encoded.length));
            MemorySegment.copy(encoded, 0, props, ValueLayout.JAVA_BYTE, 0, encoded.length);
            Liblzma.check(Libc.call(Liblzma.LIB.propertiesDecode, f, MemorySegment.NULL, props, (long) encoded.length),
                    error);
            // liblzma allocated the options with malloc (no allocator given): free them the same way.
            MemorySegment options = f.get(ValueLayout.ADDRESS, 8);
            try {
                return FilterSpecs.spec(f);
            } finally {
                Libc.invoke(Liblzma.LIB.free, Libc.callState(arena), options);
            }
        }
    }

    /** An unsigned 64-bit value as a Python int. */
    static Object unsignedInt(long v) {
        return v >= 0 ? Py.integer(v) : Py.integer(new BigInteger(Long.toUnsignedString(v)));
    }
}
