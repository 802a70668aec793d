package dev.kaa.vm.modules.unicodedata;

import java.util.Arrays;

/**
 * The four Unicode normalization forms over Kaa's own tables, so that the result is Unicode
 * 15.1.0's (or 3.2.0's) whatever the JDK's {@link java.text.Normalizer} implements.
 *
 * <p>Decomposition uses the version's mappings (3.2.0 has none for characters it did not assign,
 * and keeps the mappings NormalizationCorrections.txt later fixed); canonical ordering, blocking
 * and composition use the current combining classes and composition pairs in both versions, as
 * CPython's {@code ucd_3_2_0.normalize} does.
 *
 * <p>Thread safety: stateless.
 */
final class UcdNormalizer {
    private UcdNormalizer() {}

    private static final int S_BASE = 0xAC00, L_BASE = 0x1100, V_BASE = 0x1161, T_BASE = 0x11A7;
    private static final int L_COUNT = 19, V_COUNT = 21, T_COUNT = 28, N_COUNT = V_COUNT * T_COUNT;
    private static final int S_COUNT = L_COUNT * N_COUNT;

    /** The form's result: {@code form} is NFC, NFD, NFKC or NFKD. */
    static String normalize(UcdVersion v, UcdVersion current, String form, String s) {
        boolean compat = form.startsWith("NFK");
        boolean compose = form.endsWith("C");
        if (unchanged(s, compat, compose)) {
            return s;
        }
        Buffer d = decompose(v, current, s, compat);
        if (compose) {
            composeInPlace(current, d);
        }
        return new String(d.cps, 0, d.size);
    }

    /**
     * True for text no form changes: ASCII, or for NFC everything below U+0300 (Latin-1 and the
     * Latin Extended blocks have no composition exclusions and no combining marks).
     */
    private static boolean unchanged(String s, boolean compat, boolean compose) {
        char limit = compose && !compat ? '\u0300' : '\u0080';
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= limit) {
                return false;
            }
        }
        return true;
    }

    /** A growable array of code points. */
    private static final class Buffer {
        int[] cps;
        int size;

        Buffer(int capacity) {
            cps = new int[Math.max(capacity, 4)];
        }

        void add(int cp) {
            if (size == cps.length) {
                cps = Arrays.copyOf(cps, size * 2);
            }
            cps[size++] = cp;
        }
    }

    private static Buffer decompose(UcdVersion v, UcdVersion current, String s, boolean compat) {
        Buffer out = new Buffer(s.length() + 8);
        s.codePoints().forEach(cp -> decomposeInto(v, cp, compat, out));
        reorder(current, out);
        return out;
    }

    private static void decomposeInto(UcdVersion v, int cp, boolean compat, Buffer out) {
        if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
            int s = cp - S_BASE;
            out.add(L_BASE + s / N_COUNT);
            out.add(V_BASE + s % N_COUNT / T_COUNT);
            if (s % T_COUNT != 0) {
                out.add(T_BASE + s % T_COUNT);
            }
            return;
        }
        int corrected = v.correction(cp);
        if (corrected >= 0) {
            decomposeInto(v, corrected, compat, out);
            return;
        }
        int[] m = v.mapping(cp, compat);
        if (m == null) {
            out.add(cp);
            return;
        }
        for (int x : m) {
            decomposeInto(v, x, compat, out);
        }
    }

    /** Canonical ordering: a stable sort of each run of marks by combining class. */
    private static void reorder(UcdVersion current, Buffer b) {
        int[] a = b.cps;
        for (int i = 1; i < b.size; i++) {
            int cc = current.combining(a[i]);
            if (cc == 0) {
                continue;
            }
            int j = i;
            int cp = a[i];
            while (j > 0 && current.combining(a[j - 1]) > cc) {
                a[j] = a[j - 1];
                j--;
            }
            a[j] = cp;
        }
    }

    /** Canonical composition of a decomposed, ordered buffer. */
    private static void composeInPlace(UcdVersion current, Buffer b) {
        int[] a = b.cps;
        int n = 0;
        int starter = -1;
        // Combining class of the last character kept after the starter; -1 when none is between.
        int lastCcc = -1;
        for (int i = 0; i < b.size; i++) {
            int cp = a[i];
            int cc = current.combining(cp);
            if (starter >= 0 && (lastCcc == -1 || lastCcc != 0 && lastCcc < cc)) {
                int composite = compose(current, a[starter], cp);
                if (composite >= 0) {
                    a[starter] = composite;
                    continue;
                }
            }
            if (cc == 0) {
                starter = n;
                lastCcc = -1;
            } else {
                lastCcc = cc;
            }
            a[n++] = cp;
        }
        b.size = n;
    }

    private static int compose(UcdVersion current, int first, int second) {
        if (first >= L_BASE && first < L_BASE + L_COUNT && second >= V_BASE && second < V_BASE + V_COUNT) {
            return S_BASE + ((first - L_BASE) * V_COUNT + second - V_BASE) * T_COUNT;
        }
        if (first >= S_BASE && first < S_BASE + S_COUNT && (first - S_BASE) % T_COUNT == 0
                && second > T_BASE && second < T_BASE + T_COUNT) {
            return first + second - T_BASE;
        }
        return current.compositions.compose(first, second);
    }
}
