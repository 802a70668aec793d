package dev.kaa.vm.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link FormatSpec}'s parse and padding, with CPython 3.13's messages (from
 * {@code format(1, spec)} and {@code format('a', spec)}).
 *
 * <p>Thread safety: test code, confined.
 */
class FormatSpecTest {

    private static String error(String spec, String type, int defaultType, char defaultAlign) {
        BuiltinTypes.boot();
        try {
            FormatSpec.parse(spec, type, defaultType, defaultAlign);
            return "no error";
        } catch (PyException e) {
            return e.value().type().name() + ": " + Abstract.str(e.value()).value();
        }
    }

    @Test
    void fields() {
        BuiltinTypes.boot();
        FormatSpec f = FormatSpec.parse("*^+z#012_.3f", "float", 0, '>');
        assertEquals('*', f.fill);
        assertEquals('^', f.align);
        assertEquals('+', f.sign);
        assertTrue(f.noNegativeZero);
        assertTrue(f.alternate);
        assertEquals(12, f.width);
        assertEquals('_', f.grouping);
        assertEquals(3, f.precision);
        assertEquals('f', f.type);
        assertTrue(f.typeGiven);
        FormatSpec z = FormatSpec.parse("05", "int", 'd', '>');
        assertEquals('0', z.fill);
        assertEquals('=', z.align);
        assertEquals('d', z.type);
        assertFalse(z.typeGiven);
        assertEquals(-1, z.precision);
        FormatSpec s = FormatSpec.parse("05", "str", 's', '<');
        assertEquals('<', s.align);
        assertEquals("a0000", s.pad("a"));
        assertEquals("-0042", z.pad("-", "42"));
        assertEquals("  -42", FormatSpec.parse("5", "int", 'd', '>').pad("-", "42"));
        assertEquals("😀😀1😀😀", FormatSpec.parse("😀^5", "int", 'd', '>').pad("1"));
        assertEquals(5, FormatSpec.parse("٥", "int", 'd', '>').width);
    }

    @Test
    void errors() {
        assertEquals("ValueError: Cannot specify ',' with ','.", error(",,", "int", 'd', '>'));
        assertEquals("ValueError: Cannot specify '_' with '_'.", error("__", "int", 'd', '>'));
        assertEquals("ValueError: Cannot specify both ',' and '_'.", error(",_", "int", 'd', '>'));
        assertEquals("ValueError: Cannot specify both ',' and '_'.", error("_,", "int", 'd', '>'));
        assertEquals("ValueError: Format specifier missing precision", error(".", "int", 'd', '>'));
        assertEquals("ValueError: Format specifier missing precision", error(".x", "int", 'd', '>'));
        assertEquals("ValueError: Invalid format specifier '5.2.3' for object of type 'int'",
                error("5.2.3", "int", 'd', '>'));
        assertEquals("ValueError: Too many decimal digits in format string",
                error("99999999999999999999", "int", 'd', '>'));
        assertEquals("ValueError: Cannot specify ',' with 's'.", error(",", "str", 's', '<'));
        assertEquals("ValueError: Cannot specify ',' with 'x'.", error(",x", "int", 'd', '>'));
        assertEquals("ValueError: Cannot specify ',' with '\\xe9'.", error(",é", "int", 'd', '>'));
        assertEquals("ValueError: Cannot specify ',' with '\\x1'.", error(",\u0001", "int", 'd', '>'));
        assertEquals("no error", error("_x", "int", 'd', '>'));
        assertEquals("no error", error(",", "float", 0, '>'));
        assertEquals("ValueError: Unknown format code '\\xe9' for object of type 'int'",
                errorUnknown("é"));
    }

    private static String errorUnknown(String spec) {
        BuiltinTypes.boot();
        PyException e = FormatSpec.parse(spec, "int", 'd', '>').unknownCode("int");
        return e.value().type().name() + ": " + Abstract.str(e.value()).value();
    }
}
