package dev.kaa.stdlib.cjk;

import java.io.ByteArrayOutputStream;

/**
 * One CJK codec's algorithm, as CPython's C codecs have one each: it encodes code points to bytes
 * and decodes bytes to text from a position, stopping at the first sequence it cannot convert,
 * and leaves error handling, buffering and Python objects to {@link Coding}.
 *
 * <p>A codec's state is eight bytes, laid out as CPython's {@code MultibyteCodec_State}, so that
 * the incremental coders' {@code getstate()} gives CPython's numbers.
 *
 * <p>Thread safety: immutable (the state belongs to the caller).
 */
abstract sealed class CjkCodec permits TableCodec, Iso2022Codec, HzCodec {
    /** Everything given was converted. */
    static final int OK = 0;
    /** The input ends inside a sequence (or, encoding, before a character that may combine). */
    static final int TOOFEW = -1;

    /** The position in the input, moved over what was converted. */
    static final class Cursor {
        int at;

        Cursor(int at) {
            this.at = at;
        }
    }

    final String name;

    CjkCodec(String name) {
        this.name = name;
    }

    /**
     * Encodes {@code text[at.at..end)}: {@link #OK}, {@link #TOOFEW}, or the length of the
     * unencodable run at {@code at.at}. {@code flush}: no more text follows, so a character
     * that might combine with the next one is encoded alone.
     */
    abstract int encode(byte[] state, Cursor at, int[] text, int end, ByteArrayOutputStream out, boolean flush);

    /** Decodes {@code data[at.at..end)}: {@link #OK}, {@link #TOOFEW}, or the length of the illegal sequence at {@code at.at}. */
    abstract int decode(byte[] state, Cursor at, byte[] data, int end, StringBuilder out);

    /** Whether the encoder has a shift state to return to its initial one at the end. */
    boolean statefulEncoder() {
        return false;
    }

    /** Writes what returns the encoder to its initial shift state. */
    void encoderReset(byte[] state, ByteArrayOutputStream out) {}

    /** Sets a new encoder's state. */
    void initEncoder(byte[] state) {}

    /** Sets a new decoder's state. */
    void initDecoder(byte[] state) {}

    static void write2(ByteArrayOutputStream out, int code) {
        out.write(code >> 8);
        out.write(code & 0xff);
    }
}
