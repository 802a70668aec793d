package dev.kaa.bytecode;

/**
 * The instruction set of CPython 3.13, written down once: number, inline {@code CACHE} code units
 * and flags. The compiler, the disassembler and the interpreter all read this table.
 * Pseudo instructions (numbers from 256) exist only inside the compiler; the assembler replaces
 * them before code is written.
 *
 * <p>Thread safety: immutable.
 */
public enum Opcode {
    CACHE(Op.CACHE, 0, 0),
    BEFORE_ASYNC_WITH(Op.BEFORE_ASYNC_WITH, 0, 0),
    BEFORE_WITH(Op.BEFORE_WITH, 0, 0),
    BINARY_SLICE(Op.BINARY_SLICE, 0, 0),
    BINARY_SUBSCR(Op.BINARY_SUBSCR, 1, 0),
    CHECK_EG_MATCH(Op.CHECK_EG_MATCH, 0, 0),
    CHECK_EXC_MATCH(Op.CHECK_EXC_MATCH, 0, 0),
    CLEANUP_THROW(Op.CLEANUP_THROW, 0, 0),
    DELETE_SUBSCR(Op.DELETE_SUBSCR, 0, 0),
    END_ASYNC_FOR(Op.END_ASYNC_FOR, 0, 0),
    END_FOR(Op.END_FOR, 0, 0),
    END_SEND(Op.END_SEND, 0, 0),
    EXIT_INIT_CHECK(Op.EXIT_INIT_CHECK, 0, 0),
    FORMAT_SIMPLE(Op.FORMAT_SIMPLE, 0, 0),
    FORMAT_WITH_SPEC(Op.FORMAT_WITH_SPEC, 0, 0),
    GET_AITER(Op.GET_AITER, 0, 0),
    RESERVED(Op.RESERVED, 0, 0),
    GET_ANEXT(Op.GET_ANEXT, 0, 0),
    GET_ITER(Op.GET_ITER, 0, 0),
    GET_LEN(Op.GET_LEN, 0, 0),
    GET_YIELD_FROM_ITER(Op.GET_YIELD_FROM_ITER, 0, 0),
    INTERPRETER_EXIT(Op.INTERPRETER_EXIT, 0, 0),
    LOAD_ASSERTION_ERROR(Op.LOAD_ASSERTION_ERROR, 0, 0),
    LOAD_BUILD_CLASS(Op.LOAD_BUILD_CLASS, 0, 0),
    LOAD_LOCALS(Op.LOAD_LOCALS, 0, 0),
    MAKE_FUNCTION(Op.MAKE_FUNCTION, 0, 0),
    MATCH_KEYS(Op.MATCH_KEYS, 0, 0),
    MATCH_MAPPING(Op.MATCH_MAPPING, 0, 0),
    MATCH_SEQUENCE(Op.MATCH_SEQUENCE, 0, 0),
    NOP(Op.NOP, 0, 0),
    POP_EXCEPT(Op.POP_EXCEPT, 0, 0),
    POP_TOP(Op.POP_TOP, 0, 0),
    PUSH_EXC_INFO(Op.PUSH_EXC_INFO, 0, 0),
    PUSH_NULL(Op.PUSH_NULL, 0, 0),
    RETURN_GENERATOR(Op.RETURN_GENERATOR, 0, 0),
    RETURN_VALUE(Op.RETURN_VALUE, 0, 0),
    SETUP_ANNOTATIONS(Op.SETUP_ANNOTATIONS, 0, 0),
    STORE_SLICE(Op.STORE_SLICE, 0, 0),
    STORE_SUBSCR(Op.STORE_SUBSCR, 1, 0),
    TO_BOOL(Op.TO_BOOL, 3, 0),
    UNARY_INVERT(Op.UNARY_INVERT, 0, 0),
    UNARY_NEGATIVE(Op.UNARY_NEGATIVE, 0, 0),
    UNARY_NOT(Op.UNARY_NOT, 0, 0),
    WITH_EXCEPT_START(Op.WITH_EXCEPT_START, 0, 0),
    BINARY_OP(Op.BINARY_OP, 1, F.HAS_ARG),
    BUILD_CONST_KEY_MAP(Op.BUILD_CONST_KEY_MAP, 0, F.HAS_ARG),
    BUILD_LIST(Op.BUILD_LIST, 0, F.HAS_ARG),
    BUILD_MAP(Op.BUILD_MAP, 0, F.HAS_ARG),
    BUILD_SET(Op.BUILD_SET, 0, F.HAS_ARG),
    BUILD_SLICE(Op.BUILD_SLICE, 0, F.HAS_ARG),
    BUILD_STRING(Op.BUILD_STRING, 0, F.HAS_ARG),
    BUILD_TUPLE(Op.BUILD_TUPLE, 0, F.HAS_ARG),
    CALL(Op.CALL, 3, F.HAS_ARG),
    CALL_FUNCTION_EX(Op.CALL_FUNCTION_EX, 0, F.HAS_ARG),
    CALL_INTRINSIC_1(Op.CALL_INTRINSIC_1, 0, F.HAS_ARG),
    CALL_INTRINSIC_2(Op.CALL_INTRINSIC_2, 0, F.HAS_ARG),
    CALL_KW(Op.CALL_KW, 0, F.HAS_ARG),
    COMPARE_OP(Op.COMPARE_OP, 1, F.HAS_ARG),
    CONTAINS_OP(Op.CONTAINS_OP, 1, F.HAS_ARG),
    CONVERT_VALUE(Op.CONVERT_VALUE, 0, F.HAS_ARG),
    COPY(Op.COPY, 0, F.HAS_ARG),
    COPY_FREE_VARS(Op.COPY_FREE_VARS, 0, F.HAS_ARG),
    DELETE_ATTR(Op.DELETE_ATTR, 0, F.HAS_ARG | F.HAS_NAME),
    DELETE_DEREF(Op.DELETE_DEREF, 0, F.HAS_ARG | F.HAS_FREE),
    DELETE_FAST(Op.DELETE_FAST, 0, F.HAS_ARG | F.HAS_LOCAL),
    DELETE_GLOBAL(Op.DELETE_GLOBAL, 0, F.HAS_ARG | F.HAS_NAME),
    DELETE_NAME(Op.DELETE_NAME, 0, F.HAS_ARG | F.HAS_NAME),
    DICT_MERGE(Op.DICT_MERGE, 0, F.HAS_ARG),
    DICT_UPDATE(Op.DICT_UPDATE, 0, F.HAS_ARG),
    ENTER_EXECUTOR(Op.ENTER_EXECUTOR, 0, F.HAS_ARG),
    EXTENDED_ARG(Op.EXTENDED_ARG, 0, F.HAS_ARG),
    FOR_ITER(Op.FOR_ITER, 1, F.HAS_ARG | F.HAS_JUMP),
    GET_AWAITABLE(Op.GET_AWAITABLE, 0, F.HAS_ARG),
    IMPORT_FROM(Op.IMPORT_FROM, 0, F.HAS_ARG | F.HAS_NAME),
    IMPORT_NAME(Op.IMPORT_NAME, 0, F.HAS_ARG | F.HAS_NAME),
    IS_OP(Op.IS_OP, 0, F.HAS_ARG),
    JUMP_BACKWARD(Op.JUMP_BACKWARD, 1, F.HAS_ARG | F.HAS_JUMP),
    JUMP_BACKWARD_NO_INTERRUPT(Op.JUMP_BACKWARD_NO_INTERRUPT, 0, F.HAS_ARG | F.HAS_JUMP),
    JUMP_FORWARD(Op.JUMP_FORWARD, 0, F.HAS_ARG | F.HAS_JUMP),
    LIST_APPEND(Op.LIST_APPEND, 0, F.HAS_ARG),
    LIST_EXTEND(Op.LIST_EXTEND, 0, F.HAS_ARG),
    LOAD_ATTR(Op.LOAD_ATTR, 9, F.HAS_ARG | F.HAS_NAME),
    LOAD_CONST(Op.LOAD_CONST, 0, F.HAS_ARG | F.HAS_CONST),
    LOAD_DEREF(Op.LOAD_DEREF, 0, F.HAS_ARG | F.HAS_FREE),
    LOAD_FAST(Op.LOAD_FAST, 0, F.HAS_ARG | F.HAS_LOCAL),
    LOAD_FAST_AND_CLEAR(Op.LOAD_FAST_AND_CLEAR, 0, F.HAS_ARG | F.HAS_LOCAL),
    LOAD_FAST_CHECK(Op.LOAD_FAST_CHECK, 0, F.HAS_ARG | F.HAS_LOCAL),
    LOAD_FAST_LOAD_FAST(Op.LOAD_FAST_LOAD_FAST, 0, F.HAS_ARG | F.HAS_LOCAL),
    LOAD_FROM_DICT_OR_DEREF(Op.LOAD_FROM_DICT_OR_DEREF, 0, F.HAS_ARG | F.HAS_FREE),
    LOAD_FROM_DICT_OR_GLOBALS(Op.LOAD_FROM_DICT_OR_GLOBALS, 0, F.HAS_ARG | F.HAS_NAME),
    LOAD_GLOBAL(Op.LOAD_GLOBAL, 4, F.HAS_ARG | F.HAS_NAME),
    LOAD_NAME(Op.LOAD_NAME, 0, F.HAS_ARG | F.HAS_NAME),
    LOAD_SUPER_ATTR(Op.LOAD_SUPER_ATTR, 1, F.HAS_ARG | F.HAS_NAME),
    MAKE_CELL(Op.MAKE_CELL, 0, F.HAS_ARG | F.HAS_FREE),
    MAP_ADD(Op.MAP_ADD, 0, F.HAS_ARG),
    MATCH_CLASS(Op.MATCH_CLASS, 0, F.HAS_ARG),
    POP_JUMP_IF_FALSE(Op.POP_JUMP_IF_FALSE, 1, F.HAS_ARG | F.HAS_JUMP),
    POP_JUMP_IF_NONE(Op.POP_JUMP_IF_NONE, 1, F.HAS_ARG | F.HAS_JUMP),
    POP_JUMP_IF_NOT_NONE(Op.POP_JUMP_IF_NOT_NONE, 1, F.HAS_ARG | F.HAS_JUMP),
    POP_JUMP_IF_TRUE(Op.POP_JUMP_IF_TRUE, 1, F.HAS_ARG | F.HAS_JUMP),
    RAISE_VARARGS(Op.RAISE_VARARGS, 0, F.HAS_ARG),
    RERAISE(Op.RERAISE, 0, F.HAS_ARG),
    RETURN_CONST(Op.RETURN_CONST, 0, F.HAS_ARG | F.HAS_CONST),
    SEND(Op.SEND, 1, F.HAS_ARG | F.HAS_JUMP),
    SET_ADD(Op.SET_ADD, 0, F.HAS_ARG),
    SET_FUNCTION_ATTRIBUTE(Op.SET_FUNCTION_ATTRIBUTE, 0, F.HAS_ARG),
    SET_UPDATE(Op.SET_UPDATE, 0, F.HAS_ARG),
    STORE_ATTR(Op.STORE_ATTR, 4, F.HAS_ARG | F.HAS_NAME),
    STORE_DEREF(Op.STORE_DEREF, 0, F.HAS_ARG | F.HAS_FREE),
    STORE_FAST(Op.STORE_FAST, 0, F.HAS_ARG | F.HAS_LOCAL),
    STORE_FAST_LOAD_FAST(Op.STORE_FAST_LOAD_FAST, 0, F.HAS_ARG | F.HAS_LOCAL),
    STORE_FAST_STORE_FAST(Op.STORE_FAST_STORE_FAST, 0, F.HAS_ARG | F.HAS_LOCAL),
    STORE_GLOBAL(Op.STORE_GLOBAL, 0, F.HAS_ARG | F.HAS_NAME),
    STORE_NAME(Op.STORE_NAME, 0, F.HAS_ARG | F.HAS_NAME),
    SWAP(Op.SWAP, 0, F.HAS_ARG),
    UNPACK_EX(Op.UNPACK_EX, 0, F.HAS_ARG),
    UNPACK_SEQUENCE(Op.UNPACK_SEQUENCE, 1, F.HAS_ARG),
    YIELD_VALUE(Op.YIELD_VALUE, 0, F.HAS_ARG),
    RESUME(Op.RESUME, 0, F.HAS_ARG),
    INSTRUMENTED_RESUME(Op.INSTRUMENTED_RESUME, 0, F.HAS_ARG),
    INSTRUMENTED_END_FOR(Op.INSTRUMENTED_END_FOR, 0, 0),
    INSTRUMENTED_END_SEND(Op.INSTRUMENTED_END_SEND, 0, 0),
    INSTRUMENTED_RETURN_VALUE(Op.INSTRUMENTED_RETURN_VALUE, 0, 0),
    INSTRUMENTED_RETURN_CONST(Op.INSTRUMENTED_RETURN_CONST, 0, F.HAS_ARG | F.HAS_CONST),
    INSTRUMENTED_YIELD_VALUE(Op.INSTRUMENTED_YIELD_VALUE, 0, F.HAS_ARG),
    INSTRUMENTED_LOAD_SUPER_ATTR(Op.INSTRUMENTED_LOAD_SUPER_ATTR, 0, F.HAS_ARG),
    INSTRUMENTED_FOR_ITER(Op.INSTRUMENTED_FOR_ITER, 0, F.HAS_ARG),
    INSTRUMENTED_CALL(Op.INSTRUMENTED_CALL, 0, F.HAS_ARG),
    INSTRUMENTED_CALL_KW(Op.INSTRUMENTED_CALL_KW, 0, F.HAS_ARG),
    INSTRUMENTED_CALL_FUNCTION_EX(Op.INSTRUMENTED_CALL_FUNCTION_EX, 0, 0),
    INSTRUMENTED_INSTRUCTION(Op.INSTRUMENTED_INSTRUCTION, 0, 0),
    INSTRUMENTED_JUMP_FORWARD(Op.INSTRUMENTED_JUMP_FORWARD, 0, F.HAS_ARG),
    INSTRUMENTED_JUMP_BACKWARD(Op.INSTRUMENTED_JUMP_BACKWARD, 0, F.HAS_ARG),
    INSTRUMENTED_POP_JUMP_IF_TRUE(Op.INSTRUMENTED_POP_JUMP_IF_TRUE, 0, F.HAS_ARG),
    INSTRUMENTED_POP_JUMP_IF_FALSE(Op.INSTRUMENTED_POP_JUMP_IF_FALSE, 0, F.HAS_ARG),
    INSTRUMENTED_POP_JUMP_IF_NONE(Op.INSTRUMENTED_POP_JUMP_IF_NONE, 0, F.HAS_ARG),
    INSTRUMENTED_POP_JUMP_IF_NOT_NONE(Op.INSTRUMENTED_POP_JUMP_IF_NOT_NONE, 0, F.HAS_ARG),
    INSTRUMENTED_LINE(Op.INSTRUMENTED_LINE, 0, 0),
    JUMP(Op.JUMP, 0, F.PSEUDO | F.HAS_ARG | F.HAS_JUMP),
    JUMP_NO_INTERRUPT(Op.JUMP_NO_INTERRUPT, 0, F.PSEUDO | F.HAS_ARG | F.HAS_JUMP),
    LOAD_CLOSURE(Op.LOAD_CLOSURE, 0, F.PSEUDO | F.HAS_ARG | F.HAS_LOCAL),
    LOAD_METHOD(Op.LOAD_METHOD, 0, F.PSEUDO | F.HAS_ARG | F.HAS_NAME),
    LOAD_SUPER_METHOD(Op.LOAD_SUPER_METHOD, 0, F.PSEUDO | F.HAS_ARG | F.HAS_NAME),
    LOAD_ZERO_SUPER_ATTR(Op.LOAD_ZERO_SUPER_ATTR, 0, F.PSEUDO | F.HAS_ARG | F.HAS_NAME),
    LOAD_ZERO_SUPER_METHOD(Op.LOAD_ZERO_SUPER_METHOD, 0, F.PSEUDO | F.HAS_ARG | F.HAS_NAME),
    POP_BLOCK(Op.POP_BLOCK, 0, F.PSEUDO),
    SETUP_CLEANUP(Op.SETUP_CLEANUP, 0, F.PSEUDO | F.HAS_ARG | F.HAS_EXC),
    SETUP_FINALLY(Op.SETUP_FINALLY, 0, F.PSEUDO | F.HAS_ARG | F.HAS_EXC),
    SETUP_WITH(Op.SETUP_WITH, 0, F.PSEUDO | F.HAS_ARG | F.HAS_EXC),
    STORE_FAST_MAYBE_NULL(Op.STORE_FAST_MAYBE_NULL, 0, F.PSEUDO | F.HAS_ARG | F.HAS_LOCAL);

