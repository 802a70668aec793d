package dev.kaa.vm.modules.unicodedata;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Unicode 15.1.0's character names, name aliases and named sequences, read once from
 * {@code names.bin} (written by {@code scripts/gen-unicodedata.py}) on first use. The names of
 * CJK unified ideographs and Hangul syllables are derived, as the Unicode standard defines them,
 * not stored.
 *
 * <p>Matching follows CPython's {@code unicodedata.lookup}: stored names and aliases ignore ASCII
 * case; derived names must be upper case, with 4 or 5 hex digits after
 * {@code CJK UNIFIED IDEOGRAPH-}.
 *
 * <p>Thread safety: immutable once loaded; loading is the class holder idiom's.
 */
final class UcdNames {
    private static final String CJK = "CJK UNIFIED IDEOGRAPH-";
    private static final String HANGUL = "HANGUL SYLLABLE ";
    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J",
        "JJ", "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
        "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
        "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};
    private static final int S_BASE = 0xAC00, S_COUNT = 11172;

    /** Inclusive ranges of the CJK unified ideographs, which are named by their code point. */
    private final int[] cjkFirst, cjkLast;
    /** The stored names, by code point. */
    private final int[] cps;
    private final String[] names;
    /** Upper-cased aliases to code points. */
    private final Map<String, Integer> aliases;
    /** Upper-cased names of named sequences to their code points. */
    private final Map<String, int[]> sequences;

    private UcdNames(int[] cjkFirst, int[] cjkLast, int[] cps, String[] names, Map<String, Integer> aliases,
            Map<String, int[]> sequences) {
        this.cjkFirst = cjkFirst;
        this.cjkLast = cjkLast;
        this.cps = cps;
        this.names = names;
        this.aliases = aliases;
        this.sequences = sequences;
    }

    private static final class Holder {
        static final UcdNames NAMES = load();
    }

    /** The stored names to their code points, made on the first lookup ({@code name()} needs none). */
    private static final class ByName {
        static final Map<String, Integer> MAP = index(Holder.NAMES);

        private static Map<String, Integer> index(UcdNames n) {
            Map<String, Integer> m = new HashMap<>(n.names.length * 2);
            for (int i = 0; i < n.names.length; i++) {
                m.put(n.names[i], n.cps[i]);
            }
            return m;
        }
    }

    static UcdNames get() {
        return Holder.NAMES;
    }

    private static UcdNames load() {
        try (DataInputStream in = UcdData.open("names.bin")) {
            UcdData.expectMagic(in, "KUCN");
            int nCjk = in.readUnsignedShort();
            int[] first = new int[nCjk], last = new int[nCjk];
            for (int i = 0; i < nCjk; i++) {
                first[i] = in.readInt();
                last[i] = in.readInt();
            }
            int n = in.readInt();
            int[] cps = new int[n];
            String[] names = new String[n];
            int cp = -1;
            String prev = "";
            for (int i = 0; i < n; i++) {
                cp += in.readInt();
                int shared = in.readUnsignedByte();
                prev = prev.substring(0, shared) + UcdData.text(in);
                cps[i] = cp;
                names[i] = prev;
            }
            int nAlias = in.readInt();
            Map<String, Integer> aliases = new HashMap<>(nAlias * 2);
            for (int i = 0; i < nAlias; i++) {
                int target = in.readInt();
                aliases.put(UcdData.text(in), target);
            }
            int nSeq = in.readInt();
            Map<String, int[]> sequences = new HashMap<>(nSeq * 2);
            for (int i = 0; i < nSeq; i++) {
                String name = UcdData.text(in);
                int[] seq = new int[in.readUnsignedByte()];
                for (int k = 0; k < seq.length; k++) {
                    seq[k] = in.readInt();
                }
                sequences.put(name, seq);
            }
            return new UcdNames(first, last, cps, names, aliases, sequences);
        } catch (IOException e) {
            throw new UncheckedIOException("unicodedata names unreadable", e);
        }
    }

    /** The name of {@code cp} in Unicode 15.1.0, or null. */
    String name(int cp) {
        if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
            int s = cp - S_BASE;
            return HANGUL + JAMO_L[s / (21 * 28)] + JAMO_V[s % (21 * 28) / 28] + JAMO_T[s % 28];
        }
        if (isCjk(cp)) {
            return CJK + Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT);
        }
        int i = Arrays.binarySearch(cps, cp);
        return i >= 0 ? names[i] : null;
    }

    /**
     * The name of {@code cp} in version {@code v}: 3.2.0 has no names for the characters it did
     * not assign, and names the others as 15.1.0 does (names never change).
     */
    String nameIn(UcdVersion v, int cp) {
        return v.assigned(cp) ? name(cp) : null;
    }

    private boolean isCjk(int cp) {
        for (int i = 0; i < cjkFirst.length; i++) {
            if (cp >= cjkFirst[i] && cp <= cjkLast[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The code points {@code name} stands for: one for a character name or alias, several for a
     * named sequence; null when it names nothing. Aliases and named sequences count only when
     * {@code withAliases} (CPython's {@code ucd_3_2_0.lookup} knows neither).
     */
    int[] lookup(String name, boolean withAliases) {
        if (name.startsWith(HANGUL)) {
            int cp = hangul(name.substring(HANGUL.length()));
            return cp < 0 ? null : new int[] {cp};
        }
        if (name.startsWith(CJK)) {
            int cp = cjk(name.substring(CJK.length()));
            return cp < 0 ? null : new int[] {cp};
        }
        String key = asciiUpper(name);
        if (key == null) {
            return null;
        }
        Integer cp = ByName.MAP.get(key);
        if (cp == null && withAliases) {
            cp = aliases.get(key);
            if (cp == null) {
                int[] seq = sequences.get(key);
                return seq == null ? null : seq.clone();
            }
        }
        return cp == null ? null : new int[] {cp};
    }

    /** {@code s} with a-z in upper case, or null when it has other than ASCII (no name has). */
    private static String asciiUpper(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 0x80) {
                return null;
            }
            if (c[i] >= 'a' && c[i] <= 'z') {
                c[i] -= 'a' - 'A';
            }
        }
        return new String(c);
    }

    private int cjk(String hex) {
        if (hex.length() != 4 && hex.length() != 5) {
            return -1;
        }
        int cp = 0;
        for (int i = 0; i < hex.length(); i++) {
            int d = Character.digit(hex.charAt(i), 16);
            if (d < 0 || Character.isLowerCase(hex.charAt(i)) || hex.charAt(i) >= 0x80) {
                return -1;
            }
            cp = cp * 16 + d;
        }
        return isCjk(cp) ? cp : -1;
    }

    /** A syllable's jamo, each the longest that matches, as CPython reads them. */
    private static int hangul(String jamo) {
        int at = 0;
        int l = longest(JAMO_L, jamo, at);
        at += JAMO_L[l].length();
        int v = longest(JAMO_V, jamo, at);
        if (v < 0) {
            return -1;
        }
        at += JAMO_V[v].length();
        int t = longest(JAMO_T, jamo, at);
        at += JAMO_T[t].length();
        if (at != jamo.length()) {
            return -1;
        }
        return S_BASE + (l * 21 + v) * 28 + t;
    }

    private static int longest(String[] jamo, String s, int at) {
        int best = -1;
        for (int i = 0; i < jamo.length; i++) {
            if (s.startsWith(jamo[i], at) && (best < 0 || jamo[i].length() > jamo[best].length())) {
                best = i;
            }
        }
        return best;
    }
}
