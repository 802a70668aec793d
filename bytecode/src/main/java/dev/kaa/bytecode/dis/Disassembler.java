package dev.kaa.bytecode.dis;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.bytecode.PyRepr;
import dev.kaa.bytecode.pyc.PycFile;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Prints a code object in the layout of CPython 3.13's {@code dis.dis(code)} (what
 * {@code python3.13 -m dis FILE} prints): a line-number column, {@code L1:} labels on jump
 * targets, the padded instruction name, the argument and its description in parentheses, the
 * {@code ExceptionTable:} section, then each code object among the constants, recursively, after
 * a {@code Disassembly of <code object …>:} heading.
 *
 * <p>CPython prints memory addresses in code object reprs ({@code at 0x7f…}); Kaa prints a
 * per-run identity number in the same place, so outputs compare equal once addresses are masked.
 *
 * <p>Thread safety: stateless.
 */
public final class Disassembler {
    private static final int OPNAME_WIDTH = 20;
    private static final int OPARG_WIDTH = 5;
    private static final String NO_LINENO = "  --";

    private Disassembler() {}

    /**
     * What to show beyond {@code dis.dis(code)}'s defaults.
     *
     * @param showCaches print the inline {@code CACHE} units ({@code show_caches=True}, {@code -C})
     * @param showOffsets print each instruction's byte offset ({@code show_offsets=True}, {@code -O})
     */
    public record Options(boolean showCaches, boolean showOffsets) {
        /** {@code dis.dis(code)}'s defaults. */
        public static final Options DEFAULT = new Options(false, false);
    }

    /** Prints the disassembly of {@code code} and of the code objects in its constants. */
    public static void disassemble(CodeObject code, Appendable out) throws IOException {
        disassemble(code, out, Options.DEFAULT);
    }

    /** Prints the disassembly with {@code options}, like {@code dis.dis(code, show_caches=…, show_offsets=…)}. */
    public static void disassemble(CodeObject code, Appendable out, Options options) throws IOException {
        disassembleOne(code, out, options);
        for (Object constant : code.consts()) {
            if (constant instanceof CodeObject inner) {
                out.append('\n');
                out.append("Disassembly of ").append(PyRepr.codeRepr(inner)).append(":\n");
                disassemble(inner, out, options);
            }
        }
    }

    /** The disassembly as a string. */
    public static String disassemble(CodeObject code) {
        return disassemble(code, Options.DEFAULT);
    }

