package dev.kaa.bytecode.dis;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The exception table of a CPython 3.13 code object ({@code co_exceptiontable}): for each range
 * of instructions, the handler to jump to, the stack depth to unwind to, and whether the offset
 * of the raising instruction ({@code lasti}) is pushed.
 *
 * <p>The format: per entry four varints: start and length (in code units), target (in code
 * units) and {@code depth << 1 | lasti}. Varints here are 6-bit groups, most significant first,
 * bit 6 meaning "more"; bit 7 marks the first byte of an entry.
 *
 * <p>Thread safety: immutable (static methods only).
 */
public final class ExceptionTable {
    /** One handler range: byte offsets {@code [start, end)} jump to {@code target}. */
    public record Entry(int start, int end, int target, int depth, boolean lasti) {}

    private ExceptionTable() {}

    /**
     * Decodes a table; a truncated last entry is dropped, as {@code dis} drops it.
     */
    public static List<Entry> parse(byte[] table) {
        List<Entry> out = new ArrayList<>();
        int[] pos = {0};
        while (true) {
            int start = varint(table, pos);
            int length = varint(table, pos);
            int target = varint(table, pos);
            int depthLasti = varint(table, pos);
            if (depthLasti < 0) {
                return out;
            }
            out.add(new Entry(start * 2, (start + length) * 2, target * 2, depthLasti >> 1, (depthLasti & 1) != 0));
        }
    }

    /** Encodes entries as the compiler writes them (byte offsets in, code units in the table). */
    public static byte[] encode(List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Entry e : entries) {
            writeVarint(out, e.start() / 2, true);
            writeVarint(out, (e.end() - e.start()) / 2, false);
            writeVarint(out, e.target() / 2, false);
            writeVarint(out, e.depth() << 1 | (e.lasti() ? 1 : 0), false);
        }
        return out.toByteArray();
    }

    /** The next varint, or -1 once the table (or a truncated varint) ends. */
    private static int varint(byte[] table, int[] pos) {
        if (pos[0] < 0 || pos[0] >= table.length) {
            pos[0] = -1;
            return -1;
        }
        int b = table[pos[0]++] & 0xff;
        int value = b & 63;
        while ((b & 64) != 0) {
            if (pos[0] >= table.length) {
                pos[0] = -1;
                return -1;
            }
            b = table[pos[0]++] & 0xff;
            value = value << 6 | (b & 63);
        }
        return value;
    }

    private static void writeVarint(ByteArrayOutputStream out, int value, boolean first) {
        int groups = 1;
        while (groups < 6 && value >>> (6 * groups) != 0) {
            groups++;
        }
        for (int g = groups - 1; g >= 0; g--) {
            int b = (value >>> (6 * g)) & 63;
            if (g > 0) {
                b |= 64;
            }
            if (first && g == groups - 1) {
                b |= 128;
            }
            out.write(b);
        }
    }
}
