package dev.kaa.compiler.internal.codegen;

import dev.kaa.bytecode.Opcode;
import dev.kaa.parser.ast.CmpOp;
import dev.kaa.parser.ast.Operator;
import dev.kaa.parser.ast.UnaryOperator;

/**
 * The opargs CPython 3.13 gives operators: {@code BINARY_OP}'s {@code NB_*} numbers (plus 13 for
 * the in-place forms) and {@code COMPARE_OP}'s {@code (op << 5) | mask} encoding.
 *
 * <p>Thread safety: stateless.
 */
final class Operators {
    /** {@code COMPARE_OP} bit asking for a {@code bool} result (set before a conditional jump). */
    static final int COMPARE_TO_BOOL = 16;
    private static final int INPLACE = 13;

    private Operators() {}

    /** {@code BINARY_OP}'s argument for {@code op}, in-place ({@code +=}) if {@code inplace}. */
    static int binary(Operator op, boolean inplace) {
        int nb = switch (op) {
            case Add -> 0;
            case BitAnd -> 1;
            case FloorDiv -> 2;
            case LShift -> 3;
            case MatMult -> 4;
            case Mult -> 5;
            case Mod -> 6;
            case BitOr -> 7;
            case Pow -> 8;
            case RShift -> 9;
            case Sub -> 10;
            case Div -> 11;
            case BitXor -> 12;
        };
        return inplace ? nb + INPLACE : nb;
    }

    /** The instruction of a unary operator other than {@code not} and unary {@code +}. */
    static Opcode unary(UnaryOperator op) {
        return switch (op) {
            case Invert -> Opcode.UNARY_INVERT;
            case USub -> Opcode.UNARY_NEGATIVE;
            case Not -> Opcode.UNARY_NOT;
            case UAdd -> throw new IllegalArgumentException("UAdd is an intrinsic");
        };
    }

    /**
     * {@code COMPARE_OP}'s argument for a rich comparison: the comparison number shifted past the
     * bool bit and the low mask the specialized forms test ({@code 1} unordered, {@code 2} less,
     * {@code 4} greater, {@code 8} equal).
     */
    static int compare(CmpOp op) {
        return switch (op) {
            case Lt -> 2;
            case LtE -> (1 << 5) | 10;
            case Eq -> (2 << 5) | 8;
            case NotEq -> (3 << 5) | 7;
            case Gt -> (4 << 5) | 4;
            case GtE -> (5 << 5) | 12;
            default -> throw new IllegalArgumentException(op + " is not a rich comparison");
        };
    }
}
