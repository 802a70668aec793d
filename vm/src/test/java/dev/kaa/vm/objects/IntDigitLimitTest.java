package dev.kaa.vm.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The int/str conversion limit ({@code sys.set_int_max_str_digits}) in both directions, and a few
 * identities of the number types, with CPython 3.13's messages.
 *
 * <p>Thread safety: test code, single-threaded.
 */
class IntDigitLimitTest {

    @BeforeAll
    static void boot() {
        BuiltinTypes.boot();
        PyComplex.TYPE.name();
    }

    private static String error(Runnable r) {
        PyException e = assertThrows(PyException.class, r::run);
        return e.pyType().name() + ": " + Abstract.str(e.value());
    }

    @Test
    void parseLimit() {
        assertEquals("ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 "
                + "digits; use sys.set_int_max_str_digits() to increase the limit",
                error(() -> Abstract.call(PyInt.TYPE, PyStr.of("1".repeat(4301)))));
        assertEquals("ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 "
                + "digits; use sys.set_int_max_str_digits() to increase the limit",
                error(() -> Abstract.call(PyInt.TYPE, PyStr.of(" -1_" + "1".repeat(4300)))));
        PyInt ok = (PyInt) Abstract.call(PyInt.TYPE, PyStr.of("1".repeat(4300)));
        assertEquals(new BigInteger("1".repeat(4300)), ok.bigValue());
        // Bases that are powers of two have no limit.
        PyInt hex = (PyInt) Abstract.call(PyInt.TYPE, PyStr.of("f".repeat(5000)), PyInt.of(16));
        assertEquals(20000, hex.bigValue().bitLength());
        assertEquals("ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 "
                + "digits; use sys.set_int_max_str_digits() to increase the limit",
                error(() -> Abstract.call(PyInt.TYPE, PyStr.of("1".repeat(4301)), PyInt.of(36))));
    }

    @Test
    void strLimit() {
        PyInt big = PyInt.of(BigInteger.TEN.pow(4300));
        String msg = "ValueError: Exceeds the limit (4300 digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit";
        assertEquals(msg, error(() -> Abstract.repr(big)));
        assertEquals(msg, error(() -> Abstract.str(PyInt.of(BigInteger.TEN.pow(4300).negate()))));
        assertEquals(msg, error(() -> Abstract.callMethod(big, "__format__", PyStr.of("d"))));
        assertEquals(msg, error(() -> Abstract.callMethod(big, "__format__", PyStr.of(","))));
        assertEquals("OverflowError: int too large to convert to float",
                error(() -> Abstract.callMethod(big, "__format__", PyStr.of("e"))));
        assertEquals(4300, Abstract.repr(PyInt.of(BigInteger.TEN.pow(4299))).toString().length());
        assertEquals("139", Abstract.callMethod(big, "__format__", PyStr.of("x")).toString().substring(0, 3));
    }

    @Test
    void changedLimit() {
        try {
            IntLimits.setMaxStrDigits(640);
            assertEquals("ValueError: Exceeds the limit (640 digits) for integer string conversion: value has 641 "
                    + "digits; use sys.set_int_max_str_digits() to increase the limit",
                    error(() -> Abstract.call(PyInt.TYPE, PyStr.of("1".repeat(641)))));
            IntLimits.setMaxStrDigits(0);
            PyInt v = (PyInt) Abstract.call(PyInt.TYPE, PyStr.of("1".repeat(5000)));
            assertEquals(5000, Abstract.repr(v).toString().length());
        } finally {
            IntLimits.setMaxStrDigits(4300);
        }
    }

    @Test
    void invalidLiteralIsCut() {
        // CPython shows %.200R of the first 200 characters: 240 characters in all here.
        String msg = error(() -> Abstract.call(PyInt.TYPE, PyStr.of("x".repeat(300))));
        assertEquals(240 + "ValueError: ".length(), msg.length());
    }

    @Test
    void identities() {
        assertSame(PyBool.TRUE, Abstract.call(PyBool.TYPE, PyInt.of(5)));
        assertSame(PyInt.of(7), Abstract.call(PyInt.TYPE, PyStr.of("7")));
        PyFloat f = new PyFloat(2.5);
        assertSame(f, Abstract.call(PyFloat.TYPE, f));
        PyComplex c = new PyComplex(1, 2);
        assertSame(c, Abstract.call(PyComplex.TYPE, c));
        // Equal numbers hash alike across int, float and complex.
        assertEquals(Abstract.hash(PyInt.of(1L << 62)), Abstract.hash(new PyFloat(0x1p62)));
        assertEquals(Abstract.hash(PyInt.of(-3)), Abstract.hash(new PyComplex(-3, 0)));
    }
}
