package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * Python's {@code frozenset}: an immutable, hashable {@link SetBase}. Its hash is computed once,
 * by CPython's order-independent formula, so equal frozensets hash alike across the two
 * implementations.
 *
 * <p>Thread safety: immutable once built (the hash cache is a benign race).
 */
public class PyFrozenSet extends SetBase {
    public static final PyType TYPE = PyType.builtin("frozenset", PyFrozenSet.class, MethodHandles.lookup(),
            PyType.BASETYPE).withDoc(TypeDocs.FROZENSET);

    private long hash;
    private boolean hashKnown;

    public PyFrozenSet() {}

    /** A frozenset of the items of {@code iterable}. */
    public static PyFrozenSet of(Object iterable) {
        PyFrozenSet s = new PyFrozenSet();
        s.updateFrom(iterable);
        return s;
    }

    @Override public PyType type() {
        return TYPE;
    }

    @Override SetBase emptyOfBaseType() {
        return new PyFrozenSet();
    }

    /** True when {@code key} is in the set. */
    public final boolean has(Object key) {
        return SetOps.contains(this, key);
    }

    /** The keys in iteration order (a snapshot). */
    public final Object[] items() {
        return toArray();
    }

    final boolean hashKnown() {
        return hashKnown;
    }

    final long hash() {
        if (!hashKnown) {
            hash = SetOps.frozenHash(this);
            hashKnown = true;
        }
        return hash;
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0 && Sequences.initIsObjects(cls)) {
            throw PyErr.typeError("frozenset() takes no keyword arguments");
        }
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos > 1) {
            throw PyErr.typeError("%s expected at most 1 argument, got %d", cls.name(), npos);
        }
        if (cls == TYPE && npos == 1 && args[0].getClass() == PyFrozenSet.class) {
            return args[0];
        }
        PyFrozenSet s = cls == TYPE ? new PyFrozenSet() : new Derived(cls);
        if (npos == 1) {
            s.updateFrom(args[0]);
        }
        return s;
    }

    @PyMethod
    long __hash__() {
        return hash();
    }

    @PyMethod
    Object copy() {
        return getClass() == PyFrozenSet.class ? this : SetOps.copy(this);
    }

    @PyMethod
    int __len__() {
        return used;
    }

    @PyMethod(coexist = true)
    Object __contains__(Object key) {
        return PyBool.of(SetOps.contains(this, key));
    }

    @PyMethod
    Object __iter__() {
        return new SetIterator(this);
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of(SetOps.repr(this));
    }

    @PyMethod
    Object difference(@Star Object[] others) {
        return SetOps.differenceMulti(this, others);
    }

    @PyMethod
    Object intersection(@Star Object[] others) {
        return SetOps.intersectionMulti(this, others);
    }

    @PyMethod
    Object union(@Star Object[] others) {
        return SetOps.union(this, others);
    }

    @PyMethod
    Object symmetric_difference(Object other) {
        return SetOps.symmetricDifference(this, other);
    }

    @PyMethod
    boolean isdisjoint(Object other) {
        return SetOps.isDisjoint(this, other);
    }

    @PyMethod
    boolean issubset(Object other) {
        return SetOps.isSubset(this, other);
    }

    @PyMethod
    boolean issuperset(Object other) {
        return SetOps.isSuperset(this, other);
    }

    @PyMethod
    Object __or__(Object other) {
        return other instanceof SetBase o ? SetOps.union(this, new Object[] {o}) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __ror__(Object other) {
        return other instanceof SetBase o ? SetOps.union(o, new Object[] {this}) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __and__(Object other) {
        return other instanceof SetBase o ? SetOps.intersection(this, o) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __rand__(Object other) {
        return other instanceof SetBase o ? SetOps.intersection(o, this) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __sub__(Object other) {
        return other instanceof SetBase o ? SetOps.difference(this, o) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __rsub__(Object other) {
        return other instanceof SetBase o ? SetOps.difference(o, this) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __xor__(Object other) {
        return other instanceof SetBase o ? SetOps.symmetricDifference(this, o) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __rxor__(Object other) {
        return other instanceof SetBase o ? SetOps.symmetricDifference(o, this) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __eq__(Object other) {
        return SetOps.compare(this, other, CompareOp.EQ);
    }

    @PyMethod
    Object __ne__(Object other) {
        return SetOps.compare(this, other, CompareOp.NE);
    }

    @PyMethod
    Object __lt__(Object other) {
        return SetOps.compare(this, other, CompareOp.LT);
    }

    @PyMethod
    Object __le__(Object other) {
        return SetOps.compare(this, other, CompareOp.LE);
    }

    @PyMethod
    Object __gt__(Object other) {
        return SetOps.compare(this, other, CompareOp.GT);
    }

    @PyMethod
    Object __ge__(Object other) {
        return SetOps.compare(this, other, CompareOp.GE);
    }

    @ClassMethod
    static Object __class_getitem__(PyType cls, Object item) {
        return GenericAlias.of(cls, item);
    }

    @PyMethod
    Object __reduce__() {
        Object state = this instanceof HasDict h && h.instanceDict() != null ? h.instanceDict() : PyNone.NONE;
        return PyTuple.of(Abstract.typeOf(this), PyTuple.of(new PyList(toArray())), state);
    }

    /** An instance of a Python subclass of {@code frozenset}. */
    static final class Derived extends PyFrozenSet implements Instance {
        private PyType type;
        private PyDict dict;
        private final Object[] slots;

        Derived(PyType type) {
            this.type = type;
            this.dict = type.instancesHaveDict() ? new PyDict() : null;
            this.slots = type.slotCount() == 0 ? null : new Object[type.slotCount()];
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
