package dev.kaa.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link PyRepr} against CPython 3.13: hand-picked cases, {@code pyrepr/cases.tsv}, a table of
 * floats, complexes, strs and bytes with the reprs CPython printed, and {@code
 * pyrepr/nonprintable.txt}, the code points CPython's {@code str.isprintable()} refuses
 * ({@code pyrepr/generate.py} writes both).
 */
class PyReprTest {

    @Test void singletonsAndNumbers() {
        assertEquals("None", PyRepr.repr(Constant.NONE));
        assertEquals("Ellipsis", PyRepr.repr(Constant.ELLIPSIS));
        assertEquals("<class 'StopIteration'>", PyRepr.repr(Constant.STOP_ITERATION));
        assertEquals("True", PyRepr.repr(true));
        assertEquals("False", PyRepr.repr(false));
        assertEquals("-9223372036854775808", PyRepr.repr(Long.MIN_VALUE));
        assertEquals("123456789012345678901234567890", PyRepr.repr(new BigInteger("123456789012345678901234567890")));
        assertEquals("1e+16", PyRepr.repr(1e16));
        assertEquals("1000000000000000.0", PyRepr.repr(1e15));
        assertEquals("1e-05", PyRepr.repr(1e-5));
        assertEquals("0.0001", PyRepr.repr(1e-4));
        assertEquals("1.5", PyRepr.repr(1.5));
        assertEquals("inf", PyRepr.repr(Double.POSITIVE_INFINITY));
        assertEquals("-inf", PyRepr.repr(Double.NEGATIVE_INFINITY));
        assertEquals("nan", PyRepr.repr(Double.NaN));
        assertEquals("nan", PyRepr.repr(Double.longBitsToDouble(0xfff8000000000000L)));
        assertEquals("-0.0", PyRepr.repr(-0.0));
        assertEquals("1e+300", PyRepr.repr(1e300));
        assertEquals("5e-324", PyRepr.repr(Double.MIN_VALUE));
        assertEquals("1.2345678901234568e+17", PyRepr.repr(123456789012345678.0));
        assertEquals("0.30000000000000004", PyRepr.repr(0.1 + 0.2));
    }

    @Test void complexes() {
        assertEquals("1j", PyRepr.repr(new Constant.Complex(0, 1)));
        assertEquals("(1+2j)", PyRepr.repr(new Constant.Complex(1, 2)));
        assertEquals("-0j", PyRepr.repr(new Constant.Complex(0, -0.0)));
        assertEquals("(-0+0j)", PyRepr.repr(new Constant.Complex(-0.0, 0)));
        assertEquals("(nan+infj)", PyRepr.repr(new Constant.Complex(Double.NaN, Double.POSITIVE_INFINITY)));
        assertEquals("(1.5-infj)", PyRepr.repr(new Constant.Complex(1.5, Double.NEGATIVE_INFINITY)));
        assertEquals("(1e+16+1e-05j)", PyRepr.repr(new Constant.Complex(1e16, 1e-5)));
        assertEquals("1e+300j", PyRepr.repr(new Constant.Complex(0, 1e300)));
    }

    @Test void strings() {
        assertEquals("'abc'", PyRepr.repr("abc"));
        assertEquals("'\\'\"'", PyRepr.repr("'\""));
        assertEquals("\"'\"", PyRepr.repr("'"));
        assertEquals("'\"'", PyRepr.repr("\""));
        assertEquals("'\\\\'", PyRepr.repr("\\"));
        assertEquals("'\\x7f\\x80\\xa0\\xad\\u2028\uD83D\uDE00\\U000e0001\\ud800 \\u3000'",
                PyRepr.repr("\u007f\u0080\u00a0\u00ad\u2028\uD83D\uDE00\uDB40\uDC01\uD800 \u3000"));
        assertEquals("'\\t\\n\\r\\x00'", PyRepr.repr("\t\n\r\0"));
        // U+0897 is assigned in Unicode 16 (the JDK) but not in 15.1 (CPython 3.13).
        assertEquals("'\\u0897'", PyRepr.repr("\u0897"));
        assertEquals("'\\udc00\\ud800'", PyRepr.repr("\uDC00\uD800"));
    }

    @Test void strOfAHighAndALowSurrogateAsTwoCodePoints() {
        Object pair = Constant.Str.of(new int[] {'\'', 0xD83D, 0xDE00});
        assertTrue(pair instanceof Constant.Str, "a String would merge the two");
        assertEquals("\"'\\ud83d\\ude00\"", PyRepr.repr(pair));
        assertEquals("(\"'\\ud83d\\ude00\",)", PyRepr.repr(new Constant.Tuple(List.of(pair))));
        // representable ones come back as the one canonical String
        assertEquals("\uD83D\uDE00", Constant.Str.of(new int[] {0x1F600}));
        assertEquals("\uDE00\uD83D", Constant.Str.of(new int[] {0xDE00, 0xD83D}));
        assertEquals(pair, Constant.Str.concat("'\uD83D", "\uDE00"));
        assertEquals("'\uD83D\uDE00", Constant.Str.concat("'", "\uD83D\uDE00"));
    }

