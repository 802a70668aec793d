package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * {@code filter(function, iterable)}: the items for which {@code function(item)} is true, or,
 * with {@code None} (or {@code bool}) as the function, the items that are true themselves.
 *
 * <p>Thread safety: GIL-guarded.
 */
public class PyFilter extends BuiltinIterator {
    public static final PyType TYPE = PyType.builtin("filter", PyFilter.class, MethodHandles.lookup());

    private Object function;
    private Object iterator;

    PyFilter() {}

    @Override public PyType type() {
        return TYPE;
    }

    /** {@code filter(function, iterable)}. */
    public static PyFilter of(Object function, Object iterable) {
        PyFilter f = new PyFilter();
        f.function = function;
        f.iterator = Abstract.iter(iterable);
        return f;
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (nkw > 0 && !PyMap.initOverridden(cls)) {
            throw PyErr.typeError("filter() takes no keyword arguments");
        }
        int npos = args.length - nkw;
        if (npos != 2) {
            throw PyErr.typeError("filter expected 2 arguments, got %d", npos);
        }
        PyFilter f = cls == TYPE ? new PyFilter() : new Derived(cls);
        f.function = args[0];
        f.iterator = Abstract.iter(args[1]);
        return f;
    }

    @PyMethod
    Object __iter__() {
        return this;
    }

    @Override Object advance() {
        // bool as the function is the identity test too: calling it could only agree.
        boolean truthOnly = function == PyNone.NONE || function == PyBool.TYPE;
        Object item;
        while ((item = Abstract.next(iterator)) != null) {
            boolean keep = truthOnly ? Abstract.isTrue(item) : Abstract.isTrue(Abstract.call(function, item));
            if (keep) {
                return item;
            }
        }
        return null;
    }

    @PyMethod
    Object __reduce__() {
        return PyTuple.of(Abstract.typeOf(this), PyTuple.of(function, iterator));
    }

    /** An instance of a Python subclass of {@code filter}. */
    static final class Derived extends PyFilter implements Instance {
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
