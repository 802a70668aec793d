package dev.kaa.stdlib.internal;

import dev.kaa.ext.Py;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The part of {@code _bz2.BZ2Decompressor} and {@code _lzma.LZMADecompressor} that does not
 * depend on the library: {@code decompress(data, max_length)} and the {@code eof},
 * {@code needs_input} and {@code unused_data} it leaves, as CPython's decompressors compute
 * them. Output stops at {@code max_length} bytes; input not consumed then is kept for the next
 * call ({@link PendingInput}). At the end of the stream the library's state is freed at once.
 *
 * <p>Thread safety: self-locking (the stream's lock), as CPython's objects are; the attributes
 * are read under the GIL, as CPython's members are.
 */
public final class DecompressorCore {
    /** The docstrings of the method and attributes. */
    public static final String DECOMPRESS_DOC = "decompress($self, /, data, max_length=-1)\n--\n\n"
            + "Feeds data to the decompressor: the bytes it decodes, at most max_length of them when\n"
            + "max_length is not negative. When that limit stops it, needs_input is False and a later call\n"
            + "(data may be b'') gives the rest; when the input is all used up, needs_input is True.\n\n"
            + "Past the end of the stream, EOFError; bytes that follow the stream go to unused_data.";
    public static final String EOF_DOC = "True once the end of the compressed stream has been reached.";
    public static final String UNUSED_DATA_DOC = "The bytes found after the end of the compressed stream.";
    public static final String NEEDS_INPUT_DOC =
            "True when the decompressor needs more input before it can give more data.";

    private final NativeStream stream;
    private final StreamCodec codec;
    private final boolean outputFirst;
    private final String eofMessage;
    private final PendingInput pending = new PendingInput();
    // Guarded by the stream's lock.
    private boolean eof;
    private boolean needsInput = true;
    private Object unusedData = Py.bytes(new byte[0]);

    /**
     * A decompressor over a stream struct of {@code layout}. With {@code outputFirst} (liblzma),
     * a full output block is looked at before used-up input, since the decoder may have more to
     * give without input, and such a call leaves {@code needs_input} false; without it
     * (libbzip2), used-up input ends the call, as CPython's {@code _bz2} has it.
     * {@code eofMessage} is the EOFError's for a call after the end of the stream.
     */
    public DecompressorCore(MemoryLayout layout, StreamCodec codec, boolean outputFirst, String eofMessage) {
        this.stream = new NativeStream(layout);
        this.codec = codec;
        this.outputFirst = outputFirst;
        this.eofMessage = eofMessage;
    }

    /** The stream, for the library's init function. */
    public NativeStream stream() {
        return stream;
    }

    /** {@code decompress(data, max_length)}; a negative {@code maxLength} for no limit. */
    public byte[] decompress(byte[] data, long maxLength) {
        stream.lock();
        try {
            if (eof) {
                throw Py.error(Py.builtinType("EOFError"), eofMessage);
            }
            return decompressLockHeld(data, maxLength);
        } finally {
            stream.unlock();
        }
    }

    private byte[] decompressLockHeld(byte[] data, long maxLength) {
        MemorySegment s = stream.struct();
        try (OutputBlocks out = new OutputBlocks(maxLength)) {
            MemorySegment in = pending.take(out, data);
            codec.input(s, in);
            codec.output(s, out.grow());
            try {
                decodeLockHeld(s, out, maxLength);
            } catch (RuntimeException e) {
                pending.clear();
                throw e;
            }
            long left = codec.availIn(s);
            long room = codec.availOut(s);
            byte[] result = out.finish(room);
            if (eof) {
                needsInput = false;
                if (left > 0) {
                    unusedData = Py.bytes(in.asSlice(in.byteSize() - left).toArray(ValueLayout.JAVA_BYTE));
                }
                pending.clear();
                stream.end();
            } else {
                needsInput = left == 0 && (!outputFirst || room != 0);
                pending.keep(out, in, left);
            }
            return result;
        }
    }

    private void decodeLockHeld(MemorySegment s, OutputBlocks out, long maxLength) {
        while (true) {
            if (codec.step(s, false)) {
                eof = true;
                return;
            }
            boolean full = codec.availOut(s) == 0;
            boolean drained = codec.availIn(s) == 0;
            if (drained && !(outputFirst && full)) {
                return;
            }
            if (full) {
                if (out.dataSize(0) == maxLength) {
                    return;
                }
                codec.output(s, out.grow());
            }
        }
    }

    /** {@code eof}: whether the end of the stream has been reached. */
    public boolean eof() {
        return eof;
    }

    /** {@code needs_input}: whether more input is needed for more output. */
    public boolean needsInput() {
        return needsInput;
    }

    /** {@code unused_data}: the bytes after the end of the stream. */
    public Object unusedData() {
        return unusedData;
    }
}
