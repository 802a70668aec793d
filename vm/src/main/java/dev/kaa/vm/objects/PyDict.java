package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Python's {@code dict}: an insertion-ordered hash table. As in CPython, entries sit in an
 * array in insertion order and a separate open-addressing index maps hashes to entry numbers,
 * probed with the perturbed recurrence {@code i = 5*i + 1 + perturb}. The sizes follow CPython's
 * (an index of 8 slots at first, two thirds of the index usable as entries, growth to hold
 * three times the live entries), so that iterators that see a dict change under them notice it
 * at the same moments ("dictionary keys changed during iteration").
 *
 * <p>Methods beyond the table: {@link DictUpdate} (update, merging), {@link DictViews} (keys,
 * values, items), {@link DictIterator}.
 *
 * <p>Thread safety: GIL-guarded.
 */
public class PyDict extends PyObject {
    public static final PyType TYPE = PyType.builtin("dict", PyDict.class, MethodHandles.lookup(),
            PyType.BASETYPE | PyType.MAPPING | PyType.UNHASHABLE);

    private static final int EMPTY = -1, DUMMY = -2;
    private static final int MIN_INDEX = 8;

    private int[] index;
    private Object[] keys;
    private Object[] values;
    private long[] hashes;
    /** Entries used, including deleted ones (whose key is null). */
    private int used;
    /**
     * Insertions left before the table must grow. Like CPython's {@code dk_usable} it is not
     * given back by deletions, so deleted index slots never fill the index.
     */
    private int usable;
    private int size;
    /** Changes on every insertion or deletion. */
    int version;

    public PyDict() {
        initEmpty();
    }

    private void initEmpty() {
        index = new int[MIN_INDEX];
        Arrays.fill(index, EMPTY);
        keys = new Object[usable(MIN_INDEX)];
        values = new Object[keys.length];
        hashes = new long[keys.length];
        used = 0;
        size = 0;
        usable = keys.length;
    }

    private static int usable(int indexSize) {
        return (indexSize << 1) / 3;
    }

    @Override public PyType type() {
        return TYPE;
    }

    public final int size() {
        return size;
    }

    /** The number of entry positions in use, deleted ones included (iteration bound). */
    final int entryCount() {
        return used;
    }

