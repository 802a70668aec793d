package dev.kaa.stdlib.bz2;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import dev.kaa.ext.Py;
import dev.kaa.stdlib.internal.Libc;
import dev.kaa.stdlib.internal.NativeLibrary;
import dev.kaa.stdlib.internal.StreamCodec;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * The system's libbzip2 ({@code libbz2.so.1.0}), the functions {@code _bz2} calls and the
 * {@code bz_stream} struct they share, laid out as on 64-bit Linux, with the library's codes
 * and the Python exceptions CPython turns its errors into.
 *
 * <p>Thread safety: immutable; a stream is used by one thread at a time (its object's lock).
 */
final class Libbz2 {
    static final int BZ_RUN = 0;
    static final int BZ_FINISH = 2;
    static final int BZ_STREAM_END = 4;

    /** {@code bz_stream}: counters are {@code unsigned int}, so each pointer after one is padded. */
    static final StructLayout BZ_STREAM = MemoryLayout.structLayout(
            ADDRESS.withName("next_in"),
            JAVA_INT.withName("avail_in"),
            JAVA_INT.withName("total_in_lo32"),
            JAVA_INT.withName("total_in_hi32"),
            MemoryLayout.paddingLayout(4),
            ADDRESS.withName("next_out"),
            JAVA_INT.withName("avail_out"),
            JAVA_INT.withName("total_out_lo32"),
            JAVA_INT.withName("total_out_hi32"),
            MemoryLayout.paddingLayout(4),
            ADDRESS.withName("state"),
            ADDRESS.withName("bzalloc"),
            ADDRESS.withName("bzfree"),
            ADDRESS.withName("opaque")).withName("bz_stream");

    private static final VarHandle NEXT_IN = field("next_in");
    private static final VarHandle AVAIL_IN = field("avail_in");
    private static final VarHandle NEXT_OUT = field("next_out");
    private static final VarHandle AVAIL_OUT = field("avail_out");

    /** The library, or null when the system lacks it ({@link #ABSENT} says why). */
    static final Libbz2 LIB;
    static final String ABSENT;

    static {
        Libbz2 lib = null;
        String absent = null;
        try {
            lib = new Libbz2(NativeLibrary.load("libbz2.so.1.0", "libbz2.so.1", "libbz2.so"));
        } catch (UnsupportedOperationException e) {
            absent = e.getMessage();
        }
        LIB = lib;
        ABSENT = absent;
    }

    final MethodHandle compressInit;
    final MethodHandle compress;
    final MethodHandle compressEnd;
    final MethodHandle decompressInit;
    final MethodHandle decompress;
    final MethodHandle decompressEnd;
    /** How the shared loops drive a compression stream and a decompression one. */
    final StreamCodec compressing;
    final StreamCodec decompressing;

    private Libbz2(NativeLibrary lib) {
        MemoryLayout stream = ADDRESS;
        compressInit = lib.function("BZ2_bzCompressInit",
                FunctionDescriptor.of(JAVA_INT, stream, JAVA_INT, JAVA_INT, JAVA_INT));
        compress = lib.function("BZ2_bzCompress", FunctionDescriptor.of(JAVA_INT, stream, JAVA_INT));
        compressEnd = lib.function("BZ2_bzCompressEnd", FunctionDescriptor.of(JAVA_INT, stream));
        decompressInit = lib.function("BZ2_bzDecompressInit",
                FunctionDescriptor.of(JAVA_INT, stream, JAVA_INT, JAVA_INT));
        decompress = lib.function("BZ2_bzDecompress", FunctionDescriptor.of(JAVA_INT, stream));
        decompressEnd = lib.function("BZ2_bzDecompressEnd", FunctionDescriptor.of(JAVA_INT, stream));
        compressing = codec(true);
        decompressing = codec(false);
    }

    private static VarHandle field(String name) {
        return BZ_STREAM.varHandle(MemoryLayout.PathElement.groupElement(name));
    }

    private StreamCodec codec(boolean compressing) {
        return new StreamCodec() {
            @Override public void input(MemorySegment stream, MemorySegment in) {
                NEXT_IN.set(stream, 0L, in);
                AVAIL_IN.set(stream, 0L, (int) in.byteSize());
            }

            @Override public void output(MemorySegment stream, MemorySegment block) {
                NEXT_OUT.set(stream, 0L, block);
                AVAIL_OUT.set(stream, 0L, (int) block.byteSize());
            }

            @Override public long availIn(MemorySegment stream) {
                return Integer.toUnsignedLong((int) AVAIL_IN.get(stream, 0L));
            }

            @Override public long availOut(MemorySegment stream) {
                return Integer.toUnsignedLong((int) AVAIL_OUT.get(stream, 0L));
            }

            @Override public boolean step(MemorySegment stream, boolean finish) {
                int code = compressing ? call(compress, stream, finish ? BZ_FINISH : BZ_RUN) : call(decompress, stream);
                return check(code) == BZ_STREAM_END;
            }
        };
    }

    /** Calls {@code function} with {@code arguments} (the stream first) without the GIL: its result. */
    static int call(MethodHandle function, Object... arguments) {
        try (var released = Py.releaseGil()) {
            return Libc.call(function, arguments);
        }
    }

    /**
     * Raises what CPython raises for a libbzip2 error code; returns the code when it is not an
     * error.
     */
    static int check(int code) {
        return switch (code) {
            case 0, 1, 2, 3, BZ_STREAM_END -> code;
            case -9 -> throw Py.error(Py.builtinType("SystemError"), "libbzip2 was not compiled correctly");
            case -2 -> throw Py.valueError("Internal error - invalid parameters passed to libbzip2");
            case -3 -> throw Py.errorWithArgs(Py.builtinType("MemoryError"));
            case -4, -5 -> throw Py.error(Py.builtinType("OSError"), "Invalid data stream");
            case -6 -> throw Py.error(Py.builtinType("OSError"), "Unknown I/O error");
            case -7 -> throw Py.error(Py.builtinType("EOFError"),
                    "Compressed file ended before the logical end-of-stream was detected");
            case -1 -> throw Py.runtimeError("Internal error - Invalid sequence of commands sent to libbzip2");
            default -> throw Py.error(Py.builtinType("OSError"), "Unrecognized error from libbzip2: " + code);
        };
    }
}
