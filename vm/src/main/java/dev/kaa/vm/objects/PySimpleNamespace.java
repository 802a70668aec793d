package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * {@code types.SimpleNamespace}: attribute access over a dict ({@code sys.implementation}).
 *
 * <p>Thread safety: GIL-guarded.
 */
public class PySimpleNamespace extends PyObject implements HasDict {
    public static final PyType TYPE = PyType.builtin("types.SimpleNamespace", PySimpleNamespace.class,
            MethodHandles.lookup(), PyType.BASETYPE | PyType.UNHASHABLE);

    private final PyDict dict = new PyDict();

    public PySimpleNamespace() {}

    @Override public PyType type() {
        return TYPE;
    }

    @Override public PyDict instanceDict() {
        return dict;
    }

    /** Sets an attribute from Java. */
    public PySimpleNamespace with(String name, Object value) {
        dict.setItem(PyStr.intern(name), value);
        return this;
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        return cls == TYPE ? new PySimpleNamespace() : new Derived(cls);
    }

    @PyMethod
    void __init__(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos > 1) {
            throw PyErr.typeError("SimpleNamespace expected at most 1 argument, got %d", npos);
        }
        if (npos == 1) {
            Object m = args[0];
            Object keys = Abstract.callMethod(m, "keys");
            Abstract.forEach(keys, k -> {
                if (!(k instanceof PyStr)) {
                    throw PyErr.typeError("keywords must be strings");
                }
                dict.setItem(k, Abstract.getItem(m, k));
            });
        }
        for (int i = 0; i < nkw; i++) {
            dict.setItem(PyStr.of(kwnames[i]), args[npos + i]);
        }
    }

    @PyMethod
    Object __repr__() {
        String name = type() == TYPE ? "namespace" : type().name();
        if (!Reprs.enter(this)) {
            return PyStr.of(name + "(...)");
        }
        try {
            StringBuilder sb = new StringBuilder(name).append('(');
            boolean first = true;
            for (int e = dict.nextEntry(0); e >= 0; e = dict.nextEntry(e + 1)) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Abstract.str(dict.keyAt(e)).value).append('=').append(Abstract.repr(dict.valueAt(e)).value);
            }
            return PyStr.of(sb.append(')').toString());
        } finally {
            Reprs.leave(this);
        }
    }

    @PyMethod
    Object __eq__(Object other) {
        if (!(other instanceof PySimpleNamespace o) || !Abstract.typeOf(other).isSubtypeOf(TYPE)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return Abstract.richCompare(dict, o.dict, CompareOp.EQ);
    }

    @PyGetter("__dict__")
    Object dictAttr() {
        return dict;
    }

    @PyMethod
    Object __reduce__() {
        return PyTuple.of(type(), PyTuple.EMPTY, dict);
    }

    static final class Derived extends PySimpleNamespace implements Instance {
        private PyType type;

        Derived(PyType type) {
            this.type = type;
        }

        @Override public PyType type() {
            return type;
        }

        @Override public void setInstanceDict(PyDict d) {
            throw PyErr.typeError("__dict__ of SimpleNamespace cannot be replaced");
        }

        @Override public void setType(PyType type) {
            this.type = type;
        }

        @Override public Object[] slotValues() {
            return null;
        }
    }
}
