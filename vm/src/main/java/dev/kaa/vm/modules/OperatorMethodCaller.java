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
import java.util.Arrays;

/**
 * {@code operator.methodcaller(name, /, *args, **kwargs)}: a callable that calls
 * {@code obj.name(*args, **kwargs)}.
 *
 * <p>Thread safety: immutable.
 */
public final class OperatorMethodCaller extends PyObject {
    public static final PyType TYPE = PyType.builtin("operator.methodcaller", OperatorMethodCaller.class,
            MethodHandles.lookup(), 0).withDoc("methodcaller(name, /, *args, **kwargs)\n--\n\n"
            + "A callable that calls the named method of its operand with the given arguments.");

    private final PyStr name;
    /** Positional then keyword values (vectorcall layout). */
    private final Object[] args;
    private final String[] kwnames;

    private OperatorMethodCaller(PyStr name, Object[] args, String[] kwnames) {
        this.name = name;
        this.args = args;
        this.kwnames = kwnames;
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
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length - nkw < 1) {
            throw PyErr.typeError("methodcaller needs at least one argument, the method name");
        }
        if (!(args[0] instanceof PyStr n)) {
            throw PyErr.typeError("method name must be a string");
        }
        return new OperatorMethodCaller(PyStr.intern(n.value()), Arrays.copyOfRange(args, 1, args.length),
                nkw == 0 ? null : kwnames.clone());
    }

    @PyMethod
    Object __call__(Object[] callArgs, String[] callKw) {
        if (callKw != null && callKw.length > 0) {
            throw PyErr.typeError("methodcaller() takes no keyword arguments");
        }
        if (callArgs.length != 1) {
            throw PyErr.typeError("methodcaller expected 1 argument, got %d", callArgs.length);
        }
        return Abstract.call(Abstract.getAttr(callArgs[0], name), args, kwnames);
    }

    private int positionalCount() {
        return args.length - (kwnames == null ? 0 : kwnames.length);
    }

    @PyMethod
    Object __repr__() {
        if (!CollectionsRecursion.enter(this)) {
            return PyStr.of("operator.methodcaller(...)");
        }
        try {
            StringBuilder sb = new StringBuilder("operator.methodcaller(").append(Abstract.repr(name).value());
            int npos = positionalCount();
            for (int i = 0; i < npos; i++) {
                sb.append(", ").append(Abstract.repr(args[i]).value());
            }
            for (int k = 0; kwnames != null && k < kwnames.length; k++) {
                sb.append(", ").append(kwnames[k]).append('=').append(Abstract.repr(args[npos + k]).value());
            }
            return PyStr.of(sb.append(')').toString());
        } finally {
            CollectionsRecursion.leave(this);
        }
    }

    @PyMethod
    Object __reduce__() {
        int npos = positionalCount();
        Object[] pos = Arrays.copyOf(args, npos);
        if (kwnames == null) {
            Object[] all = new Object[npos + 1];
            all[0] = name;
            System.arraycopy(pos, 0, all, 1, npos);
            return PyTuple.of(TYPE, new PyTuple(all));
        }
        Object[] partialArgs = new Object[2 + kwnames.length];
        partialArgs[0] = TYPE;
        partialArgs[1] = name;
        System.arraycopy(args, npos, partialArgs, 2, kwnames.length);
        Object partial = Abstract.call(FunctoolsPartial.TYPE, partialArgs, kwnames);
        return PyTuple.of(partial, new PyTuple(pos));
    }
}
