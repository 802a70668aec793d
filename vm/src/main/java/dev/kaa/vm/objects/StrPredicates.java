package dev.kaa.vm.objects;

import dev.kaa.bytecode.PyRepr;
import java.util.function.IntPredicate;

/**
 * The character classes behind {@code str.isalpha()} and its siblings, as CPython 3.13 defines
 * them (Unicode 15.1): the JDK's Unicode 16 tables, minus the code points that Unicode 16 newly
 * assigned (CPython sees them as unassigned), plus the tables of {@link StrUnicodeData} where
 * Python's definition is not one of Java's.
 *
 * <p>Thread safety: stateless.
 */
final class StrPredicates {
    private StrPredicates() {}

    /** True when every code point satisfies {@code p}, and there is at least one. */
    static boolean all(PyStr s, IntPredicate p) {
        String v = s.value;
        if (v.isEmpty()) {
            return false;
        }
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            if (!p.test(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /**
     * True for code points whose case mappings Python (Unicode 15.1) does not know: those new in
     * Unicode 16, and the two lowercase letters that Unicode 16 gave new uppercase partners.
     */
    static boolean caseUnknown(int cp) {
        return cp == 0x19B || cp == 0x264 || newInUnicode16(cp);
    }

    /** True for code points that Unicode 16 assigned but 15.1, CPython 3.13's version, did not. */
    static boolean newInUnicode16(int cp) {
        if (cp < 0x897) {
            return false;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> {
                return false;
            }
            default -> {
                return !PyRepr.isPrintable(cp);
            }
        }
    }

    /** {@code str.isspace}: bidirectional class WS, B or S, or category Zs. */
    static boolean isSpace(int c) {
        if (c <= 0x20) {
            return c == 0x20 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
        }
        return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028
                || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    /** {@code str.isalpha}: categories Lu, Ll, Lt, Lm, Lo. */
    static boolean isAlpha(int cp) {
        if (cp < 0x80) {
            return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER -> {
                return !newInUnicode16(cp);
            }
            default -> {
                return false;
            }
        }
    }

    /** {@code str.isdecimal}: category Nd. */
    static boolean isDecimal(int cp) {
        if (cp < 0x80) {
            return cp >= '0' && cp <= '9';
        }
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER && !newInUnicode16(cp);
    }

    /** {@code str.isdigit}: numeric type Decimal or Digit. */
    static boolean isDigit(int cp) {
        return isDecimal(cp) || StrUnicodeData.isDigitOnly(cp);
    }

    /** {@code str.isnumeric}: numeric type Decimal, Digit or Numeric. */
    static boolean isNumeric(int cp) {
        return isDigit(cp) || StrUnicodeData.isNumericOnly(cp);
    }

    static boolean isAlnum(int cp) {
        return isAlpha(cp) || isNumeric(cp);
    }

    static boolean isLower(int cp) {
        return Character.isLowerCase(cp) && !newInUnicode16(cp);
    }

    static boolean isUpper(int cp) {
        return Character.isUpperCase(cp) && !newInUnicode16(cp);
    }

    static boolean isTitleChar(int cp) {
        return Character.isTitleCase(cp);
    }

    static boolean isLowerOrUpper(PyStr s, boolean lower) {
        boolean cased = false;
        String v = s.value;
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            i += Character.charCount(cp);
            boolean lo = isLower(cp), up = isUpper(cp) || isTitleChar(cp);
            if (lower ? up : lo || isTitleChar(cp)) {
                return false;
            }
            if (lower ? lo : isUpper(cp)) {
                cased = true;
            }
        }
        return cased;
    }

    static boolean isTitle(PyStr s) {
        String v = s.value;
        boolean cased = false, previousCased = false;
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            i += Character.charCount(cp);
            if (isUpper(cp) || isTitleChar(cp)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (isLower(cp)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    /** {@code str.isidentifier}: XID_Start or '_', then XID_Continue. */
    static boolean isIdentifier(String v) {
        if (v.isEmpty()) {
            return false;
        }
        int first = v.codePointAt(0);
        if (!(first == '_' || isXidStart(first))) {
            return false;
        }
        for (int i = Character.charCount(first); i < v.length(); ) {
            int cp = v.codePointAt(i);
            if (!isXidContinue(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    static boolean isXidStart(int cp) {
        if (cp < 0x80) {
            return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
        }
        return Character.isUnicodeIdentifierStart(cp) && !newInUnicode16(cp) && !StrUnicodeData.notXid(cp)
                && !StrUnicodeData.notXidStart(cp);
    }

    static boolean isXidContinue(int cp) {
        if (cp < 0x80) {
            return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' || (cp >= '0' && cp <= '9') || cp == '_';
        }
        if (cp == 0x200C || cp == 0x200D) {
            // ZERO WIDTH NON-JOINER and JOINER continue identifiers (Other_ID_Continue's neighbours
            // in XID_Continue) though the JDK files them as ignorable.
            return true;
        }
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp)
                && !newInUnicode16(cp) && !StrUnicodeData.notXid(cp);
    }
}
