package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * {@code map(function, iterable, *iterables)}: {@code function} applied to the items of the
 * iterables taken side by side, ending with the shortest (3.13 has no {@code strict}).
 *
 * <p>Thread safety: GIL-guarded.
 */
public class PyMap extends BuiltinIterator {
    public static final PyType TYPE = PyType.builtin("map", PyMap.class, MethodHandles.lookup());

    private Object function;
    private Object[] iterators;

    PyMap() {}

    @Override public PyType type() {
        return TYPE;
    }

    /** {@code map(function, *iterables)}; at least one iterable. */
    public static PyMap of(Object function, Object... iterables) {
        PyMap m = new PyMap();
        Object[] args = new Object[iterables.length + 1];
        args[0] = function;
        System.arraycopy(iterables, 0, args, 1, iterables.length);
        m.init(args);
        return m;
    }

    private void init(Object[] args) {
        if (args.length < 2) {
            throw PyErr.typeError("map() must have at least two arguments.");
        }
        Object[] its = new Object[args.length - 1];
        for (int i = 0; i < its.length; i++) {
            its[i] = Abstract.iter(args[i + 1]);
        }
        function = args[0];
        iterators = its;
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0 && !PyMap.initOverridden(cls)) {
            throw PyErr.typeError("map() takes no keyword arguments");
        }
        PyMap m = cls == TYPE ? new PyMap() : new Derived(cls);
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        m.init(npos == args.length ? args : java.util.Arrays.copyOf(args, npos));
        return m;
    }

    /**
     * True when {@code cls} (a subclass of map, filter or reversed) has an {@code __init__} of
     * its own: such a subclass may take keyword arguments, which the built-in refuses.
     */
    static boolean initOverridden(PyType cls) {
        PyStr init = PyStr.intern("__init__");
        return cls.lookup(init) != PyType.OBJECT.lookup(init);
    }

    @PyMethod
    Object __iter__() {
        return this;
    }

    @Override Object advance() {
        if (iterators.length == 1) {
            Object item = Abstract.next(iterators[0]);
            if (item == null) {
                return null;
            }
            return Abstract.call(function, item);
        }
        Object[] items = new Object[iterators.length];
        for (int i = 0; i < items.length; i++) {
            Object item = Abstract.next(iterators[i]);
            if (item == null) {
                return null;
            }
            items[i] = item;
        }
        return Abstract.call(function, items, null);
    }

    @PyMethod
    Object __reduce__() {
        Object[] args = new Object[iterators.length + 1];
        args[0] = function;
        System.arraycopy(iterators, 0, args, 1, iterators.length);
        return PyTuple.of(Abstract.typeOf(this), new PyTuple(args));
    }

    /** An instance of a Python subclass of {@code map}. */
    static final class Derived extends PyMap implements Instance {
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
