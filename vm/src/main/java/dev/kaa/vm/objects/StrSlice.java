package dev.kaa.vm.objects;

/**
 * Indexing and slicing of {@code str} by code point; one-character strings below U+0100 are
 * shared, as CPython's are.
 *
 * <p>Thread safety: immutable (the cache is filled once, by the class initializer).
 */
final class StrSlice {
    private StrSlice() {}

    private static final PyStr[] LATIN1 = new PyStr[256];

    static {
        for (int i = 0; i < 256; i++) {
            LATIN1[i] = new PyStr(String.valueOf((char) i));
        }
    }

    /** The one-character str of code point {@code cp}. */
    static PyStr ofCodePoint(int cp) {
        return cp < 256 ? LATIN1[cp] : PyStr.of(Character.toString(cp));
    }

    /** {@code s[i]} for a valid code point index. */
    static PyStr charAt(PyStr s, int i) {
        return ofCodePoint(s.codePointAt(i));
    }

    /** {@code s[start:stop:step]}. */
    static PyStr slice(PyStr s, PySlice sl) {
        int length = s.length();
        long[] r = sl.indices(length);
        int start = (int) r[0], step = (int) r[2], n = (int) r[3];
        if (n <= 0) {
            return PyStr.EMPTY;
        }
        if (step == 1) {
            if (n == length) {
                return s.exact();
            }
            return PyStr.of(s.substring(start, start + n));
        }
        if (s.isBmp()) {
            char[] out = new char[n];
            String v = s.value;
            for (int i = 0, j = start; i < n; i++, j += step) {
                out[i] = v.charAt(j);
            }
            return PyStr.of(new String(out));
        }
        int[] cps = s.codePoints();
        int[] out = new int[n];
        for (int i = 0, j = start; i < n; i++, j += step) {
            out[i] = cps[j];
        }
        return PyStr.of(new String(out, 0, n));
    }
}
