package dev.kaa.vm.objects;

import java.util.Arrays;

/**
 * Indexing a list by slice or {@code __index__} object: {@code l[a:b]}, {@code l[a:b] = it},
 * {@code l[::k] = it} (which needs an iterable of exactly the slice's length) and
 * {@code del l[a:b:k]}, with CPython's messages.
 *
 * <p>Thread safety: stateless; the list is GIL-guarded.
 */
final class ListSlices {
    private ListSlices() {}

    private static PyException badIndex(Object index) {
        return PyErr.typeError("list indices must be integers or slices, not %T", index);
    }

    private static boolean isIndex(Object o) {
        return o instanceof PyInt || Abstract.typeOf(o).slot(Slot.__index__) != null;
    }

    static Object getItem(PyList l, Object index) {
        if (index instanceof PySlice s) {
            return new PyList(Sequences.slice(l.items, l.size, s));
        }
        if (isIndex(index)) {
            int i = Abstract.normalizeIndex(Abstract.asIndexSize(index), l.size, "list index out of range");
            return l.items[i];
        }
        throw badIndex(index);
    }

    static void setItem(PyList l, Object index, Object value) {
        if (index instanceof PySlice s) {
            assignSlice(l, s, value);
            return;
        }
        if (isIndex(index)) {
            int i = Abstract.normalizeIndex(Abstract.asIndexSize(index), l.size, "list assignment index out of range");
            l.items[i] = value;
            return;
        }
        throw badIndex(index);
    }

    static void delItem(PyList l, Object index) {
        if (index instanceof PySlice s) {
            deleteSlice(l, s);
            return;
        }
        if (isIndex(index)) {
            int i = Abstract.normalizeIndex(Abstract.asIndexSize(index), l.size, "list assignment index out of range");
            l.removeAt(i);
            return;
        }
        throw badIndex(index);
    }

    /** The items to assign: a snapshot, so that {@code l[:] = l} and iterators over {@code l} work. */
    private static Object[] itemsOf(PyList l, Object value) {
        if (value.getClass() == PyList.class) {
            return ((PyList) value).toArray();
        }
        if (value.getClass() == PyTuple.class) {
            return ((PyTuple) value).items;
        }
        if (!(Abstract.typeOf(value).slot(Slot.__iter__) != null || Abstract.typeOf(value).slot(Slot.__getitem__) != null)) {
            throw PyErr.typeError("must assign iterable to extended slice");
        }
        PyList tmp = new PyList();
        tmp.extend(value);
        return tmp.toArray();
    }

    private static void assignSlice(PyList l, PySlice s, Object value) {
        // The items first: iterating them may change the list's length (gh-120384).
        Object[] src = itemsOf(l, value);
        long[] r = s.indices(l.size);
        int start = (int) r[0], stop = (int) r[1], step = (int) r[2], n = (int) r[3];
        if (step == 1) {
            replace(l, start, Math.max(start, stop), src);
            return;
        }
        if (src.length != n) {
            throw PyErr.valueError("attempt to assign sequence of size %d to extended slice of size %d", src.length, n);
        }
        for (int i = 0, j = start; i < n; i++, j += step) {
            l.items[j] = src[i];
        }
    }

    /** Replaces {@code l[lo:hi]} with {@code src}. */
    static void replace(PyList l, int lo, int hi, Object[] src) {
        int oldLen = hi - lo;
        int newSize = l.size - oldLen + src.length;
        if (newSize > l.items.length) {
            l.ensureCapacity(newSize);
        }
        System.arraycopy(l.items, hi, l.items, lo + src.length, l.size - hi);
        System.arraycopy(src, 0, l.items, lo, src.length);
        if (newSize < l.size) {
            Arrays.fill(l.items, newSize, l.size, null);
        }
        l.size = newSize;
    }

    private static void deleteSlice(PyList l, PySlice s) {
        long[] r = s.indices(l.size);
        int start = (int) r[0], stop = (int) r[1], step = (int) r[2], n = (int) r[3];
        if (n == 0) {
            return;
        }
        if (step == 1) {
            replace(l, start, Math.max(start, stop), PyList.NO_ITEMS);
            return;
        }
        if (step < 0) {
            // Delete the same items walking forwards: the lowest index first.
            start = start + step * (n - 1);
            step = -step;
        }
        Object[] items = l.items;
        int out = start;
        int next = start;
        int removed = 0;
        for (int i = start; i < l.size; i++) {
            if (i == next && removed < n) {
                removed++;
                next += step;
                continue;
            }
            items[out++] = items[i];
        }
        Arrays.fill(items, out, l.size, null);
        l.size = out;
    }
}
