package dev.kaa.vm.modules.datetime;

import dev.kaa.vm.objects.PyBool;

/**
 * The six rich comparisons as numbers, and their answer from a three-way comparison.
 *
 * <p>Thread safety: stateless.
 */
final class DtCompare {
    private DtCompare() {}

    static final int LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;

    static Object result(int cmp, int op) {
        boolean r = switch (op) {
            case LT -> cmp < 0;
            case LE -> cmp <= 0;
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
            case GT -> cmp > 0;
            default -> cmp >= 0;
        };
        return PyBool.of(r);
    }

    static String symbol(int op) {
        return switch (op) {
            case LT -> "<";
            case LE -> "<=";
            case EQ -> "==";
            case NE -> "!=";
            case GT -> ">";
            default -> ">=";
        };
    }
}
