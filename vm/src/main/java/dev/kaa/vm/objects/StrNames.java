package dev.kaa.vm.objects;

import java.util.Locale;

/**
 * Unicode character names as Python's {@code unicodedata} (Unicode 15.1) gives them, for the
 * {@code namereplace} error handler and {@code \N{...}} escapes: the JDK's names, minus control
 * characters and code points new in Unicode 16, with the derived names of ideographs
 * ({@code CJK UNIFIED IDEOGRAPH-4E00}) and Hangul syllables ({@code HANGUL SYLLABLE GA}) that the
 * JDK spells by block instead.
 *
 * <p>Thread safety: stateless.
 */
final class StrNames {
    private StrNames() {}

    private static final String[] LEADS = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
        "C", "K", "T", "P", "H"};
    private static final String[] VOWELS = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
        "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] TAILS = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
        "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    /** The name of {@code cp}, or null when Python's {@code unicodedata.name} has none. */
    static String name(int cp) {
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || StrPredicates.newInUnicode16(cp)) {
            return null;
        }
        if (cp >= 0xAC00 && cp <= 0xD7A3) {
            int s = cp - 0xAC00;
            return "HANGUL SYLLABLE " + LEADS[s / 588] + VOWELS[s % 588 / 28] + TAILS[s % 28];
        }
        String name = Character.getName(cp);
        if (name == null) {
            return null;
        }
        String hex = Integer.toHexString(cp).toUpperCase(Locale.ROOT);
        if (!name.endsWith(" " + hex)) {
            return name;
        }
        // The JDK's fallback "<BLOCK NAME> <HEX>": derived names where Unicode has them.
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        String blockName = block == null ? "" : block.toString();
        if (blockName.startsWith("CJK_UNIFIED_IDEOGRAPHS")) {
            return "CJK UNIFIED IDEOGRAPH-" + hex;
        }
        if (blockName.startsWith("CJK_COMPATIBILITY_IDEOGRAPHS")) {
            return "CJK COMPATIBILITY IDEOGRAPH-" + hex;
        }
        // Tangut ideographs have no name in CPython 3.13's unicodedata.
        if (blockName.startsWith("KHITAN")) {
            return "KHITAN SMALL SCRIPT CHARACTER-" + hex;
        }
        if (blockName.startsWith("NUSHU")) {
            return "NUSHU CHARACTER-" + hex;
        }
        return null;
    }

    /** The code point named {@code name} (case-insensitive), or -1. */
    static int lookup(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        int dash = n.lastIndexOf('-');
        if (dash > 0 && n.indexOf(' ') > 0) {
            try {
                int cp = Integer.parseInt(n.substring(dash + 1), 16);
                if (cp >= 0 && cp <= 0x10FFFF && n.equals(name(cp))) {
                    return cp;
                }
            } catch (NumberFormatException notDerived) {
                // An ordinary name with a hyphen.
            }
        }
        if (n.startsWith("HANGUL SYLLABLE ")) {
            String syllable = n.substring("HANGUL SYLLABLE ".length());
            for (int l = 0; l < LEADS.length; l++) {
                if (!syllable.startsWith(LEADS[l])) {
                    continue;
                }
                for (int v = 0; v < VOWELS.length; v++) {
                    if (!syllable.startsWith(VOWELS[v], LEADS[l].length())) {
                        continue;
                    }
                    String tail = syllable.substring(LEADS[l].length() + VOWELS[v].length());
                    int t = java.util.Arrays.asList(TAILS).indexOf(tail);
                    if (t >= 0) {
                        return 0xAC00 + (l * 21 + v) * 28 + t;
                    }
                }
            }
            return -1;
        }
        int cp;
        try {
            cp = Character.codePointOf(n);
        } catch (IllegalArgumentException unknown) {
            return -1;
        }
        return n.equals(name(cp)) ? cp : -1;
    }
}
