package dev.kaa.vm.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code str.split}, {@code rsplit}, {@code splitlines}, {@code partition}, {@code rpartition}
 * and {@code join}.
 *
 * <p>Thread safety: stateless.
 */
final class StrSplit {
    private StrSplit() {}

    static PyList split(PyStr s, Object sep, long maxsplit, boolean reverse) {
        if (maxsplit < 0) {
            maxsplit = Integer.MAX_VALUE;
        }
        if (sep == PyNone.NONE) {
            return reverse ? rsplitWhitespace(s.value, maxsplit) : splitWhitespace(s.value, maxsplit);
        }
        if (!(sep instanceof PyStr p)) {
            throw PyErr.typeError("must be str or None, not %T", sep);
        }
        String sp = p.value, v = s.value;
        if (sp.isEmpty()) {
            throw PyErr.valueError("empty separator");
        }
        List<Object> out = new ArrayList<>();
        if (!reverse) {
            int last = 0, at = v.indexOf(sp);
            while (at >= 0 && out.size() < maxsplit) {
                out.add(PyStr.of(v.substring(last, at)));
                last = at + sp.length();
                at = v.indexOf(sp, last);
            }
            out.add(last == 0 ? s.exact() : PyStr.of(v.substring(last)));
            return new PyList(out.toArray());
        }
        int end = v.length(), at = v.lastIndexOf(sp, end - sp.length());
        while (at >= 0 && out.size() < maxsplit) {
            out.add(PyStr.of(v.substring(at + sp.length(), end)));
            end = at;
            at = end - sp.length() < 0 ? -1 : v.lastIndexOf(sp, end - sp.length());
        }
        out.add(end == v.length() ? s.exact() : PyStr.of(v.substring(0, end)));
        return new PyList(reversed(out));
    }

    private static Object[] reversed(List<Object> l) {
        Object[] a = new Object[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = l.get(a.length - 1 - i);
        }
        return a;
    }

    private static boolean space(char c) {
        return StrPredicates.isSpace(c);
    }

    private static PyList splitWhitespace(String v, long maxsplit) {
        List<Object> out = new ArrayList<>();
        int i = 0, n = v.length();
        while (true) {
            while (i < n && space(v.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            if (out.size() >= maxsplit) {
                // The rest keeps its inner and trailing whitespace.
                out.add(PyStr.of(v.substring(i)));
                break;
            }
            int j = i;
            while (j < n && !space(v.charAt(j))) {
                j++;
            }
            out.add(PyStr.of(v.substring(i, j)));
            i = j;
        }
        return new PyList(out.toArray());
    }

    private static PyList rsplitWhitespace(String v, long maxsplit) {
        List<Object> out = new ArrayList<>();
        int j = v.length();
        while (true) {
            while (j > 0 && space(v.charAt(j - 1))) {
                j--;
            }
            if (j == 0) {
                break;
            }
            if (out.size() >= maxsplit) {
                out.add(PyStr.of(v.substring(0, j)));
                break;
            }
            int i = j;
            while (i > 0 && !space(v.charAt(i - 1))) {
                i--;
            }
            out.add(PyStr.of(v.substring(i, j)));
            j = i;
        }
        return new PyList(reversed(out));
    }

    /** True for the code units that end a line in {@code str.splitlines}. */
    static boolean lineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e
                || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    static PyList splitlines(PyStr s, boolean keepends) {
        String v = s.value;
        List<Object> out = new ArrayList<>();
        int i = 0, n = v.length();
        while (i < n) {
            int j = i;
            while (j < n && !lineBreak(v.charAt(j))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                j += v.charAt(j) == '\r' && j + 1 < n && v.charAt(j + 1) == '\n' ? 2 : 1;
            }
            out.add(PyStr.of(v.substring(i, keepends ? j : eol)));
            i = j;
        }
        return new PyList(out.toArray());
    }

    static PyTuple partition(PyStr s, Object sep, boolean reverse) {
        String sp = Strs.plainArg(sep);
        if (sp.isEmpty()) {
            throw PyErr.valueError("empty separator");
        }
        String v = s.value;
        int at = reverse ? v.lastIndexOf(sp) : v.indexOf(sp);
        if (at < 0) {
            // Not found: the string itself, a subclass instance too (as CPython).
            return reverse ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, s) : PyTuple.of(s, PyStr.EMPTY, PyStr.EMPTY);
        }
        return PyTuple.of(PyStr.of(v.substring(0, at)), sep.getClass() == PyStr.class ? sep : PyStr.of(sp),
                PyStr.of(v.substring(at + sp.length())));
    }

    static PyStr join(PyStr s, Object iterable) {
        Object[] items;
        if (iterable instanceof PyList l) {
            items = l.toArray();
        } else if (iterable instanceof PyTuple t) {
            items = t.items;
        } else {
            if (Abstract.typeOf(iterable).slot(Slot.__iter__) == null
                    && Abstract.typeOf(iterable).slot(Slot.__getitem__) == null) {
                throw PyErr.typeError("can only join an iterable");
            }
            List<Object> l = new ArrayList<>();
            Abstract.forEach(iterable, l::add);
            items = l.toArray();
        }
        if (items.length == 1 && items[0].getClass() == PyStr.class) {
            return (PyStr) items[0];
        }
        String sep = s.value;
        long size = 0;
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyStr p)) {
                throw PyErr.typeError("sequence item %d: expected str instance, %T found", i, items[i]);
            }
            size += p.value.length() + (i > 0 ? sep.length() : 0);
        }
        if (size > Integer.MAX_VALUE - 16) {
            throw PyErr.overflowError("join() result is too long for a Python string");
        }
        StringBuilder sb = new StringBuilder((int) size);
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(((PyStr) items[i]).value);
        }
        return PyStr.of(sb.toString());
    }
}
