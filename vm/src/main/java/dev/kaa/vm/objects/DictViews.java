package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * The live views {@code dict.keys()}, {@code dict.values()} and {@code dict.items()}. Keys and
 * items views are set-like: they compare with sets and views, and their {@code & | - ^} give
 * sets built in the order CPython builds them.
 *
 * <p>Thread safety: GIL-guarded (they read the dict).
 */
final class DictViews {
    private DictViews() {}

    /** What the three views share: the dict, its length, {@code mapping}, {@code repr}. */
    abstract static class View extends PyObject {
        final PyDict dict;

        View(PyDict dict) {
            this.dict = dict;
        }

        abstract int kind();

        final String viewRepr() {
            if (!Reprs.enter(this)) {
                return "...";
            }
            try {
                PyList items = new PyList();
                items.extend(this);
                return Abstract.typeOf(this).name() + "(" + Abstract.repr(items).value + ")";
            } finally {
                Reprs.leave(this);
            }
        }
    }

    /** {@code dict_keys}. */
    static final class Keys extends View {
        static final PyType TYPE = PyType.builtin("dict_keys", Keys.class, MethodHandles.lookup(), PyType.UNHASHABLE);

        Keys(PyDict dict) {
            super(dict);
        }

        @Override public PyType type() {
            return TYPE;
        }

        @Override int kind() {
            return DictIterator.KEYS;
        }

        @PyMethod
        int __len__() {
            return dict.size();
        }

        @PyMethod
        Object __iter__() {
            return new DictIterator(dict, DictIterator.KEYS, false);
        }

        @PyMethod
        Object __reversed__() {
            return new DictIterator(dict, DictIterator.KEYS, true);
        }

        @PyMethod
        Object __contains__(Object key) {
            return PyBool.of(dict.getItem(key) != null);
        }

        @PyGetter
        Object mapping() {
            return new MappingProxy(dict);
        }

        @PyMethod
        Object __repr__() {
            return PyStr.of(viewRepr());
        }

        @PyMethod
        boolean isdisjoint(Object other) {
            return DictViews.isDisjoint(this, other);
        }

        @PyMethod
        Object __and__(Object other) {
            return intersect(this, other);
        }

        @PyMethod
        Object __rand__(Object other) {
            return intersect(this, other);
        }

        @PyMethod
        Object __or__(Object other) {
            return or(this, other);
        }

        @PyMethod
        Object __ror__(Object other) {
            return or(other, this);
        }

        @PyMethod
        Object __sub__(Object other) {
            return sub(this, other);
        }

        @PyMethod
        Object __rsub__(Object other) {
            return sub(other, this);
        }

        @PyMethod
        Object __xor__(Object other) {
            return xor(this, other);
        }

        @PyMethod
        Object __rxor__(Object other) {
            return xor(other, this);
        }

        @PyMethod
        Object __eq__(Object other) {
            return compare(this, other, CompareOp.EQ);
        }

        @PyMethod
        Object __ne__(Object other) {
            return compare(this, other, CompareOp.NE);
        }

        @PyMethod
        Object __lt__(Object other) {
            return compare(this, other, CompareOp.LT);
        }

        @PyMethod
        Object __le__(Object other) {
            return compare(this, other, CompareOp.LE);
        }

        @PyMethod
        Object __gt__(Object other) {
            return compare(this, other, CompareOp.GT);
        }

        @PyMethod
        Object __ge__(Object other) {
            return compare(this, other, CompareOp.GE);
        }
    }

    /** {@code dict_items}. */
    static final class Items extends View {
        static final PyType TYPE = PyType.builtin("dict_items", Items.class, MethodHandles.lookup(), PyType.UNHASHABLE);

        Items(PyDict dict) {
            super(dict);
        }

        @Override public PyType type() {
            return TYPE;
        }

        @Override int kind() {
            return DictIterator.ITEMS;
        }

        @PyMethod
        int __len__() {
            return dict.size();
        }

        @PyMethod
        Object __iter__() {
            return new DictIterator(dict, DictIterator.ITEMS, false);
        }

        @PyMethod
        Object __reversed__() {
            return new DictIterator(dict, DictIterator.ITEMS, true);
        }

        @PyMethod
        Object __contains__(Object item) {
            return PyBool.of(itemsContains(dict, item));
        }

        @PyGetter
        Object mapping() {
            return new MappingProxy(dict);
        }

        @PyMethod
        Object __repr__() {
            return PyStr.of(viewRepr());
        }

        @PyMethod
        boolean isdisjoint(Object other) {
            return DictViews.isDisjoint(this, other);
        }

        @PyMethod
        Object __and__(Object other) {
            return intersect(this, other);
        }

        @PyMethod
        Object __rand__(Object other) {
            return intersect(this, other);
        }

        @PyMethod
        Object __or__(Object other) {
            return or(this, other);
        }

        @PyMethod
        Object __ror__(Object other) {
            return or(other, this);
        }

        @PyMethod
        Object __sub__(Object other) {
            return sub(this, other);
        }

        @PyMethod
        Object __rsub__(Object other) {
            return sub(other, this);
        }

        @PyMethod
        Object __xor__(Object other) {
            return xor(this, other);
        }

        @PyMethod
        Object __rxor__(Object other) {
            return xor(other, this);
        }

        @PyMethod
        Object __eq__(Object other) {
            return compare(this, other, CompareOp.EQ);
        }

        @PyMethod
        Object __ne__(Object other) {
            return compare(this, other, CompareOp.NE);
        }

        @PyMethod
        Object __lt__(Object other) {
            return compare(this, other, CompareOp.LT);
        }

