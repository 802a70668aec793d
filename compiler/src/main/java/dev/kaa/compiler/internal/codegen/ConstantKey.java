package dev.kaa.compiler.internal.codegen;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.bytecode.Constant;
import java.util.ArrayList;
import java.util.List;

/**
 * The identity of a constant in a code object's {@code co_consts}: two constants share a slot
 * only if they have the same type and value, with floats compared by their bits. So, as in
 * CPython, {@code 0}, {@code False}, {@code 0.0}, {@code -0.0} and {@code 0j} are five different
 * constants, and {@code (0,)} differs from {@code (False,)}. Code objects are never shared.
 *
 * <p>Thread safety: immutable.
 *
 * @param type the Java class of the value
 * @param key an object whose {@code equals} says "same constant"
 */
record ConstantKey(Class<?> type, Object key) {

    /** The key of {@code value}, a value allowed by {@link Constant}. */
    static ConstantKey of(Object value) {
        return switch (value) {
            case Double d -> new ConstantKey(Double.class, Double.doubleToRawLongBits(d));
            case Constant.Complex c -> new ConstantKey(Constant.Complex.class,
                    List.of(Double.doubleToRawLongBits(c.real()), Double.doubleToRawLongBits(c.imag())));
            case Constant.Tuple t -> new ConstantKey(Constant.Tuple.class, keys(t.items()));
            case Constant.FrozenSet s -> new ConstantKey(Constant.FrozenSet.class, keys(s.items()));
            case Constant.Slice s -> new ConstantKey(Constant.Slice.class,
                    List.of(of(s.start()), of(s.stop()), of(s.step())));
            case CodeObject c -> new ConstantKey(CodeObject.class, new Identity(c));
            default -> new ConstantKey(value.getClass(), value);
        };
    }

    private static List<ConstantKey> keys(List<Object> items) {
        List<ConstantKey> keys = new ArrayList<>(items.size());
        for (Object item : items) {
            keys.add(of(item));
        }
        return keys;
    }

    /** Compares by reference: each code object is its own constant. */
    private record Identity(Object ref) {
        @Override public boolean equals(Object o) {
            return o instanceof Identity i && i.ref == ref;
        }

        @Override public int hashCode() {
            return System.identityHashCode(ref);
        }
    }
}
