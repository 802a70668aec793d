package dev.kaa.vm.modules.array;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PySlice;
import java.util.Arrays;

/**
 * Slicing of {@link PyArray}: reading a slice into a new array, assigning an array of the same
 * type code to a slice (which may resize the array when the step is 1), and deleting a slice,
 * all as byte copies of whole items.
 *
 * <p>Thread safety: GIL-guarded, as the array.
 */
final class ArraySlices {
    private ArraySlices() {}

    /** {@code a[s]}: a new exact array. */
    static PyArray get(PyArray a, PySlice s) {
        long[] r = s.indices(a.n);
        int start = (int) r[0], step = (int) r[2], count = (int) r[3];
        int sz = a.tc.size;
        if (step == 1) {
            return new PyArray(a.tc, Arrays.copyOfRange(a.data, start * sz, (start + count) * sz), count);
        }
        byte[] out = new byte[count * sz];
        for (int k = 0, i = start; k < count; k++, i += step) {
            System.arraycopy(a.data, i * sz, out, k * sz, sz);
        }
        return new PyArray(a.tc, out, count);
    }

    /** {@code a[s] = value}: value must be an array of the same type code. */
    static void assign(PyArray a, PySlice s, Object value) {
        if (!(value instanceof PyArray v)) {
            throw PyErr.typeError("can only assign array (not \"%s\") to array slice", Abstract.typeOf(value).name());
        }
        if (v.tc != a.tc) {
            throw PyErr.typeError("bad argument type for built-in operation");
        }
        long[] r = s.indices(a.n);
        int start = (int) r[0], stop = (int) r[1], step = (int) r[2], count = (int) r[3];
        // A copy first: the value may be the array itself.
        byte[] src = v.toByteArray();
        int sz = a.tc.size, m = v.n;
        if (step == 1) {
            if (stop < start) {
                stop = start;
            }
            if (m != stop - start) {
                a.checkResizable();
            }
            int tail = a.n - stop;
            a.ensure(start + m + tail);
            System.arraycopy(a.data, stop * sz, a.data, (start + m) * sz, tail * sz);
            System.arraycopy(src, 0, a.data, start * sz, m * sz);
            a.n = start + m + tail;
            return;
        }
        if (m != count) {
            throw PyErr.valueError("attempt to assign array of size %d to extended slice of size %d", m, count);
        }
        for (int k = 0, i = start; k < count; k++, i += step) {
            System.arraycopy(src, k * sz, a.data, i * sz, sz);
        }
    }

    /** {@code del a[s]}. */
    static void delete(PyArray a, PySlice s) {
        long[] r = s.indices(a.n);
        int start = (int) r[0], step = (int) r[2], count = (int) r[3];
        if (count == 0) {
            return;
        }
        a.checkResizable();
        if (step < 0) {
            start = start + step * (count - 1);
            step = -step;
        }
        int sz = a.tc.size, n = a.n;
        boolean[] gone = new boolean[n];
        for (int k = 0, i = start; k < count; k++, i += step) {
            gone[i] = true;
        }
        int w = 0;
        for (int i = 0; i < n; i++) {
            if (!gone[i]) {
                if (w != i) {
                    System.arraycopy(a.data, i * sz, a.data, w * sz, sz);
                }
                w++;
            }
        }
        a.n = w;
    }
}
