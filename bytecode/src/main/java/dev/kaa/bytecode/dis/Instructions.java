package dev.kaa.bytecode.dis;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.bytecode.Opcode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The instructions of a code object with everything {@code dis} prints about them: the argument
 * after {@code EXTENDED_ARG} prefixes, its description, where source lines start, and the
 * {@code L1}, {@code L2} … labels numbered in offset order over jump targets and the exception
 * table's start, end and handler offsets. Inline {@code CACHE} units are skipped.
 *
 * <p>Thread safety: immutable.
 */
public final class Instructions {
    private final List<Instruction> instructions;
    private final List<ExceptionTable.Entry> exceptionTable;
    private final Map<Integer, Integer> labels;
    private final Map<Integer, Integer> lineStarts;

    private Instructions(List<Instruction> instructions, List<ExceptionTable.Entry> exceptionTable,
            Map<Integer, Integer> labels, Map<Integer, Integer> lineStarts) {
        this.instructions = List.copyOf(instructions);
        this.exceptionTable = List.copyOf(exceptionTable);
        this.labels = labels;
        this.lineStarts = lineStarts;
    }

    /** Decodes {@code code}. */
    public static Instructions of(CodeObject code) {
        List<Raw> raw = unpack(code);
        List<ExceptionTable.Entry> handlers = ExceptionTable.parse(code.exceptiontable());
        Map<Integer, Integer> labels = labels(raw, handlers);
        Map<Integer, Integer> lineStarts = new HashMap<>();
        for (LineTable.LineRange range : LineTable.decode(code.linetable(), code.firstlineno()).lines()) {
            lineStarts.put(range.start(), range.line());
        }
        ArgDescriber describer = new ArgDescriber(code, labels);
        List<Instruction> out = new ArrayList<>(raw.size());
        Integer line = null;
        for (Raw r : raw) {
            boolean starts = lineStarts.containsKey(r.offset);
            if (starts) {
                line = lineStarts.get(r.offset);
            }
            String argrepr = r.op != null && r.arg != null ? describer.describe(r.op, r.arg, r.offset) : "";
            out.add(new Instruction(r.op == null ? "<" + r.code + ">" : r.op.name(), r.code, r.arg, argrepr,
                    r.offset, starts, line, labels.get(r.offset),
                    r.arg == null ? null : ArgDescriber.jumpTarget(r.op, r.arg, r.offset)));
        }
        return new Instructions(out, handlers, labels, lineStarts);
    }

    /** The instructions in code order. */
    public List<Instruction> list() {
        return instructions;
    }

    /** The decoded exception table. */
    public List<ExceptionTable.Entry> exceptionTable() {
        return exceptionTable;
    }

    /** The label number of a byte offset, or null if none. */
    public Integer labelAt(int offset) {
        return labels.get(offset);
    }

    /** How many labels there are. */
    public int labelCount() {
        return labels.size();
    }

    /** Offsets where a line starts, with the line (null for Python's {@code None}). */
    public Map<Integer, Integer> lineStarts() {
        return java.util.Collections.unmodifiableMap(lineStarts);
    }

    /** An instruction before argument decoding: {@code op} null for an undefined number. */
    private record Raw(int offset, int code, Opcode op, Integer arg) {}

    /** Walks the code units as {@code dis._unpack_opargs} does. */
    private static List<Raw> unpack(CodeObject code) {
        List<Raw> out = new ArrayList<>();
        int extended = 0;
        int caches = 0;
        int length = code.codeLength() & ~1;
        for (int i = 0; i < length; i += 2) {
            if (caches > 0) {
                caches--;
                continue;
            }
            int number = code.codeByte(i);
            Opcode op = number < 256 ? Opcode.of(number) : null;
            if (op != null && op.has(Opcode.PSEUDO)) {
                op = null;
            }
            caches = op == null ? 0 : op.cacheEntries();
            Integer arg = null;
            if (op != null && op.has(Opcode.HAS_ARG)) {
                arg = code.codeByte(i + 1) | extended;
                // EXTENDED_ARG shifts into a signed 32-bit oparg, which Java's int wraps like C's.
                extended = op == Opcode.EXTENDED_ARG ? arg << 8 : 0;
            } else {
                extended = 0;
            }
            out.add(new Raw(i, number, op, arg));
        }
        return out;
    }

    private static Map<Integer, Integer> labels(List<Raw> raw, List<ExceptionTable.Entry> handlers) {
        TreeSet<Integer> offsets = new TreeSet<>();
        for (Raw r : raw) {
            if (r.arg != null) {
                Integer target = ArgDescriber.jumpTarget(r.op, r.arg, r.offset);
                if (target != null) {
                    offsets.add(target);
                }
            }
        }
        for (ExceptionTable.Entry e : handlers) {
            offsets.add(e.start());
            offsets.add(e.end());
            offsets.add(e.target());
        }
        Map<Integer, Integer> labels = new HashMap<>();
        int n = 1;
        for (int offset : offsets) {
            labels.put(offset, n++);
        }
        return labels;
    }
}
