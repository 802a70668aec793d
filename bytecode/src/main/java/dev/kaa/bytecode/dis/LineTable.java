package dev.kaa.bytecode.dis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The location table of a CPython 3.13 code object ({@code co_linetable}, PEP 626 and PEP 657),
 * decoded: for each run of code units, the source line, end line, column and end column (columns
 * in UTF-8 bytes, 0-based).
 *
 * <p>The format: each entry starts with a byte {@code 1cccclll}: {@code cccc} the kind of entry,
 * {@code lll} the number of code units covered minus one. Kinds 0-9 are "short" (same line; one
 * byte more gives column {@code kind*8 + high nibble} and length {@code low nibble}); 10-12 are
 * "one line" (line moves by {@code kind-10}; two bytes give column and end column); 13 has no
 * column (a signed varint moves the line); 14 is the long form (signed line delta, then end-line
 * delta, column+1 and end-column+1 as varints); 15 has no location at all. Varints here are 6-bit
 * groups, least significant first, bit 6 meaning "more"; a signed varint keeps the sign in its
 * lowest bit.
 *
 * <p>A truncated table (never written by CPython or Kaa) is decoded up to its last whole entry.
 *
 * <p>Thread safety: immutable.
 */
public final class LineTable {
    /**
     * The location of code units {@code [start, end)} (byte offsets); a null component is
     * Python's {@code None}.
     */
    public record Entry(int start, int end, Integer line, Integer endLine, Integer col, Integer endCol) {}

    /** A run of code with one line, as {@code code.co_lines()} yields it (byte offsets). */
    public record LineRange(int start, int end, Integer line) {}

    private final List<Entry> entries;

    private LineTable(List<Entry> entries) {
        this.entries = Collections.unmodifiableList(entries);
    }

    /** Decodes {@code linetable} of a code object whose {@code co_firstlineno} is {@code firstLineno}. */
    public static LineTable decode(byte[] linetable, int firstLineno) {
        return new LineTable(new Decoder(linetable).decode(firstLineno));
    }

    /** Every entry, in code order. */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * The line ranges as {@code co_lines()} gives them: neighbouring entries with the same line
     * merged into one range.
     */
    public List<LineRange> lines() {
        List<LineRange> out = new ArrayList<>();
        for (Entry e : entries) {
            int last = out.size() - 1;
            if (last >= 0 && Objects.equals(out.get(last).line(), e.line())) {
                out.set(last, new LineRange(out.get(last).start(), e.end(), e.line()));
            } else {
                out.add(new LineRange(e.start(), e.end(), e.line()));
            }
        }
        return out;
    }

    /** Reads entries; each stops cleanly at the end of the data. */
    private static final class Decoder {
        private final byte[] table;
        private int pos;

        Decoder(byte[] table) {
            this.table = table;
        }

        List<Entry> decode(int firstLineno) {
            List<Entry> out = new ArrayList<>();
            int line = firstLineno;
            int unit = 0;
            while (pos < table.length) {
                int head = table[pos++] & 0xff;
                if ((head & 0x80) == 0) {
                    break; // not the first byte of an entry: the table is malformed
                }
                int kind = (head >> 3) & 15;
                int start = unit * 2;
                unit += (head & 7) + 1;
                int end = unit * 2;
                try {
                    switch (kind) {
                        case 15 -> out.add(new Entry(start, end, null, null, null, null));
                        case 14 -> {
                            line += signedVarint();
                            int endLine = line + varint();
                            int col = varint() - 1;
                            int endCol = varint() - 1;
                            out.add(new Entry(start, end, line, endLine, col < 0 ? null : col, endCol < 0 ? null : endCol));
                        }
                        case 13 -> {
                            line += signedVarint();
                            out.add(new Entry(start, end, line, line, null, null));
                        }
                        case 10, 11, 12 -> {
                            line += kind - 10;
                            int col = next();
                            int endCol = next();
                            out.add(new Entry(start, end, line, line, col, endCol));
                        }
                        default -> {
                            int b = next();
                            int col = kind * 8 + (b >> 4);
                            out.add(new Entry(start, end, line, line, col, col + (b & 15)));
                        }
                    }
                } catch (IndexOutOfBoundsException truncated) {
                    break;
                }
            }
            return out;
        }

        private int next() {
            if (pos >= table.length) {
                throw new IndexOutOfBoundsException();
            }
            return table[pos++] & 0xff;
        }

        private int varint() {
            int b = next();
            int value = b & 63;
            int shift = 0;
            while ((b & 64) != 0) {
                b = next();
                shift += 6;
                value |= (b & 63) << shift;
            }
            return value;
        }

        private int signedVarint() {
            int u = varint();
            return (u & 1) != 0 ? -(u >>> 1) : u >>> 1;
        }
    }
}
