package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code types.UnionType}: {@code int | str}.
 *
 * <p>Thread safety: immutable.
 */
public final class UnionType extends PyObject {
    public static final PyType TYPE = PyType.builtin("types.UnionType", UnionType.class, MethodHandles.lookup(), 0);

    private final PyTuple args;

    private UnionType(PyTuple args) {
        this.args = args;
    }

    @Override public PyType type() {
        return TYPE;
    }

    PyTuple args() {
        return args;
    }

    /** {@code a | b}, or NotImplemented when either side cannot be part of a union. */
    static Object of(Object a, Object b) {
        if (!unionable(a) || !unionable(b)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        List<Object> items = new ArrayList<>();
        add(items, a);
        add(items, b);
        if (items.size() == 1) {
            return items.get(0);
        }
        return new UnionType(PyTuple.of(items.toArray()));
    }

    private static boolean unionable(Object o) {
        return o == PyNone.NONE || o instanceof PyType || o instanceof GenericAlias || o instanceof UnionType;
    }

    private static void add(List<Object> items, Object o) {
        if (o instanceof UnionType u) {
            for (Object x : u.args.items) {
                add(items, x);
            }
            return;
        }
        Object v = o == PyNone.NONE ? PyNone.TYPE : o;
        for (Object x : items) {
            if (x == v || (x instanceof GenericAlias && Abstract.equals(x, v))) {
                return;
            }
        }
        items.add(v);
    }

    @PyGetter
    Object __args__() {
        return args;
    }

    @PyMethod
    Object __or__(Object other) {
        return of(this, other);
    }

    @PyMethod
    Object __ror__(Object other) {
        return of(other, this);
    }

    @PyMethod
    Object __repr__() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(" | ");
            }
            Object a = args.get(i);
            if (a == PyNone.TYPE) {
                sb.append("None");
            } else if (a instanceof PyType t) {
                String m = t.moduleName();
                sb.append(m.equals("builtins") ? t.qualname() : m + "." + t.qualname());
            } else {
                sb.append(Abstract.repr(a));
            }
        }
        return PyStr.of(sb.toString());
    }

    @PyMethod
    Object __eq__(Object other) {
        if (!(other instanceof UnionType u)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return PyBool.of(args.size() == u.args.size() && java.util.Arrays.asList(args.items).containsAll(java.util.Arrays.asList(u.args.items)));
    }

    @PyMethod
    long __hash__() {
        long h = 0;
        for (Object o : args.items) {
            h ^= Abstract.hash(o);
        }
        return h == -1 ? -2 : h;
    }
}
