package dev.kaa.parser.internal.tokenize;

import java.util.Locale;

/**
 * Unicode character names for {@code \N{…}} escapes: the JDK's copy of the Unicode names, plus the
 * names Unicode derives by rule, which the JDK does not know ({@code CJK UNIFIED IDEOGRAPH-4E00},
 * {@code HANGUL SYLLABLE GA}). Matching ignores case, as Python's does.
 *
 * <p>Control characters have no Unicode names, only aliases, which the JDK gives as one name:
 * {@code "LINE FEED (LF)"} stands for the aliases {@code LINE FEED} and {@code LF}. Not supported:
 * the other aliases of NameAliases.txt, which the JDK does not know (such as
 * {@code BYTE ORDER MARK} or {@code ZWJ}).
 *
 * <p>Thread safety: stateless.
 */
final class UnicodeNames {
    private static final String CJK = "CJK UNIFIED IDEOGRAPH-";
    private static final String HANGUL = "HANGUL SYLLABLE ";
    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
        "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO",
        "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT",
        "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    private UnicodeNames() {}

    /** The code point named {@code name}, or -1. */
    static int lookup(String name) {
        if (name.isEmpty() || name.strip().length() != name.length()) {
            return -1;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.startsWith(CJK)) {
            return cjk(upper.substring(CJK.length()));
        }
        if (upper.startsWith(HANGUL)) {
            return hangul(upper.substring(HANGUL.length()));
        }
        int cp;
        try {
            cp = Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return controlAlias(upper);
        }
        if (Character.getType(cp) == Character.CONTROL && name.indexOf('(') >= 0) {
            return -1;
        }
        // The JDK also accepts its made-up "BLOCK NAME HEX" names for unnamed code points,
        // which Python does not know.
        if (!Character.isDefined(cp) || fallbackName(cp).equalsIgnoreCase(name)) {
            return -1;
        }
        return cp;
    }

    /** The control character with alias {@code name} (from the JDK's "NAME (ABBREVIATION)"), or -1. */
    private static int controlAlias(String name) {
        for (int cp = 0; cp < 0xA0; cp++) {
            String javaName = Character.getType(cp) == Character.CONTROL ? Character.getName(cp) : null;
            int paren = javaName == null ? -1 : javaName.indexOf(" (");
            if (paren > 0 && (javaName.substring(0, paren).equals(name)
                    || javaName.substring(paren + 2, javaName.length() - 1).equals(name))) {
                return cp;
            }
        }
        return -1;
    }

    private static int cjk(String hex) {
        if (hex.length() < 4 || hex.length() > 5) {
            return -1;
        }
        int cp;
        try {
            cp = Integer.parseInt(hex, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        boolean unified = block != null && block.toString().startsWith("CJK_UNIFIED_IDEOGRAPHS");
        return unified && Character.isIdeographic(cp) && Character.isDefined(cp) ? cp : -1;
    }

    /** Hangul syllables are named by the Unicode algorithm: initial, vowel and final jamo. */
    private static int hangul(String jamo) {
        for (int l = 0; l < JAMO_L.length; l++) {
            if (!jamo.startsWith(JAMO_L[l])) {
                continue;
            }
            for (int v = 0; v < JAMO_V.length; v++) {
                if (!jamo.startsWith(JAMO_V[v], JAMO_L[l].length())) {
                    continue;
                }
                String rest = jamo.substring(JAMO_L[l].length() + JAMO_V[v].length());
                for (int t = 0; t < JAMO_T.length; t++) {
                    if (rest.equals(JAMO_T[t])) {
                        return 0xAC00 + (l * JAMO_V.length + v) * JAMO_T.length + t;
                    }
                }
            }
        }
        return -1;
    }

    private static String fallbackName(int cp) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        String b = block == null ? "" : block.toString().replace('_', ' ');
        return b + " " + Integer.toHexString(cp).toUpperCase(Locale.ROOT);
    }
}
