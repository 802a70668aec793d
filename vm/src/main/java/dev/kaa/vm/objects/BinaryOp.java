package dev.kaa.vm.objects;

/**
 * The binary operators, in the order of {@code BINARY_OP}'s argument (0–12; 13–25 are the
 * in-place forms of the same operators), with the text of their error messages and the slots of
 * their forward, reflected and in-place methods.
 *
 * <p>Thread safety: immutable.
 */
public enum BinaryOp {
    ADD("+", Slot.__add__, Slot.__radd__, Slot.__iadd__),
    AND("&", Slot.__and__, Slot.__rand__, Slot.__iand__),
    FLOOR_DIVIDE("//", Slot.__floordiv__, Slot.__rfloordiv__, Slot.__ifloordiv__),
    LSHIFT("<<", Slot.__lshift__, Slot.__rlshift__, Slot.__ilshift__),
    MATRIX_MULTIPLY("@", Slot.__matmul__, Slot.__rmatmul__, Slot.__imatmul__),
    MULTIPLY("*", Slot.__mul__, Slot.__rmul__, Slot.__imul__),
    REMAINDER("%", Slot.__mod__, Slot.__rmod__, Slot.__imod__),
    OR("|", Slot.__or__, Slot.__ror__, Slot.__ior__),
    POWER("**", Slot.__pow__, Slot.__rpow__, Slot.__ipow__),
    RSHIFT(">>", Slot.__rshift__, Slot.__rrshift__, Slot.__irshift__),
    SUBTRACT("-", Slot.__sub__, Slot.__rsub__, Slot.__isub__),
    TRUE_DIVIDE("/", Slot.__truediv__, Slot.__rtruediv__, Slot.__itruediv__),
    XOR("^", Slot.__xor__, Slot.__rxor__, Slot.__ixor__);

    /** The operator as error messages print it ({@code "+"}; in-place forms add {@code "="}). */
    public final String symbol;
    public final Slot forward, reflected, inplace;

    BinaryOp(String symbol, Slot forward, Slot reflected, Slot inplace) {
        this.symbol = symbol;
        this.forward = forward;
        this.reflected = reflected;
        this.inplace = inplace;
    }

    private static final BinaryOp[] VALUES = values();

    /** The operator of {@code BINARY_OP}'s argument with the in-place bit removed. */
    public static BinaryOp of(int oparg) {
        return VALUES[oparg >= 13 ? oparg - 13 : oparg];
    }
}
