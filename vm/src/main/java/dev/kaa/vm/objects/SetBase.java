package dev.kaa.vm.objects;

import java.util.Arrays;

/**
 * The hash table shared by {@code set} and {@code frozenset}, laid out as CPython's so that
 * iteration order (and so what programs print) is the same: an open-addressing table of
 * {@code mask + 1} slots (8 at first), probed at {@code hash & mask}, then up to
 * {@link #LINEAR_PROBES} following slots when they fit before the end, then by the perturbed
 * jump {@code i = 5*i + 1 + perturb} with {@code perturb >>>= 5}. Deleted entries become
 * dummies; an insertion that reaches an empty slot takes the last dummy it passed instead; the table grows once {@code fill*5 >= mask*3}, to hold
 * {@code used*4} entries ({@code used*2} past 50000), dropping dummies.
 *
 * <p>The set algebra lives in {@link SetOps}; {@link PySet} and {@link PyFrozenSet} expose it.
 *
 * <p>Thread safety: GIL-guarded.
 */
abstract class SetBase extends PyObject {
    static final int MIN_SIZE = 8;
    static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** The key of a deleted entry; its hash is -1, which no live key has. */
    static final Object DUMMY = new Object();

    Object[] keys = new Object[MIN_SIZE];
    long[] hashes = new long[MIN_SIZE];
    int mask = MIN_SIZE - 1;
    /** Live entries plus dummies. */
    int fill;
    /** Live entries. */
    int used;
    /** Where {@code pop} looks first. */
    int finger;

    final int size() {
        return used;
    }

    /** A new empty set of the same base type ({@code set} or {@code frozenset}) as this one. */
    abstract SetBase emptyOfBaseType();

    // ---- lookup and insertion ----------------------------------------------------------------

