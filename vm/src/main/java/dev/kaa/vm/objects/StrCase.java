package dev.kaa.vm.objects;

import java.util.Locale;

/**
 * {@code str}'s case conversions: lower, upper, casefold, capitalize, title, swapcase, with
 * Unicode's full (one-to-many) mappings and the final-sigma rule, as CPython 3.13 applies them.
 * The JDK provides lower/upper; {@link StrCaseData} holds where Python's full title case and
 * case folding differ from what the JDK gives.
 *
 * <p>Thread safety: stateless.
 */
final class StrCase {
    private StrCase() {}

    private static boolean ascii(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code v} holds a code point unknown to Unicode 15.1 (left unchanged by Python). */
    private static boolean hasNew(String v) {
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            if (StrPredicates.caseUnknown(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Applies {@code lower ? toLowerCase : toUpperCase} to the runs that Unicode 15.1 knows. */
    private static String convert(String v, boolean lower) {
        if (ascii(v) || !hasNew(v)) {
            return lower ? v.toLowerCase(Locale.ROOT) : v.toUpperCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(v.length());
        int run = 0;
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (StrPredicates.caseUnknown(cp)) {
                String part = v.substring(run, i);
                sb.append(lower ? part.toLowerCase(Locale.ROOT) : part.toUpperCase(Locale.ROOT));
                sb.appendCodePoint(cp);
                run = next;
            }
            i = next;
        }
        String part = v.substring(run);
        sb.append(lower ? part.toLowerCase(Locale.ROOT) : part.toUpperCase(Locale.ROOT));
        return sb.toString();
    }

    static PyStr lower(PyStr s) {
        return PyStr.of(convert(s.value, true));
    }

    static PyStr upper(PyStr s) {
        return PyStr.of(convert(s.value, false));
    }

    /** The full lowercase mapping of one code point (no final-sigma context). */
    static String lowerOf(int cp) {
        if (cp == 0x3A3) {
            return "\u03C3";
        }
        String s = Character.toString(cp);
        return StrPredicates.caseUnknown(cp) ? s : s.toLowerCase(Locale.ROOT);
    }

    static String upperOf(int cp) {
        String s = Character.toString(cp);
        return StrPredicates.caseUnknown(cp) ? s : s.toUpperCase(Locale.ROOT);
    }

    /** The full titlecase mapping of one code point. */
    static String titleOf(int cp) {
        String t = StrCaseData.title(cp);
        if (t != null) {
            return t;
        }
        if (StrPredicates.caseUnknown(cp) || Character.isTitleCase(cp)) {
            return Character.toString(cp);
        }
        if (cp >= 0x10D0 && cp <= 0x10FF) {
            // Georgian Mkhedruli letters are their own title case (their uppercase is Mtavruli).
            return Character.toString(cp);
        }
        int simple = Character.toTitleCase(cp);
        if (simple != cp) {
            return Character.toString(simple);
        }
        // Full title mappings of several code points are in StrCaseData; otherwise one code point.
        String up = upperOf(cp);
        return up.codePointCount(0, up.length()) == 1 ? up : Character.toString(cp);
    }

    static String foldOf(int cp) {
        String f = StrCaseData.fold(cp);
        return f != null ? f : lowerOf(cp);
    }

    static PyStr casefold(PyStr s) {
        String v = s.value;
        if (ascii(v)) {
            return PyStr.of(v.toLowerCase(Locale.ROOT));
        }
        StringBuilder sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            sb.append(foldOf(cp));
            i += Character.charCount(cp);
        }
        return PyStr.of(sb.toString());
    }

    /** Python's "cased" characters: lowercase, uppercase or titlecase letters. */
    static boolean isCased(int cp) {
        return StrPredicates.isLower(cp) || StrPredicates.isUpper(cp) || Character.isTitleCase(cp);
    }

    /** Unicode's Case_Ignorable, close enough: marks, format characters, modifiers, word-inner punctuation. */
    private static boolean caseIgnorable(int cp) {
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT,
                    Character.MODIFIER_LETTER, Character.MODIFIER_SYMBOL -> {
                return true;
            }
            default -> {
                return cp == '\'' || cp == '.' || cp == ':' || cp == 0xB7 || cp == 0x2018 || cp == 0x2019
                        || cp == 0x2024 || cp == 0x2027 || cp == 0xFE13 || cp == 0xFE52 || cp == 0xFE55
                        || cp == 0xFF07 || cp == 0xFF0E || cp == 0xFF1A || cp == 0x387 || cp == 0x5F4;
            }
        }
    }

    /** The lowercase of capital sigma at char {@code i}: final (ς) or not (σ). */
    private static String sigma(String v, int i) {
        int j = i;
        boolean before = false;
        while (j > 0) {
            int cp = v.codePointBefore(j);
            j -= Character.charCount(cp);
            if (!caseIgnorable(cp)) {
                before = isCased(cp);
                break;
            }
        }
        boolean after = false;
        j = i + 1;
        while (j < v.length()) {
            int cp = v.codePointAt(j);
            j += Character.charCount(cp);
            if (!caseIgnorable(cp)) {
                after = isCased(cp);
                break;
            }
        }
        return before && !after ? "\u03C2" : "\u03C3";
    }

    private static String lowerAt(String v, int i, int cp) {
        return cp == 0x3A3 ? sigma(v, i) : lowerOf(cp);
    }

    static PyStr capitalize(PyStr s) {
        String v = s.value;
        if (v.isEmpty()) {
            return PyStr.EMPTY;
        }
        StringBuilder sb = new StringBuilder(v.length());
        int first = v.codePointAt(0);
        sb.append(titleOf(first));
        for (int i = Character.charCount(first); i < v.length(); ) {
            int cp = v.codePointAt(i);
            sb.append(lowerAt(v, i, cp));
            i += Character.charCount(cp);
        }
        return PyStr.of(sb.toString());
    }

    static PyStr title(PyStr s) {
        String v = s.value;
        StringBuilder sb = new StringBuilder(v.length());
        boolean previousCased = false;
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            sb.append(previousCased ? lowerAt(v, i, cp) : titleOf(cp));
            previousCased = isCased(cp);
            i += Character.charCount(cp);
        }
        return PyStr.of(sb.toString());
    }

    static PyStr swapcase(PyStr s) {
        String v = s.value;
        StringBuilder sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            if (StrPredicates.isUpper(cp)) {
                sb.append(lowerAt(v, i, cp));
            } else if (StrPredicates.isLower(cp)) {
                sb.append(upperOf(cp));
            } else {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return PyStr.of(sb.toString());
    }
}
