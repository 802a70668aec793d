package dev.kaa.bytecode;

import java.util.Arrays;
import java.util.List;

/**
 * Constant values of code objects and {@code marshal} data that have no natural Java type.
 * The others are plain Java values: {@link Boolean}, {@link Long} for an {@code int} that fits
 * (else {@link java.math.BigInteger}, never one that fits a {@code long}), {@link Double},
 * {@link String} for {@code str}, and {@link CodeObject}.
 *
 * <p>Thread safety: immutable.
 */
public sealed interface Constant {
    /** Python's {@code None}. */
    Constant NONE = Singleton.None;
    /** Python's {@code Ellipsis}. */
    Constant ELLIPSIS = Singleton.Ellipsis;
    /** Python's {@code StopIteration} class (marshal type {@code 'S'}). */
    Constant STOP_ITERATION = Singleton.StopIteration;

    /** Singletons; the constant names print as Python prints them. */
    enum Singleton implements Constant { None, Ellipsis, StopIteration }

    /** A {@code complex}. */
    record Complex(double real, double imag) implements Constant {}

    /** A {@code tuple}. */
    record Tuple(List<Object> items) implements Constant {
        public Tuple {
            items = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items));
        }
    }

    /** A {@code frozenset}; {@code items} keeps the order in which it was read or built. */
    record FrozenSet(List<Object> items) implements Constant {
        public FrozenSet {
            items = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items));
        }
    }

    /** A {@code slice}, as marshal writes it from version 5. */
    record Slice(Object start, Object stop, Object step) implements Constant {}

    /** A {@code bytes}. */
    record Bytes(byte[] value) implements Constant {
        public Bytes {
            value = value.clone();
        }

        @Override public byte[] value() {
            return value.clone();
        }

        public int length() {
            return value.length;
        }

        @Override public boolean equals(Object o) {
            return o instanceof Bytes b && Arrays.equals(value, b.value);
        }

        @Override public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override public String toString() {
            return "Bytes" + Arrays.toString(value);
        }
    }
}
