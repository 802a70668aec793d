package dev.kaa.bytecode;

import java.util.Arrays;
import java.util.List;

/**
 * Constant values of code objects and {@code marshal} data that have no natural Java type.
 * The others are plain Java values: {@link Boolean}, {@link Long} for an {@code int} that fits
 * (else {@link java.math.BigInteger}, never one that fits a {@code long}), {@link Double},
 * {@link String} for {@code str} (except the rare {@link Str}), and {@link CodeObject}.
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

    /**
     * A {@code str} that a Java {@link String} cannot hold: it contains a high surrogate code
     * point directly followed by a low surrogate code point (source {@code '\ud800\udc00'}),
     * which Python keeps as two code points but a {@code String} would read as the one astral
     * character U+10000. Every other {@code str} is a {@code String}; {@link #of(int[])} picks
     * the form, so each Python {@code str} value has exactly one representation and
     * {@code equals} agrees with Python's {@code ==}.
     */
    record Str(int[] codePoints) implements Constant {
        public Str {
            codePoints = codePoints.clone();
            if (!mergesPairs(codePoints, 0, codePoints.length)) {
                throw new IllegalArgumentException("representable as a String; use Str.of");
            }
        }

        /** The {@code str} of these code points: a {@link String} when one holds them exactly, else a {@link Str}. */
        public static Object of(int[] codePoints) {
            return of(codePoints, 0, codePoints.length);
        }

        /** {@link #of(int[])} of {@code codePoints[from, to)}. */
        public static Object of(int[] codePoints, int from, int to) {
            if (mergesPairs(codePoints, from, to)) {
                return new Str(java.util.Arrays.copyOfRange(codePoints, from, to));
            }
            return new String(codePoints, from, to - from);
        }

        /** Whether {@code value} is a {@code str} of the model (a {@link String} or a {@link Str}). */
        public static boolean isStr(Object value) {
            return value instanceof String || value instanceof Str;
        }

        /** The code points of a {@code str} of the model. */
        public static int[] codePointsOf(Object str) {
            return switch (str) {
                case String s -> s.codePoints().toArray();
                case Str t -> t.codePoints.clone();
                default -> throw new IllegalArgumentException("not a str: " + str);
            };
        }

        /** {@code a + b} of two {@code str} values of the model, in canonical form. */
        public static Object concat(Object a, Object b) {
            if (a instanceof String x && b instanceof String y && !joinsPair(x, y)) {
                return x.concat(y);
            }
            int[] p = codePointsOf(a);
            int[] q = codePointsOf(b);
            int[] all = java.util.Arrays.copyOf(p, p.length + q.length);
            System.arraycopy(q, 0, all, p.length, q.length);
            return of(all);
        }

        /** Whether {@code x + y} as Java strings would merge a lone high and a lone low surrogate. */
        private static boolean joinsPair(String x, String y) {
            return !x.isEmpty() && !y.isEmpty() && Character.isHighSurrogate(x.charAt(x.length() - 1))
                    && Character.isLowSurrogate(y.charAt(0));
        }

        private static boolean mergesPairs(int[] cps, int from, int to) {
            for (int i = from; i + 1 < to; i++) {
                if (cps[i] >= 0xD800 && cps[i] <= 0xDBFF && cps[i + 1] >= 0xDC00 && cps[i + 1] <= 0xDFFF) {
                    return true;
                }
            }
            return false;
        }

        @Override public int[] codePoints() {
            return codePoints.clone();
        }

        /** The number of code points ({@code len()} in Python). */
        public int length() {
            return codePoints.length;
        }

        /**
         * A Java string of the same UTF-16 units, in which the adjacent surrogates merge: only for
         * places where that loss cannot matter (diagnostics, hashing into a name).
         */
        public String toJavaString() {
            return new String(codePoints, 0, codePoints.length);
        }

        @Override public boolean equals(Object o) {
            return o instanceof Str s && java.util.Arrays.equals(codePoints, s.codePoints);
        }

        @Override public int hashCode() {
            return java.util.Arrays.hashCode(codePoints);
        }

        @Override public String toString() {
            return "Str" + java.util.Arrays.toString(codePoints);
        }
    }
}
