package dev.kaa.bytecode.marshal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.bytecode.Constant;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading and writing single values; the byte strings are what CPython 3.13's marshal.dumps gave. */
class MarshalTest {
    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    private static Object load(String hex) {
        return Marshal.loads(hex(hex), "test");
    }

    /** Reads CPython's bytes, checks the value, and checks both write modes. */
    private static void check(String cpythonHex, Object expected) {
        byte[] bytes = hex(cpythonHex);
        Object value = Marshal.loads(bytes, "test");
        assertEquals(expected, value);
        Unmarshalled faithful = Marshal.loadsFaithful(bytes, 0, bytes.length, "test");
        assertArrayEquals(bytes, Marshal.dumps(faithful.value(), faithful.trace()), "faithful round trip");
        assertEquals(expected, Marshal.loads(Marshal.dumps(value), "again"), "fresh encoding reads back");
    }

    @Test void singletons() {
        check("4e", Constant.NONE);
        check("54", true);
        check("46", false);
        check("2e", Constant.ELLIPSIS);
        check("53", Constant.STOP_ITERATION);
    }

    @Test void ints() {
        check("e900000000", 0L);
        check("e9ffffffff", -1L);
        check("e9ffffff7f", 2147483647L);
        check("ec03000000000000000200", 2147483648L);
        check("e900000080", -2147483648L);
        check("ecfdffffff010000000200", -2147483649L);
        check("ec0500000000000000000000000800", BigInteger.ONE.shiftLeft(63));
        check("ecfbffffff00000000000000001000", BigInteger.ONE.shiftLeft(64).negate());
        assertArrayEquals(hex("e900000000"), Marshal.dumps(0L));
        assertArrayEquals(hex("6c03000000000000000200"), Marshal.dumps(2147483648L));
        assertArrayEquals(hex("6cfbffffff00000000000000001000"), Marshal.dumps(BigInteger.ONE.shiftLeft(64).negate()));
        assertEquals(Long.MIN_VALUE, Marshal.loads(Marshal.dumps(Long.MIN_VALUE), "min"));
        BigInteger huge = BigInteger.TEN.pow(400).negate();
        assertEquals(huge, Marshal.loads(Marshal.dumps(huge), "huge"));
    }

    @Test void floatsAndComplex() {
        check("e7000000000000f83f", 1.5);
        check("e70000000000000080", -0.0);
        check("f90000000000000000000000000000f03f", new Constant.Complex(0.0, 1.0));
        // Formats 0 and 1 wrote text floats; CPython still reads them.
        assertEquals(2.5, load("6603322e35"));
        assertEquals(Double.NEGATIVE_INFINITY, load("66042d696e66"));
        assertEquals(new Constant.Complex(1.0, -2.0), load("7803312e30042d322e30"));
        MarshalFormatException e = assertThrows(MarshalFormatException.class, () -> load("6603312e78"));
        assertEquals("could not convert string to float: '1.x'", e.reason());
        long nanBits = 0x7ff8000000000123L;
        byte[] nan = Marshal.dumps(Double.longBitsToDouble(nanBits));
        assertEquals(nanBits, Double.doubleToRawLongBits((Double) Marshal.loads(nan, "nan")), "NaN payload kept");
    }

    @Test void bytesAndStrings() {
        check("f300000000", new Constant.Bytes(new byte[0]));
        check("f3020000006162", new Constant.Bytes(new byte[] {'a', 'b'}));
        check("da03616263", "abc");
        check("c12c010000" + "78".repeat(300), "x".repeat(300));
        check("f402000000c3a9", "\u00e9");
        check("f503000000edb280", "\udc80");
        check("f504000000f09f9880", "\ud83d\ude00");
        // 'a'/'z' hold Latin-1 bytes in CPython's reader, though its writer only puts ASCII there.
        assertEquals("\u00e9", load("7a01e9"));
        assertArrayEquals(hex("da03616263"), Marshal.dumps("abc"), "identifier-like: interned");
        assertArrayEquals(hex("7a03612062"), Marshal.dumps("a b"));
        // one-character Latin-1 strings are CPython 3.13's static (interned) singletons
        assertArrayEquals(hex("f402000000c3a9"), Marshal.dumps("\u00e9"));
        assertArrayEquals(hex("7503000000c3a978"), Marshal.dumps("\u00e9x"));
    }

