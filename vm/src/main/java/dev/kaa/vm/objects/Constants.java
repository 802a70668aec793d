package dev.kaa.vm.objects;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.bytecode.Constant;
import java.math.BigInteger;

/**
 * Turns the constant values of the bytecode module ({@link Constant} and plain Java values)
 * into Python objects.
 *
 * <p>Thread safety: stateless.
 */
public final class Constants {
    private Constants() {}

    /** The Java constant values of a tuple of Python constants ({@code code.replace(co_consts=...)}). */
    public static java.util.List<Object> toJavaList(Object tuple) {
        if (!(tuple instanceof PyTuple t)) {
            throw PyErr.typeError("replace() argument 'co_consts' must be tuple, not %T", tuple);
        }
        java.util.List<Object> out = new java.util.ArrayList<>();
        for (Object o : t.items) {
            out.add(toJava(o));
        }
        return out;
    }

    /** The bytecode module's value of a Python constant. */
    public static Object toJava(Object o) {
        if (o == PyNone.NONE) {
            return Constant.NONE;
        }
        if (o == PySingletons.ELLIPSIS) {
            return Constant.ELLIPSIS;
        }
        if (o instanceof PyBool b) {
            return b == PyBool.TRUE;
        }
        if (o instanceof PyInt i) {
            return i.isLong() ? (Object) i.longValue() : i.bigValue();
        }
        if (o instanceof PyFloat f) {
            return f.doubleValue();
        }
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (o instanceof PyBytes b) {
            return new Constant.Bytes(b.data());
        }
        if (o instanceof PyCode c) {
            return c.code;
        }
        if (o instanceof PyTuple t) {
            java.util.List<Object> items = new java.util.ArrayList<>();
            for (Object x : t.items) {
                items.add(toJava(x));
            }
            return new Constant.Tuple(items);
        }
        if (o instanceof PyFrozenSet f) {
            java.util.List<Object> items = new java.util.ArrayList<>();
            Abstract.forEach(f, x -> items.add(toJava(x)));
            return new Constant.FrozenSet(items);
        }
        if (o == Exceptions.StopIteration) {
            return Constant.STOP_ITERATION;
        }
        throw PyErr.typeError("cannot use a %T as a code constant", o);
    }

    public static Object toPython(Object c) {
        if (c instanceof String s) {
            return s.length() <= 40 && Identifiers.isIdentifier(s) ? PyStr.intern(s) : PyStr.of(s);
        }
        if (c instanceof Long l) {
            return PyInt.of(l);
        }
        if (c instanceof Boolean b) {
            return PyBool.of(b);
        }
        if (c instanceof Double d) {
            return new PyFloat(d);
        }
        if (c instanceof BigInteger b) {
            return PyInt.of(b);
        }
        if (c instanceof CodeObject code) {
            return new PyCode(code);
        }
        if (c == Constant.NONE) {
            return PyNone.NONE;
        }
        if (c == Constant.ELLIPSIS) {
            return PySingletons.ELLIPSIS;
        }
        if (c == Constant.STOP_ITERATION) {
            return Exceptions.StopIteration;
        }
        if (c instanceof Constant.Tuple t) {
            Object[] items = new Object[t.items().size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = toPython(t.items().get(i));
            }
            return PyTuple.of(items);
        }
        if (c instanceof Constant.Str s) {
            return PyStr.of(s.toJavaString());
        }
        if (c instanceof Constant.Slice s) {
            return new PySlice(toPython(s.start()), toPython(s.stop()), toPython(s.step()));
        }
        if (c instanceof Constant.Bytes b) {
            return new PyBytes(b.value());
        }
        if (c instanceof Constant.FrozenSet f) {
            Object[] items = new Object[f.items().size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = toPython(f.items().get(i));
            }
            return PyFrozenSet.of(PyTuple.of(items));
        }
        if (c instanceof Constant.Complex z) {
            return new PyComplex(z.real(), z.imag());
        }
        throw PyErr.systemError("Kaa cannot load a constant of this kind: %s", c.getClass().getSimpleName());
    }
}
