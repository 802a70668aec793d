package dev.kaa.compiler.internal.astopt;

import dev.kaa.bytecode.Constant;
import dev.kaa.parser.ast.Operator;
import dev.kaa.parser.ast.UnaryOperator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's operators on constant values, for folding: each method returns the value Python
 * computes, or {@code null} where CPython 3.13's AST optimizer does not fold — because the
 * operation raises, because the result would pass its size limits (integers of more than 128
 * bits from {@code *}, {@code **}, {@code <<}; sequences of more than 4096 characters or 256
 * items from repetition), or where Kaa cannot reproduce the C library's result to the last bit
 * (a {@code float} or {@code complex} power with a non-integer exponent, a negative base to a
 * fractional power). Values are those of {@link Constant}: {@link Boolean}, {@link Long} /
 * {@link BigInteger} ({@code int}), {@link Double}, {@link Constant.Complex}, {@link String},
 * {@link Constant.Bytes}, {@link Constant.Tuple}, {@link Constant.FrozenSet}, {@code NONE},
 * {@code ELLIPSIS}.
 *
 * <p>Thread safety: immutable (static functions only).
 */
final class ConstantFolder {
    /** CPython's {@code MAX_INT_SIZE}, in bits. */
    static final int MAX_INT_SIZE = 128;
    /** CPython's {@code MAX_COLLECTION_SIZE}, in items. */
    static final int MAX_COLLECTION_SIZE = 256;
    /** CPython's {@code MAX_STR_SIZE}, in characters (or bytes). */
    static final int MAX_STR_SIZE = 4096;
    /** CPython's {@code MAX_TOTAL_ITEMS}, including nested collections. */
    static final int MAX_TOTAL_ITEMS = 1024;

    private ConstantFolder() {}

    // ---- unary ----

    static Object unary(UnaryOperator op, Object v) {
        return switch (op) {
            case Not -> !truth(v);
            case UAdd -> isInt(v) ? normalize(big(v)) : v instanceof Double || v instanceof Constant.Complex ? v : null;
            case USub -> {
                if (isInt(v)) {
                    yield normalize(big(v).negate());
                }
                if (v instanceof Double d) {
                    yield -d;
                }
                if (v instanceof Constant.Complex c) {
                    yield new Constant.Complex(-c.real(), -c.imag());
                }
                yield null;
            }
            // ~True is deprecated (a warning, not an error), and folds to -2.
            case Invert -> isInt(v) ? normalize(big(v).not()) : null;
        };
    }

    /** Python's truth value of a constant. */
    static boolean truth(Object v) {
        return switch (v) {
            case Boolean b -> b;
            case Long l -> l != 0;
            case BigInteger b -> b.signum() != 0;
            case Double d -> d != 0.0;
            case Constant.Complex c -> c.real() != 0.0 || c.imag() != 0.0;
            case String s -> !s.isEmpty();
            case Constant.Bytes b -> b.length() != 0;
            case Constant.Tuple t -> !t.items().isEmpty();
            case Constant.FrozenSet f -> !f.items().isEmpty();
            case Constant.Singleton s -> s != Constant.Singleton.None;
            default -> true;
        };
    }

    // ---- binary ----

    static Object binary(Operator op, Object l, Object r) {
        return switch (op) {
            case Add -> add(l, r);
            case Sub -> arith(op, l, r);
            case Mult -> safeMultiply(l, r);
            case Div, FloorDiv -> arith(op, l, r);
            // CPython never folds str % … or bytes % … (they are formatting, not arithmetic).
            case Mod -> Constant.Str.isStr(l) || l instanceof Constant.Bytes ? null : arith(op, l, r);
            case Pow -> safePower(l, r);
            case LShift -> safeLshift(l, r);
            case RShift -> rshift(l, r);
            case BitOr, BitXor, BitAnd -> bitwise(op, l, r);
            case MatMult -> null;
        };
    }

    private static Object add(Object l, Object r) {
        if (Constant.Str.isStr(l) && Constant.Str.isStr(r)) {
            // Not a + b on Java strings: a lone high surrogate meeting a lone low one must stay
            // two code points (Constant.Str).
            return Constant.Str.concat(l, r);
        }
        if (l instanceof Constant.Bytes a && r instanceof Constant.Bytes b) {
            byte[] out = new byte[a.length() + b.length()];
            System.arraycopy(a.value(), 0, out, 0, a.length());
            System.arraycopy(b.value(), 0, out, a.length(), b.length());
            return new Constant.Bytes(out);
        }
        if (l instanceof Constant.Tuple a && r instanceof Constant.Tuple b) {
            List<Object> items = new ArrayList<>(a.items());
            items.addAll(b.items());
            return new Constant.Tuple(items);
        }
        return arith(Operator.Add, l, r);
    }

