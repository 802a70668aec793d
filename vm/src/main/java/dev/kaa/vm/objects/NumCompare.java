package dev.kaa.vm.objects;

import java.math.BigDecimal;

/**
 * Exact comparison of a float with an int, as CPython's {@code float_richcompare}: no rounding
 * of the int to a double, so {@code 2**53 + 1 > 2.0**53} holds; nan is unordered.
 *
 * <p>Thread safety: stateless.
 */
final class NumCompare {
    private NumCompare() {}

    /** -1, 0 or 1 for {@code x} against {@code i}; 2 when x is nan (unordered). */
    static int compare(double x, PyInt i) {
        if (Double.isNaN(x)) {
            return 2;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? 1 : -1;
        }
        if (i.big == null && Math.abs(i.value) <= (1L << 53)) {
            return Double.compare(x + 0.0, (double) i.value + 0.0) ;
        }
        return new BigDecimal(x).compareTo(new BigDecimal(i.bigValue()));
    }

    /** The result of the comparison {@code op} given {@link #compare}'s value. */
    static boolean test(int c, CompareOp op) {
        if (c == 2) {
            return op == CompareOp.NE;
        }
        return switch (op) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
    }

    static boolean test(double a, double b, CompareOp op) {
        return switch (op) {
            case EQ -> a == b;
            case NE -> a != b;
            case LT -> a < b;
            case LE -> a <= b;
            case GT -> a > b;
            case GE -> a >= b;
        };
    }
}
