package dev.kaa.compiler.internal.assemble;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.bytecode.Opcode;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: reads back what the assembler wrote, independently of it (code units with
 * {@code EXTENDED_ARG} folded and caches skipped, exception table entries, line table entries).
 *
 * <p>Thread safety: stateless.
 */
final class Decoded {
    private Decoded() {}

    /** An instruction at {@code offset} (code units, of the opcode itself), with its full argument. */
    record Ins(int offset, Opcode op, int arg) {
        @Override public String toString() {
            return op.has(Opcode.HAS_ARG) ? op + " " + arg : op.toString();
        }
    }

    static List<Ins> instructions(CodeObject co) {
        List<Ins> out = new ArrayList<>();
        byte[] code = co.code();
        int ext = 0;
        for (int unit = 0; unit < code.length / 2; ) {
            Opcode op = Opcode.of(code[2 * unit] & 0xff);
            int arg = ext << 8 | (code[2 * unit + 1] & 0xff);
            if (op == Opcode.EXTENDED_ARG) {
                ext = arg;
                unit++;
                continue;
            }
            ext = 0;
            out.add(new Ins(unit, op, arg));
            for (int c = 0; c < op.cacheEntries(); c++) {
                if (code[2 * (unit + 1 + c)] != 0 || code[2 * (unit + 1 + c) + 1] != 0) {
                    throw new AssertionError("cache unit not zero after " + op);
                }
            }
            unit += 1 + op.cacheEntries();
        }
        return out;
    }

    /** Opcode names with arguments, one string per instruction, e.g. {@code "LOAD_FAST 0"}. */
    static List<String> listing(CodeObject co) {
        return instructions(co).stream().map(Ins::toString).toList();
    }

    /** An exception table entry: units [start, end) go to target with depth and lasti. */
    record Entry(int start, int end, int target, int depth, boolean lasti) {}

    static List<Entry> exceptionTable(CodeObject co) {
        byte[] t = co.exceptiontable();
        List<Entry> out = new ArrayList<>();
        int[] p = {0};
        while (p[0] < t.length) {
            if ((t[p[0]] & 0x80) == 0) {
                throw new AssertionError("entry start bit missing at " + p[0]);
            }
            int start = bigVarint(t, p);
            int length = bigVarint(t, p);
            int target = bigVarint(t, p);
            int dl = bigVarint(t, p);
            out.add(new Entry(start, start + length, target, dl >> 1, (dl & 1) != 0));
        }
        return out;
    }

    private static int bigVarint(byte[] t, int[] p) {
        int b = t[p[0]++] & 0xff;
        int v = b & 63;
        while ((b & 64) != 0) {
            b = t[p[0]++] & 0xff;
            v = (v << 6) | (b & 63);
        }
        return v;
    }

    /** Per code unit: {line, endLine, col, endCol}, -1 for none; as {@code co_positions()} reports. */
    static List<int[]> positions(CodeObject co) {
        byte[] t = co.linetable();
        List<int[]> out = new ArrayList<>();
        int line = co.firstlineno();
        int[] p = {0};
        while (p[0] < t.length) {
            int head = t[p[0]++] & 0xff;
            int code = (head >> 3) & 15;
            int units = (head & 7) + 1;
            int[] pos;
            if (code == 15) {
                pos = new int[] {-1, -1, -1, -1};
            } else if (code == 14) {
                line += signed(littleVarint(t, p));
                int endLine = line + littleVarint(t, p);
                pos = new int[] {line, endLine, littleVarint(t, p) - 1, littleVarint(t, p) - 1};
            } else if (code == 13) {
                line += signed(littleVarint(t, p));
                pos = new int[] {line, line, -1, -1};
            } else if (code >= 10) {
                line += code - 10;
                int col = t[p[0]++] & 0xff;
                int end = t[p[0]++] & 0xff;
                pos = new int[] {line, line, col, end};
            } else {
                int second = t[p[0]++] & 0xff;
                int col = code * 8 + (second >> 4);
                pos = new int[] {line, line, col, col + (second & 15)};
            }
            for (int u = 0; u < units; u++) {
                out.add(pos);
            }
        }
        return out;
    }

    private static int littleVarint(byte[] t, int[] p) {
        int b = t[p[0]++] & 0xff;
        int v = b & 63;
        int shift = 0;
        while ((b & 64) != 0) {
            b = t[p[0]++] & 0xff;
            shift += 6;
            v |= (b & 63) << shift;
        }
        return v;
    }

    private static int signed(int v) {
        return (v & 1) != 0 ? -(v >> 1) : v >> 1;
    }
}
