package dev.kaa.bytecode.dis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.bytecode.pyc.PycFile;
import dev.kaa.testkit.CPython;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disassembly against CPython 3.13's {@code dis.dis}: two committed expected outputs (run
 * without CPython), and a deterministic sample of about 150 of CPython's own Lib {@code .pyc}
 * files disassembled by one CPython process.
 */
class DisassemblerTest {
    private static final Pattern ADDRESS = Pattern.compile("at 0x[0-9a-f]+");
    private static final Pattern FROZENSET = Pattern.compile("frozenset\\(\\{(.*?)\\}\\)");

    static byte[] resource(String name) throws IOException {
        try (InputStream in = DisassemblerTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    /**
     * Masks code object addresses, and sorts the items shown for frozensets: CPython prints a
     * set in hash-table order, which depends on the string hash seed and is not part of the format.
     */
    static String normalise(String text) {
        String masked = ADDRESS.matcher(text).replaceAll("at 0x...");
        Matcher m = FROZENSET.matcher(masked);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String[] items = m.group(1).split(", ");
            Arrays.sort(items);
            m.appendReplacement(sb, Matcher.quoteReplacement("frozenset({" + String.join(", ", items) + "})"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static void assertSameText(String expected, String actual, String what) {
        if (!expected.equals(actual)) {
            List<String> e = expected.lines().toList();
            List<String> a = actual.lines().toList();
            int i = 0;
            while (i < Math.min(e.size(), a.size()) && e.get(i).equals(a.get(i))) {
                i++;
            }
            assertEquals(i < e.size() ? e.get(i) : "<end>", i < a.size() ? a.get(i) : "<end>",
                    what + ": first difference at line " + (i + 1));
            assertEquals(expected, actual, what);
        }
    }

    @Test void committedSamplesMatchCPython() throws IOException {
        for (String[] c : new String[][] {{"../marshal/sample.cpython-313.pyc", "sample.dis"},
            {"extended.cpython-313.pyc", "extended.dis"}}) {
            CodeObject code = PycFile.parse(resource(c[0]), c[0]).code();
            String expected = new String(resource(c[1]), StandardCharsets.UTF_8);
            assertSameText(normalise(expected), normalise(Disassembler.disassemble(code)), c[1]);
        }
    }

    @Test void cachesAndOffsetsAsCPythonShowsThem() throws IOException {
        CodeObject code = PycFile.parse(resource("../marshal/sample.cpython-313.pyc"), "sample").code();
        String expected = new String(resource("sample-caches-offsets.dis"), StandardCharsets.UTF_8);
        assertSameText(normalise(expected), normalise(Disassembler.disassemble(code,
                new Disassembler.Options(true, true))), "show_caches=True, show_offsets=True");
    }

    @Test void cacheLayoutCoversEveryCacheUnit() {
        for (dev.kaa.bytecode.Opcode op : dev.kaa.bytecode.Opcode.values()) {
            int units = CacheLayout.of(op).stream().mapToInt(CacheLayout.Field::units).sum();
            assertEquals(op.cacheEntries(), units, op.name());
        }
    }

    @Test void lineAndPositionTablesMatchCPython() throws IOException {
        for (String[] c : new String[][] {{"../marshal/sample.cpython-313.pyc", "sample.positions"},
            {"extended.cpython-313.pyc", "extended.positions"}}) {
            CodeObject code = PycFile.parse(resource(c[0]), c[0]).code();
            StringBuilder sb = new StringBuilder();
            describeTables(code, sb);
            assertSameText(new String(resource(c[1]), StandardCharsets.UTF_8), sb.toString(), c[1]);
        }
    }

    /** Renders co_lines() and co_positions() of each code object as Python prints the lists. */
    private static void describeTables(CodeObject code, StringBuilder sb) {
        LineTable table = LineTable.decode(code.linetable(), code.firstlineno());
        sb.append("code ").append(code.qualname()).append('\n');
        List<String> lines = new ArrayList<>();
        for (LineTable.LineRange r : table.lines()) {
            lines.add("(" + r.start() + ", " + r.end() + ", " + r.line() + ")");
        }
        sb.append("lines [").append(String.join(", ", lines).replace("null", "None")).append("]\n");
        List<String> positions = new ArrayList<>();
        for (LineTable.Entry e : table.entries()) {
            for (int unit = e.start(); unit < e.end(); unit += 2) {
                positions.add("(" + e.line() + ", " + e.endLine() + ", " + e.col() + ", " + e.endCol() + ")");
            }
        }
        sb.append("positions [").append(String.join(", ", positions).replace("null", "None")).append("]\n");
        for (Object constant : code.consts()) {
            if (constant instanceof CodeObject inner) {
                describeTables(inner, sb);
            }
        }
    }

    @Test void exceptionTableEncodesBackToTheSameBytes() throws IOException {
        CodeObject code = PycFile.parse(resource("extended.cpython-313.pyc"), "extended").code();
        for (Object c : code.consts()) {
            if (c instanceof CodeObject inner && inner.exceptiontable().length > 0) {
                List<ExceptionTable.Entry> entries = ExceptionTable.parse(inner.exceptiontable());
                assertTrue(entries.size() > 1);
                assertEquals(Arrays.toString(inner.exceptiontable()), Arrays.toString(ExceptionTable.encode(entries)));
            }
        }
        List<ExceptionTable.Entry> big = List.of(new ExceptionTable.Entry(0, 70000, 2, 300, true));
        assertEquals(big, ExceptionTable.parse(ExceptionTable.encode(big)));
    }

    @Test void deeplyNestedConstantIsPrinted() {
        Object t = dev.kaa.bytecode.Constant.NONE;
        for (int i = 0; i < 1990; i++) {
            t = new dev.kaa.bytecode.Constant.Tuple(List.of(t));
        }
        // LOAD_CONST 0; RETURN_VALUE, with no line table
        CodeObject code = new CodeObject(0, 0, 0, 1, 0, new byte[] {83, 0, 36, 0}, List.of(t), List.of(), List.of(),
                new byte[0], "deep.py", "m", "m", 1, new byte[0], new byte[0]);
        assertEquals("          LOAD_CONST               0 (" + "(".repeat(1990) + "None" + ",)".repeat(1990) + ")\n"
                + "          RETURN_VALUE\n", Disassembler.disassemble(code));
    }

    @Test void commandLineEntryPoint(@TempDir Path dir) throws IOException {
        Path pyc = dir.resolve("sample.pyc");
        Files.write(pyc, resource("../marshal/sample.cpython-313.pyc"));
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        int status = Disassembler.run(new String[] {pyc.toString()}, new java.io.PrintStream(out, true,
                StandardCharsets.UTF_8), new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertSameText(normalise(new String(resource("sample.dis"), StandardCharsets.UTF_8)),
                normalise(out.toString(StandardCharsets.UTF_8)), "main");
        Files.write(pyc, new byte[] {1, 2, 3, 4, 5});
        err.reset();
        status = Disassembler.run(new String[] {pyc.toString()}, new java.io.PrintStream(out, true,
                StandardCharsets.UTF_8), new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, status);
        assertEquals("bad magic number in 'sample.pyc': b'\\x01\\x02\\x03\\x04'\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test void libSampleMatchesCPython(@TempDir Path dir) throws IOException {
        assumeTrue(CPython.found(), CPython.MISSING);
        List<Path> all;
        try (Stream<Path> walk = Files.walk(CPython.lib())) {
            all = walk.filter(p -> p.getFileName().toString().endsWith(".cpython-313.pyc")
                    && p.getParent().getFileName().toString().equals("__pycache__"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
        assumeTrue(all.size() > 150, "CPython's Lib has no __pycache__");
        // Every k-th file in path order, and every file holding a str with a high and a low
        // surrogate as two code points (Constant.Str), the case a Java String cannot hold.
        List<Path> sample = new ArrayList<>();
        int step = all.size() / 150;
        for (int i = 0; i < all.size(); i++) {
            if (i % step == 0 || holdsSplitSurrogatePair(Files.readAllBytes(all.get(i)))) {
                sample.add(all.get(i));
            }
        }
        Path list = dir.resolve("list.txt");
        Files.write(list, sample.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        Path script = dir.resolve("dis_many.py");
        Files.write(script, resource("dis_many.py"));
        CPython.Result r = CPython.run(List.of(script.toString(), list.toString()), dir, 300);
        assertEquals(0, r.exitCode(), r.stderr());
        Map<String, String> expected = split(r.stdout());
        assertEquals(sample.size(), expected.size());
        int compared = 0;
        for (Path p : sample) {
            String ours = Disassembler.disassemble(PycFile.read(p).code());
            assertSameText(normalise(expected.get(p.toString())), normalise(ours), p.toString());
            compared++;
        }
        assertTrue(compared >= 140, "compared " + compared);
    }

    private static Map<String, String> split(String output) {
        Map<String, String> out = new LinkedHashMap<>();
        String current = null;
        StringBuilder sb = new StringBuilder();
        for (String line : output.split("\n", -1)) {
            if (line.startsWith("=== ")) {
                if (current != null) {
                    out.put(current, sb.toString());
                }
                current = line.substring(4);
                sb.setLength(0);
            } else if (current != null) {
                sb.append(line).append('\n');
            }
        }
        if (current != null) {
            String last = sb.toString();
            out.put(current, last.endsWith("\n\n") ? last.substring(0, last.length() - 1) : last);
        }
        return out;
    }

    static boolean holdsSplitSurrogatePair(byte[] b) {
        for (int i = 0; i + 4 < b.length; i++) {
            if ((b[i] & 0xff) == 0xed && (b[i + 1] & 0xf0) == 0xa0 && (b[i + 3] & 0xff) == 0xed
                    && (b[i + 4] & 0xf0) == 0xb0) {
                return true;
            }
        }
        return false;
    }
}