    /** The instruction takes an argument (its oparg is meaningful). */
    public static final int HAS_ARG = 1;
    /** The argument indexes {@code co_consts}. */
    public static final int HAS_CONST = 1 << 1;
    /** The argument indexes {@code co_names} (some shifted, see {@code dis}). */
    public static final int HAS_NAME = 1 << 2;
    /** The argument is a jump offset. */
    public static final int HAS_JUMP = 1 << 3;
    /** The argument indexes the fast locals. */
    public static final int HAS_LOCAL = 1 << 4;
    /** The argument indexes cells and free variables in the locals-plus array. */
    public static final int HAS_FREE = 1 << 5;
    /** A pseudo instruction that sets up an exception handler. */
    public static final int HAS_EXC = 1 << 6;
    /** A pseudo instruction, never present in a code object. */
    public static final int PSEUDO = 1 << 7;

    /**
     * The flags again, for the rows above: an enum constant may not name a static field of its
     * own class before the field's declaration, but may name one of a nested class.
     */
    private static final class F {
        static final int HAS_ARG = Opcode.HAS_ARG, HAS_CONST = Opcode.HAS_CONST, HAS_NAME = Opcode.HAS_NAME,
                HAS_JUMP = Opcode.HAS_JUMP, HAS_LOCAL = Opcode.HAS_LOCAL, HAS_FREE = Opcode.HAS_FREE,
                HAS_EXC = Opcode.HAS_EXC, PSEUDO = Opcode.PSEUDO;
    }

    private static final Opcode[] BY_CODE = index(values());

    private final int code;
    private final int cacheEntries;
    private final int flags;

    Opcode(int code, int cacheEntries, int flags) {
        this.code = code;
        this.cacheEntries = cacheEntries;
        this.flags = flags;
    }

    /** The instruction's number in the code unit. */
    public int code() {
        return code;
    }

    /** How many {@code CACHE} code units follow the instruction. */
    public int cacheEntries() {
        return cacheEntries;
    }

    /** Whether every bit of {@code flag} is set for this instruction. */
    public boolean has(int flag) {
        return (flags & flag) == flag;
    }

    /** The instruction numbered {@code code}, or {@code null} for an unused number. */
    public static Opcode of(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }

    private static Opcode[] index(Opcode[] all) {
        Opcode[] table = new Opcode[all[all.length - 1].code + 1];
        for (Opcode op : all) {
            table[op.code] = op;
        }
        return table;
    }
}
