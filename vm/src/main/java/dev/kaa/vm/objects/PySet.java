package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * Python's {@code set}: a mutable {@link SetBase} table. Results of the operators are plain sets
 * even for subclasses, as in CPython.
 *
 * <p>Thread safety: GIL-guarded.
 */
public class PySet extends SetBase {
    public static final PyType TYPE = PyType.builtin("set", PySet.class, MethodHandles.lookup(),
            PyType.BASETYPE | PyType.UNHASHABLE).withDoc(TypeDocs.SET);

    public PySet() {}

    /** A set of the items of {@code iterable}. */
    public static PySet of(Object iterable) {
        PySet s = new PySet();
        s.updateFrom(iterable);
        return s;
    }

    @Override public PyType type() {
        return TYPE;
    }

    @Override SetBase emptyOfBaseType() {
        return new PySet();
    }

    /** Adds {@code key} (the {@code add} method, for Java callers). */
    public final void addItem(Object key) {
        addKey(key);
    }

    /** Adds every item of {@code iterable} ({@code set.update} with one argument, {@code SET_UPDATE}). */
    public final void updateWith(Object iterable) {
        updateFrom(iterable);
    }

    /** Removes and returns an arbitrary item, or raises {@code KeyError} when empty. */
    public final Object popItem() {
        return popKey();
    }

    /** True when {@code key} is in the set. */
    public final boolean has(Object key) {
        return SetOps.contains(this, key);
    }

    /** The keys in iteration order (a snapshot). */
    public final Object[] items() {
        return toArray();
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        if (cls == TYPE && kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("set() takes no keyword arguments");
        }
        return cls == TYPE ? new PySet() : new Derived(cls);
    }

    @PyMethod
    void __init__(Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("set() takes no keyword arguments");
        }
        if (args.length > 1) {
            throw PyErr.typeError("%s expected at most 1 argument, got %d", Abstract.typeOf(this).name(), args.length);
        }
        if (fill > 0) {
            clearTable();
        }
        if (args.length == 1) {
            updateFrom(args[0]);
        }
    }

    @PyMethod
    void add(Object key) {
        addKey(key);
    }

    @PyMethod
    void discard(Object key) {
        SetOps.discard(this, key);
    }

    @PyMethod
    void remove(Object key) {
        if (!SetOps.discard(this, key)) {
            throw PyErr.keyError(key);
        }
    }

    @PyMethod
    Object pop() {
        return popKey();
    }

    @PyMethod
    void clear() {
        clearTable();
    }

    @PyMethod
    Object copy() {
        return SetOps.copy(this);
    }

    @PyMethod
    void update(@Star Object[] others) {
        for (Object o : others) {
            updateFrom(o);
        }
    }

    @PyMethod
    void difference_update(@Star Object[] others) {
        for (Object o : others) {
            SetOps.differenceUpdate(this, o);
        }
    }

    @PyMethod
    void intersection_update(@Star Object[] others) {
        SetOps.intersectionUpdate(this, others);
    }

    @PyMethod
    void symmetric_difference_update(Object other) {
        SetOps.symmetricDifferenceUpdate(this, other);
    }

    @PyMethod
    Object __ior__(Object other) {
        if (!(other instanceof SetBase)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        updateFrom(other);
        return this;
    }

    @PyMethod
    Object __iand__(Object other) {
        if (!(other instanceof SetBase)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        SetOps.intersectionUpdate(this, new Object[] {other});
        return this;
    }

    @PyMethod
    Object __isub__(Object other) {
        if (!(other instanceof SetBase)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        SetOps.differenceUpdate(this, other);
        return this;
    }

    @PyMethod
    Object __ixor__(Object other) {
        if (!(other instanceof SetBase)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        SetOps.symmetricDifferenceUpdate(this, other);
        return this;
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

    /** An instance of a Python subclass of {@code set}. */
    static final class Derived extends PySet implements Instance {
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
