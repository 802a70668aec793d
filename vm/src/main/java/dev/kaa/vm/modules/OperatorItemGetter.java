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
 * {@code operator.itemgetter(item, /, *items)}: a callable that fetches {@code obj[item]}, or a
 * tuple of several items.
 *
 * <p>Thread safety: immutable.
 */
public final class OperatorItemGetter extends PyObject {
    public static final PyType TYPE = PyType.builtin("operator.itemgetter", OperatorItemGetter.class,
            MethodHandles.lookup(), 0).withDoc("itemgetter(item, /, *items)\n--\n\n"
            + "A callable that fetches the given item(s) of its operand.");

    private final Object[] items;

    private OperatorItemGetter(Object[] items) {
        this.items = items;
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
            throw PyErr.typeError("itemgetter() takes no keyword arguments");
        }
        if (args.length == 0) {
            throw PyErr.typeError("itemgetter expected 1 argument, got 0");
        }
        return new OperatorItemGetter(args.clone());
    }

    @PyMethod
    Object __call__(Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("itemgetter() takes no keyword arguments");
        }
        if (args.length != 1) {
            throw PyErr.typeError("itemgetter expected 1 argument, got %d", args.length);
        }
        Object obj = args[0];
        if (items.length == 1) {
            return Abstract.getItem(obj, items[0]);
        }
        Object[] out = new Object[items.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Abstract.getItem(obj, items[i]);
        }
        return new PyTuple(out);
    }

    @PyMethod
    Object __repr__() {
        if (!CollectionsRecursion.enter(this)) {
            return PyStr.of("operator.itemgetter(...)");
        }
        try {
            StringBuilder sb = new StringBuilder("operator.itemgetter(");
            for (int i = 0; i < items.length; i++) {
                sb.append(i > 0 ? ", " : "").append(Abstract.repr(items[i]).value());
            }
            return PyStr.of(sb.append(')').toString());
        } finally {
            CollectionsRecursion.leave(this);
        }
    }

    @PyMethod
    Object __reduce__() {
        return PyTuple.of(TYPE, new PyTuple(items.clone()));
    }
}
