package dev.kaa.stdlib.lzma;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.kaa.ext.Py;
import dev.kaa.ext.PythonType;
import dev.kaa.stdlib.internal.Libc;
import dev.kaa.stdlib.internal.NativeLibrary;
import dev.kaa.stdlib.internal.StreamCodec;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.function.IntConsumer;

/**
 * The system's liblzma ({@code liblzma.so.5}): the functions {@code _lzma} calls, the structs
 * they take ({@code lzma_stream}, {@code lzma_filter} and the filters' options) laid out as on
 * 64-bit Linux, the library's codes, and the exceptions CPython turns its errors into.
 *
 * <p>Thread safety: immutable; a stream is used by one thread at a time (its object's lock).
 */
final class Liblzma {
    static final int LZMA_RUN = 0;
    static final int LZMA_FINISH = 3;

    static final int OK = 0;
    static final int STREAM_END = 1;
    static final int NO_CHECK = 2;
    static final int GET_CHECK = 4;
    static final int BUF_ERROR = 10;

    /** {@code LZMA_VLI_UNKNOWN}: the id ending a filter chain. */
    static final long VLI_UNKNOWN = -1L;
    static final int FILTERS_MAX = 4;

    /** {@code lzma_stream}, {@code LZMA_STREAM_INIT} being all zeros. */
    static final StructLayout STREAM = MemoryLayout.structLayout(
            ADDRESS.withName("next_in"),
            JAVA_LONG.withName("avail_in"),
            JAVA_LONG.withName("total_in"),
            ADDRESS.withName("next_out"),
            JAVA_LONG.withName("avail_out"),
            JAVA_LONG.withName("total_out"),
            ADDRESS.withName("allocator"),
            ADDRESS.withName("internal"),
            ADDRESS.withName("reserved_ptr1"),
            ADDRESS.withName("reserved_ptr2"),
            ADDRESS.withName("reserved_ptr3"),
            ADDRESS.withName("reserved_ptr4"),
            JAVA_LONG.withName("seek_pos"),
            JAVA_LONG.withName("reserved_int2"),
            JAVA_LONG.withName("reserved_int3"),
            JAVA_LONG.withName("reserved_int4"),
            JAVA_INT.withName("reserved_enum1"),
            JAVA_INT.withName("reserved_enum2")).withName("lzma_stream");

    /** {@code lzma_filter}: a filter id and a pointer to its options. */
    static final StructLayout FILTER = MemoryLayout.structLayout(
            JAVA_LONG.withName("id"),
            ADDRESS.withName("options")).withName("lzma_filter");

    /** {@code lzma_options_lzma}, for LZMA1 and LZMA2. */
    static final StructLayout OPTIONS_LZMA = MemoryLayout.structLayout(
            JAVA_INT.withName("dict_size"),
            MemoryLayout.paddingLayout(4),
            ADDRESS.withName("preset_dict"),
            JAVA_INT.withName("preset_dict_size"),
            JAVA_INT.withName("lc"),
            JAVA_INT.withName("lp"),
            JAVA_INT.withName("pb"),
            JAVA_INT.withName("mode"),
            JAVA_INT.withName("nice_len"),
            JAVA_INT.withName("mf"),
            JAVA_INT.withName("depth"),
            JAVA_INT.withName("ext_flags"),
            JAVA_INT.withName("ext_size_low"),
            JAVA_INT.withName("ext_size_high"),
            JAVA_INT.withName("reserved_int4"),
            JAVA_INT.withName("reserved_int5"),
            JAVA_INT.withName("reserved_int6"),
            JAVA_INT.withName("reserved_int7"),
            JAVA_INT.withName("reserved_int8"),
            JAVA_INT.withName("reserved_enum1"),
            JAVA_INT.withName("reserved_enum2"),
            JAVA_INT.withName("reserved_enum3"),
            JAVA_INT.withName("reserved_enum4"),
            ADDRESS.withName("reserved_ptr1"),
            ADDRESS.withName("reserved_ptr2")).withName("lzma_options_lzma");

    /** {@code lzma_options_delta}. */
    static final StructLayout OPTIONS_DELTA = MemoryLayout.structLayout(
            JAVA_INT.withName("type"),
            JAVA_INT.withName("dist"),
            JAVA_INT.withName("reserved_int1"),
            JAVA_INT.withName("reserved_int2"),
            JAVA_INT.withName("reserved_int3"),
            JAVA_INT.withName("reserved_int4"),
            ADDRESS.withName("reserved_ptr1"),
            ADDRESS.withName("reserved_ptr2")).withName("lzma_options_delta");

    /** {@code lzma_options_bcj}, for the branch converters (x86, ARM …). */
    static final StructLayout OPTIONS_BCJ = MemoryLayout.structLayout(
            JAVA_INT.withName("start_offset")).withName("lzma_options_bcj");

    private static final VarHandle NEXT_IN = field("next_in");
    private static final VarHandle AVAIL_IN = field("avail_in");
    private static final VarHandle NEXT_OUT = field("next_out");
    private static final VarHandle AVAIL_OUT = field("avail_out");

    /** The library, or null when the system lacks it ({@link #ABSENT} says why). */
    static final Liblzma LIB;
    static final String ABSENT;

