package dev.kaa.vm.objects;

/**
 * The algebra of {@code set} and {@code frozenset}: union, intersection, differences, subset
 * tests, comparison, {@code repr} and {@code frozenset}'s hash. Each follows the iteration and
 * insertion order CPython uses (which set is walked, which is probed, when the table is resized),
 * because that order decides the order of the result when it is printed.
 *
 * <p>Thread safety: stateless; the sets are GIL-guarded.
 */
final class SetOps {
    private SetOps() {}

    /** {@code frozenset(x)} or {@code set(x)} when {@code x} is not a set already (for the methods that accept any iterable). */
    static SetBase asSet(Object o) {
        if (o instanceof SetBase s) {
            return s;
        }
        PySet s = new PySet();
        s.updateFrom(o);
        return s;
    }

    static SetBase copy(SetBase so) {
        SetBase r = so.emptyOfBaseType();
        r.merge(so);
        return r;
    }

    /** Looks up {@code key}; an unhashable {@code set} is looked up as the equal frozenset. */
    static boolean contains(SetBase so, Object key) {
        long h;
        try {
            h = Abstract.hash(key);
        } catch (PyException e) {
            if (!(key instanceof PySet s) || !e.matches(Exceptions.TypeError)) {
                throw e;
            }
            PyFrozenSet f = new PyFrozenSet();
            f.merge(s);
            return so.containsEntry(f, f.hash());
        }
        return so.containsEntry(key, h);
    }

    /** Discards {@code key} with the frozenset retry of {@link #contains}; true when found. */
    static boolean discard(SetBase so, Object key) {
        long h;
        try {
            h = Abstract.hash(key);
        } catch (PyException e) {
            if (!(key instanceof PySet s) || !e.matches(Exceptions.TypeError)) {
                throw e;
            }
            PyFrozenSet f = new PyFrozenSet();
            f.merge(s);
            return so.discardEntry(f, f.hash());
        }
        return so.discardEntry(key, h);
    }

    static SetBase union(SetBase so, Object[] others) {
        SetBase r = copy(so);
        for (Object o : others) {
            if (o != so) {
                r.updateFrom(o);
            }
        }
        return r;
    }

    static SetBase intersection(SetBase so, Object other) {
        if (other == so) {
            return copy(so);
        }
        SetBase result = so.emptyOfBaseType();
        if (other instanceof SetBase os) {
            SetBase big = so, small = os;
            if (os.used > so.used) {
                big = os;
                small = so;
            }
            for (int i = small.nextEntry(0); i >= 0; i = small.nextEntry(i + 1)) {
                Object k = small.keys[i];
                long h = small.hashes[i];
                if (big.containsEntry(k, h)) {
                    result.addEntry(k, h);
                }
            }
            return result;
        }
        Object it = Abstract.iter(other);
        Object k;
        while ((k = Abstract.next(it)) != null) {
            long h = Abstract.hash(k);
            if (so.containsEntry(k, h)) {
                result.addEntry(k, h);
            }
        }
        return result;
    }

    static SetBase intersectionMulti(SetBase so, Object[] others) {
        SetBase r = so;
        if (others.length == 0) {
            return copy(so);
        }
        for (Object o : others) {
            r = intersection(r, o);
        }
        return r;
    }

    static void intersectionUpdate(SetBase so, Object[] others) {
        SetBase tmp = intersectionMulti(so, others);
        so.swapBodies(tmp);
    }

    static SetBase difference(SetBase so, Object other) {
        int otherSize;
        if (other instanceof SetBase os) {
            otherSize = os.used;
        } else if (other.getClass() == PyDict.class) {
            otherSize = ((PyDict) other).size();
        } else {
            return copyAndDifference(so, other);
        }
        if ((so.used >> 2) > otherSize) {
            return copyAndDifference(so, other);
        }
        SetBase result = so.emptyOfBaseType();
        for (int i = so.nextEntry(0); i >= 0; i = so.nextEntry(i + 1)) {
            Object k = so.keys[i];
            long h = so.hashes[i];
            boolean in = other instanceof SetBase os ? os.containsEntry(k, h) : ((PyDict) other).containsKnownHash(k, h);
            if (!in) {
                result.addEntry(k, h);
            }
        }
        return result;
    }

    private static SetBase copyAndDifference(SetBase so, Object other) {
        SetBase r = copy(so);
        differenceUpdate(r, other);
        return r;
    }

    static void differenceUpdate(SetBase so, Object other) {
        if (other == so) {
            so.clearTable();
            return;
        }
        if (other instanceof SetBase os) {
            if ((os.used >> 3) > so.used) {
                os = intersection(so, os);
            }
            for (int i = os.nextEntry(0); i >= 0; i = os.nextEntry(i + 1)) {
                so.discardEntry(os.keys[i], os.hashes[i]);
            }
        } else {
            Object it = Abstract.iter(other);
            Object k;
            while ((k = Abstract.next(it)) != null) {
                discard(so, k);
            }
        }
        if ((so.fill - so.used) > so.mask / 4) {
            so.resize(so.used > 50000 ? so.used * 2L : so.used * 4L);
        }
    }

