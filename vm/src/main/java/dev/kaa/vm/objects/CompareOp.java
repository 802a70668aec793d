package dev.kaa.vm.objects;

/**
 * Rich comparison operators, in the order of CPython's {@code Py_LT … Py_GE} (which
 * {@code COMPARE_OP}'s argument carries shifted left by five), with each one's slot, its swapped
 * form for the reflected call and its symbol for error messages.
 *
 * <p>Thread safety: immutable.
 */
public enum CompareOp {
    LT("<", Slot.__lt__), LE("<=", Slot.__le__), EQ("==", Slot.__eq__), NE("!=", Slot.__ne__),
    GT(">", Slot.__gt__), GE(">=", Slot.__ge__);

    public final String symbol;
    public final Slot slot;

    CompareOp(String symbol, Slot slot) {
        this.symbol = symbol;
        this.slot = slot;
    }

    private static final CompareOp[] VALUES = values();

    public static CompareOp of(int index) {
        return VALUES[index];
    }

    /** The operator with its operands exchanged: {@code a < b} is {@code b > a}. */
    public CompareOp swapped() {
        return switch (this) {
            case LT -> GT;
            case LE -> GE;
            case EQ -> EQ;
            case NE -> NE;
            case GT -> LT;
            case GE -> LE;
        };
    }

    /** The answer for two ints or floats that compare as {@code cmp} (negative, 0, positive). */
    public boolean test(int cmp) {
        return switch (this) {
            case LT -> cmp < 0;
            case LE -> cmp <= 0;
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
            case GT -> cmp > 0;
            case GE -> cmp >= 0;
        };
    }
}