    @Test void surrogatePairWrittenAsTwoSurrogatesRoundTrips() {
        // the two-code-point str '\ud83d\ude00' as CPython writes it (surrogatepass)
        byte[] split = hex("7506000000eda0bdedb880");
        Unmarshalled u = Marshal.loadsFaithful(split, 0, split.length, "split");
        assertArrayEquals(split, Marshal.dumps(u.value(), u.trace()));
        assertEquals(new Constant.Str(new int[] {0xd83d, 0xde00}), u.value());
        assertArrayEquals(split, Marshal.dumps(u.value()), "the value alone says how to write it");
        assertEquals("'\\ud83d\\ude00'", dev.kaa.bytecode.PyRepr.repr(u.value()));
        // the astral character stays a String, written as four bytes
        check("7504000000f09f9880", "\ud83d\ude00");
        // a lone surrogate followed by anything else is still a String
        check("7507000000eda0bd41e282ac", Constant.Str.of(new int[] {0xd83d, 'A', 0x20ac}));
    }

    @Test void containers() {
        check("a900", new Constant.Tuple(List.of()));
        check("a902e901000000da0161", new Constant.Tuple(List.of(1L, "a")));
        check("be00000000", new Constant.FrozenSet(List.of()));
        check("db02000000e9010000005b01000000e902000000",
                new MarshalList(List.of(1L, new MarshalList(List.of(2L)))));
        check("fbda016b5b01000000e90100000030",
                new MarshalDict(List.of(new MarshalDict.Entry("k", new MarshalList(List.of(1L))))));
        check("bc01000000e903000000", new MarshalSet(List.of(3L)));
        check("a902da01717201000000", new Constant.Tuple(List.of("q", "q")));
        // a tuple of 300 items takes the long form
        Constant.Tuple big = new Constant.Tuple(java.util.Collections.nCopies(300, Constant.NONE));
        byte[] b = Marshal.dumps(big);
        assertEquals('(', b[0]);
        assertEquals(big, Marshal.loads(b, "big"));
    }

    @Test void sliceOfFormat5() {
        Object v = load("3a4ee9010000004e");
        assertEquals(new Constant.Slice(Constant.NONE, 1L, Constant.NONE), v);
        assertEquals(v, Marshal.loads(Marshal.dumps(v), "slice"));
    }

    @Test void repeatedValuesBecomeReferences() {
        Constant.Tuple t = new Constant.Tuple(List.of("hello world", "hello world", 1000L, 1000L));
        byte[] b = Marshal.dumps(t);
        assertEquals(t, Marshal.loads(b, "refs"));
        assertArrayEquals(hex("2904fa0b68656c6c6f20776f726c6472000000006901e803000072010000000".substring(0, 4)),
                java.util.Arrays.copyOf(b, 2));
        assertTrue(b.length < 2 + 16 + 5 + 5 + 5 + 5, "second occurrences are 5-byte references");
    }

    @Test void codeObjectOfSamplePycRoundTrips() throws IOException {
        byte[] pyc;
        try (InputStream in = MarshalTest.class.getResourceAsStream("sample.cpython-313.pyc")) {
            pyc = in.readAllBytes();
        }
        Unmarshalled u = Marshal.loadsFaithful(pyc, 16, pyc.length - 16, "sample.pyc");
        CodeObject code = assertInstanceOf(CodeObject.class, u.value());
        assertEquals("<module>", code.name());
        assertEquals(pyc.length, u.end());
        assertArrayEquals(java.util.Arrays.copyOfRange(pyc, 16, pyc.length), Marshal.dumps(code, u.trace()));
        Object again = Marshal.loads(Marshal.dumps(code), "fresh");
        assertArrayEquals(Marshal.dumps(code), Marshal.dumps(again), "fresh encoding is stable");
    }

    @Test void changedValueIsWrittenFreshNotWithStaleTrace() {
        byte[] bytes = hex("a902da01717201000000");
        Unmarshalled u = Marshal.loadsFaithful(bytes, 0, bytes.length, "t");
        Constant.Tuple other = new Constant.Tuple(List.of("q", "r"));
        assertEquals(other, Marshal.loads(Marshal.dumps(other, u.trace()), "t"));
    }

    @Test void unmarshallableValues() {
        assertThrows(IllegalArgumentException.class, () -> Marshal.dumps(new Object()));
        Object deep = Constant.NONE;
        for (int i = 0; i < 1999; i++) {
            deep = new Constant.Tuple(List.of(deep));
        }
        assertEquals(1999 * 2 + 1, Marshal.dumps(deep).length, "2000 levels (1999 tuples and None) is CPython's limit");
        Object tooDeep = new Constant.Tuple(List.of(deep));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Marshal.dumps(tooDeep));
        assertEquals("object too deeply nested to marshal", e.getMessage());
    }
}