    @Test void bytesAndContainers() {
        assertEquals("b'\\'\"\\x7f\\x80\\\\\\n\\t\\r\\x00'",
                PyRepr.repr(new Constant.Bytes("'\"\u007f\u0080\\\n\t\r\0".getBytes(StandardCharsets.ISO_8859_1))));
        assertEquals("b\"'\"", PyRepr.repr(new Constant.Bytes(new byte[] {'\''})));
        assertEquals("b''", PyRepr.repr(new Constant.Bytes(new byte[0])));
        assertEquals("()", PyRepr.repr(new Constant.Tuple(List.of())));
        assertEquals("(1,)", PyRepr.repr(new Constant.Tuple(List.of(1L))));
        assertEquals("(1, 'a', (None, 2.0))", PyRepr.repr(new Constant.Tuple(
                List.of(1L, "a", new Constant.Tuple(List.of(Constant.NONE, 2.0))))));
        assertEquals("frozenset()", PyRepr.repr(new Constant.FrozenSet(List.of())));
        assertEquals("frozenset({1})", PyRepr.repr(new Constant.FrozenSet(List.of(1L))));
        assertEquals("frozenset({1, 2})", PyRepr.repr(new Constant.FrozenSet(List.of(1L, 2L))));
        assertEquals("slice(1, None, 'a')", PyRepr.repr(new Constant.Slice(1L, Constant.NONE, "a")));
    }

    @Test void deeplyNestedContainers() {
        Object nested = 1L;
        int depth = 100_000;
        for (int i = 0; i < depth; i++) {
            nested = i % 2 == 0 ? new Constant.Tuple(List.of(nested)) : new Constant.FrozenSet(List.of(nested, "x"));
        }
        String repr = PyRepr.repr(nested);
        assertTrue(repr.startsWith("frozenset({(frozenset({(") && repr.endsWith(",), 'x'})"), repr.substring(0, 40));
        assertEquals(depth / 2 * ("frozenset({".length() + "(".length() + ",)".length() + ", 'x'})".length()) + 1,
                repr.length());
    }

    @Test void codeObject() {
        CodeObject code = new CodeObject(0, 0, 0, 1, 0, new byte[0], List.of(), List.of(), List.of(),
                new byte[0], "x.py", "f", "f", 9, new byte[0], new byte[0]);
        String repr = PyRepr.repr(code);
        assertTrue(repr.matches("<code object f at 0x[0-9a-f]+, file \"x.py\", line 9>"), repr);
    }

    @Test void intDigitLimit() {
        BigInteger limit = BigInteger.TEN.pow(4300).subtract(BigInteger.ONE); // 4300 nines
        assertEquals(4300, PyRepr.repr(limit).length());
        assertEquals(4301, PyRepr.repr(limit.negate()).length());
        var e = assertThrows(PyRepr.IntDigitsLimitException.class, () -> PyRepr.repr(BigInteger.TEN.pow(4300)));
        assertEquals("Exceeds the limit (4300 digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit", e.getMessage());
        assertThrows(PyRepr.IntDigitsLimitException.class, () -> PyRepr.repr(BigInteger.ONE.shiftLeft(1_000_000)));
        assertEquals(4301, PyRepr.repr(BigInteger.TEN.pow(4300), 0).length());
    }

    @Test void notAConstant() {
        assertThrows(IllegalArgumentException.class, () -> PyRepr.repr(new Object()));
        assertThrows(IllegalArgumentException.class, () -> PyRepr.repr(null));
        assertThrows(IllegalArgumentException.class, () -> PyRepr.repr(new Constant.Tuple(java.util.Arrays.asList(1L, null))));
    }

    @Test void cpythonTable() throws IOException {
        List<String> failures = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (String line : table()) {
            String[] f = line.split("\t", 3);
            String actual = switch (f[0]) {
                case "float" -> PyRepr.repr(bitsToDouble(f[1]));
                case "complex" -> {
                    String[] parts = f[1].split(",");
                    yield PyRepr.repr(new Constant.Complex(bitsToDouble(parts[0]), bitsToDouble(parts[1])));
                }
                case "str" -> PyRepr.repr(codePoints(f[1]));
                case "bytes" -> PyRepr.repr(new Constant.Bytes(HexFormat.of().parseHex(f[1])));
                default -> throw new AssertionError("bad line " + line);
            };
            counts.merge(f[0], 1, Integer::sum);
            if (!actual.equals(f[2])) {
                failures.add(f[0] + " " + f[1] + ": expected " + f[2] + " got " + actual);
            }
        }
        assertTrue(counts.getOrDefault("float", 0) > 1000 && counts.getOrDefault("str", 0) > 200, counts::toString);
        assertTrue(failures.isEmpty(), () -> failures.size() + " differences:\n"
                + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }

    @Test void isPrintableAsCPythonForEveryCodePoint() throws IOException {
        boolean[] nonPrintable = new boolean[Character.MAX_CODE_POINT + 1];
        for (String line : resource("/pyrepr/nonprintable.txt")) {
            String[] range = line.split(" ");
            for (int cp = Integer.parseInt(range[0], 16); cp <= Integer.parseInt(range[1], 16); cp++) {
                nonPrintable[cp] = true;
            }
        }
        List<String> wrong = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (PyRepr.isPrintable(cp) == nonPrintable[cp] && wrong.size() < 20) {
                wrong.add(String.format("U+%04X", cp));
            }
        }
        assertTrue(wrong.isEmpty(), () -> "isprintable() differs from CPython's at " + wrong);
    }

    private static List<String> table() throws IOException {
        return resource("/pyrepr/cases.tsv");
    }

    private static List<String> resource(String name) throws IOException {
        try (InputStream in = PyReprTest.class.getResourceAsStream(name)) {
            assertTrue(in != null, name + " missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isEmpty()).toList();
        }
    }

    private static double bitsToDouble(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }

    private static String codePoints(String hex) {
        StringBuilder sb = new StringBuilder();
        if (!hex.isEmpty()) {
            for (String cp : hex.split(" ")) {
                sb.appendCodePoint(Integer.parseInt(cp, 16));
            }
        }
        return sb.toString();
    }
}
