package dev.kaa.vm.objects;

/**
 * Filling a dict from other objects as {@code dict(...)}, {@code dict.update}, {@code |=} and
 * {@code dict.fromkeys} do, and dict equality: a dict is merged entry by entry, another
 * object with a {@code keys} method as a mapping, anything else as an iterable of pairs,
 * with CPython's messages for malformed pairs.
 *
 * <p>Thread safety: stateless; the dicts are GIL-guarded.
 */
final class DictUpdate {
    private DictUpdate() {}

    private static final PyStr KEYS = PyStr.intern("keys");

    /** {@code dict(*args, **kw)} and {@code d.update(*args, **kw)}; {@code name} is for messages. */
    static void updateCall(PyDict d, String name, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos > 1) {
            throw PyErr.typeError("%s expected at most 1 argument, got %d", name, npos);
        }
        if (npos == 1) {
            updateArg(d, args[0]);
        }
        for (int i = 0; i < nkw; i++) {
            d.setItem(PyStr.of(kwnames[i]), args[npos + i]);
        }
    }

    /** Merges one positional argument: a mapping, or an iterable of key/value pairs. */
    static void updateArg(PyDict d, Object arg) {
        if (arg.getClass() == PyDict.class) {
            mergeDict(d, (PyDict) arg);
            return;
        }
        if (Abstract.lookupAttr(arg, KEYS) != null) {
            mergeMapping(d, arg);
            return;
        }
        mergePairs(d, arg);
    }

    private static void mergeDict(PyDict d, PyDict other) {
        if (other == d) {
            return;
        }
        int n = other.size();
        int version = other.version;
        for (int e = other.nextEntry(0); e >= 0; e = other.nextEntry(e + 1)) {
            d.setKnownHash(other.keyAt(e), other.hashAt(e), other.valueAt(e));
            if (other.version != version || other.size() != n) {
                throw PyErr.runtimeError("dict mutated during update");
            }
        }
    }

    /** {@code PyDict_Merge} with a mapping: {@code for k in m.keys(): d[k] = m[k]}. */
    static void mergeMapping(PyDict d, Object mapping) {
        if (mapping instanceof PyDict other && Abstract.typeOf(other).lookup(PyStr.intern("__iter__"))
                == PyDict.TYPE.dict().getItem(PyStr.intern("__iter__"))) {
            mergeDict(d, other);
            return;
        }
        Object keys = Abstract.callMethod(mapping, "keys");
        Object it;
        try {
            it = Abstract.iter(keys);
        } catch (PyException e) {
            if (!e.matches(Exceptions.TypeError)) {
                throw e;
            }
            // CPython replaces any TypeError of iter(keys), unchained.
            throw PyErr.typeError("%T.keys() returned a non-iterable (type %T)", mapping, keys);
        }
        Object k;
        while ((k = Abstract.next(it)) != null) {
            d.setItem(k, Abstract.getItem(mapping, k));
        }
    }

    private static void mergePairs(PyDict d, Object seq) {
        Object it = Abstract.iter(seq);
        Object item;
        long i = 0;
        while ((item = Abstract.next(it)) != null) {
            Object[] pair;
            try {
                pair = asArray(item);
            } catch (PyException e) {
                if (e.matches(Exceptions.TypeError)) {
                    throw PyErr.typeError("cannot convert dictionary update sequence element #%d to a sequence", i);
                }
                throw e;
            }
            if (pair.length != 2) {
                throw PyErr.valueError("dictionary update sequence element #%d has length %d; 2 is required",
                        i, pair.length);
            }
            d.setItem(pair[0], pair[1]);
            i++;
        }
    }

    /** {@code PySequence_Fast}: the items of a list or tuple, else of any iterable. */
    private static Object[] asArray(Object o) {
        if (o.getClass() == PyTuple.class) {
            return ((PyTuple) o).items;
        }
        if (o.getClass() == PyList.class) {
            return ((PyList) o).toArray();
        }
        PyList l = new PyList();
        l.extend(o);
        return l.toArray();
    }

    /** {@code dict.fromkeys(iterable, value)} for class {@code cls}. */
    static Object fromKeys(PyType cls, Object iterable, Object value) {
        Object d = Abstract.call(cls);
        if (d.getClass() == PyDict.class) {
            PyDict dict = (PyDict) d;
            if (iterable.getClass() == PyDict.class) {
                PyDict src = (PyDict) iterable;
                for (int e = src.nextEntry(0); e >= 0; e = src.nextEntry(e + 1)) {
                    dict.setKnownHash(src.keyAt(e), src.hashAt(e), value);
                }
                return dict;
            }
            if (iterable instanceof SetBase s) {
                for (int i = s.nextEntry(0); i >= 0; i = s.nextEntry(i + 1)) {
                    dict.setKnownHash(s.keys[i], s.hashes[i], value);
                }
                return dict;
            }
            Sequences.forEach(iterable, k -> dict.setItem(k, value));
            return dict;
        }
        Sequences.forEach(iterable, k -> Abstract.setItem(d, k, value));
        return d;
    }

    /** {@code a == b} for two dicts: the same keys with equal values (identity counts as equal). */
    static boolean equal(PyDict a, PyDict b) {
        if (a == b) {
            return true;
        }
        if (a.size() != b.size()) {
            return false;
        }
        try {
            for (int e = a.nextEntry(0); e >= 0; e = a.nextEntry(e + 1)) {
                Object key = a.keyAt(e);
                Object av = a.valueAt(e);
                Object bv = b.getKnownHash(key, a.hashAt(e));
                if (bv == null) {
                    return false;
                }
                if (av != bv && !Abstract.equals(av, bv)) {
                    return false;
                }
                if (e >= a.entryCount()) {
                    break;
                }
            }
            return true;
        } catch (StackOverflowError overflow) {
            throw PyErr.recursionError("maximum recursion depth exceeded in comparison");
        }
    }
}