    /** The slot holding {@code key}, or -1. */
    final int find(Object key, long hash) {
        while (true) {
            Object[] table = keys;
            int m = mask;
            long perturb = hash;
            int i = (int) (hash & m);
            boolean restart = false;
            search:
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int j = i;
                for (int p = 0; p <= probes; p++, j++) {
                    Object k = table[j];
                    if (k == null) {
                        return -1;
                    }
                    if (hashes[j] == hash) {
                        if (k == key) {
                            return j;
                        }
                        if (fastEquals(k, key)) {
                            return j;
                        }
                        boolean eq = Abstract.equals(k, key);
                        if (table != keys || table[j] != k) {
                            // The comparison changed the set: start again, as CPython does.
                            restart = true;
                            break search;
                        }
                        if (eq) {
                            return j;
                        }
                    }
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
            if (!restart) {
                return -1;
            }
        }
    }

    private static boolean fastEquals(Object a, Object b) {
        return a instanceof PyStr x && b instanceof PyStr y && a.getClass() == PyStr.class
                && b.getClass() == PyStr.class && x.value.equals(y.value);
    }

    final boolean containsEntry(Object key, long hash) {
        return used > 0 && find(key, hash) >= 0;
    }

    /** Adds {@code key}; false when an equal key was already present. */
    final boolean addEntry(Object key, long hash) {
        restart:
        while (true) {
            Object[] table = keys;
            int m = mask;
            long perturb = hash;
            int i = (int) (hash & m);
            int freeSlot = -1;
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int j = i;
                for (int p = 0; p <= probes; p++, j++) {
                    Object k = table[j];
                    if (k == null) {
                        if (freeSlot >= 0) {
                            table[freeSlot] = key;
                            hashes[freeSlot] = hash;
                            used++;
                            return true;
                        }
                        table[j] = key;
                        hashes[j] = hash;
                        fill++;
                        used++;
                        if ((long) fill * 5 >= (long) m * 3) {
                            resize(used > 50000 ? used * 2L : used * 4L);
                        }
                        return true;
                    }
                    if (k == DUMMY) {
                        // CPython 3.13 reuses the last dummy it passed, not the first.
                        freeSlot = j;
                    } else if (hashes[j] == hash) {
                        if (k == key || fastEquals(k, key)) {
                            return false;
                        }
                        boolean eq = Abstract.equals(k, key);
                        if (table != keys || table[j] != k) {
                            continue restart;
                        }
                        if (eq) {
                            return false;
                        }
                    }
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    final boolean addKey(Object key) {
        return addEntry(key, Abstract.hash(key));
    }

    /** Removes the entry equal to {@code key}; false when there was none. */
    final boolean discardEntry(Object key, long hash) {
        if (used == 0) {
            return false;
        }
        int j = find(key, hash);
        if (j < 0) {
            return false;
        }
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    /** Inserts into a table known to hold no equal key and no dummies. */
    private static void insertClean(Object[] table, long[] hs, int m, Object key, long hash) {
        long perturb = hash;
        int i = (int) (hash & m);
        while (true) {
            if (table[i] == null) {
                table[i] = key;
                hs[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[i + j] == null) {
                        table[i + j] = key;
                        hs[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /** Rebuilds the table with the smallest size above {@code minUsed}, dropping dummies. */
    final void resize(long minUsed) {
        long newSize = MIN_SIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
            if (newSize > (1 << 30)) {
                throw PyErr.memoryError();
            }
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        int n = (int) newSize;
        Object[] table = new Object[n];
        long[] hs = new long[n];
        for (int i = 0; i < oldKeys.length; i++) {
            Object k = oldKeys[i];
            if (k != null && k != DUMMY) {
                insertClean(table, hs, n - 1, k, oldHashes[i]);
            }
        }
        keys = table;
        hashes = hs;
        mask = n - 1;
        fill = used;
    }

    final void clearTable() {
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
    }

    /** The slot of the next live entry at or after {@code pos}, or -1. */
    final int nextEntry(int pos) {
        Object[] table = keys;
        for (int i = pos; i < table.length; i++) {
            Object k = table[i];
            if (k != null && k != DUMMY) {
                return i;
            }
        }
        return -1;
    }

    /** {@code set.pop()}: the first live entry from the finger on. */
    final Object popKey() {
        if (used == 0) {
            throw PyErr.withArgs(Exceptions.KeyError, PyStr.of("pop from an empty set"));
        }
        int i = finger & mask;
        while (keys[i] == null || keys[i] == DUMMY) {
            i = i == mask ? 0 : i + 1;
        }
        Object key = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        return key;
    }

    /** Exchanges the tables of two sets ({@code set_swap_bodies}, for the in-place operators). */
    final void swapBodies(SetBase other) {
        Object[] k = keys;
        keys = other.keys;
        other.keys = k;
        long[] h = hashes;
        hashes = other.hashes;
        other.hashes = h;
        int t = mask;
        mask = other.mask;
        other.mask = t;
        t = fill;
        fill = other.fill;
        other.fill = t;
        t = used;
        used = other.used;
        other.used = t;
    }

    // ---- bulk insertion -----------------------------------------------------------------------

    /** Adds every entry of {@code other}, as CPython's {@code set_merge}. */
    final void merge(SetBase other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((long) (used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            System.arraycopy(other.keys, 0, keys, 0, keys.length);
            System.arraycopy(other.hashes, 0, hashes, 0, hashes.length);
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i < other.keys.length; i++) {
                Object k = other.keys[i];
                if (k != null && k != DUMMY) {
                    insertClean(keys, hashes, mask, k, other.hashes[i]);
                }
            }
            return;
        }
        Object[] ok = other.keys;
        long[] oh = other.hashes;
        for (int i = 0; i < ok.length; i++) {
            Object k = ok[i];
            if (k != null && k != DUMMY) {
                addEntry(k, oh[i]);
            }
        }
    }

    /** {@code set.update(iterable)} for one iterable. */
    final void updateFrom(Object iterable) {
        if (iterable instanceof SetBase s) {
            merge(s);
            return;
        }
        if (iterable.getClass() == PyDict.class) {
            PyDict d = (PyDict) iterable;
            int n = d.size();
            if ((long) (fill + n) * 5 >= (long) mask * 3) {
                resize((long) (used + n) * 2);
            }
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                addEntry(d.keyAt(e), d.hashAt(e));
            }
            return;
        }
        Sequences.forEach(iterable, this::addKey);
    }

    /** A snapshot of the live keys in table order. */
    final Object[] toArray() {
        Object[] out = new Object[used];
        int n = 0;
        for (Object k : keys) {
            if (k != null && k != DUMMY) {
                out[n++] = k;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
