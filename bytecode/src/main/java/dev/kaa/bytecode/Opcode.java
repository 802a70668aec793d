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
    CACHE(0, 0, 0),
    BEFORE_ASYNC_WITH(1, 0, 0),
    BEFORE_WITH(2, 0, 0),
    BINARY_SLICE(4, 0, 0),
    BINARY_SUBSCR(5, 1, 0),
    CHECK_EG_MATCH(6, 0, 0),
    CHECK_EXC_MATCH(7, 0, 0),
    CLEANUP_THROW(8, 0, 0),
    DELETE_SUBSCR(9, 0, 0),
    END_ASYNC_FOR(10, 0, 0),
    END_FOR(11, 0, 0),
    END_SEND(12, 0, 0),
    EXIT_INIT_CHECK(13, 0, 0),
    FORMAT_SIMPLE(14, 0, 0),
    FORMAT_WITH_SPEC(15, 0, 0),
    GET_AITER(16, 0, 0),
    RESERVED(17, 0, 0),
    GET_ANEXT(18, 0, 0),
    GET_ITER(19, 0, 0),
    GET_LEN(20, 0, 0),
    GET_YIELD_FROM_ITER(21, 0, 0),
    INTERPRETER_EXIT(22, 0, 0),
    LOAD_ASSERTION_ERROR(23, 0, 0),
    LOAD_BUILD_CLASS(24, 0, 0),
    LOAD_LOCALS(25, 0, 0),
    MAKE_FUNCTION(26, 0, 0),
    MATCH_KEYS(27, 0, 0),
    MATCH_MAPPING(28, 0, 0),
    MATCH_SEQUENCE(29, 0, 0),
    NOP(30, 0, 0),
    POP_EXCEPT(31, 0, 0),
    POP_TOP(32, 0, 0),
    PUSH_EXC_INFO(33, 0, 0),
    PUSH_NULL(34, 0, 0),
    RETURN_GENERATOR(35, 0, 0),
    RETURN_VALUE(36, 0, 0),
    SETUP_ANNOTATIONS(37, 0, 0),
    STORE_SLICE(38, 0, 0),
    STORE_SUBSCR(39, 1, 0),
    TO_BOOL(40, 3, 0),
    UNARY_INVERT(41, 0, 0),
    UNARY_NEGATIVE(42, 0, 0),
    UNARY_NOT(43, 0, 0),
    WITH_EXCEPT_START(44, 0, 0),
    BINARY_OP(45, 1, F.HAS_ARG),
    BUILD_CONST_KEY_MAP(46, 0, F.HAS_ARG),
    BUILD_LIST(47, 0, F.HAS_ARG),
    BUILD_MAP(48, 0, F.HAS_ARG),
    BUILD_SET(49, 0, F.HAS_ARG),
    BUILD_SLICE(50, 0, F.HAS_ARG),
    BUILD_STRING(51, 0, F.HAS_ARG),
    BUILD_TUPLE(52, 0, F.HAS_ARG),
    CALL(53, 3, F.HAS_ARG),
    CALL_FUNCTION_EX(54, 0, F.HAS_ARG),
    CALL_INTRINSIC_1(55, 0, F.HAS_ARG),
    CALL_INTRINSIC_2(56, 0, F.HAS_ARG),
    CALL_KW(57, 0, F.HAS_ARG),
    COMPARE_OP(58, 1, F.HAS_ARG),
    CONTAINS_OP(59, 1, F.HAS_ARG),
    CONVERT_VALUE(60, 0, F.HAS_ARG),
    COPY(61, 0, F.HAS_ARG),
    COPY_FREE_VARS(62, 0, F.HAS_ARG),
    DELETE_ATTR(63, 0, F.HAS_ARG | F.HAS_NAME),
    DELETE_DEREF(64, 0, F.HAS_ARG | F.HAS_FREE),
    DELETE_FAST(65, 0, F.HAS_ARG | F.HAS_LOCAL),
    DELETE_GLOBAL(66, 0, F.HAS_ARG | F.HAS_NAME),
    DELETE_NAME(67, 0, F.HAS_ARG | F.HAS_NAME),
    DICT_MERGE(68, 0, F.HAS_ARG),
    DICT_UPDATE(69, 0, F.HAS_ARG),
    ENTER_EXECUTOR(70, 0, F.HAS_ARG),
    EXTENDED_ARG(71, 0, F.HAS_ARG),
    FOR_ITER(72, 1, F.HAS_ARG | F.HAS_JUMP),
    GET_AWAITABLE(73, 0, F.HAS_ARG),
    IMPORT_FROM(74, 0, F.HAS_ARG | F.HAS_NAME),
    IMPORT_NAME(75, 0, F.HAS_ARG | F.HAS_NAME),
    IS_OP(76, 0, F.HAS_ARG),
    JUMP_BACKWARD(77, 1, F.HAS_ARG | F.HAS_JUMP),
    JUMP_BACKWARD_NO_INTERRUPT(78, 0, F.HAS_ARG | F.HAS_JUMP),
    JUMP_FORWARD(79, 0, F.HAS_ARG | F.HAS_JUMP),
    LIST_APPEND(80, 0, F.HAS_ARG),
    LIST_EXTEND(81, 0, F.HAS_ARG),
    LOAD_ATTR(82, 9, F.HAS_ARG | F.HAS_NAME),
    LOAD_CONST(83, 0, F.HAS_ARG | F.HAS_CONST),
    LOAD_DEREF(84, 0, F.HAS_ARG | F.HAS_FREE),
    LOAD_FAST(85, 0, F.HAS_ARG | F.HAS_LOCAL),
    LOAD_FAST_AND_CLEAR(86, 0, F.HAS_ARG | F.HAS_LOCAL),
    LOAD_FAST_CHECK(87, 0, F.HAS_ARG | F.HAS_LOCAL),
    LOAD_FAST_LOAD_FAST(88, 0, F.HAS_ARG | F.HAS_LOCAL),
    LOAD_FROM_DICT_OR_DEREF(89, 0, F.HAS_ARG | F.HAS_FREE),
    LOAD_FROM_DICT_OR_GLOBALS(90, 0, F.HAS_ARG | F.HAS_NAME),
    LOAD_GLOBAL(91, 4, F.HAS_ARG | F.HAS_NAME),
    LOAD_NAME(92, 0, F.HAS_ARG | F.HAS_NAME),
    LOAD_SUPER_ATTR(93, 1, F.HAS_ARG | F.HAS_NAME),
    MAKE_CELL(94, 0, F.HAS_ARG | F.HAS_FREE),
    MAP_ADD(95, 0, F.HAS_ARG),
    MATCH_CLASS(96, 0, F.HAS_ARG),
    POP_JUMP_IF_FALSE(97, 1, F.HAS_ARG | F.HAS_JUMP),
    POP_JUMP_IF_NONE(98, 1, F.HAS_ARG | F.HAS_JUMP),
    POP_JUMP_IF_NOT_NONE(99, 1, F.HAS_ARG | F.HAS_JUMP),
    POP_JUMP_IF_TRUE(100, 1, F.HAS_ARG | F.HAS_JUMP),
    RAISE_VARARGS(101, 0, F.HAS_ARG),
    RERAISE(102, 0, F.HAS_ARG),
    RETURN_CONST(103, 0, F.HAS_ARG | F.HAS_CONST),
    SEND(104, 1, F.HAS_ARG | F.HAS_JUMP),
    SET_ADD(105, 0, F.HAS_ARG),
    SET_FUNCTION_ATTRIBUTE(106, 0, F.HAS_ARG),
    SET_UPDATE(107, 0, F.HAS_ARG),
    STORE_ATTR(108, 4, F.HAS_ARG | F.HAS_NAME),
    STORE_DEREF(109, 0, F.HAS_ARG | F.HAS_FREE),
    STORE_FAST(110, 0, F.HAS_ARG | F.HAS_LOCAL),
    STORE_FAST_LOAD_FAST(111, 0, F.HAS_ARG | F.HAS_LOCAL),
    STORE_FAST_STORE_FAST(112, 0, F.HAS_ARG | F.HAS_LOCAL),
    STORE_GLOBAL(113, 0, F.HAS_ARG | F.HAS_NAME),
    STORE_NAME(114, 0, F.HAS_ARG | F.HAS_NAME),
    SWAP(115, 0, F.HAS_ARG),
    UNPACK_EX(116, 0, F.HAS_ARG),
    UNPACK_SEQUENCE(117, 1, F.HAS_ARG),
    YIELD_VALUE(118, 0, F.HAS_ARG),
    RESUME(149, 0, F.HAS_ARG),
    INSTRUMENTED_RESUME(236, 0, F.HAS_ARG),
    INSTRUMENTED_END_FOR(237, 0, 0),
    INSTRUMENTED_END_SEND(238, 0, 0),
    INSTRUMENTED_RETURN_VALUE(239, 0, 0),
    INSTRUMENTED_RETURN_CONST(240, 0, F.HAS_ARG | F.HAS_CONST),
    INSTRUMENTED_YIELD_VALUE(241, 0, F.HAS_ARG),
    INSTRUMENTED_LOAD_SUPER_ATTR(242, 0, F.HAS_ARG),
    INSTRUMENTED_FOR_ITER(243, 0, F.HAS_ARG),
    INSTRUMENTED_CALL(244, 0, F.HAS_ARG),
    INSTRUMENTED_CALL_KW(245, 0, F.HAS_ARG),
    INSTRUMENTED_CALL_FUNCTION_EX(246, 0, 0),
    INSTRUMENTED_INSTRUCTION(247, 0, 0),
    INSTRUMENTED_JUMP_FORWARD(248, 0, F.HAS_ARG),
    INSTRUMENTED_JUMP_BACKWARD(249, 0, F.HAS_ARG),
    INSTRUMENTED_POP_JUMP_IF_TRUE(250, 0, F.HAS_ARG),
    INSTRUMENTED_POP_JUMP_IF_FALSE(251, 0, F.HAS_ARG),
    INSTRUMENTED_POP_JUMP_IF_NONE(252, 0, F.HAS_ARG),
    INSTRUMENTED_POP_JUMP_IF_NOT_NONE(253, 0, F.HAS_ARG),
    INSTRUMENTED_LINE(254, 0, 0),
    JUMP(256, 0, F.PSEUDO | F.HAS_ARG | F.HAS_JUMP),
    JUMP_NO_INTERRUPT(257, 0, F.PSEUDO | F.HAS_ARG | F.HAS_JUMP),
    LOAD_CLOSURE(258, 0, F.PSEUDO | F.HAS_ARG | F.HAS_LOCAL),
    LOAD_METHOD(259, 0, F.PSEUDO | F.HAS_ARG | F.HAS_NAME),
    LOAD_SUPER_METHOD(260, 0, F.PSEUDO | F.HAS_ARG | F.HAS_NAME),
    LOAD_ZERO_SUPER_ATTR(261, 0, F.PSEUDO | F.HAS_ARG | F.HAS_NAME),
    LOAD_ZERO_SUPER_METHOD(262, 0, F.PSEUDO | F.HAS_ARG | F.HAS_NAME),
    POP_BLOCK(263, 0, F.PSEUDO),
    SETUP_CLEANUP(264, 0, F.PSEUDO | F.HAS_ARG | F.HAS_EXC),
    SETUP_FINALLY(265, 0, F.PSEUDO | F.HAS_ARG | F.HAS_EXC),
    SETUP_WITH(266, 0, F.PSEUDO | F.HAS_ARG | F.HAS_EXC),
    STORE_FAST_MAYBE_NULL(267, 0, F.PSEUDO | F.HAS_ARG | F.HAS_LOCAL);

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
