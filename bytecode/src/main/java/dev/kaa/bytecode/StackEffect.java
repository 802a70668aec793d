package dev.kaa.bytecode;

/**
 * How many values each 3.13 instruction leaves on the value stack, net, as CPython's
 * {@code dis.stack_effect(opcode, oparg, jump=jump)} reports it. The compiler's stack-depth
 * pass reads it; pseudo instructions are included with the effect CPython's compiler gives them.
 *
 * <p>Where an instruction's effect differs between taking its jump and falling through, {@code
 * jump} chooses: only the handler set-ups differ in 3.13 ({@code SETUP_FINALLY} pushes the
 * exception, {@code SETUP_CLEANUP} the last instruction offset and the exception,
 * {@code SETUP_WITH} drops the {@code __enter__} result and pushes both). Instrumented opcodes
 * other than those {@code dis} knows raise, as in CPython.
 *
 * <p>Thread safety: stateless.
 */
public final class StackEffect {
    private StackEffect() {}

    /**
     * The net stack effect of {@code op} with argument {@code oparg}.
     *
     * @param op the instruction
     * @param oparg its argument (ignored by instructions without one)
     * @param jump whether the jump (or handler) is taken
     * @throws IllegalArgumentException where {@code dis.stack_effect} raises
     *     {@code ValueError("invalid opcode or oparg")}
     */
    public static int of(Opcode op, int oparg, boolean jump) {
        return switch (op) {
            case SETUP_FINALLY, SETUP_WITH -> jump ? 1 : 0;
            case SETUP_CLEANUP -> jump ? 2 : 0;
            default -> withArg(op, oparg);
        };
    }

    /** The larger of the two effects, as {@code dis.stack_effect(op, oparg)} without {@code jump}. */
    public static int max(Opcode op, int oparg) {
        return Math.max(of(op, oparg, true), of(op, oparg, false));
    }

    private static int withArg(Opcode op, int oparg) {
        return switch (op) {
            case BUILD_LIST, BUILD_SET, BUILD_STRING, BUILD_TUPLE -> 1 - oparg;
            case BUILD_MAP -> 1 - 2 * oparg;
            case BUILD_CONST_KEY_MAP, RAISE_VARARGS -> -oparg;
            case BUILD_SLICE -> oparg == 3 ? -2 : -1;
            case CALL -> -1 - oparg;
            case CALL_KW -> -2 - oparg;
            case CALL_FUNCTION_EX -> -2 - (oparg & 1);
            case UNPACK_SEQUENCE -> oparg - 1;
            case UNPACK_EX -> (oparg & 0xff) + (oparg >> 8);
            case LOAD_ATTR -> oparg & 1;
            case LOAD_GLOBAL -> 1 + (oparg & 1);
            case LOAD_SUPER_ATTR, INSTRUMENTED_LOAD_SUPER_ATTR -> -2 + (oparg & 1);
            default -> fixed(op);
        };
    }

    private static int fixed(Opcode op) {
        return switch (op) {
            case STORE_SLICE -> -4;
            case STORE_SUBSCR -> -3;
            case BINARY_SLICE, DELETE_SUBSCR, END_ASYNC_FOR, MAP_ADD, MATCH_CLASS, STORE_ATTR,
                    STORE_FAST_STORE_FAST -> -2;
            case BINARY_SUBSCR, CLEANUP_THROW, END_FOR, END_SEND, EXIT_INIT_CHECK, FORMAT_WITH_SPEC,
                    INTERPRETER_EXIT, POP_EXCEPT, POP_TOP, RETURN_VALUE, BINARY_OP, CALL_INTRINSIC_2,
                    COMPARE_OP, CONTAINS_OP, DELETE_ATTR, DICT_MERGE, DICT_UPDATE, IMPORT_NAME, IS_OP,
                    LIST_APPEND, LIST_EXTEND, POP_JUMP_IF_FALSE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE,
                    POP_JUMP_IF_TRUE, RERAISE, SET_ADD, SET_FUNCTION_ATTRIBUTE, SET_UPDATE, STORE_DEREF,
                    STORE_FAST, STORE_GLOBAL, STORE_NAME, INSTRUMENTED_END_FOR, INSTRUMENTED_END_SEND,
                    INSTRUMENTED_RETURN_VALUE, LOAD_SUPER_METHOD, LOAD_ZERO_SUPER_ATTR,
                    LOAD_ZERO_SUPER_METHOD, STORE_FAST_MAYBE_NULL -> -1;
            case BEFORE_ASYNC_WITH, BEFORE_WITH, GET_ANEXT, GET_LEN, LOAD_ASSERTION_ERROR,
                    LOAD_BUILD_CLASS, LOAD_LOCALS, MATCH_KEYS, MATCH_MAPPING, MATCH_SEQUENCE,
                    PUSH_EXC_INFO, PUSH_NULL, RETURN_GENERATOR, WITH_EXCEPT_START, COPY, FOR_ITER,
                    IMPORT_FROM, LOAD_CONST, LOAD_DEREF, LOAD_FAST, LOAD_FAST_AND_CLEAR, LOAD_FAST_CHECK,
                    LOAD_NAME, LOAD_CLOSURE, LOAD_METHOD -> 1;
            case LOAD_FAST_LOAD_FAST -> 2;
            case INSTRUMENTED_LINE -> throw new IllegalArgumentException("invalid opcode or oparg");
            default -> 0;
        };
    }
}