    private int find(Object key, long hash) {
        while (true) {
            int[] idx = index;
            int mask = idx.length - 1;
            long perturb = hash;
            int i = (int) (hash & mask);
            boolean restart = false;
            while (true) {
                int ix = idx[i];
                if (ix == EMPTY) {
                    return -1;
                }
                if (ix >= 0) {
                    Object k = keys[ix];
                    if (k == key) {
                        return ix;
                    }
                    if (hashes[ix] == hash && k != null) {
                        if (k instanceof PyStr a && key instanceof PyStr b && a.getClass() == PyStr.class
                                && b.getClass() == PyStr.class) {
                            if (a.value.equals(b.value)) {
                                return ix;
                            }
                        } else {
                            Object[] startKeys = keys;
                            boolean eq = Abstract.equals(k, key);
                            if (startKeys != keys || idx != index || keys[ix] != k) {
                                // The comparison changed this dict: CPython starts the lookup over.
                                restart = true;
                                break;
                            }
                            if (eq) {
                                return ix;
                            }
                        }
                    }
                }
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
            if (!restart) {
                return -1;
            }
        }
    }

    private int slotFor(int[] idx, long hash) {
        int mask = idx.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        // A deleted slot is reused, as CPython's find_empty_slot does.
        while (idx[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    /** The value under {@code key}, or null. */
    public final Object getItem(Object key) {
        if (size == 0) {
            Abstract.hash(key);
            return null;
        }
        int ix = find(key, Abstract.hash(key));
        return ix < 0 ? null : values[ix];
    }

    /** The value under a {@code str} key, with no call to Python code. */
    public final Object getItem(PyStr key) {
        if (size == 0) {
            return null;
        }
        int ix = find(key, key.pyHash());
        return ix < 0 ? null : values[ix];
    }

    /** The value under {@code key} whose hash is known, or null. */
    final Object getKnownHash(Object key, long hash) {
        if (size == 0) {
            return null;
        }
        int ix = find(key, hash);
        return ix < 0 ? null : values[ix];
    }

    final boolean containsKnownHash(Object key, long hash) {
        return getKnownHash(key, hash) != null;
    }

    public final void setItem(Object key, Object value) {
        setKnownHash(key, Abstract.hash(key), value);
    }

    final void setKnownHash(Object key, long hash, Object value) {
        int ix = size == 0 ? -1 : find(key, hash);
        if (ix >= 0) {
            values[ix] = value;
            return;
        }
        insertNew(key, hash, value);
    }

    private void insertNew(Object key, long hash, Object value) {
        if (usable <= 0 || used == keys.length) {
            resize(size * 3);
        }
        index[slotFor(index, hash)] = used;
        usable--;
        keys[used] = key;
        values[used] = value;
        hashes[used] = hash;
        used++;
        size++;
        version++;
    }

    /** Rebuilds with an index of the smallest power of two at least {@code minSize}, compacting entries. */
    private void resize(int minSize) {
        int n = MIN_INDEX;
        while (n < minSize) {
            n <<= 1;
        }
        int cap = usable(n);
        Object[] nk = new Object[cap];
        Object[] nv = new Object[cap];
        long[] nh = new long[cap];
        int[] idx = new int[n];
        Arrays.fill(idx, EMPTY);
        int j = 0;
        for (int i = 0; i < used; i++) {
            if (keys[i] != null) {
                nk[j] = keys[i];
                nv[j] = values[i];
                nh[j] = hashes[i];
                idx[slotFor(idx, nh[j])] = j;
                j++;
            }
        }
        keys = nk;
        values = nv;
        hashes = nh;
        index = idx;
        used = j;
        usable = cap - j;
    }

    /** Removes {@code key}; returns its value, or null when absent. */
    public final Object delItem(Object key) {
        long hash = Abstract.hash(key);
        if (size == 0) {
            return null;
        }
        int ix = find(key, hash);
        if (ix < 0) {
            return null;
        }
        return removeEntry(ix);
    }

    private Object removeEntry(int ix) {
        Object v = values[ix];
        long hash = hashes[ix];
        int mask = index.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (index[i] != ix) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        index[i] = DUMMY;
        keys[ix] = null;
        values[ix] = null;
        size--;
        version++;
        return v;
    }

    public final void clear() {
        initEmpty();
        version++;
    }

    /** The keys, in order (a snapshot). */
    public final List<Object> keys() {
        List<Object> out = new ArrayList<>(size);
        for (int i = 0; i < used; i++) {
            if (keys[i] != null) {
                out.add(keys[i]);
            }
        }
        return out;
    }

    /** Entry position iteration: the next used entry at or after {@code pos}, or -1. */
    public final int nextEntry(int pos) {
        for (int i = pos; i < used; i++) {
            if (keys[i] != null) {
                return i;
            }
        }
        return -1;
    }

    /** Backwards entry iteration: the last used entry at or before {@code pos}, or -1. */
    final int previousEntry(int pos) {
        for (int i = Math.min(pos, used - 1); i >= 0; i--) {
            if (keys[i] != null) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A number that changes whenever a key is added or removed (not when a value is replaced),
     * so a cached entry index stays valid while it is unchanged.
     */
    public final int keysVersion() {
        return version;
    }

    /** The entry index of a {@code str} key, or -1: for caches that then read {@link #valueAt}. */
    public final int entryOf(PyStr key) {
        return size == 0 ? -1 : find(key, key.pyHash());
    }

    public final Object keyAt(int entry) {
        return keys[entry];
    }

    public final Object valueAt(int entry) {
        return values[entry];
    }

    final long hashAt(int entry) {
        return hashes[entry];
    }

    /** A shallow copy (always an exact dict). */
    public final PyDict copy() {
        PyDict d = new PyDict();
        if (size > 0) {
            d.resize(size * 3 / 2 + 1);
        }
        for (int i = 0; i < used; i++) {
            if (keys[i] != null) {
                d.insertNew(keys[i], hashes[i], values[i]);
            }
        }
        return d;
    }

    /** Merges {@code other}'s entries ({@code dict.update} with a dict). */
    public final void update(PyDict other) {
        for (int i = 0; i < other.used; i++) {
            if (other.keys[i] != null) {
                setKnownHash(other.keys[i], other.hashes[i], other.values[i]);
            }
        }
    }

    /**
     * {@code d.update(arg)} for one positional argument: a dict, a mapping (anything with
     * {@code keys}), or an iterable of pairs.
     */
    public final void updateFrom(Object arg) {
        DictUpdate.updateArg(this, arg);
    }

    /** {@code PyDict_Merge}: copies a mapping's items ({@code keys()} then {@code m[k]}). */
    public final void mergeMapping(Object mapping) {
        DictUpdate.mergeMapping(this, mapping);
    }

    /** {@code popitem()}: removes the last entry and forgets the trailing deleted ones. */
    final PyTuple popLast() {
        if (size == 0) {
            throw PyErr.withArgs(Exceptions.KeyError, PyStr.of("popitem(): dictionary is empty"));
        }
        int i = previousEntry(used - 1);
        PyTuple r = PyTuple.of(keys[i], values[i]);
        removeEntry(i);
        used = i;
        return r;
    }

    // ---- Python methods -------------------------------------------------------------------------

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        return cls == TYPE ? new PyDict() : DelFinalizers.wanted(cls) ? new Derived.Finalizable(cls) : new Derived(cls);
    }

    @PyMethod
    void __init__(Object[] args, String[] kwnames) {
        DictUpdate.updateCall(this, "dict", args, kwnames);
    }

    @PyMethod
    void update(Object[] args, String[] kwnames) {
        DictUpdate.updateCall(this, "update", args, kwnames);
    }

    @PyMethod
    int __len__() {
        return size;
    }

    @PyMethod(coexist = true)
    Object __getitem__(Object key) {
        Object v = getItem(key);
        if (v == null) {
            if (getClass() != PyDict.class) {
                Fn.Binary missing = Abstract.typeOf(this).binary(Slot.__missing__);
                if (missing != null) {
                    return missing.call(this, key);
                }
            }
            throw PyErr.keyError(key);
        }
        return v;
    }

    @PyMethod
    void __setitem__(Object key, Object value) {
        setItem(key, value);
    }

    @PyMethod
    void __delitem__(Object key) {
        if (delItem(key) == null) {
            throw PyErr.keyError(key);
        }
    }

    @PyMethod(coexist = true)
    Object __contains__(Object key) {
        return PyBool.of(getItem(key) != null);
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of(Reprs.dict(this));
    }

    @PyMethod
    Object __iter__() {
        return new DictIterator(this, DictIterator.KEYS, false);
    }

    @PyMethod
    Object __reversed__() {
        return new DictIterator(this, DictIterator.KEYS, true);
    }

    @PyMethod
    Object __eq__(Object other) {
        return other instanceof PyDict d ? PyBool.of(DictUpdate.equal(this, d)) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __ne__(Object other) {
        return other instanceof PyDict d ? PyBool.of(!DictUpdate.equal(this, d)) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __or__(Object other) {
        if (!(other instanceof PyDict)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        PyDict r = copy();
        DictUpdate.updateArg(r, other);
        return r;
    }

    @PyMethod
    Object __ror__(Object other) {
        if (!(other instanceof PyDict d)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        PyDict r = d.copy();
        DictUpdate.updateArg(r, this);
        return r;
    }

    @PyMethod
    Object __ior__(Object other) {
        DictUpdate.updateArg(this, other);
        return this;
    }

    @PyMethod
    Object get(Object key, @Opt("None") Object dflt) {
        Object v = getItem(key);
        return v == null ? dflt : v;
    }

    @PyMethod
    Object setdefault(Object key, @Opt("None") Object dflt) {
        long h = Abstract.hash(key);
        // One lookup: __eq__ runs once, as CPython promises (bpo-13521).
        int ix = size == 0 ? -1 : find(key, h);
        if (ix >= 0) {
            return values[ix];
        }
        insertNew(key, h, dflt);
        return dflt;
    }

    @PyMethod
    Object pop(Object key, @Opt Object dflt) {
        Object v = delItem(key);
        if (v != null) {
            return v;
        }
        if (dflt == null) {
            throw PyErr.keyError(key);
        }
        return dflt;
    }

    @PyMethod
    Object popitem() {
        return popLast();
    }

    @PyMethod("clear")
    void clearMethod() {
        clear();
    }

    @PyMethod("copy")
    Object copyMethod() {
        return copy();
    }

    @PyMethod("keys")
    Object keysMethod() {
        return new DictViews.Keys(this);
    }

    @PyMethod
    Object values() {
        return new DictViews.Values(this);
    }

    @PyMethod
    Object items() {
        return new DictViews.Items(this);
    }

    @ClassMethod
    static Object fromkeys(PyType cls, Object iterable, @Opt("None") Object value) {
        return DictUpdate.fromKeys(cls, iterable, value);
    }

    @ClassMethod
    static Object __class_getitem__(PyType cls, Object item) {
        return GenericAlias.of(cls, item);
    }

    /** An instance of a Python subclass of {@code dict}. */
    static class Derived extends PyDict implements Instance {
        private PyType type;
        private PyDict dict;
        private final Object[] slots;

        Derived(PyType type) {
            this.type = type;
            this.dict = type.instancesHaveDict() ? new PyDict() : null;
            this.slots = type.slotCount() == 0 ? null : new Object[type.slotCount()];
        }

        /** An instance of a subclass with {@code __del__} ({@link DelFinalizers}). */
        static final class Finalizable extends Derived {
            /** The interpreter whose gc.collect() runs the __del__. */
            private final Object owner;

            Finalizable(PyType type) {
                super(type);
                DelFinalizers.created();
                owner = DelFinalizers.owner();
            }

            @Override
            @SuppressWarnings({"removal", "deprecation"})
            protected void finalize() {
                DelFinalizers.enqueue(owner, this);
            }
        }

        @Override public PyType type() {
            return type;
        }

        @Override public PyDict instanceDict() {
            return dict;
        }

        @Override public void setInstanceDict(PyDict dict) {
            this.dict = dict;
        }

        @Override public void setType(PyType type) {
            this.type = type;
        }

        @Override public Object[] slotValues() {
            return slots;
        }
    }
}
