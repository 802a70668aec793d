package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code types.GenericAlias}: {@code list[int]}, what {@code __class_getitem__} of the built-in
 * containers returns. Attributes it does not have itself are the origin's, so the alias can be
 * called and inspected like its class; type variables in its arguments make it subscriptable
 * again ({@code dict[str, T][int]}).
 *
 * <p>Thread safety: immutable.
 */
public class GenericAlias extends PyObject {
    public static final PyType TYPE = PyType.builtin("types.GenericAlias", GenericAlias.class, MethodHandles.lookup(),
            PyType.BASETYPE);

    private static final PyStr TYPING_SUBST = PyStr.intern("__typing_subst__");
    private static final PyStr PARAMETERS = PyStr.intern("__parameters__");

    Object origin;
    PyTuple args;
    boolean starred;
    private PyTuple parameters;

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

    @PyMethod
    static Object __new__(PyType cls, Object origin, Object args) {
        PyTuple a = args instanceof PyTuple t ? t : PyTuple.of(args);
        if (cls == TYPE) {
            return new GenericAlias(origin, a);
        }
        Derived d = new Derived(cls);
        d.origin = origin;
        d.args = a;
        return d;
    }

    @PyGetter
    Object __origin__() {
        return origin;
    }

    @PyGetter
    Object __args__() {
        return args;
    }

    @PyGetter
    Object __unpacked__() {
        return PyBool.of(starred);
    }

    @PyGetter
    Object __typing_unpacked_tuple_args__() {
        return starred && origin == PyTuple.TYPE ? args : PyNone.NONE;
    }

    @PyGetter
    Object __parameters__() {
        if (parameters == null) {
            parameters = collectParameters(args);
        }
        return parameters;
    }

    /** The type variables among {@code args} (objects with {@code __typing_subst__}), in order, once each. */
    static PyTuple collectParameters(PyTuple args) {
        List<Object> out = new ArrayList<>();
        for (Object a : args.items) {
            if (a instanceof PyType) {
                continue;
            }
            if (Abstract.lookupSpecial(a, TYPING_SUBST) != null) {
                if (!out.contains(a)) {
                    out.add(a);
                }
                continue;
            }
            Object sub = Abstract.lookupAttr(a, PARAMETERS);
            if (sub instanceof PyTuple t) {
                for (Object x : t.items) {
                    if (!out.contains(x)) {
                        out.add(x);
                    }
                }
            }
        }
        return PyTuple.of(out.toArray());
    }

    @PyMethod
    Object __getitem__(Object item) {
        PyTuple params = (PyTuple) __parameters__();
        if (params.size() == 0) {
            throw PyErr.typeError("%R is not a generic class", this);
        }
        GenericAlias g = new GenericAlias(origin, substitute(this, args, params, item));
        g.starred = starred;
        return g;
    }

    private static final PyStr PREPARE_SUBST = PyStr.intern("__typing_prepare_subst__");

    /** CPython's {@code _Py_subs_parameters}: the arguments with {@code params} replaced by {@code item}. */
    static PyTuple substitute(Object self, PyTuple args, PyTuple params, Object item) {
        Object items = item instanceof PyTuple t ? t : PyTuple.of(item);
        for (Object p : params.items) {
            Object prepare = Abstract.lookupAttr(p, PREPARE_SUBST);
            if (prepare != null) {
                items = Abstract.call(prepare, self, items);
            }
        }
        PyTuple it = (PyTuple) items;
        if (it.size() != params.size()) {
            throw PyErr.typeError("Too %s arguments for %R; actual %d, expected %d",
                    it.size() > params.size() ? "many" : "few", self, it.size(), params.size());
        }
        List<Object> out = new ArrayList<>();
        for (Object arg : args.items) {
            if (arg instanceof PyType) {
                out.add(arg);
                continue;
            }
            Object subst = Abstract.lookupSpecial(arg, TYPING_SUBST);
            if (subst != null) {
                int i = indexOf(params, arg);
                out.add(Abstract.call(subst, it.items[i]));
                continue;
            }
            Object sub = Abstract.lookupAttr(arg, PARAMETERS);
            if (sub instanceof PyTuple subParams && subParams.size() > 0) {
                Object[] chosen = new Object[subParams.size()];
                for (int k = 0; k < chosen.length; k++) {
                    chosen[k] = it.items[indexOf(params, subParams.items[k])];
                }
                out.add(Abstract.getItem(arg, chosen.length == 1 ? chosen[0] : PyTuple.of(chosen)));
                continue;
            }
            out.add(arg);
        }
        return PyTuple.of(out.toArray());
    }

