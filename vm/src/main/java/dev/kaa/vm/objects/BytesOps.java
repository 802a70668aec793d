package dev.kaa.vm.objects;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The algorithms shared by {@code bytes} and {@code bytearray}, over {@code a[0:n]}: search,
 * split, strip, padding, ASCII case and classes, translate, hex. Results are fresh arrays the
 * caller wraps in its own type.
 *
 * <p>Thread safety: stateless.
 */
final class BytesOps {
    private BytesOps() {}

    /** Needles at least this long are searched in linear time, as in {@link StrSearch}. */
    private static final int LONG_NEEDLE = 64;

    static int indexOf(byte[] a, int from, int to, byte[] sub) {
        int m = sub.length;
        if (m >= LONG_NEEDLE && to - from - m >= LONG_NEEDLE) {
            return kmp(a, from, to, sub);
        }
        outer:
        for (int i = from; i + m <= to; i++) {
            for (int k = 0; k < m; k++) {
                if (a[i + k] != sub[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static int lastIndexOf(byte[] a, int from, int to, byte[] sub) {
        int m = sub.length;
        if (m >= LONG_NEEDLE && to - from - m >= LONG_NEEDLE) {
            return kmpBackwards(a, from, to, sub);
        }
        outer:
        for (int i = to - m; i >= from; i--) {
            for (int k = 0; k < m; k++) {
                if (a[i + k] != sub[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Knuth-Morris-Pratt: the first {@code sub} within {@code a[from:to]}, or -1. */
    private static int kmp(byte[] a, int from, int to, byte[] sub) {
        int m = sub.length;
        int[] fail = new int[m];
        for (int i = 1, k = 0; i < m; i++) {
            while (k > 0 && sub[k] != sub[i]) {
                k = fail[k - 1];
            }
            if (sub[k] == sub[i]) {
                k++;
            }
            fail[i] = k;
        }
        for (int i = from, k = 0; i < to; i++) {
            while (k > 0 && sub[k] != a[i]) {
                k = fail[k - 1];
            }
            if (sub[k] == a[i] && ++k == m) {
                return i - m + 1;
            }
        }
        return -1;
    }

    /** The last {@code sub} within {@code a[from:to]}: the same automaton over the reversed needle. */
    private static int kmpBackwards(byte[] a, int from, int to, byte[] sub) {
        int m = sub.length;
        int[] fail = new int[m];
        for (int i = 1, k = 0; i < m; i++) {
            while (k > 0 && sub[m - 1 - k] != sub[m - 1 - i]) {
                k = fail[k - 1];
            }
            if (sub[m - 1 - k] == sub[m - 1 - i]) {
                k++;
            }
            fail[i] = k;
        }
        for (int i = to - 1, k = 0; i >= from; i--) {
            while (k > 0 && sub[m - 1 - k] != a[i]) {
                k = fail[k - 1];
            }
            if (sub[m - 1 - k] == a[i] && ++k == m) {
                return i;
            }
        }
        return -1;
    }

    static int find(byte[] a, int n, Object subArg, Object start, Object end, boolean reverse) {
        // CPython converts start and end before it looks at the sub argument.
        int[] b = Strs.bounds(n, start, end);
        byte[] sub = BytesArgs.subOrByte(subArg);
        if (b[0] > b[1] || b[1] - b[0] < sub.length) {
            return -1;
        }
        return reverse ? lastIndexOf(a, b[0], b[1], sub) : indexOf(a, b[0], b[1], sub);
    }

    static int index(byte[] a, int n, Object subArg, Object start, Object end, boolean reverse) {
        int i = find(a, n, subArg, start, end, reverse);
        if (i < 0) {
            throw PyErr.valueError("subsection not found");
        }
        return i;
    }

    static int count(byte[] a, int n, Object subArg, Object start, Object end) {
        int[] b = Strs.bounds(n, start, end);
        byte[] sub = BytesArgs.subOrByte(subArg);
        if (b[0] > b[1]) {
            return 0;
        }
        if (sub.length == 0) {
            return b[1] - b[0] + 1;
        }
        int count = 0;
        for (int i = indexOf(a, b[0], b[1], sub); i >= 0; i = indexOf(a, i + sub.length, b[1], sub)) {
            count++;
        }
        return count;
    }

    static boolean startsOrEnds(byte[] a, int n, Object affix, Object start, Object end, boolean ends) {
        String name = ends ? "endswith" : "startswith";
        int[] b = Strs.bounds(n, start, end);
        if (affix instanceof PyTuple t) {
            for (Object o : t.items) {
                if (matches(a, BytesArgs.buffer(o), b[0], b[1], ends)) {
                    return true;
                }
            }
            return false;
        }
        byte[] p = BytesArgs.bufferOrNull(affix);
        if (p == null) {
            throw PyErr.typeError("%s first arg must be bytes or a tuple of bytes, not %T", name, affix);
        }
        return matches(a, p, b[0], b[1], ends);
    }

    private static boolean matches(byte[] a, byte[] p, int start, int end, boolean ends) {
        if (start > end || end - start < p.length) {
            return false;
        }
        int at = ends ? end - p.length : start;
        return Arrays.equals(a, at, at + p.length, p, 0, p.length);
    }

    static byte[] replace(byte[] a, int n, byte[] old, byte[] rep, long count) {
        if (count < 0) {
            count = Integer.MAX_VALUE;
        }
        BytesArgs.ByteSink out = new BytesArgs.ByteSink(n);
        if (old.length == 0) {
            long done = 0;
            for (int i = 0; i <= n; i++) {
                if (done < count) {
                    out.add(rep, 0, rep.length);
                    done++;
                }
                if (i < n) {
                    out.add(a[i]);
                }
            }
            return out.toArray();
        }
        int last = 0, done = 0;
        for (int at = indexOf(a, 0, n, old); at >= 0 && done < count; at = indexOf(a, last, n, old)) {
            out.add(a, last, at);
            out.add(rep, 0, rep.length);
            last = at + old.length;
            done++;
        }
        out.add(a, last, n);
        return out.toArray();
    }

    static boolean isSpace(int c) {
        return c == ' ' || (c >= 9 && c <= 13);
    }

    static List<byte[]> split(byte[] a, int n, Object sepArg, long maxsplit, boolean reverse) {
        if (maxsplit < 0) {
            maxsplit = Integer.MAX_VALUE;
        }
        List<byte[]> out = new ArrayList<>();
        if (sepArg == PyNone.NONE) {
            if (!reverse) {
                int i = 0;
                while (true) {
                    while (i < n && isSpace(a[i])) {
                        i++;
                    }
                    if (i == n) {
                        break;
                    }
                    if (out.size() >= maxsplit) {
                        out.add(Arrays.copyOfRange(a, i, n));
                        break;
                    }
                    int j = i;
                    while (j < n && !isSpace(a[j])) {
                        j++;
                    }
                    out.add(Arrays.copyOfRange(a, i, j));
                    i = j;
                }
                return out;
            }
            int j = n;
            while (true) {
                while (j > 0 && isSpace(a[j - 1])) {
                    j--;
                }
                if (j == 0) {
                    break;
                }
                if (out.size() >= maxsplit) {
                    out.add(Arrays.copyOfRange(a, 0, j));
                    break;
                }
                int i = j;
                while (i > 0 && !isSpace(a[i - 1])) {
                    i--;
                }
                out.add(Arrays.copyOfRange(a, i, j));
                j = i;
            }
            java.util.Collections.reverse(out);
            return out;
        }
        byte[] sep = BytesArgs.buffer(sepArg);
        if (sep.length == 0) {
            throw PyErr.valueError("empty separator");
        }
        if (!reverse) {
            int last = 0;
            for (int at = indexOf(a, 0, n, sep); at >= 0 && out.size() < maxsplit; at = indexOf(a, last, n, sep)) {
                out.add(Arrays.copyOfRange(a, last, at));
                last = at + sep.length;
            }
            out.add(Arrays.copyOfRange(a, last, n));
            return out;
        }
        int end = n;
        for (int at = lastIndexOf(a, 0, end, sep); at >= 0 && out.size() < maxsplit; ) {
            out.add(Arrays.copyOfRange(a, at + sep.length, end));
            end = at;
            at = lastIndexOf(a, 0, end, sep);
        }
        out.add(Arrays.copyOfRange(a, 0, end));
        java.util.Collections.reverse(out);
        return out;
    }

    static List<byte[]> splitlines(byte[] a, int n, boolean keepends) {
        List<byte[]> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && a[j] != '\n' && a[j] != '\r') {
                j++;
            }
            int eol = j;
            if (j < n) {
                j += a[j] == '\r' && j + 1 < n && a[j + 1] == '\n' ? 2 : 1;
            }
            out.add(Arrays.copyOfRange(a, i, keepends ? j : eol));
            i = j;
        }
        return out;
    }

    /** {before, sep, after}, or null when {@code sep} is absent. */
    static byte[][] partition(byte[] a, int n, Object sepArg, boolean reverse) {
        byte[] sep = BytesArgs.buffer(sepArg);
        if (sep.length == 0) {
            throw PyErr.valueError("empty separator");
        }
        int at = reverse ? lastIndexOf(a, 0, n, sep) : indexOf(a, 0, n, sep);
        if (at < 0) {
            return null;
        }
        return new byte[][] {Arrays.copyOfRange(a, 0, at), sep, Arrays.copyOfRange(a, at + sep.length, n)};
    }

    static byte[] join(byte[] sep, int sepLen, Object iterable) {
        PyType t = Abstract.typeOf(iterable);
        if (t.slot(Slot.__iter__) == null && t.slot(Slot.__getitem__) == null) {
            throw PyErr.typeError("can only join an iterable");
        }
        List<Object> items = new ArrayList<>();
        Abstract.forEach(iterable, items::add);
        BytesArgs.ByteSink out = new BytesArgs.ByteSink(16);
        for (int i = 0; i < items.size(); i++) {
            byte[] b = BytesArgs.bufferOrNull(items.get(i));
            if (b == null) {
                throw PyErr.typeError("sequence item %d: expected a bytes-like object, %T found", i, items.get(i));
            }
            if (i > 0) {
                out.add(sep, 0, sepLen);
            }
            out.add(b, 0, b.length);
        }
        return out.toArray();
    }

    static byte[] strip(byte[] a, int n, Object chars, boolean left, boolean right) {
        boolean[] set = new boolean[256];
        if (chars == PyNone.NONE) {
            for (int c : new int[] {' ', '\t', '\n', '\r', 0x0b, 0x0c}) {
                set[c] = true;
            }
        } else {
            for (byte b : BytesArgs.buffer(chars)) {
                set[b & 0xFF] = true;
            }
        }
        int i = 0, j = n;
        while (left && i < j && set[a[i] & 0xFF]) {
            i++;
        }
        while (right && j > i && set[a[j - 1] & 0xFF]) {
            j--;
        }
        return Arrays.copyOfRange(a, i, j);
    }

    static byte[] justify(byte[] a, int n, Object widthArg, Object fillArg, char align, String name) {
        long width = Strs.ssize(widthArg);
        byte fill = ' ';
        if (fillArg != null) {
            boolean bytesLike = fillArg instanceof PyBytes || fillArg instanceof PyByteArray;
            byte[] f = bytesLike ? BytesArgs.bufferOrNull(fillArg) : null;
            if (f == null || f.length != 1) {
                throw PyErr.typeError("%s() argument 2 must be a byte string of length 1, not %s", name,
                        Strs.clinicTypeName(fillArg));
            }
            fill = f[0];
        }
        if (width <= n) {
            return Arrays.copyOf(a, n);
        }
        if (width > Integer.MAX_VALUE - 16) {
            throw PyErr.memoryError();
        }
        long total = width - n;
        long left = align == '<' ? 0 : align == '>' ? total : total / 2 + (total & width & 1);
        byte[] out = new byte[(int) width];
        Arrays.fill(out, fill);
        System.arraycopy(a, 0, out, (int) left, n);
        return out;
    }

    static byte[] zfill(byte[] a, int n, Object widthArg) {
        long width = Strs.ssize(widthArg);
        if (width <= n) {
            return Arrays.copyOf(a, n);
        }
        if (width > Integer.MAX_VALUE - 16) {
            throw PyErr.memoryError();
        }
        byte[] out = new byte[(int) width];
        int zeros = (int) (width - n);
        Arrays.fill(out, 0, zeros, (byte) '0');
        System.arraycopy(a, 0, out, zeros, n);
        if (n > 0 && (a[0] == '+' || a[0] == '-')) {
            out[0] = a[0];
            out[zeros] = '0';
        }
        return out;
    }

    static byte[] expandtabs(byte[] a, int n, Object tabsizeArg) {
        int tabsize = Abstract.asInt(tabsizeArg);
        BytesArgs.ByteSink out = new BytesArgs.ByteSink(n);
        long column = 0;
        for (int i = 0; i < n; i++) {
            byte c = a[i];
            if (c == '\t') {
                if (tabsize > 0) {
                    long spaces = tabsize - column % tabsize;
                    for (long k = 0; k < spaces; k++) {
                        out.add(' ');
                    }
                    column += spaces;
                }
            } else {
                out.add(c);
                column = c == '\n' || c == '\r' ? 0 : column + 1;
            }
        }
        return out.toArray();
    }

    static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isAlpha(int c) {
        return isLower(c) || isUpper(c);
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** Case conversions: 'l'ower, 'u'pper, 's'wapcase, 'c'apitalize, 't'itle. */
    static byte[] convertCase(byte[] a, int n, char how) {
        byte[] out = Arrays.copyOf(a, n);
        boolean previousCased = false;
        for (int i = 0; i < n; i++) {
            int c = out[i];
            boolean lower = switch (how) {
                case 'l' -> true;
                case 'u' -> false;
                case 's' -> isUpper(c);
                case 'c' -> i > 0;
                default -> previousCased;
            };
            if (how == 's' && !isAlpha(c)) {
                continue;
            }
            if (lower && isUpper(c)) {
                out[i] = (byte) (c + 32);
            } else if (!lower && isLower(c)) {
                out[i] = (byte) (c - 32);
            }
            previousCased = isAlpha(c);
        }
        return out;
    }

    /** The is* predicates: 'a'lpha, 'n' alnum, 'd'igit, 's'pace, 'l'ower, 'u'pper, 't'itle, 'A'scii. */
    static boolean is(byte[] a, int n, char what) {
        switch (what) {
            case 'A' -> {
                for (int i = 0; i < n; i++) {
                    if (a[i] < 0) {
                        return false;
                    }
                }
                return true;
            }
            case 'l', 'u' -> {
                boolean cased = false;
                for (int i = 0; i < n; i++) {
                    if (what == 'l' ? isUpper(a[i]) : isLower(a[i])) {
                        return false;
                    }
                    cased |= isAlpha(a[i]);
                }
                return cased;
            }
            case 't' -> {
                boolean cased = false, previous = false;
                for (int i = 0; i < n; i++) {
                    int c = a[i];
                    if (isUpper(c)) {
                        if (previous) {
                            return false;
                        }
                        previous = cased = true;
                    } else if (isLower(c)) {
                        if (!previous) {
                            return false;
                        }
                        previous = cased = true;
                    } else {
                        previous = false;
                    }
                }
                return cased;
            }
            default -> {
                if (n == 0) {
                    return false;
                }
                for (int i = 0; i < n; i++) {
                    int c = a[i];
                    boolean ok = switch (what) {
                        case 'a' -> isAlpha(c);
                        case 'n' -> isAlpha(c) || isDigit(c);
                        case 'd' -> isDigit(c);
                        default -> isSpace(c);
                    };
                    if (!ok) {
                        return false;
                    }
                }
                return true;
            }
        }
    }

    static byte[] translate(byte[] a, int n, Object table, Object delete) {
        byte[] t = null;
        if (table != PyNone.NONE) {
            t = BytesArgs.buffer(table);
            if (t.length != 256) {
                throw PyErr.valueError("translation table must be 256 characters long");
            }
        }
        boolean[] del = new boolean[256];
        if (delete != null) {
            for (byte b : BytesArgs.buffer(delete)) {
                del[b & 0xFF] = true;
            }
        }
        BytesArgs.ByteSink out = new BytesArgs.ByteSink(n);
        for (int i = 0; i < n; i++) {
            int c = a[i] & 0xFF;
            if (!del[c]) {
                out.add(t == null ? c : t[c]);
            }
        }
        return out.toArray();
    }

    static byte[] maketrans(Object from, Object to) {
        byte[] f = BytesArgs.buffer(from), t = BytesArgs.buffer(to);
        if (f.length != t.length) {
            throw PyErr.valueError("maketrans arguments must have same length");
        }
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) {
            table[i] = (byte) i;
        }
        for (int i = 0; i < f.length; i++) {
            table[f[i] & 0xFF] = t[i];
        }
        return table;
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** {@code bytes.hex(sep, bytes_per_sep)}: groups count from the right unless bytes_per_sep < 0. */
    static String hex(byte[] a, int n, Object sepArg, Object perArg) {
        // bytes_per_sep is converted before sep is checked, as in CPython.
        int per = perArg == null ? 1 : Abstract.asInt(perArg);
        String sep = null;
        if (sepArg != null) {
            int len = Abstract.len(sepArg);
            if (len != 1) {
                throw PyErr.valueError("sep must be length 1.");
            }
            if (sepArg instanceof PyStr s) {
                sep = s.value;
            } else if (sepArg instanceof PyBytes b) {
                sep = new String(b.data, java.nio.charset.StandardCharsets.ISO_8859_1);
            } else {
                throw PyErr.typeError("sep must be str or bytes.");
            }
            if (sep.charAt(0) >= 0x80) {
                throw PyErr.valueError("sep must be ASCII.");
            }
        }
        StringBuilder sb = new StringBuilder(n * 3);
        int group = Math.abs(per);
        for (int i = 0; i < n; i++) {
            if (sep != null && group > 0 && i > 0) {
                boolean boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
                if (boundary) {
                    sb.append(sep);
                }
            }
            sb.append(HEX[(a[i] >> 4) & 0xF]).append(HEX[a[i] & 0xF]);
        }
        return sb.toString();
    }

    static byte[] fromhex(Object s) {
        if (!(s instanceof PyStr str)) {
            throw PyErr.typeError("fromhex() argument must be str, not %s", Strs.clinicTypeName(s));
        }
        String v = str.value;
        BytesArgs.ByteSink out = new BytesArgs.ByteSink(v.length() / 2);
        int i = 0;
        while (i < v.length()) {
            if (StrPredicates.isSpace(v.charAt(i)) && v.charAt(i) < 0x80) {
                i++;
                continue;
            }
            int hi = Character.digit(v.charAt(i), 16);
            if (hi < 0 || v.charAt(i) >= 0x80) {
                throw PyErr.valueError("non-hexadecimal number found in fromhex() arg at position %d", i);
            }
            int lo = i + 1 < v.length() && v.charAt(i + 1) < 0x80 ? Character.digit(v.charAt(i + 1), 16) : -1;
            if (lo < 0) {
                throw PyErr.valueError("non-hexadecimal number found in fromhex() arg at position %d", i + 1);
            }
            out.add(hi << 4 | lo);
            i += 2;
        }
        return out.toArray();
    }

    static int compare(byte[] a, int na, byte[] b, int nb) {
        return Arrays.compareUnsigned(a, 0, na, b, 0, nb);
    }

    static long hash(byte[] a, int n) {
        return StrHash.of(a, n);
    }

    static String repr(byte[] a, int n) {
        return dev.kaa.bytecode.PyRepr.bytesRepr(n == a.length ? a : Arrays.copyOf(a, n));
    }
}
