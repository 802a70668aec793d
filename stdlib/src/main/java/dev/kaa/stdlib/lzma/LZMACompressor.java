package dev.kaa.stdlib.lzma;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonType;
import dev.kaa.stdlib.internal.Libc;
import dev.kaa.stdlib.internal.CompressorCore;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * {@code _lzma.LZMACompressor(format=FORMAT_XZ, check=-1, preset=None, filters=None)}: a liblzma
 * encoder (xz, legacy lzma, or raw), driven by {@link CompressorCore} (the library runs without
 * the GIL on a native copy of the input; the encoder's state, large at high presets, is freed at
 * {@code flush()} or when the object is collected).
 *
 * <p>Thread safety: self-locking (the stream's lock), as CPython's object is.
 */
public final class LZMACompressor extends ExtensionObject {
    static final int FORMAT_AUTO = 0;
    static final int FORMAT_XZ = 1;
    static final int FORMAT_ALONE = 2;
    static final int FORMAT_RAW = 3;
    static final int CHECK_NONE = 0;
    static final int CHECK_CRC64 = 4;

    private final CompressorCore core = new CompressorCore(Liblzma.STREAM, Liblzma.LIB.codec(null), true);

    private LZMACompressor(PythonType type) {
        super(type);
    }

    @PyMethod(positionalOnly = 0)
    static Object __new__(PythonType cls, @Opt("1") int format, @Opt("-1") int check, @Opt("None") Object preset,
            @Opt("None") Object filters) {
        if (format != FORMAT_XZ && check != -1 && check != CHECK_NONE) {
            throw Py.valueError("Integrity checks are only supported by FORMAT_XZ");
        }
        if (preset != Py.none() && filters != Py.none()) {
            throw Py.valueError("Cannot specify both preset and filter chain");
        }
        int level = preset == Py.none() ? FilterSpecs.PRESET_DEFAULT : FilterSpecs.uint32(preset);
        LZMACompressor c = new LZMACompressor(cls);
        Liblzma lib = Liblzma.LIB;
        MemorySegment s = c.core.stream().struct();
        PythonType error = LzmaModule.error;
        try (Arena arena = Arena.ofConfined()) {
            int code = switch (format) {
                case FORMAT_XZ -> filters == Py.none()
                        ? Libc.call(lib.easyEncoder, s, level, check == -1 ? CHECK_CRC64 : check)
                        : Libc.call(lib.streamEncoder, s, FilterSpecs.chain(arena, filters, error),
                                check == -1 ? CHECK_CRC64 : check);
                case FORMAT_ALONE -> Libc.call(lib.aloneEncoder, s, aloneOptions(arena, level, filters, error));
                case FORMAT_RAW -> {
                    if (filters == Py.none()) {
                        throw Py.valueError("Must specify filters for FORMAT_RAW");
                    }
                    yield Libc.call(lib.rawEncoder, s, FilterSpecs.chain(arena, filters, error));
                }
                default -> throw Py.valueError("Invalid container format: " + format);
            };
            Liblzma.check(code, error);
            c.core.stream().started(c, lib.end, memoryUse(arena, level, filters));
        }
        return c;
    }

    /** What the encoder takes of native memory, as liblzma computes it for the preset or chain. */
    private static long memoryUse(Arena arena, int level, Object filters) {
        Liblzma lib = Liblzma.LIB;
        long bytes = filters == Py.none() ? (long) Libc.invoke(lib.easyEncoderMemusage, level)
                : (long) Libc.invoke(lib.rawEncoderMemusage, FilterSpecs.chain(arena, filters, LzmaModule.error));
        return bytes < 0 ? 1L << 20 : bytes; // UINT64_MAX: liblzma could not tell
    }

    /** The one LZMA1 filter's options FORMAT_ALONE takes: from the preset, or the chain given. */
    private static MemorySegment aloneOptions(Arena arena, int level, Object filters, PythonType error) {
        if (filters == Py.none()) {
            MemorySegment options = arena.allocate(Liblzma.OPTIONS_LZMA);
            if (Liblzma.bool(Liblzma.LIB.lzmaPreset, options, level)) {
                throw Py.error(error, "Invalid compression preset: " + Integer.toUnsignedString(level));
            }
            return options;
        }
        MemorySegment chain = FilterSpecs.chain(arena, filters, error);
        if (FilterSpecs.id(chain, 0) != FilterSpecs.FILTER_LZMA1 || FilterSpecs.id(chain, 1) != Liblzma.VLI_UNKNOWN) {
            throw Py.valueError("Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter");
        }
        return chain.get(java.lang.foreign.ValueLayout.ADDRESS, 8);
    }

    @PyMethod(doc = CompressorCore.COMPRESS_DOC)
    Object compress(Object data) {
        return Py.bytes(core.compress(Py.asBytes(data)));
    }

    @PyMethod(doc = CompressorCore.FLUSH_DOC)
    Object flush() {
        return Py.bytes(core.flush());
    }
}
