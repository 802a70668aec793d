package dev.kaa.parser.internal.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.testkit.CPython;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * Identifier and printable characters, against CPython 3.13's {@code str.isidentifier()} and
 * {@code str.isprintable()} over every code point (when CPython is installed), and a few fixed
 * cases otherwise.
 *
 * <p>Thread safety: JUnit runs it on one thread.
 */
class CharsTest {
    /** Prints, for each property, the ranges of non-ASCII code points that have it: "a-b a-b …". */
    private static final String RANGES = """
            def ranges(p):
                out, start = [], None
                for c in range(0x80, 0x110001):
                    ok = c < 0x110000 and p(chr(c))
                    if ok and start is None:
                        start = c
                    elif not ok and start is not None:
                        out.append('%x-%x' % (start, c - 1))
                        start = None
                return ' '.join(out)
            print(ranges(str.isidentifier))
            print(ranges(lambda c: ('a' + c).isidentifier()))
            print(ranges(str.isprintable))
            """;

    @Test
    void sameAsCPythonForEveryCodePoint() {
        assumeTrue(CPython.found(), CPython.MISSING);
        List<String> lines = CPython.run(List.of("-c", RANGES), null, 120).stdout().lines().toList();
        assertEquals(lines.get(0), ranges(Chars::isIdentifierStart), "identifier start");
        assertEquals(lines.get(1), ranges(Chars::isIdentifierPart), "identifier part");
        assertEquals(lines.get(2), ranges(Chars::isPrintable), "printable");
    }

    private static String ranges(IntPredicate p) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int c = 0x80; c <= 0x110000; c++) {
            boolean ok = c < 0x110000 && p.test(c);
            if (ok && start < 0) {
                start = c;
            } else if (!ok && start >= 0) {
                out.add(Integer.toHexString(start) + "-" + Integer.toHexString(c - 1));
                start = -1;
            }
        }
        return String.join(" ", out);
    }

    @Test
    void fixedCases() {
        assertTrue(Chars.isIdentifierStart('\u00e9'));
        assertFalse(Chars.isIdentifierStart('\u0660'));          // ARABIC-INDIC DIGIT ZERO
        assertTrue(Chars.isIdentifierPart('\u0660'));
        assertTrue(Chars.isIdentifierPart(0x200D));              // ZERO WIDTH JOINER
        assertFalse(Chars.isIdentifierStart(0x2E2F));            // VERTICAL TILDE (Pattern_Syntax)
        assertFalse(Chars.isIdentifierStart(0x0E33));            // not XID_Start
        assertFalse(Chars.isPrintable(0x00A0));
        assertTrue(Chars.isPrintable(0x20AC));
        assertFalse(Chars.isPrintable(0x1FA89));                 // assigned only after Unicode 15.1
    }
}
