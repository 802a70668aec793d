package dev.kaa.vm.objects;

/**
 * Slice assignment and deletion of {@code bytearray}.
 *
 * <p>Thread safety: GIL-guarded, as the bytearray it changes.
 */
final class BytesSliceAssign {
    private BytesSliceAssign() {}

    /** {@code ba[slice] = value}: value is a buffer or an iterable of ints (not an int or str). */
    static void assign(PyByteArray ba, PySlice s, Object value) {
        byte[] v;
        if (value == ba) {
            v = ba.toByteArray();
        } else {
            v = BytesArgs.bufferOrNull(value);
            if (v == null) {
                PyType t = Abstract.typeOf(value);
                if (value instanceof PyStr || t.slot(Slot.__index__) != null
                        || (t.slot(Slot.__iter__) == null && t.slot(Slot.__getitem__) == null)) {
                    throw PyErr.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                }
                v = BytesArgs.fromIterable(value);
            }
        }
        long[] r = s.indices(ba.size);
        int start = (int) r[0], step = (int) r[2], n = (int) r[3];
        if (step == 1) {
            int stop = Math.max(start, (int) r[1]);
            ba.replaceRange(start, stop, v);
            return;
        }
        if (v.length != n) {
            throw PyErr.valueError("attempt to assign bytes of size %d to extended slice of size %d", v.length, n);
        }
        for (int i = 0, j = start; i < n; i++, j += step) {
            ba.data[j] = v[i];
        }
    }

    static void delete(PyByteArray ba, PySlice s) {
        long[] r = s.indices(ba.size);
        int start = (int) r[0], step = (int) r[2], n = (int) r[3];
        if (n == 0) {
            return;
        }
        if (step == 1) {
            ba.replaceRange(start, start + n, new byte[0]);
            return;
        }
        if (step < 0) {
            // Same items, walked upwards.
            start = start + step * (n - 1);
            step = -step;
        }
        boolean[] gone = new boolean[ba.size];
        for (int i = 0, j = start; i < n; i++, j += step) {
            gone[j] = true;
        }
        byte[] kept = new byte[ba.size - n];
        int k = 0;
        for (int i = 0; i < ba.size; i++) {
            if (!gone[i]) {
                kept[k++] = ba.data[i];
            }
        }
        ba.replaceRange(0, ba.size, kept);
    }
}
