package dev.kaa.vm.objects;

/**
 * {@code str}'s search methods: find, rfind, index, rindex, count, startswith, endswith, replace.
 * Indices are code points; the search itself runs on the UTF-16 text (a match of valid UTF-16
 * cannot start inside a surrogate pair), with code-point/char conversions only for strings
 * outside the BMP.
 *
 * <p>Thread safety: stateless.
 */
final class StrSearch {
    private StrSearch() {}

    /** The code point index of {@code sub} in {@code s[start:end]}, or -1. */
    static int find(PyStr s, String sub, Object start, Object end, boolean reverse) {
        int[] b = Strs.bounds(s.length(), start, end);
        return findIn(s, sub, b[0], b[1], reverse);
    }

    static int findIn(PyStr s, String sub, int start, int end, boolean reverse) {
        if (start > end) {
            return -1;
        }
        int from = s.charIndex(start), to = s.charIndex(end);
        if (to - from < sub.length()) {
            return -1;
        }
        String v = s.value;
        int at;
        if (reverse) {
            at = lastIndexOf(v, sub, to - sub.length());
            if (at < from) {
                return -1;
            }
        } else {
            at = indexOf(v, sub, from);
            if (at < 0 || at + sub.length() > to) {
                return -1;
            }
        }
        return s.cpIndex(at);
    }

    static int index(PyStr s, String sub, Object start, Object end, boolean reverse) {
        int i = find(s, sub, start, end, reverse);
        if (i < 0) {
            throw PyErr.valueError("substring not found");
        }
        return i;
    }

    static int count(PyStr s, String sub, Object start, Object end) {
        int[] b = Strs.bounds(s.length(), start, end);
        if (b[0] > b[1]) {
            return 0;
        }
        if (sub.isEmpty()) {
            return b[1] - b[0] + 1;
        }
        int from = s.charIndex(b[0]), to = s.charIndex(b[1]);
        return countChars(s.value, sub, from, to, Integer.MAX_VALUE);
    }

    /** Non-overlapping occurrences of a non-empty {@code sub} in chars {@code [from, to)}. */
    static int countChars(String v, String sub, int from, int to, int max) {
        int n = 0;
        int at = indexOf(v, sub, from);
        while (n < max && at >= 0 && at + sub.length() <= to) {
            n++;
            at = indexOf(v, sub, at + sub.length());
        }
        return n;
    }

    static boolean startsOrEnds(PyStr s, Object affix, Object start, Object end, boolean ends) {
        String name = ends ? "endswith" : "startswith";
        int[] b = Strs.bounds(s.length(), start, end);
        if (affix instanceof PyTuple t) {
            for (Object o : t.items) {
                if (!(o instanceof PyStr p)) {
                    throw PyErr.typeError("tuple for %s must only contain str, not %T", name, o);
                }
                if (matches(s, p.value, b[0], b[1], ends)) {
                    return true;
                }
            }
            return false;
        }
        if (!(affix instanceof PyStr p)) {
            throw PyErr.typeError("%s first arg must be str or a tuple of str, not %T", name, affix);
        }
        return matches(s, p.value, b[0], b[1], ends);
    }

    private static boolean matches(PyStr s, String p, int start, int end, boolean ends) {
        if (start > end || start > s.length()) {
            return false;
        }
        int from = s.charIndex(start), to = s.charIndex(end);
        if (to - from < p.length()) {
            return false;
        }
        return s.value.startsWith(p, ends ? to - p.length() : from);
    }

    /** {@code s.replace(old, new, count)}. */
    static PyStr replace(PyStr s, String old, String rep, long count) {
        String v = s.value;
        if (count < 0) {
            count = Integer.MAX_VALUE;
        }
        if (count == 0) {
            return s.exact();
        }
        StringBuilder sb;
        if (old.isEmpty()) {
            // An empty pattern matches before each code point and at the end.
            int n = s.length();
            long inserts = Math.min(count, n + 1L);
            long size = v.length() + inserts * rep.length();
            if (size > Integer.MAX_VALUE - 16) {
                throw PyErr.overflowError("replace string is too long");
            }
            sb = new StringBuilder((int) size);
            int i = 0, done = 0;
            while (i <= v.length()) {
                if (done < inserts) {
                    sb.append(rep);
                    done++;
                }
                if (i == v.length()) {
                    break;
                }
                int cp = v.codePointAt(i);
                sb.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            return PyStr.of(sb.toString());
        }
        int at = v.indexOf(old);
        if (at < 0) {
            return s.exact();
        }
        if (count >= Integer.MAX_VALUE) {
            // Every occurrence: the JDK's replace does the same, faster.
            return PyStr.of(v.replace(old, rep));
        }
        sb = new StringBuilder(v.length());
        int last = 0, done = 0;
        while (at >= 0 && done < count) {
            sb.append(v, last, at).append(rep);
            last = at + old.length();
            done++;
            at = v.indexOf(old, last);
        }
        sb.append(v, last, v.length());
        return PyStr.of(sb.toString());
    }

    /**
     * Needles at least this long are searched in linear time (Knuth-Morris-Pratt): the JDK's
     * {@code indexOf} compares naively, O(n m) at worst, which for long needles is what
     * CPython's fast search avoids (its tests search a million-character needle). Shorter ones
     * stay with the JDK's, whose worst case is then a small multiple of n and whose usual case
     * is faster.
     */
    private static final int LONG_NEEDLE = 64;

    /** {@code v.indexOf(sub, from)}, in linear time for long needles. */
    static int indexOf(String v, String sub, int from) {
        int m = sub.length();
        // Naive work is (candidate starts) x m: fine for short needles or few candidates.
        if (m < LONG_NEEDLE || v.length() - Math.max(from, 0) - m < LONG_NEEDLE) {
            return v.indexOf(sub, from);
        }
        int[] fail = failure(sub, false);
        int k = 0;
        for (int i = Math.max(from, 0); i < v.length(); i++) {
            char c = v.charAt(i);
            while (k > 0 && sub.charAt(k) != c) {
                k = fail[k - 1];
            }
            if (sub.charAt(k) == c && ++k == m) {
                return i - m + 1;
            }
        }
        return -1;
    }

    /** {@code v.lastIndexOf(sub, from)}, in linear time for long needles. */
    static int lastIndexOf(String v, String sub, int from) {
        int m = sub.length();
        if (m < LONG_NEEDLE || Math.min(from, v.length() - m) < LONG_NEEDLE) {
            return v.lastIndexOf(sub, from);
        }
        // The same automaton over the reversed needle, scanning leftwards from from + m - 1.
        int[] fail = failure(sub, true);
        int k = 0;
        for (int i = Math.min(from + m, v.length()) - 1; i >= 0; i--) {
            char c = v.charAt(i);
            while (k > 0 && sub.charAt(m - 1 - k) != c) {
                k = fail[k - 1];
            }
            if (sub.charAt(m - 1 - k) == c && ++k == m) {
                return i;
            }
        }
        return -1;
    }

    /** The KMP failure function of {@code sub} (read backwards when {@code reversed}). */
    private static int[] failure(String sub, boolean reversed) {
        int m = sub.length();
        int[] fail = new int[m];
        for (int i = 1, k = 0; i < m; i++) {
            char c = reversed ? sub.charAt(m - 1 - i) : sub.charAt(i);
            while (k > 0 && (reversed ? sub.charAt(m - 1 - k) : sub.charAt(k)) != c) {
                k = fail[k - 1];
            }
            if ((reversed ? sub.charAt(m - 1 - k) : sub.charAt(k)) == c) {
                k++;
            }
            fail[i] = k;
        }
        return fail;
    }
}
