package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * {@code types.GenericAlias}: {@code list[int]}, what {@code __class_getitem__} of the built-in
 * containers returns.
 *
 * <p>Thread safety: immutable.
 */
public final class GenericAlias extends PyObject {
    public static final PyType TYPE = PyType.builtin("types.GenericAlias", GenericAlias.class, MethodHandles.lookup(), 0);

    private final Object origin;
    private final PyTuple args;

    GenericAlias(Object origin, PyTuple args) {
        this.origin = origin;
        this.args = args;
    }

    public static GenericAlias of(Object origin, Object args) {
        return new GenericAlias(origin, args instanceof PyTuple t ? t : PyTuple.of(args));
    }

    @Override public PyType type() {
        return TYPE;
    }

    @PyGetter
    Object __origin__() {
        return origin;
    }

    @PyGetter
    Object __args__() {
        return args;
    }

    @PyMethod
    Object __repr__() {
        StringBuilder sb = new StringBuilder(typeRepr(origin)).append('[');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(typeRepr(args.get(i)));
        }
        if (args.size() == 0) {
            sb.append("()");
        }
        return PyStr.of(sb.append(']').toString());
    }

    private static String typeRepr(Object o) {
        if (o == PySingletons.ELLIPSIS) {
            return "...";
        }
        if (o instanceof PyType t) {
            String m = t.moduleName();
            return m.equals("builtins") ? t.qualname() : m + "." + t.qualname();
        }
        return Abstract.repr(o).toString();
    }

    @PyMethod
    Object __call__(Object[] args, String[] kwnames) {
        return Abstract.call(origin, args, kwnames);
    }

    @PyMethod
    Object __eq__(Object other) {
        if (!(other instanceof GenericAlias g)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return PyBool.of(Abstract.equals(origin, g.origin) && Abstract.equals(args, g.args));
    }

    @PyMethod
    long __hash__() {
        return Abstract.hash(origin) ^ Abstract.hash(args);
    }

    @PyMethod
    Object __mro_entries__(Object bases) {
        return PyTuple.of(origin);
    }

    @PyMethod
    Object __getattribute__(Object name) {
        PyStr n = Abstract.attrName(name);
        String s = n.toString();
        if (s.equals("__origin__") || s.equals("__args__") || s.equals("__class__") || s.equals("__mro_entries__")
                || s.equals("__parameters__") || s.equals("__reduce__") || s.equals("__repr__")) {
            if (s.equals("__parameters__")) {
                return PyTuple.EMPTY;
            }
            return BaseObject.genericGetAttr(this, n);
        }
        return Abstract.getAttr(origin, n);
    }
}
