package dev.kaa.compiler.internal.assemble;

import java.io.ByteArrayOutputStream;

/**
 * The two 6-bit varint encodings of 3.13's code object tables: the location table writes the
 * low group first, the exception table the high group first (bit 6 of each byte says another
 * group follows; bit 7 is left for the tables' own markers).
 *
 * <p>Thread safety: stateless.
 */
final class Varint {
    private Varint() {}

    /** Low group first (location table). */
    static void writeLittle(ByteArrayOutputStream out, int value) {
        while (value >= 64) {
            out.write(0x40 | (value & 63));
            value >>>= 6;
        }
        out.write(value);
    }

    /** Zig-zag signed value, low group first (location table line deltas). */
    static void writeSigned(ByteArrayOutputStream out, int value) {
        writeLittle(out, value < 0 ? ((-value) << 1) | 1 : value << 1);
    }

    /** High group first (exception table); {@code first} sets bit 7 to mark an entry's start. */
    static void writeBig(ByteArrayOutputStream out, int value, boolean first) {
        int shift = 0;
        while (shift + 6 < 32 && (value >>> (shift + 6)) != 0) {
            shift += 6;
        }
        int mark = first ? 0x80 : 0;
        for (; shift > 0; shift -= 6) {
            out.write(mark | 0x40 | ((value >>> shift) & 63));
            mark = 0;
        }
        out.write(mark | (value & 63));
    }
}
