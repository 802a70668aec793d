package dev.kaa.parser.internal.tokenize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Unicode character names for {@code \N{…}} escapes: the JDK's copy of the Unicode names, plus the
 * names Unicode derives by rule, which the JDK does not know ({@code CJK UNIFIED IDEOGRAPH-4E00},
 * {@code HANGUL SYLLABLE GA}), plus the name aliases of NameAliases.txt ({@code BYTE ORDER MARK},
 * {@code ZWJ}, the names of control characters), which the JDK does not know either: a table
 * made from CPython 3.13's {@code unicodedata.lookup} by {@code scripts/gen-name-aliases.py}.
 * Matching ignores case, as Python's does.
 *
 * <p>Thread safety: stateless; the alias table is immutable once loaded.
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
        Integer alias = Aliases.TABLE.get(upper);
        if (alias != null) {
            return alias;
        }
        int cp;
        try {
            cp = Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return -1;
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

    /** The aliases, read when a name is first looked up. */
    private static final class Aliases {
        static final Map<String, Integer> TABLE = load();

        private static Map<String, Integer> load() {
            Map<String, Integer> table = new HashMap<>();
            try (InputStream in = UnicodeNames.class.getResourceAsStream("name-aliases.txt")) {
                if (in == null) {
                    throw new IllegalStateException("name-aliases.txt is missing from the parser");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
                String line;
                while ((line = r.readLine()) != null) {
                    int semi = line.indexOf(';');
                    if (line.startsWith("#") || semi < 0) {
                        continue;
                    }
                    table.put(line.substring(0, semi), Integer.parseInt(line.substring(semi + 1), 16));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.copyOf(table);
        }
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
