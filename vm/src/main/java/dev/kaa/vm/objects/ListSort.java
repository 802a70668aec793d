package dev.kaa.vm.objects;

/**
 * The stable sort of {@code list.sort}: natural runs (strictly descending ones reversed),
 * extended to a minimum run length by binary insertion, then merged pairwise, comparing only
 * with {@code <} as CPython does. The first comparison is {@code a[1] < a[0]}, as CPython's,
 * so a list of incomparable items fails with the same message.
 *
 * <p>Thread safety: confined to the sorting call.
 */
final class ListSort {
    /** Sort keys and, when sorting with {@code key=}, the values that move with them (else null). */
    private final Object[] keys;
    private final Object[] values;
    private Object[] tmpKeys, tmpValues;

    private ListSort(Object[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** Sorts {@code keys[0..n)} stably, moving {@code values} (may be null) alongside. */
    static void sort(Object[] keys, Object[] values, int n) {
        if (n < 2) {
            return;
        }
        new ListSort(keys, values).run(n);
    }

    static boolean lessThan(Object a, Object b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a, y = (PyInt) b;
            if (x.isLong() && y.isLong()) {
                return x.longValue() < y.longValue();
            }
            return Ints.compare(x, y) < 0;
        }
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
            return ((PyStr) a).compareTo((PyStr) b) < 0;
        }
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            return ((PyFloat) a).value < ((PyFloat) b).value;
        }
        if (a.getClass() == PyTuple.class && b.getClass() == PyTuple.class) {
            return tupleLessThan(((PyTuple) a).items, ((PyTuple) b).items);
        }
        return Abstract.isTrue(Abstract.richCompare(a, b, CompareOp.LT));
    }

    /** Tuples' {@code <}, as tuple's own: the first items that differ decide, else the lengths. */
    private static boolean tupleLessThan(Object[] a, Object[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            Object x = a[i], y = b[i];
            if (x != y && !Abstract.equals(x, y)) {
                return lessThan(x, y);
            }
        }
        return a.length < b.length;
    }

    private static int minRun(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    private void run(int n) {
        int minRun = minRun(n);
        int[] runStart = new int[n / Math.max(1, Math.min(minRun, n)) + 2];
        int runs = 0;
        int lo = 0;
        while (lo < n) {
            int len = countRun(lo, n);
            if (len < minRun) {
                int force = Math.min(minRun, n - lo);
                binaryInsertion(lo, lo + force, lo + len);
                len = force;
            }
            if (runs == runStart.length) {
                runStart = java.util.Arrays.copyOf(runStart, runs * 2);
            }
            runStart[runs++] = lo;
            lo += len;
        }
        // Merge neighbours until one run is left; merging only neighbours keeps the sort stable.
        while (runs > 1) {
            int out = 0;
            for (int r = 0; r < runs; r += 2) {
                if (r + 1 < runs) {
                    int end = r + 2 < runs ? runStart[r + 2] : n;
                    merge(runStart[r], runStart[r + 1], end);
                }
                runStart[out++] = runStart[r];
            }
            runs = out;
        }
    }

    /** The length of the run at {@code lo}; a strictly descending run is reversed in place. */
    private int countRun(int lo, int hi) {
        if (lo + 1 >= hi) {
            return 1;
        }
        int i = lo + 1;
        if (lessThan(keys[i], keys[i - 1])) {
            i++;
            while (i < hi && lessThan(keys[i], keys[i - 1])) {
                i++;
            }
            reverse(lo, i);
        } else {
            i++;
            while (i < hi && !lessThan(keys[i], keys[i - 1])) {
                i++;
            }
        }
        return i - lo;
    }

    private void reverse(int lo, int hi) {
        for (int a = lo, b = hi - 1; a < b; a++, b--) {
            Object t = keys[a];
            keys[a] = keys[b];
            keys[b] = t;
            if (values != null) {
                t = values[a];
                values[a] = values[b];
                values[b] = t;
            }
        }
    }

    /** Sorts {@code [lo, hi)} whose prefix {@code [lo, start)} is sorted. */
    private void binaryInsertion(int lo, int hi, int start) {
        for (int i = start; i < hi; i++) {
            Object pivot = keys[i];
            Object pivotValue = values == null ? null : values[i];
            int l = lo, r = i;
            while (l < r) {
                int p = (l + r) >>> 1;
                if (lessThan(pivot, keys[p])) {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            System.arraycopy(keys, l, keys, l + 1, i - l);
            keys[l] = pivot;
            if (values != null) {
                System.arraycopy(values, l, values, l + 1, i - l);
                values[l] = pivotValue;
            }
        }
    }

    /** Merges the sorted neighbours {@code [lo, mid)} and {@code [mid, hi)}. */
    private void merge(int lo, int mid, int hi) {
        int n = mid - lo;
        if (tmpKeys == null || tmpKeys.length < n) {
            tmpKeys = new Object[Math.max(n, 16)];
            tmpValues = values == null ? null : new Object[tmpKeys.length];
        }
        System.arraycopy(keys, lo, tmpKeys, 0, n);
        if (values != null) {
            System.arraycopy(values, lo, tmpValues, 0, n);
        }
        int a = 0, b = mid, out = lo;
        try {
            while (a < n && b < hi) {
                // Take from the right only when strictly smaller: equal items keep their order.
                if (lessThan(keys[b], tmpKeys[a])) {
                    keys[out] = keys[b];
                    if (values != null) {
                        values[out] = values[b];
                    }
                    b++;
                } else {
                    keys[out] = tmpKeys[a];
                    if (values != null) {
                        values[out] = tmpValues[a];
                    }
                    a++;
                }
                out++;
            }
        } finally {
            // Also on an exception: put the rest of the left run back so no item is lost.
            System.arraycopy(tmpKeys, a, keys, out, n - a);
            if (values != null) {
                System.arraycopy(tmpValues, a, values, out, n - a);
            }
        }
    }
}
