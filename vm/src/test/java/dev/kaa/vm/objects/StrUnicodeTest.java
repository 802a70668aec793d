package dev.kaa.vm.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Every code point's {@code str} predicates (isalpha … isidentifier, isprintable), case
 * mappings (upper, lower, title, casefold, swapcase) and name ({@code unicode_names.py}, for
 * {@code namereplace} and {@code \N{...}}) against CPython 3.13.0's (Unicode 15.1): the
 * dump of {@code strcases/unicode_dump.py} is rebuilt from Kaa's objects and its SHA-256 compared
 * with CPython's. On a mismatch, run that script with CPython and diff it with
 * {@link #dump()}'s output to see which code points differ.
 *
 * <p>Thread safety: test code, confined.
 */
class StrUnicodeTest {

    private static void hex(StringBuilder sb, String s) {
        s.codePoints().forEach(c -> sb.append(Integer.toHexString(c)).append('.'));
    }

    private static char flag(boolean b, char c) {
        return b ? c : '-';
    }

    /** The same text as unicode_dump.py writes. */
    static String dump() {
        BuiltinTypes.boot();
        StringBuilder out = new StringBuilder(1 << 23);
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            int type = Character.getType(cp);
            if ((cp >= 0xD800 && cp <= 0xDFFF) || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
                // Unassigned in Unicode 16 is unassigned in 15.1 too; neither kind has a property
                // or mapping, so the dump has no line for them.
                continue;
            }
            String v = Character.toString(cp);
            PyStr s = PyStr.of(v);
            String flags = new String(new char[] {flag(s.isalpha(), 'a'), flag(s.isdecimal(), 'd'),
                    flag(s.isdigit(), 'D'), flag(s.isnumeric(), 'n'), flag(s.isspace(), 's'), flag(s.islower(), 'l'),
                    flag(s.isupper(), 'u'), flag(s.istitle(), 't'), flag(s.isidentifier(), 'i'),
                    flag(StrPredicates.isIdentifier("a" + v), 'c'), flag(s.isprintable(), 'p')});
            String up = StrCase.upper(s).value(), lo = StrCase.lower(s).value(), ti = StrCase.title(s).value();
            String cf = StrCase.casefold(s).value(), sw = StrCase.swapcase(s).value();
            boolean trivial = flags.equals("-----------") || flags.equals("----------p");
            if (trivial && up.equals(v) && lo.equals(v) && ti.equals(v) && cf.equals(v) && sw.equals(v)) {
                continue;
            }
            out.append(Integer.toHexString(cp)).append(' ').append(flags).append(' ');
            hex(out, up);
            out.append(' ');
            hex(out, lo);
            out.append(' ');
            hex(out, ti);
            out.append(' ');
            hex(out, cf);
            out.append(' ');
            hex(out, sw);
            out.append('\n');
        }
        return out.toString();
    }

    @Test
    void everyCodePointAsCPython() throws IOException, NoSuchAlgorithmException {
        String expected;
        try (InputStream in = getClass().getResourceAsStream("strcases/unicode_dump.sha256")) {
            expected = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        }
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(dump().getBytes(StandardCharsets.US_ASCII));
        assertEquals(expected, HexFormat.of().formatHex(digest));
    }

    @Test
    void namesAsCPython() throws IOException, NoSuchAlgorithmException {
        StringBuilder out = new StringBuilder(1 << 23);
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            String name = cp >= 0xD800 && cp <= 0xDFFF ? null : StrNames.name(cp);
            if (name != null) {
                out.append(Integer.toHexString(cp)).append(' ').append(name).append('\n');
                assertEquals(cp, StrNames.lookup(name.toLowerCase(java.util.Locale.ROOT)), name);
            }
        }
        String expected;
        try (InputStream in = getClass().getResourceAsStream("strcases/unicode_names.sha256")) {
            expected = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        }
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(out.toString().getBytes(StandardCharsets.US_ASCII));
        assertEquals(expected, HexFormat.of().formatHex(digest));
    }
}
