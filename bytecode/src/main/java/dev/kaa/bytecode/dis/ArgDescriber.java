package dev.kaa.bytecode.dis;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.bytecode.Opcode;
import dev.kaa.bytecode.PyRepr;
import java.util.List;
import java.util.Map;

/**
 * The text {@code dis} shows in parentheses after an argument: constants by {@code repr()},
 * names, local names, jump labels, and the decoded operators of {@code COMPARE_OP},
 * {@code BINARY_OP}, {@code CONVERT_VALUE}, {@code SET_FUNCTION_ATTRIBUTE} and the intrinsics,
 * with CPython 3.13's words.
 *
 * <p>An index out of range (only in hand-made code objects; CPython's {@code dis} raises
 * {@code IndexError} there) is shown as {@code <index N out of range>} so that a damaged file can
 * still be looked at.
 *
 * <p>Thread safety: immutable.
 */
final class ArgDescriber {
    private static final List<String> COMPARE = List.of("<", "<=", "==", "!=", ">", ">=");
    private static final List<String> BINARY = List.of("+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>",
            "-", "/", "^", "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=");
    private static final List<String> CONVERSIONS = List.of("", "str", "repr", "ascii");
    private static final List<String> FUNCTION_ATTRIBUTES = List.of("defaults", "kwdefaults", "annotations", "closure");
    private static final List<String> INTRINSIC_1 = List.of("INTRINSIC_1_INVALID", "INTRINSIC_PRINT",
            "INTRINSIC_IMPORT_STAR", "INTRINSIC_STOPITERATION_ERROR", "INTRINSIC_ASYNC_GEN_WRAP",
            "INTRINSIC_UNARY_POSITIVE", "INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR", "INTRINSIC_PARAMSPEC",
            "INTRINSIC_TYPEVARTUPLE", "INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS");
    private static final List<String> INTRINSIC_2 = List.of("INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR",
            "INTRINSIC_TYPEVAR_WITH_BOUND", "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS",
            "INTRINSIC_SET_FUNCTION_TYPE_PARAMS", "INTRINSIC_SET_TYPEPARAM_DEFAULT");

    private final CodeObject code;
    private final Map<Integer, Integer> labels;

    ArgDescriber(CodeObject code, Map<Integer, Integer> labels) {
        this.code = code;
        this.labels = labels;
    }

    /** The jump target of {@code op} at {@code offset}, or null if it does not jump. */
    static Integer jumpTarget(Opcode op, int arg, int offset) {
        if (op == null || !op.has(Opcode.HAS_JUMP)) {
            return null;
        }
        boolean backward = op == Opcode.JUMP_BACKWARD || op == Opcode.JUMP_BACKWARD_NO_INTERRUPT;
        return offset + 2 + (backward ? -arg : arg) * 2 + 2 * op.cacheEntries();
    }

    String describe(Opcode op, int arg, int offset) {
        if (op.has(Opcode.HAS_CONST)) {
            return arg >= 0 && arg < code.consts().size() ? PyRepr.repr(code.consts().get(arg)) : outOfRange(arg);
        }
        if (op.has(Opcode.HAS_NAME)) {
            return switch (op) {
                case LOAD_GLOBAL -> name(arg >> 1) + ((arg & 1) != 0 ? " + NULL" : "");
                case LOAD_ATTR -> name(arg >> 1) + ((arg & 1) != 0 ? " + NULL|self" : "");
                case LOAD_SUPER_ATTR -> name(arg >> 2) + ((arg & 1) != 0 ? " + NULL|self" : "");
                default -> name(arg);
            };
        }
        if (op.has(Opcode.HAS_JUMP) || op.has(Opcode.HAS_EXC)) {
            return "to L" + labels.get(jumpTarget(op, arg, offset));
        }
        return switch (op) {
            case LOAD_FAST_LOAD_FAST, STORE_FAST_LOAD_FAST, STORE_FAST_STORE_FAST ->
                    local(arg >> 4) + ", " + local(arg & 15);
            case COMPARE_OP -> {
                String cmp = pick(COMPARE, arg >> 5);
                yield (arg & 16) != 0 ? "bool(" + cmp + ")" : cmp;
            }
            case CONVERT_VALUE -> pick(CONVERSIONS, arg);
            case SET_FUNCTION_ATTRIBUTE -> functionAttributes(arg);
            case BINARY_OP -> pick(BINARY, arg);
            case CALL_INTRINSIC_1 -> pick(INTRINSIC_1, arg);
            case CALL_INTRINSIC_2 -> pick(INTRINSIC_2, arg);
            default -> op.has(Opcode.HAS_LOCAL) || op.has(Opcode.HAS_FREE) ? local(arg) : "";
        };
    }

    private String name(int index) {
        return index >= 0 && index < code.names().size() ? code.names().get(index) : outOfRange(index);
    }

    private String local(int index) {
        List<String> names = code.localsplusnames();
        return index >= 0 && index < names.size() ? names.get(index) : outOfRange(index);
    }

    private static String pick(List<String> table, int index) {
        return index >= 0 && index < table.size() ? table.get(index) : outOfRange(index);
    }

    private static String functionAttributes(int arg) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < FUNCTION_ATTRIBUTES.size(); i++) {
            if ((arg & (1 << i)) != 0) {
                if (!sb.isEmpty()) {
                    sb.append(", ");
                }
                sb.append(FUNCTION_ATTRIBUTES.get(i));
            }
        }
        return sb.toString();
    }

    private static String outOfRange(int index) {
        return "<index " + index + " out of range>";
    }
}