    private static Object safeMultiply(Object v, Object w) {
        if (isInt(v) && isInt(w)) {
            BigInteger a = big(v);
            BigInteger b = big(w);
            if (a.signum() != 0 && b.signum() != 0 && a.abs().bitLength() + b.abs().bitLength() > MAX_INT_SIZE) {
                return null;
            }
            return normalize(a.multiply(b));
        }
        if (isInt(v) && (w instanceof Constant.Tuple || Constant.Str.isStr(w) || w instanceof Constant.Bytes)) {
            return repeat(w, big(v));
        }
        if (isInt(w) && (v instanceof Constant.Tuple || Constant.Str.isStr(v) || v instanceof Constant.Bytes)) {
            return repeat(v, big(w));
        }
        return arith(Operator.Mult, v, w);
    }

    private static Object repeat(Object seq, BigInteger count) {
        if (seq instanceof Constant.Tuple t) {
            int size = t.items().size();
            if (size == 0) {
                // Python's own limit: the count must fit an index.
                return count.bitLength() < 64 ? t : null;
            }
            if (count.signum() < 0 || count.compareTo(BigInteger.valueOf(MAX_COLLECTION_SIZE / size)) > 0) {
                return null;
            }
            int n = count.intValue();
            if (n != 0 && checkComplexity(t, MAX_TOTAL_ITEMS / n) < 0) {
                return null;
            }
            List<Object> items = new ArrayList<>(size * n);
            for (int i = 0; i < n; i++) {
                items.addAll(t.items());
            }
            return new Constant.Tuple(items);
        }
        int size = switch (seq) {
            case String s -> s.codePointCount(0, s.length());
            case Constant.Str s -> s.length();
            default -> ((Constant.Bytes) seq).length();
        };
        if (size == 0) {
            // Python's own limit: the count must fit an index.
            return count.bitLength() < 64 ? seq : null;
        }
        if (count.signum() < 0 || count.compareTo(BigInteger.valueOf(MAX_STR_SIZE / size)) > 0) {
            return null;
        }
        int n = count.intValue();
        if (Constant.Str.isStr(seq)) {
            return repeatStr(seq, n);
        }
        byte[] b = ((Constant.Bytes) seq).value();
        byte[] out = new byte[b.length * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(b, 0, out, i * b.length, b.length);
        }
        return new Constant.Bytes(out);
    }

    /**
     * {@code s * n} for a str, by code points where the copies would meet as a high and a low
     * surrogate (which must stay two code points, a {@link Constant.Str}).
     */
    private static Object repeatStr(Object str, int n) {
        if (str instanceof String s && !(Character.isHighSurrogate(s.charAt(s.length() - 1))
                && Character.isLowSurrogate(s.charAt(0)))) {
            return s.repeat(n);
        }
        int[] cps = Constant.Str.codePointsOf(str);
        int[] out = new int[cps.length * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(cps, 0, out, i * cps.length, cps.length);
        }
        return Constant.Str.of(out);
    }

    /** CPython's {@code check_complexity}: the item budget left after counting nested items. */
    private static int checkComplexity(Object obj, int limit) {
        List<Object> items = obj instanceof Constant.Tuple t ? t.items()
                : obj instanceof Constant.FrozenSet f ? f.items() : null;
        if (items == null) {
            return limit;
        }
        limit -= items.size();
        for (int i = 0; limit >= 0 && i < items.size(); i++) {
            limit = checkComplexity(items.get(i), limit);
        }
        return limit;
    }

    private static Object safePower(Object v, Object w) {
        if (isInt(v) && isInt(w)) {
            BigInteger a = big(v);
            BigInteger b = big(w);
            if (b.signum() < 0) {
                // int ** negative int is float ** float.
                Double fa = toDouble(a);
                Double fb = toDouble(b);
                return fa == null || fb == null ? null : FloatOps.pow(fa, fb);
            }
            if (a.signum() != 0 && b.signum() > 0) {
                if (b.bitLength() >= 64) {
                    return null;
                }
                long wbits = b.longValue();
                if (a.abs().bitLength() > MAX_INT_SIZE / wbits) {
                    return null;
                }
            }
            if (b.signum() == 0) {
                return 1L;
            }
            if (a.signum() == 0) {
                return 0L;
            }
            return normalize(a.pow(b.intValueExact()));
        }
        return arith(Operator.Pow, v, w);
    }

