package dev.kaa.compiler.internal.assemble;

import dev.kaa.compiler.internal.flowgraph.Location;
import java.io.ByteArrayOutputStream;

/**
 * Writes 3.13's {@code co_linetable} (PEP 626 lines with PEP 657 columns). Each entry covers 1
 * to 8 code units with one location and starts with a byte {@code 1 code:4 (units-1):3}.
 * Lines are deltas from the previous entry's line (from {@code co_firstlineno} at first).
 * The shortest form that fits is chosen: "short" (codes 0-9: same line, start column below 80,
 * width below 16), "one line" (codes 10-12: line delta 0-2, columns below 128), "no column"
 * (13), "long" (14), and "no location" (15) for artificial instructions.
 *
 * <p>Thread safety: stateless.
 */
final class LineTable {
    private LineTable() {}

    static byte[] encode(CodeLayout layout, int firstlineno) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int line = firstlineno;
        Location run = null;
        int units = 0;
        for (int k = 0; k < layout.count(); k++) {
            Location loc = layout.instr(k).loc();
            if (run != null && !loc.equals(run)) {
                line = entries(out, run, units, line);
                units = 0;
            }
            run = loc;
            units += layout.size(k);
        }
        if (run != null) {
            entries(out, run, units, line);
        }
        return out.toByteArray();
    }

    /** Writes {@code units} code units of {@code loc} in entries of at most 8; returns the new line. */
    private static int entries(ByteArrayOutputStream out, Location loc, int units, int line) {
        while (units > 0) {
            int n = Math.min(units, 8);
            line = entry(out, loc, n, line);
            units -= n;
        }
        return line;
    }

    private static int entry(ByteArrayOutputStream out, Location loc, int units, int line) {
        if (loc.lineno() < 0) {
            head(out, 15, units);
            return line;
        }
        int delta = loc.lineno() - line;
        int col = loc.col();
        int endCol = loc.endCol();
        int endLine = Math.max(loc.endLineno(), loc.lineno());
        boolean oneLine = loc.endLineno() == loc.lineno() || loc.endLineno() < 0;
        if (col < 0 || endCol < 0) {
            if (oneLine) {
                head(out, 13, units);
                Varint.writeSigned(out, delta);
                return loc.lineno();
            }
        } else if (loc.endLineno() == loc.lineno()) {
            if (delta == 0 && col < 80 && endCol >= col && endCol - col < 16) {
                head(out, col >> 3, units);
                out.write(((col & 7) << 4) | (endCol - col));
                return loc.lineno();
            }
            if (delta >= 0 && delta < 3 && col < 128 && endCol < 128) {
                head(out, 10 + delta, units);
                out.write(col);
                out.write(endCol);
                return loc.lineno();
            }
        }
        head(out, 14, units);
        Varint.writeSigned(out, delta);
        Varint.writeLittle(out, endLine - loc.lineno());
        Varint.writeLittle(out, col + 1);
        Varint.writeLittle(out, endCol + 1);
        return loc.lineno();
    }

    private static void head(ByteArrayOutputStream out, int code, int units) {
        out.write(0x80 | (code << 3) | (units - 1));
    }
}
