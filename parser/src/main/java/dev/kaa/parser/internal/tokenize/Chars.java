package dev.kaa.parser.internal.tokenize;

/**
 * Character classes of Python's lexical rules.
 *
 * <p>Thread safety: stateless.
 */
final class Chars {
    private Chars() {}

    /**
     * Whether {@code c} may be part of a name as the tokenizer first collects it: ASCII letters,
     * digits, {@code _} and every non-ASCII character (checked afterwards, as CPython does, so that
     * a stray {@code €} is reported as an invalid character rather than split off).
     */
    static boolean isNameChar(char c) {
        return c >= 0x80 || isAsciiNameChar(c);
    }

    static boolean isAsciiNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    static boolean isNameStart(char c) {
        return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** Python's XID_Start plus {@code _}. */
    static boolean isIdentifierStart(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
        }
        return Character.isUnicodeIdentifierStart(cp) && !Character.isIdentifierIgnorable(cp)
                && !notIdentifierPart(cp) && cp != 0x0E33 && cp != 0x0EB3 && cp != 0xFF9E && cp != 0xFF9F;
    }

    /** Python's XID_Continue. */
    static boolean isIdentifierPart(int cp) {
        if (cp < 0x80) {
            return isAsciiNameChar((char) cp);
        }
        if (cp == 0x200C || cp == 0x200D) {
            return true;     // ZERO WIDTH (NON-)JOINER: Other_ID_Continue, yet ignorable for Java
        }
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp) && !notIdentifierPart(cp);
    }

    /**
     * Inclusive ranges Java calls identifier characters and Python 3.13 does not: characters
     * whose NFKC form is no identifier (ID but not XID), U+2E2F (Pattern_Syntax), and those
     * assigned after Unicode 15.1, Python 3.13's version (the JDK knows a later one). Found by
     * comparing every code point with {@code str.isidentifier()}.
     */
    private static final int[] NOT_PART = {
        0x037A, 0x037A, 0x0897, 0x0897, 0x1C89, 0x1C8A, 0x2E2F, 0x2E2F, 0x309B, 0x309C, 0xA7CB, 0xA7CD,
        0xA7DA, 0xA7DC, 0xFC5E, 0xFC63, 0xFDFA, 0xFDFB, 0xFE70, 0xFE70, 0xFE72, 0xFE72, 0xFE74, 0xFE74,
        0xFE76, 0xFE76, 0xFE78, 0xFE78, 0xFE7A, 0xFE7A, 0xFE7C, 0xFE7C, 0xFE7E, 0xFE7E, 0x105C0, 0x105F3,
        0x10D40, 0x10D65, 0x10D69, 0x10D6D, 0x10D6F, 0x10D85, 0x10EC2, 0x10EC4, 0x10EFC, 0x10EFC,
        0x11380, 0x11389, 0x1138B, 0x1138B, 0x1138E, 0x1138E, 0x11390, 0x113B5, 0x113B7, 0x113C0,
        0x113C2, 0x113C2, 0x113C5, 0x113C5, 0x113C7, 0x113CA, 0x113CC, 0x113D3, 0x113E1, 0x113E2,
        0x116D0, 0x116E3, 0x11BC0, 0x11BE0, 0x11BF0, 0x11BF9, 0x11F5A, 0x11F5A, 0x13460, 0x143FA,
        0x16100, 0x16139, 0x16D40, 0x16D6C, 0x16D70, 0x16D79, 0x18CFF, 0x18CFF, 0x1CCF0, 0x1CCF9,
        0x1E5D0, 0x1E5FA,
    };

    private static boolean notIdentifierPart(int cp) {
        return inRanges(NOT_PART, cp);
    }

    /** Whether {@code cp} is in one of the sorted inclusive ranges {@code ranges} (pairs). */
    private static boolean inRanges(int[] ranges, int cp) {
        int lo = 0;
        int hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < ranges[2 * mid]) {
                hi = mid - 1;
            } else if (cp > ranges[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /**
     * Inclusive ranges of code points the JDK's Unicode (16.0 for Java 25) assigns and Python
     * 3.13's (15.1) does not, found by comparing with {@code unicodedata.category()}.
     */
    private static final int[] UNASSIGNED_IN_PYTHON = {
        0x0897, 0x0897, 0x1B4E, 0x1B4F, 0x1B7F, 0x1B7F, 0x1C89, 0x1C8A, 0x2427, 0x2429, 0x31E4, 0x31E5,
        0xA7CB, 0xA7CD, 0xA7DA, 0xA7DC, 0x105C0, 0x105F3, 0x10D40, 0x10D65, 0x10D69, 0x10D85, 0x10D8E, 0x10D8F,
        0x10EC2, 0x10EC4, 0x10EFC, 0x10EFC, 0x11380, 0x11389, 0x1138B, 0x1138B, 0x1138E, 0x1138E, 0x11390, 0x113B5,
        0x113B7, 0x113C0, 0x113C2, 0x113C2, 0x113C5, 0x113C5, 0x113C7, 0x113CA, 0x113CC, 0x113D5, 0x113D7, 0x113D8,
        0x113E1, 0x113E2, 0x116D0, 0x116E3, 0x11BC0, 0x11BE1, 0x11BF0, 0x11BF9, 0x11F5A, 0x11F5A, 0x13460, 0x143FA,
        0x16100, 0x16139, 0x16D40, 0x16D79, 0x18CFF, 0x18CFF, 0x1CC00, 0x1CCF9, 0x1CD00, 0x1CEB3, 0x1E5D0, 0x1E5FA,
        0x1E5FF, 0x1E5FF, 0x1F8B2, 0x1F8BB, 0x1F8C0, 0x1F8C1, 0x1FA89, 0x1FA89, 0x1FA8F, 0x1FA8F, 0x1FABE, 0x1FABE,
        0x1FAC6, 0x1FAC6, 0x1FADC, 0x1FADC, 0x1FADF, 0x1FADF, 0x1FAE9, 0x1FAE9, 0x1FBCB, 0x1FBEF,
    };

    /** Python's {@code str.isprintable()} for one code point. */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        if (inRanges(UNASSIGNED_IN_PYTHON, cp)) {
            return false;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> {
                return false;
            }
            default -> {
                return true;
            }
        }
    }
}
