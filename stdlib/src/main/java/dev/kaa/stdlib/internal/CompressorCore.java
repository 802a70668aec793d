package dev.kaa.stdlib.internal;

import dev.kaa.ext.Py;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;

/**
 * The part of {@code _bz2.BZ2Compressor} and {@code _lzma.LZMACompressor} that does not depend on
 * the library: {@code compress} and {@code flush} with CPython's checks and loops. Each call
 * copies its input into native memory, runs the library until the input is consumed (or, for
 * {@code flush}, the stream is ended), and gathers the output; after {@code flush} the
 * library's state is freed at once.
 *
 * <p>Thread safety: self-locking (the stream's lock), as CPython's objects are.
 */
public final class CompressorCore {
    /** The docstrings of the methods. */
    public static final String COMPRESS_DOC = "compress($self, data, /)\n--\n\n"
            + "Feeds data to the compressor: the compressed bytes it can give so far, often b''.\n\n"
            + "Call flush() after the last piece to end the stream.";
    public static final String FLUSH_DOC = "flush($self, /)\n--\n\n"
            + "Ends the stream: the compressed bytes still held inside. The compressor takes no more data.";

    private final NativeStream stream;
    private final StreamCodec codec;
    private final boolean stepsWithoutInput;
    /** Guarded by the stream's lock. */
    private boolean flushed;

    /**
     * A compressor over a stream struct of {@code layout}; {@code stepsWithoutInput} is false
     * for a library that must not be run on no input without finishing (libbzip2 calls that a
     * parameter error; liblzma makes no progress and says so).
     */
    public CompressorCore(MemoryLayout layout, StreamCodec codec, boolean stepsWithoutInput) {
        this.stream = new NativeStream(layout);
        this.codec = codec;
        this.stepsWithoutInput = stepsWithoutInput;
    }

    /** The stream, for the library's init function. */
    public NativeStream stream() {
        return stream;
    }

    /** {@code compress(data)}: the compressed bytes the library gives for {@code data}. */
    public byte[] compress(byte[] data) {
        stream.lock();
        try {
            if (flushed) {
                throw Py.valueError("Compressor has been flushed");
            }
            return runLockHeld(data, false);
        } finally {
            stream.unlock();
        }
    }

    /** {@code flush()}: the rest of the stream; the compressor is done. */
    public byte[] flush() {
        stream.lock();
        try {
            if (flushed) {
                throw Py.valueError("Repeated call to flush()");
            }
            flushed = true;
            try {
                return runLockHeld(new byte[0], true);
            } finally {
                stream.end();
            }
        } finally {
            stream.unlock();
        }
    }

    private byte[] runLockHeld(byte[] input, boolean finish) {
        MemorySegment s = stream.struct();
        try (OutputBlocks out = new OutputBlocks(-1)) {
            codec.input(s, out.copyIn(input).asSlice(0, input.length));
            codec.output(s, out.grow());
            while (finish || stepsWithoutInput || codec.availIn(s) != 0) {
                if (codec.availOut(s) == 0) {
                    codec.output(s, out.grow());
                }
                boolean ended = codec.step(s, finish);
                if (finish ? ended : codec.availIn(s) == 0) {
                    break;
                }
            }
            return out.finish(codec.availOut(s));
        }
    }
}
