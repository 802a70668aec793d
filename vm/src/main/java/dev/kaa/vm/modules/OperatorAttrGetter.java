package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;

/**
 * {@code operator.attrgetter(attr, /, *attrs)}: a callable that fetches the named (possibly
 * dotted) attributes of its argument; one name gives the value, several a tuple.
 *
 * <p>Thread safety: immutable.
 */
public final class OperatorAttrGetter extends PyObject {
    public static final PyType TYPE = PyType.builtin("operator.attrgetter", OperatorAttrGetter.class,
            MethodHandles.lookup(), 0).withDoc("attrgetter(attr, /, *attrs)\n--\n\n"
            + "A callable that fetches the named attribute(s) of its operand; dotted names are followed.");

    private final PyStr[] names;
    /** Each name split at its dots, interned. */
    private final PyStr[][] paths;

    private OperatorAttrGetter(PyStr[] names) {
        this.names = names;
        this.paths = new PyStr[names.length][];
        for (int i = 0; i < names.length; i++) {
            String[] parts = names[i].value().split("\\.", -1);
            paths[i] = new PyStr[parts.length];
            for (int j = 0; j < parts.length; j++) {
                paths[i][j] = PyStr.intern(parts[j]);
            }
        }
    }

    @Override public PyType type() {
        return TYPE;
    }

    /** What {@code inspect.signature} shows for a call of an instance. */
    @PyGetter("__text_signature__")
    Object textSignature() {
        return PyStr.of("(obj, /)");
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("attrgetter() takes no keyword arguments");
        }
        if (args.length == 0) {
            throw PyErr.typeError("attrgetter expected 1 argument, got 0");
        }
        PyStr[] names = new PyStr[args.length];
        for (int i = 0; i < args.length; i++) {
            if (!(args[i] instanceof PyStr s)) {
                throw PyErr.typeError("attribute name must be a string");
            }
            names[i] = s;
        }
        return new OperatorAttrGetter(names);
    }

    @PyMethod
    Object __call__(Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("attrgetter() takes no keyword arguments");
        }
        if (args.length != 1) {
            throw PyErr.typeError("attrgetter expected 1 argument, got %d", args.length);
        }
        if (paths.length == 1) {
            return fetch(args[0], paths[0]);
        }
        Object[] out = new Object[paths.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = fetch(args[0], paths[i]);
        }
        return new PyTuple(out);
    }

    private static Object fetch(Object obj, PyStr[] path) {
        Object o = obj;
        for (PyStr p : path) {
            o = Abstract.getAttr(o, p);
        }
        return o;
    }

    @PyMethod
    Object __repr__() {
        StringBuilder sb = new StringBuilder("operator.attrgetter(");
        for (int i = 0; i < names.length; i++) {
            sb.append(i > 0 ? ", " : "").append(Abstract.repr(names[i]).value());
        }
        return PyStr.of(sb.append(')').toString());
    }

    @PyMethod
    Object __reduce__() {
        return PyTuple.of(TYPE, new PyTuple(names.clone()));
    }
}