    private static Object safeLshift(Object v, Object w) {
        if (!isInt(v) || !isInt(w)) {
            return null;
        }
        BigInteger a = big(v);
        BigInteger b = big(w);
        if (b.signum() < 0) {
            return null; // ValueError: negative shift count
        }
        if (a.signum() == 0 || b.signum() == 0) {
            return normalize(a);
        }
        if (b.compareTo(BigInteger.valueOf(MAX_INT_SIZE)) > 0
                || a.abs().bitLength() > MAX_INT_SIZE - b.intValue()) {
            return null;
        }
        return normalize(a.shiftLeft(b.intValue()));
    }

    private static Object rshift(Object v, Object w) {
        if (!isInt(v) || !isInt(w)) {
            return null;
        }
        BigInteger a = big(v);
        BigInteger b = big(w);
        if (b.signum() < 0) {
            return null;
        }
        if (b.bitLength() > 31) {
            return a.signum() < 0 ? -1L : 0L;
        }
        return normalize(a.shiftRight(b.intValue()));
    }

    private static Object bitwise(Operator op, Object v, Object w) {
        if (v instanceof Boolean x && w instanceof Boolean y) {
            return switch (op) {
                case BitAnd -> x & y;
                case BitOr -> x | y;
                default -> x ^ y;
            };
        }
        if (!isInt(v) || !isInt(w)) {
            return null;
        }
        BigInteger a = big(v);
        BigInteger b = big(w);
        return normalize(switch (op) {
            case BitAnd -> a.and(b);
            case BitOr -> a.or(b);
            default -> a.xor(b);
        });
    }

    // ---- numeric tower ----

    /** Arithmetic on two numbers (bool, int, float, complex), or null. */
    private static Object arith(Operator op, Object l, Object r) {
        int rank = Math.max(rank(l), rank(r));
        if (rank(l) < 0 || rank(r) < 0) {
            return null;
        }
        if (rank == 0) {
            return intArith(op, big(l), big(r));
        }
        if (rank == 1) {
            Double a = toDouble(l);
            Double b = toDouble(r);
            return a == null || b == null ? null : FloatOps.arith(op, a, b);
        }
        Constant.Complex a = toComplex(l);
        Constant.Complex b = toComplex(r);
        return a == null || b == null ? null : ComplexOps.arith(op, a, b);
    }

    private static Object intArith(Operator op, BigInteger a, BigInteger b) {
        return switch (op) {
            case Add -> normalize(a.add(b));
            case Sub -> normalize(a.subtract(b));
            case Mult -> normalize(a.multiply(b));
            case Div -> trueDivide(a, b);
            case FloorDiv -> {
                if (b.signum() == 0) {
                    yield null;
                }
                BigInteger[] qr = a.divideAndRemainder(b);
                BigInteger q = qr[0];
                if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
                    q = q.subtract(BigInteger.ONE);
                }
                yield normalize(q);
            }
            case Mod -> {
                if (b.signum() == 0) {
                    yield null;
                }
                BigInteger m = a.remainder(b);
                if (m.signum() != 0 && m.signum() != b.signum()) {
                    m = m.add(b);
                }
                yield normalize(m);
            }
            default -> null;
        };
    }

    /** int / int, correctly rounded as CPython's {@code long_true_divide}; null if it overflows. */
    private static Object trueDivide(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            return null;
        }
        double q = ExactDouble.of(a, b, 0);
        return Double.isInfinite(q) ? null : q;
    }

    private static int rank(Object o) {
        if (isInt(o)) {
            return 0;
        }
        if (o instanceof Double) {
            return 1;
        }
        if (o instanceof Constant.Complex) {
            return 2;
        }
        return -1;
    }

    static boolean isInt(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean;
    }

    static BigInteger big(Object o) {
        return switch (o) {
            case Boolean b -> b ? BigInteger.ONE : BigInteger.ZERO;
            case Long l -> BigInteger.valueOf(l);
            case BigInteger b -> b;
            default -> throw new IllegalArgumentException("not an int: " + o);
        };
    }

    /** An int as Kaa stores it: {@link Long} when it fits, else {@link BigInteger}. */
    static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    /** {@code float(o)} for an int or float, or null if it overflows (OverflowError). */
    private static Double toDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        double d = big(o).doubleValue();
        return Double.isInfinite(d) ? null : d;
    }

    private static Constant.Complex toComplex(Object o) {
        if (o instanceof Constant.Complex c) {
            return c;
        }
        Double d = toDouble(o);
        return d == null ? null : new Constant.Complex(d, 0.0);
    }
}