    static SetBase differenceMulti(SetBase so, Object[] others) {
        if (others.length == 0) {
            return copy(so);
        }
        SetBase r = difference(so, others[0]);
        for (int i = 1; i < others.length; i++) {
            differenceUpdate(r, others[i]);
        }
        return r;
    }

    static void symmetricDifferenceUpdate(SetBase so, Object other) {
        if (other == so) {
            so.clearTable();
            return;
        }
        if (other.getClass() == PyDict.class) {
            PyDict d = (PyDict) other;
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                Object k = d.keyAt(e);
                long h = d.hashAt(e);
                if (!so.discardEntry(k, h)) {
                    so.addEntry(k, h);
                }
            }
            return;
        }
        SetBase os;
        if (other instanceof SetBase s) {
            os = s;
        } else {
            os = so.emptyOfBaseType();
            os.updateFrom(other);
        }
        for (int i = os.nextEntry(0); i >= 0; i = os.nextEntry(i + 1)) {
            Object k = os.keys[i];
            long h = os.hashes[i];
            if (!so.discardEntry(k, h)) {
                so.addEntry(k, h);
            }
        }
    }

    static SetBase symmetricDifference(SetBase so, Object other) {
        SetBase result = so.emptyOfBaseType();
        result.updateFrom(other);
        symmetricDifferenceUpdate(result, so);
        return result;
    }

    static boolean isSubset(SetBase so, Object other) {
        if (!(other instanceof SetBase os)) {
            return isSubset(so, asSet(other));
        }
        if (so.used > os.used) {
            return false;
        }
        for (int i = so.nextEntry(0); i >= 0; i = so.nextEntry(i + 1)) {
            if (!os.containsEntry(so.keys[i], so.hashes[i])) {
                return false;
            }
        }
        return true;
    }

    static boolean isSuperset(SetBase so, Object other) {
        if (other instanceof SetBase os) {
            return isSubset(os, so);
        }
        Object it = Abstract.iter(other);
        Object k;
        while ((k = Abstract.next(it)) != null) {
            if (!so.containsEntry(k, Abstract.hash(k))) {
                return false;
            }
        }
        return true;
    }

    static boolean isDisjoint(SetBase so, Object other) {
        if (other == so) {
            return so.used == 0;
        }
        if (other instanceof SetBase os) {
            SetBase big = so, small = os;
            if (os.used > so.used) {
                big = os;
                small = so;
            }
            for (int i = small.nextEntry(0); i >= 0; i = small.nextEntry(i + 1)) {
                if (big.containsEntry(small.keys[i], small.hashes[i])) {
                    return false;
                }
            }
            return true;
        }
        Object it = Abstract.iter(other);
        Object k;
        while ((k = Abstract.next(it)) != null) {
            if (so.containsEntry(k, Abstract.hash(k))) {
                return false;
            }
        }
        return true;
    }

    /** The rich comparison of two sets; {@code NotImplemented} unless {@code other} is one. */
    static Object compare(SetBase so, Object other, CompareOp op) {
        if (!(other instanceof SetBase os)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return switch (op) {
            case EQ -> PyBool.of(equal(so, os));
            case NE -> PyBool.of(!equal(so, os));
            case LE -> PyBool.of(isSubset(so, os));
            case GE -> PyBool.of(isSubset(os, so));
            case LT -> PyBool.of(so.used < os.used && isSubset(so, os));
            case GT -> PyBool.of(so.used > os.used && isSubset(os, so));
        };
    }

    private static boolean equal(SetBase a, SetBase b) {
        if (a.used != b.used) {
            return false;
        }
        if (a instanceof PyFrozenSet fa && b instanceof PyFrozenSet fb && fa.hashKnown() && fb.hashKnown()
                && fa.hash() != fb.hash()) {
            return false;
        }
        return isSubset(a, b);
    }

    /** {@code repr}: {@code {1, 2}}, {@code set()}, {@code frozenset({1})}, {@code Sub({1})}. */
    static String repr(SetBase so) {
        String name = Abstract.typeOf(so).name();
        boolean plainSet = Abstract.typeOf(so) == PySet.TYPE;
        if (so.used == 0) {
            return name + "()";
        }
        if (!Reprs.enter(so)) {
            return name + "(...)";
        }
        try {
            StringBuilder sb = new StringBuilder();
            if (!plainSet) {
                sb.append(name).append('(');
            }
            sb.append('{');
            Object[] items = so.toArray();
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Reprs.item(items[i]));
            }
            sb.append('}');
            if (!plainSet) {
                sb.append(')');
            }
            return sb.toString();
        } finally {
            Reprs.leave(so);
        }
    }

    private static long shuffle(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** The hash of a frozenset: independent of order, equal to CPython's for equal elements. */
    static long frozenHash(SetBase so) {
        long hash = 0;
        for (int i = so.nextEntry(0); i >= 0; i = so.nextEntry(i + 1)) {
            hash ^= shuffle(so.hashes[i]);
        }
        hash ^= ((long) so.used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }
}
