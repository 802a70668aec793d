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
        return ConstantsPending.toPython(c);
    }
}