    static {
        Liblzma lib = null;
        String absent = null;
        try {
            lib = new Liblzma(NativeLibrary.load("liblzma.so.5", "liblzma.so"));
        } catch (UnsupportedOperationException e) {
            absent = e.getMessage();
        }
        LIB = lib;
        ABSENT = absent;
    }

    final MethodHandle easyEncoder;
    final MethodHandle streamEncoder;
    final MethodHandle aloneEncoder;
    final MethodHandle rawEncoder;
    final MethodHandle autoDecoder;
    final MethodHandle streamDecoder;
    final MethodHandle aloneDecoder;
    final MethodHandle rawDecoder;
    final MethodHandle code;
    final MethodHandle end;
    final MethodHandle getCheck;
    final MethodHandle checkIsSupported;
    final MethodHandle lzmaPreset;
    final MethodHandle propertiesSize;
    final MethodHandle propertiesEncode;
    final MethodHandle propertiesDecode;
    final MethodHandle easyEncoderMemusage;
    final MethodHandle rawEncoderMemusage;
    /** The C library's {@code free}, for what liblzma allocated with the default allocator. */
    final MethodHandle free;

    private Liblzma(NativeLibrary lib) {
        easyEncoder = lib.function("lzma_easy_encoder", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
        streamEncoder = lib.function("lzma_stream_encoder",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
        aloneEncoder = lib.function("lzma_alone_encoder", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        rawEncoder = lib.function("lzma_raw_encoder", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        autoDecoder = lib.function("lzma_auto_decoder", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
        streamDecoder = lib.function("lzma_stream_decoder",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
        aloneDecoder = lib.function("lzma_alone_decoder", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
        rawDecoder = lib.function("lzma_raw_decoder", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        code = lib.function("lzma_code", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        end = lib.function("lzma_end", FunctionDescriptor.ofVoid(ADDRESS));
        getCheck = lib.function("lzma_get_check", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        checkIsSupported = lib.function("lzma_check_is_supported", FunctionDescriptor.of(JAVA_BYTE, JAVA_INT));
        lzmaPreset = lib.function("lzma_lzma_preset", FunctionDescriptor.of(JAVA_BYTE, ADDRESS, JAVA_INT));
        propertiesSize = lib.function("lzma_properties_size", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        propertiesEncode = lib.function("lzma_properties_encode",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        propertiesDecode = lib.function("lzma_properties_decode",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG));
        easyEncoderMemusage = lib.function("lzma_easy_encoder_memusage", FunctionDescriptor.of(JAVA_LONG, JAVA_INT));
        rawEncoderMemusage = lib.function("lzma_raw_encoder_memusage", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
        free = Libc.function("free", FunctionDescriptor.ofVoid(ADDRESS));
    }

    private static VarHandle field(String name) {
        return STREAM.varHandle(MemoryLayout.PathElement.groupElement(name));
    }

    /**
     * How the shared loops drive a stream; {@code checkSeen}, if not null, is told the input's
     * integrity check when the decoder learns it.
     */
    StreamCodec codec(IntConsumer checkSeen) {
        return new StreamCodec() {
            @Override public void input(MemorySegment stream, MemorySegment in) {
                NEXT_IN.set(stream, 0L, in);
                AVAIL_IN.set(stream, 0L, in.byteSize());
            }

            @Override public void output(MemorySegment stream, MemorySegment block) {
                NEXT_OUT.set(stream, 0L, block);
                AVAIL_OUT.set(stream, 0L, block.byteSize());
            }

            @Override public long availIn(MemorySegment stream) {
                return (long) AVAIL_IN.get(stream, 0L);
            }

            @Override public long availOut(MemorySegment stream) {
                return (long) AVAIL_OUT.get(stream, 0L);
            }

            @Override public boolean step(MemorySegment stream, boolean finish) {
                int code;
                try (var released = Py.releaseGil()) {
                    code = Libc.call(Liblzma.this.code, stream, finish ? LZMA_FINISH : LZMA_RUN);
                }
                if (code == BUF_ERROR && availIn(stream) == 0 && availOut(stream) > 0) {
                    code = OK; // no input, room for output, no progress: nothing wrong here
                }
                check(code, LzmaModule.error);
                if (checkSeen != null && (code == GET_CHECK || code == NO_CHECK)) {
                    checkSeen.accept(Libc.call(getCheck, stream));
                }
                return code == STREAM_END;
            }
        };
    }

    /** A C function returning {@code lzma_bool}, as a Java truth value. */
    static boolean bool(MethodHandle function, Object... arguments) {
        return (byte) Libc.invoke(function, arguments) != 0;
    }

    /**
     * Raises what CPython raises for a liblzma error code ({@code error} is {@code LZMAError});
     * returns the code when it is not an error.
     */
    static int check(int code, PythonType error) {
        String message = switch (code) {
            case OK, STREAM_END, NO_CHECK, GET_CHECK -> null;
            case 3 -> "Unsupported integrity check";
            case 5 -> throw Py.errorWithArgs(Py.builtinType("MemoryError"));
            case 6 -> "Memory usage limit exceeded";
            case 7 -> "Input format not supported by decoder";
            case 8 -> "Invalid or unsupported options";
            case 9 -> "Corrupt input data";
            case BUF_ERROR -> "Insufficient buffer space";
            case 11 -> "Internal error";
            default -> "Unrecognized error from liblzma: " + code;
        };
        if (message != null) {
            throw Py.error(error, message);
        }
        return code;
    }
}