    private static int indexOf(PyTuple t, Object o) {
        for (int i = 0; i < t.size(); i++) {
            if (t.items[i] == o || Abstract.equals(t.items[i], o)) {
                return i;
            }
        }
        throw PyErr.valueError("tuple.index(x): x not in tuple");
    }

    @PyMethod
    Object __repr__() {
        StringBuilder sb = new StringBuilder();
        if (starred) {
            sb.append('*');
        }
        sb.append(typeRepr(origin)).append('[');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(argRepr(args.get(i)));
        }
        if (args.size() == 0) {
            sb.append("()");
        }
        return PyStr.of(sb.append(']').toString());
    }

    private static String argRepr(Object o) {
        if (o instanceof PyList l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(typeRepr(l.get(i)));
            }
            return sb.append(']').toString();
        }
        return typeRepr(o);
    }

    private static String typeRepr(Object o) {
        if (o == PySingletons.ELLIPSIS) {
            return "...";
        }
        if (o instanceof PyType t) {
            if (t == PyNone.TYPE) {
                return "None";
            }
            String m = t.moduleName();
            return m.equals("builtins") ? t.qualname() : m + "." + t.qualname();
        }
        return Abstract.repr(o).toString();
    }

    @PyMethod
    Object __call__(Object[] args, String[] kwnames) {
        Object result = Abstract.call(origin, args, kwnames);
        try {
            Abstract.setAttr(result, PyStr.intern("__orig_class__"), this);
        } catch (PyException e) {
            if (!e.matches(Exceptions.AttributeError) && !e.matches(Exceptions.TypeError)) {
                throw e;
            }
        }
        return result;
    }

    @PyMethod
    Object __eq__(Object other) {
        if (!(other instanceof GenericAlias g)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return PyBool.of(starred == g.starred && Abstract.equals(origin, g.origin) && Abstract.equals(args, g.args));
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
    Object __instancecheck__(Object obj) {
        throw PyErr.typeError("isinstance() argument 2 cannot be a parameterized generic");
    }

    @PyMethod
    Object __subclasscheck__(Object cls) {
        throw PyErr.typeError("issubclass() argument 2 cannot be a parameterized generic");
    }

    @PyMethod
    Object __or__(Object other) {
        return UnionType.of(this, other);
    }

    @PyMethod
    Object __ror__(Object other) {
        return UnionType.of(other, this);
    }

    @PyMethod
    Object __iter__() {
        GenericAlias s = new GenericAlias(origin, args);
        s.starred = true;
        return Abstract.iter(PyTuple.of(s));
    }

    @PyMethod
    Object __reduce__() {
        return PyTuple.of(TYPE, PyTuple.of(origin, args));
    }

    @PyMethod
    Object __dir__() {
        PyList names = Dir.ofObject(this);
        names.extend(Abstract.callMethod(origin, "__dir__"));
        return names;
    }

    /** The attributes an alias answers itself; the others are its origin's (CPython's {@code attr_exceptions}). */
    private static final java.util.Set<String> OWN = java.util.Set.of("__class__", "__bases__", "__origin__",
            "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__", "__mro_entries__",
            "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__");

    @PyMethod
    Object __getattribute__(Object name) {
        PyStr n = Abstract.attrName(name);
        if (OWN.contains(n.toString())) {
            return BaseObject.genericGetAttr(this, n);
        }
        return Abstract.getAttr(origin, n);
    }

    /** An instance of a Python subclass of {@code GenericAlias}. */
    static final class Derived extends GenericAlias implements Instance {
        private PyType type;
        private PyDict dict;

        Derived(PyType type) {
            super(null, PyTuple.EMPTY);
            this.type = type;
            this.dict = type.instancesHaveDict() ? new PyDict() : null;
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
            return null;
        }
    }
}