    /** The disassembly with {@code options} as a string. */
    public static String disassemble(CodeObject code, Options options) {
        StringBuilder sb = new StringBuilder();
        try {
            disassemble(code, sb, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return sb.toString();
    }

    /** The column widths of one code object's listing. */
    private record Layout(int linenoWidth, int labelWidth, int offsetWidth) {}

    /** Prints one code object, without the ones nested in it. */
    static void disassembleOne(CodeObject code, Appendable out, Options options) throws IOException {
        Instructions instructions = Instructions.of(code);
        Layout layout = new Layout(linenoWidth(instructions.lineStarts().values()),
                4 + String.valueOf(instructions.labelCount()).length(),
                options.showOffsets() ? String.valueOf(Math.max(code.codeLength() - 2, 9999)).length() : 0);
        for (Instruction instr : instructions.list()) {
            printInstruction(instr, layout, out);
            if (options.showCaches()) {
                printCaches(code, instr, layout, out);
            }
        }
        List<ExceptionTable.Entry> table = instructions.exceptionTable();
        if (!table.isEmpty()) {
            out.append("ExceptionTable:\n");
            for (ExceptionTable.Entry e : table) {
                out.append("  L").append(String.valueOf(instructions.labelAt(e.start())))
                        .append(" to L").append(String.valueOf(instructions.labelAt(e.end())))
                        .append(" -> L").append(String.valueOf(instructions.labelAt(e.target())))
                        .append(" [").append(String.valueOf(e.depth())).append(']')
                        .append(e.lasti() ? " lasti" : "").append('\n');
            }
        }
    }

    /**
     * The width of the line column: none when no line is known (line 0 counts as unknown, as in
     * CPython), else at least 3, and 4 when a {@code --} (no line) must fit.
     */
    private static int linenoWidth(Collection<Integer> lines) {
        int max = -1;
        boolean none = false;
        for (Integer line : lines) {
            if (line == null) {
                none = true;
            } else if (line != 0) {
                max = Math.max(max, line);
            }
        }
        if (max == -1) {
            return 0;
        }
        int width = Math.max(3, String.valueOf(max).length());
        if (width < NO_LINENO.length() && none) {
            width = NO_LINENO.length();
        }
        return width;
    }

    /**
     * The {@code CACHE} units after {@code instr}: the first unit of each field shows
     * {@code name: value} (the field's bytes as a little-endian number, as {@code dis} reads them
     * on the usual little-endian machines).
     */
    private static void printCaches(CodeObject code, Instruction instr, Layout layout, Appendable out)
            throws IOException {
        dev.kaa.bytecode.Opcode op = instr.opcode() < 256 ? dev.kaa.bytecode.Opcode.of(instr.opcode()) : null;
        if (op == null) {
            return;
        }
        int offset = instr.offset();
        for (CacheLayout.Field field : CacheLayout.of(op)) {
            for (int unit = 0; unit < field.units(); unit++) {
                offset += 2;
                String argrepr = "";
                if (unit == 0) {
                    java.math.BigInteger value = java.math.BigInteger.ZERO;
                    for (int b = field.units() * 2 - 1; b >= 0; b--) {
                        int at = offset + b;
                        int v = at < code.codeLength() ? code.codeByte(at) : 0;
                        value = value.shiftLeft(8).or(java.math.BigInteger.valueOf(v));
                    }
                    argrepr = field.name() + ": " + value;
                }
                printInstruction(new Instruction("CACHE", 0, 0, argrepr, offset, false, null, null, null), layout, out);
            }
        }
    }

    private static void printInstruction(Instruction instr, Layout layout, Appendable out) throws IOException {
        int linenoWidth = layout.linenoWidth();
        if (linenoWidth > 0 && instr.startsLine() && instr.offset() > 0) {
            out.append('\n');
        }
        StringBuilder line = new StringBuilder();
        if (linenoWidth > 0) {
            if (instr.startsLine()) {
                pad(line, instr.lineNumber() == null ? NO_LINENO : String.valueOf(instr.lineNumber()), linenoWidth);
            } else {
                line.append(" ".repeat(linenoWidth));
            }
            line.append(' ');
        }
        pad(line, instr.label() == null ? "" : "L" + instr.label() + ":", layout.labelWidth());
        if (layout.offsetWidth() > 0) {
            line.append(' ');
            pad(line, String.valueOf(instr.offset()), layout.offsetWidth());
            line.append("  ");
        }
        line.append(' ').append("   ").append(' ');
        line.append(instr.opname());
        line.append(" ".repeat(Math.max(0, OPNAME_WIDTH - instr.opname().length())));
        if (instr.arg() != null) {
            int excess = Math.max(0, instr.opname().length() - OPNAME_WIDTH);
            line.append(' ');
            pad(line, String.valueOf(instr.arg()), OPARG_WIDTH - excess);
            if (!instr.argrepr().isEmpty()) {
                line.append(" (").append(instr.argrepr()).append(')');
            }
        }
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        line.setLength(end);
        out.append(line).append('\n');
    }

    /** Right-justifies {@code text} in {@code width} columns (Python's {@code str.rjust}). */
    private static void pad(StringBuilder sb, String text, int width) {
        sb.append(" ".repeat(Math.max(0, width - text.length()))).append(text);
    }

    /**
     * Prints the disassembly of the code object in a {@code .pyc} file:
     * {@code java -m dev.kaa.bytecode/dev.kaa.bytecode.dis.Disassembler [-C] [-O] FILE.pyc}, the
     * options as {@code python3.13 -m dis} has them (show caches, show offsets). Exits with 1 and
     * a message on standard error if the file cannot be read or is not a valid {@code .pyc}.
     */
    public static void main(String[] args) {
        PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(args, stdout, stderr);
        stdout.flush();
        if (status != 0) {
            System.exit(status);
        }
    }

    /** The command line tool without the exit: returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean caches = false;
        boolean offsets = false;
        String file = null;
        for (String arg : args) {
            switch (arg) {
                case "-C", "--show-caches" -> caches = true;
                case "-O", "--show-offsets" -> offsets = true;
                default -> {
                    if (file != null || arg.startsWith("-")) {
                        err.println("usage: Disassembler [-C] [-O] FILE.pyc");
                        return 2;
                    }
                    file = arg;
                }
            }
        }
        if (file == null) {
            err.println("usage: Disassembler [-C] [-O] FILE.pyc");
            return 2;
        }
        try {
            StringBuilder sb = new StringBuilder();
            disassemble(PycFile.read(Path.of(file)).code(), sb, new Options(caches, offsets));
            out.print(sb);
            return 0;
        } catch (IOException e) {
            err.println(Objects.requireNonNullElse(e.getMessage(), e.toString()));
            return 1;
        } catch (PyRepr.IntDigitsLimitException e) {
            // CPython's dis fails the same way on such a constant (a ValueError from repr)
            err.println("ValueError: " + e.getMessage());
            return 1;
        }
    }
}
