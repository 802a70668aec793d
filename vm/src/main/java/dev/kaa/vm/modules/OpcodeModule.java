package dev.kaa.vm.modules;

import dev.kaa.bytecode.Opcode;
import dev.kaa.bytecode.StackEffect;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.KwOnly;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import java.lang.invoke.MethodHandles;

/**
 * {@code _opcode}: what {@code opcode} and {@code dis} ask of the instruction set, answered from
 * the one table of the bytecode module ({@link Opcode}, {@link StackEffect}). Kaa does not
 * specialise instructions, so there are no specialization statistics and no executors.
 *
 * <p>Thread safety: stateless.
 */
public final class OpcodeModule {
    private OpcodeModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_opcode");
        m.put("__doc__", PyStr.of("Opcode support module."));
        m.put("ENABLE_SPECIALIZATION", dev.kaa.vm.objects.PyInt.of(0)); // Kaa does not specialise
        Exposer.functions(OpcodeModule.class, MethodHandles.lookup(), "_opcode", m).forEach(m::put);
        return m;
    }

    private static Opcode op(int code) {
        return Opcode.of(code);
    }

    @PyMethod(doc = "How much the instruction changes the stack depth (optionally given the jump is taken or not).")
    static int stack_effect(int opcode, @Opt Object oparg, @KwOnly @Opt Object jump) {
        Opcode op = op(opcode);
        if (op == null) {
            throw PyErr.valueError("invalid opcode or oparg");
        }
        int arg = oparg == null || oparg == PyNone.NONE ? 0 : dev.kaa.vm.objects.Abstract.asInt(oparg);
        try {
            if (jump == null || jump == PyNone.NONE) {
                return StackEffect.max(op, arg);
            }
            return StackEffect.of(op, arg, dev.kaa.vm.objects.Abstract.isTrue(jump));
        } catch (IllegalArgumentException e) {
            throw PyErr.valueError("invalid opcode or oparg");
        }
    }

    @PyMethod(positionalOnly = 0, doc = "Whether the number is an instruction of this version.")
    static boolean is_valid(int opcode) {
        return op(opcode) != null;
    }

    private static boolean has(int opcode, int flag) {
        Opcode op = op(opcode);
        return op != null && op.has(flag);
    }

    @PyMethod(positionalOnly = 0, doc = "Whether the instruction reads its argument.")
    static boolean has_arg(int opcode) {
        return has(opcode, Opcode.HAS_ARG);
    }

    @PyMethod(positionalOnly = 0, doc = "Whether the instruction's argument indexes co_consts.")
    static boolean has_const(int opcode) {
        return has(opcode, Opcode.HAS_CONST);
    }

    @PyMethod(positionalOnly = 0, doc = "Whether the instruction's argument indexes co_names.")
    static boolean has_name(int opcode) {
        return has(opcode, Opcode.HAS_NAME);
    }

    @PyMethod(positionalOnly = 0, doc = "Whether the instruction's argument is a jump offset.")
    static boolean has_jump(int opcode) {
        return has(opcode, Opcode.HAS_JUMP);
    }

    @PyMethod(positionalOnly = 0, doc = "Whether the instruction's argument names a cell or free variable.")
    static boolean has_free(int opcode) {
        return has(opcode, Opcode.HAS_FREE);
    }

    @PyMethod(positionalOnly = 0, doc = "Whether the instruction's argument indexes the fast locals.")
    static boolean has_local(int opcode) {
        return has(opcode, Opcode.HAS_LOCAL);
    }

    @PyMethod(positionalOnly = 0, doc = "Whether the instruction is a pseudo-instruction setting up an exception"
            + " handler.")
    static boolean has_exc(int opcode) {
        return has(opcode, Opcode.HAS_EXC);
    }

    @PyMethod(doc = "The specialisation statistics (None: Kaa gathers none)")
    static Object get_specialization_stats() {
        return PyNone.NONE;
    }

    private static PyList strings(String... names) {
        PyList out = new PyList();
        for (String n : names) {
            out.append(PyStr.of(n));
        }
        return out;
    }

    @PyMethod(doc = "The names of CALL_INTRINSIC_1's functions, by argument.")
    static Object get_intrinsic1_descs() {
        return strings("INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR",
                "INTRINSIC_STOPITERATION_ERROR", "INTRINSIC_ASYNC_GEN_WRAP", "INTRINSIC_UNARY_POSITIVE",
                "INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR", "INTRINSIC_PARAMSPEC", "INTRINSIC_TYPEVARTUPLE",
                "INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS");
    }

    @PyMethod(doc = "The names of CALL_INTRINSIC_2's functions, by argument.")
    static Object get_intrinsic2_descs() {
        return strings("INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR", "INTRINSIC_TYPEVAR_WITH_BOUND",
                "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS", "INTRINSIC_SET_FUNCTION_TYPE_PARAMS",
                "INTRINSIC_SET_TYPEPARAM_DEFAULT");
    }

    /** The BINARY_OP arguments in their numeric order, with their symbols. */
    private static final String[][] NB_OPS = {
        {"NB_ADD", "+"}, {"NB_AND", "&"}, {"NB_FLOOR_DIVIDE", "//"}, {"NB_LSHIFT", "<<"},
        {"NB_MATRIX_MULTIPLY", "@"}, {"NB_MULTIPLY", "*"}, {"NB_REMAINDER", "%"}, {"NB_OR", "|"},
        {"NB_POWER", "**"}, {"NB_RSHIFT", ">>"}, {"NB_SUBTRACT", "-"}, {"NB_TRUE_DIVIDE", "/"},
        {"NB_XOR", "^"}, {"NB_INPLACE_ADD", "+="}, {"NB_INPLACE_AND", "&="}, {"NB_INPLACE_FLOOR_DIVIDE", "//="},
        {"NB_INPLACE_LSHIFT", "<<="}, {"NB_INPLACE_MATRIX_MULTIPLY", "@="}, {"NB_INPLACE_MULTIPLY", "*="},
        {"NB_INPLACE_REMAINDER", "%="}, {"NB_INPLACE_OR", "|="}, {"NB_INPLACE_POWER", "**="},
        {"NB_INPLACE_RSHIFT", ">>="}, {"NB_INPLACE_SUBTRACT", "-="}, {"NB_INPLACE_TRUE_DIVIDE", "/="},
        {"NB_INPLACE_XOR", "^="},
    };

    @PyMethod(doc = "The (name, operator) pairs of BINARY_OP, in the order of its argument values.")
    static Object get_nb_ops() {
        PyList out = new PyList();
        for (String[] op : NB_OPS) {
            out.append(PyTuple.of(PyStr.of(op[0]), PyStr.of(op[1])));
        }
        return out;
    }

    @PyMethod(positionalOnly = 0, doc = "Return the executor object at offset in code.")
    static Object get_executor(Object code, int offset) {
        throw PyErr.runtimeError("no executor at offset %d", offset);
    }
}