        @PyMethod
        Object __le__(Object other) {
            return compare(this, other, CompareOp.LE);
        }

        @PyMethod
        Object __gt__(Object other) {
            return compare(this, other, CompareOp.GT);
        }

        @PyMethod
        Object __ge__(Object other) {
            return compare(this, other, CompareOp.GE);
        }
    }

    /** {@code dict_values}: not set-like, compared by identity. */
    static final class Values extends View {
        static final PyType TYPE = PyType.builtin("dict_values", Values.class, MethodHandles.lookup(), 0);

        Values(PyDict dict) {
            super(dict);
        }

        @Override public PyType type() {
            return TYPE;
        }

        @Override int kind() {
            return DictIterator.VALUES;
        }

        @PyMethod
        int __len__() {
            return dict.size();
        }

        @PyMethod
        Object __iter__() {
            return new DictIterator(dict, DictIterator.VALUES, false);
        }

        @PyMethod
        Object __reversed__() {
            return new DictIterator(dict, DictIterator.VALUES, true);
        }

        @PyGetter
        Object mapping() {
            return new MappingProxy(dict);
        }

        @PyMethod
        Object __repr__() {
            return PyStr.of(viewRepr());
        }
    }

    private static boolean isSetLike(Object o) {
        return o instanceof SetBase || o instanceof Keys || o instanceof Items;
    }

    static boolean itemsContains(PyDict dict, Object item) {
        if (!(item instanceof PyTuple t) || t.size() != 2) {
            return false;
        }
        Object found = dict.getItem(t.get(0));
        if (found == null) {
            return false;
        }
        Object v = t.get(1);
        return found == v || Abstract.equals(found, v);
    }

    /** {@code set(x)}, taking a keys view's dict directly, as CPython does. */
    private static PySet toSet(Object o) {
        PySet s = new PySet();
        s.updateFrom(o instanceof Keys k ? k.dict : o);
        return s;
    }

    private static Object or(Object a, Object b) {
        PySet r = toSet(a);
        r.updateFrom(b);
        return r;
    }

    private static Object sub(Object a, Object b) {
        PySet r = toSet(a);
        SetOps.differenceUpdate(r, b);
        return r;
    }

    private static Object xor(Object a, Object b) {
        if (a instanceof Items x && b instanceof Items y) {
            return itemsXor(x.dict, y.dict);
        }
        PySet r = toSet(a);
        SetOps.symmetricDifferenceUpdate(r, b);
        return r;
    }

    /**
     * {@code a.items() ^ b.items()} as CPython builds it: first the pairs of {@code b} that
     * {@code a} lacks (or holds with another value), then what is left of {@code a}.
     */
    private static Object itemsXor(PyDict a, PyDict b) {
        PyDict left = a.copy();
        PySet result = new PySet();
        for (int e = b.nextEntry(0); e >= 0; e = b.nextEntry(e + 1)) {
            Object key = b.keyAt(e), v2 = b.valueAt(e);
            long h = b.hashAt(e);
            Object v1 = left.getKnownHash(key, h);
            if (v1 != null && (v1 == v2 || Abstract.equals(v1, v2))) {
                left.delItem(key);
            } else {
                result.addKey(PyTuple.of(key, v2));
            }
        }
        for (int e = left.nextEntry(0); e >= 0; e = left.nextEntry(e + 1)) {
            result.addKey(PyTuple.of(left.keyAt(e), left.valueAt(e)));
        }
        return result;
    }

    /** {@code view & other}, either way round. */
    private static Object intersect(View self, Object other) {
        int lenSelf = self.dict.size();
        if (other.getClass() == PySet.class && lenSelf <= ((PySet) other).size()) {
            return SetOps.intersectionMulti((PySet) other, new Object[] {self});
        }
        View probe = self;
        Object walk = other;
        if (other instanceof Keys || other instanceof Items) {
            View ov = (View) other;
            if (ov.dict.size() > lenSelf) {
                probe = ov;
                walk = self;
            }
        }
        PySet result = new PySet();
        Object it = Abstract.iter(walk);
        Object k;
        while ((k = Abstract.next(it)) != null) {
            boolean in = probe instanceof Keys ? probe.dict.getItem(k) != null : itemsContains(probe.dict, k);
            if (in) {
                result.addKey(k);
            }
        }
        return result;
    }

    private static boolean isDisjoint(View self, Object other) {
        if (self == other) {
            return self.dict.size() == 0;
        }
        Object container = self;
        Object walk = other;
        if (isSetLike(other) && Abstract.len(other) > self.dict.size()) {
            container = other;
            walk = self;
        }
        Object it = Abstract.iter(walk);
        Object k;
        while ((k = Abstract.next(it)) != null) {
            if (Abstract.contains(container, k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allContainedIn(Object a, Object b) {
        Object it = Abstract.iter(a);
        Object k;
        while ((k = Abstract.next(it)) != null) {
            if (!Abstract.contains(b, k)) {
                return false;
            }
        }
        return true;
    }

    private static Object compare(View self, Object other, CompareOp op) {
        if (!isSetLike(other)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        int a = self.dict.size(), b = Abstract.len(other);
        boolean r = switch (op) {
            case EQ, NE -> a == b && allContainedIn(self, other);
            case LT -> a < b && allContainedIn(self, other);
            case LE -> a <= b && allContainedIn(self, other);
            case GT -> a > b && allContainedIn(other, self);
            case GE -> a >= b && allContainedIn(other, self);
        };
        return PyBool.of(op == CompareOp.NE ? !r : r);
    }
}
