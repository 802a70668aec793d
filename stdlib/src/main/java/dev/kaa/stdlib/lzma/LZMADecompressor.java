package dev.kaa.stdlib.lzma;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyGetter;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonType;
import dev.kaa.stdlib.internal.Libc;
import dev.kaa.stdlib.internal.DecompressorCore;
import dev.kaa.stdlib.internal.OutputBlocks;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * {@code _lzma.LZMADecompressor(format=FORMAT_AUTO, memlimit=None, filters=None)}: a liblzma
 * decoder, driven by {@link DecompressorCore} ({@code max_length}, the input kept between
 * calls, the decoder's state freed at the end of the stream or when the object is collected).
 *
 * <p>Thread safety: self-locking (the stream's lock), as CPython's object is.
 */
public final class LZMADecompressor extends ExtensionObject {
    static final int CHECK_UNKNOWN = 16;
    /** {@code LZMA_TELL_ANY_CHECK | LZMA_TELL_NO_CHECK}: the decoder reports the stream's check. */
    private static final int DECODER_FLAGS = 0x04 | 0x01;

    private final DecompressorCore core = new DecompressorCore(Liblzma.STREAM,
            Liblzma.LIB.codec(seen -> this.check = seen), true, "Already at end of stream");
    /** The input's integrity check; guarded by the core's lock, read under the GIL as CPython's member is. */
    private int check = CHECK_UNKNOWN;

    private LZMADecompressor(PythonType type) {
        super(type);
    }

    @PyMethod(positionalOnly = 0)
    static Object __new__(PythonType cls, @Opt("0") int format, @Opt("None") Object memlimit,
            @Opt("None") Object filters) {
        long limit = -1; // UINT64_MAX: no limit
        if (memlimit != Py.none()) {
            if (format == LZMACompressor.FORMAT_RAW) {
                throw Py.valueError("Cannot specify memory limit with FORMAT_RAW");
            }
            limit = FilterSpecs.unsigned64(memlimit);
        }
        if (format == LZMACompressor.FORMAT_RAW && filters == Py.none()) {
            throw Py.valueError("Must specify filters for FORMAT_RAW");
        } else if (format != LZMACompressor.FORMAT_RAW && filters != Py.none()) {
            throw Py.valueError("Cannot specify filters except with FORMAT_RAW");
        }
        LZMADecompressor d = new LZMADecompressor(cls);
        Liblzma lib = Liblzma.LIB;
        MemorySegment s = d.core.stream().struct();
        try (Arena arena = Arena.ofConfined()) {
            int code = switch (format) {
                case LZMACompressor.FORMAT_AUTO -> Libc.call(lib.autoDecoder, s, limit, DECODER_FLAGS);
                case LZMACompressor.FORMAT_XZ -> Libc.call(lib.streamDecoder, s, limit, DECODER_FLAGS);
                case LZMACompressor.FORMAT_ALONE -> {
                    d.check = LZMACompressor.CHECK_NONE;
                    yield Libc.call(lib.aloneDecoder, s, limit);
                }
                case LZMACompressor.FORMAT_RAW -> {
                    d.check = LZMACompressor.CHECK_NONE;
                    yield Libc.call(lib.rawDecoder, s, FilterSpecs.chain(arena, filters, LzmaModule.error));
                }
                default -> throw Py.valueError("Invalid container format: " + format);
            };
            Liblzma.check(code, LzmaModule.error);
        }
        // Small at first; the dictionary (8 MiB at the default preset) comes with the stream's
        // header, and a decompressor that read its stream through is ended at its end.
        d.core.stream().started(d, lib.end, 64L << 10);
        return d;
    }

    @PyMethod(positionalOnly = 0, doc = DecompressorCore.DECOMPRESS_DOC)
    Object decompress(Object data, @Opt("-1") Object max_length) {
        byte[] input = Py.asBytes(data);
        return Py.bytes(core.decompress(input, OutputBlocks.maxLength(max_length)));
    }

    @PyGetter(member = true, doc = "The integrity check the input stream uses (CHECK_UNKNOWN until known).")
    int check() {
        return check;
    }

    @PyGetter(member = true, doc = DecompressorCore.EOF_DOC)
    boolean eof() {
        return core.eof();
    }

    @PyGetter(member = true, doc = DecompressorCore.NEEDS_INPUT_DOC)
    boolean needs_input() {
        return core.needsInput();
    }

    @PyGetter(member = true, doc = DecompressorCore.UNUSED_DATA_DOC)
    Object unused_data() {
        return core.unusedData();
    }
}
