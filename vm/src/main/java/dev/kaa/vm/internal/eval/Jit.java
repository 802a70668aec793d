package dev.kaa.vm.internal.eval;

import dev.kaa.bytecode.Op;
import dev.kaa.bytecode.Opcode;
import dev.kaa.bytecode.StackEffect;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.PyCode;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyFrame;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The compiled tier: a code object that has run hot in the interpreter ({@link #threshold} calls
 * and loop iterations) becomes a JVM class of its own, whose {@code run} method does what the
 * interpreter does for each of its instructions, in order, with the stack positions, arguments
 * and jump targets fixed at compile time. The JVM then compiles each Python function as a method
 * of its own, with profiles of its own, instead of one interpreter loop for every program.
 *
 * <p>The compiled code works on the frame the interpreter would use: locals and value stack in
 * {@code f.localsplus}, popped slots cleared, {@code f.lasti} set before each instruction that can
 * raise or call out. So either can hand the frame to the other at any instruction. The
 * interpreter enters compiled code at the start of a call, at a loop's head or where a generator
 * resumes; compiled code that reaches an instruction it leaves out (the rare ones) returns
 * {@link JitCode#BAIL} with {@code f.pc} there. Exception handlers are compiled: an exception
 * raised inside a {@code try} is caught by a JVM handler that does what the interpreter's
 * unwinding does; one that leaves the frame leaves it as the interpreter's unwinding expects. A
 * generator's compiled code returns at each {@code yield} with the frame suspended.
 *
 * <p>Every case of {@link Eval}'s loop has its counterpart in {@code Emitter.instruction} (most
 * call {@link JitOps} or {@link EvalOps}, the same helpers the interpreter calls); a test runs
 * the corpora with every code object compiled on its first call.
 *
 * <p>Thread safety: compiles under the GIL.
 */
public final class Jit {
    private Jit() {}

    /**
     * Calls, generator resumptions and loop iterations after which a code object is compiled;
     * 0 compiles nothing. The launcher sets it from {@code -X jit=N|off} or {@code KAA_JIT}; the
     * system property {@code kaa.jit} gives the default.
     */
    static volatile int threshold = initialThreshold();

    /**
     * Compiled code calls Python functions on the Java stack; the interpreter calls them without
     * it. So frames run compiled only while the thread's recursion depth is below this: deeper
     * recursion (under a raised {@code sys.setrecursionlimit}) goes on in the interpreter and is
     * limited by the recursion limit alone, as in CPython, not by the Java stack.
     */
    static final int MAX_DEPTH = 2000;

    /** What {@link PyCode#compiled} holds for code that stays interpreted. */
    private static final Object NOT_COMPILED = new Object();

    /** Sets the threshold ({@code <= 0}: never compile). For the launcher and tests. */
    public static void setThreshold(int calls) {
        threshold = calls;
    }

    public static int threshold() {
        return threshold;
    }

    private static int initialThreshold() {
        String v = System.getProperty("kaa.jit");
        if (v == null || v.isEmpty()) {
            return 1000;
        }
        if (v.equals("off")) {
            return 0;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return 1000;
        }
    }

    /** The compiled form of {@code code}, or null while it is interpreted. */
    static JitCode compiled(PyCode code) {
        return code.compiled instanceof JitCode j ? j : null;
    }

    /**
     * Counts one call or loop iteration of {@code code} and returns its compiled form, compiling
     * it when it has become hot; null while it stays interpreted.
     */
    static JitCode hot(Runtime rt, PyCode code) {
        Object c = code.compiled;
        if (c != null) {
            return c instanceof JitCode j ? j : null;
        }
        int t = threshold;
        if (t <= 0 || ++code.hotness < t) {
            return null;
        }
        long start = LOG ? System.nanoTime() : 0;
        JitCode j = compile(code);
        code.compiled = j != null ? j : NOT_COMPILED;
        if (j != null) {
            compiledCount++;
            // Tracing sets compiled code aside while it runs, so it must find it.
            rt.compiledCode.add(new java.lang.ref.WeakReference<>(code));
        }
        if (LOG) {
            System.err.printf("kaa.jit: %s %s (%s) in %d us%n", j != null ? "compiled" : "left to the interpreter",
                    code.qualname, code.filename, (System.nanoTime() - start) / 1000);
        }
        return j;
    }

    /** {@code -Dkaa.jit.log=true}: a line on stderr for each code object that becomes hot. */
    private static final boolean LOG = Boolean.getBoolean("kaa.jit.log");
    /**
     * {@code -Dkaa.jit.visible=true}: ordinary classes instead of hidden ones, so that profilers
     * show the compiled code's frames (they are then never unloaded).
     */
    private static final boolean VISIBLE = Boolean.getBoolean("kaa.jit.visible");
    /** {@code -Dkaa.jit.dump=DIR}: each class made is written there too, for {@code javap}. */
    private static final String DUMP = System.getProperty("kaa.jit.dump");
    private static int compiledCount;

    /** How many code objects have been compiled in this JVM. */
    public static int compiledCount() {
        return compiledCount;
    }

    // ---- the compiler -----------------------------------------------------------------------

    /** The longest method HotSpot compiles ({@code -XX:HugeMethodLimit}); longer stays interpreted. */
    private static final int HUGE_METHOD = 8000;

    private static final ClassDesc CD_OBJECT = ConstantDescs.CD_Object;
    private static final ClassDesc CD_OBJECTS = CD_OBJECT.arrayType();
    private static final ClassDesc CD_FRAME = desc(PyFrame.class);
    private static final ClassDesc CD_CODE = desc(PyCode.class);
    private static final ClassDesc CD_STRS = desc(PyStr.class).arrayType();
    private static final ClassDesc CD_JITCODE = desc(JitCode.class);
    private static final ClassDesc CD_PYEXCEPTION = desc(PyException.class);
    private static final MethodTypeDesc RUN = MethodTypeDesc.of(CD_OBJECT, desc(ThreadState.class), CD_FRAME);
    private static final MethodTypeDesc INIT = MethodTypeDesc.of(ConstantDescs.CD_void, desc(boolean[].class));

    // Local variables of the generated run(ts, f).
    private static final int TS = 1, F = 2, S = 3, CONSTS = 4, NAMES = 5, CODE = 6, TMP = 7;

    private static int serial;

    /** Compiles {@code code}, or returns null when it is to stay interpreted. */
    private static JitCode compile(PyCode code) {
        try {
            Plan plan = Plan.of(code);
            if (plan == null) {
                return null;
            }
            String name = Jit.class.getPackageName() + ".Py_" + javaName(code.qualname.value()) + "_" + (++serial);
            byte[] bytes = ClassFile.of().build(ClassDesc.of(name), cb -> {
                cb.withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SYNTHETIC);
                cb.withSuperclass(CD_JITCODE);
                cb.withMethodBody(ConstantDescs.INIT_NAME, INIT, ClassFile.ACC_PUBLIC, b -> b
                        .aload(0).aload(1).invokespecial(CD_JITCODE, ConstantDescs.INIT_NAME, INIT).return_());
                cb.withMethodBody("run", RUN, ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL, b -> new Emitter(code, plan, b).emit());
            });
            if (DUMP != null) {
                java.nio.file.Files.write(java.nio.file.Path.of(DUMP, name + ".class"), bytes);
            }
            if (codeLength(bytes) > HUGE_METHOD) {
                return null;
            }
            Class<?> c = VISIBLE ? MethodHandles.lookup().defineClass(bytes)
                    : MethodHandles.lookup().defineHiddenClass(bytes, true).lookupClass();
            return (JitCode) c.getDeclaredConstructor(boolean[].class).newInstance((Object) plan.entries);
        } catch (Throwable e) {
            // The interpreter runs what the compiler cannot (a method too large for the JVM, say).
            return null;
        }
    }

    private static int codeLength(byte[] bytes) {
        return ClassFile.of().parse(bytes).methods().stream()
                .filter(m -> m.methodName().equalsString("run"))
                .flatMap(m -> m.findAttribute(java.lang.classfile.Attributes.code()).stream())
                .mapToInt(CodeAttribute::codeLength).max().orElse(0);
    }

    private static String javaName(String qualname) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < qualname.length() && b.length() < 60; i++) {
            char c = qualname.charAt(i);
            b.append(Character.isLetterOrDigit(c) && c < 128 ? c : '_');
        }
        return b.toString();
    }

    /**
     * The instructions of a code object reachable without an exception from its start, each with
     * the depth of the value stack before it (the stack's size is fixed at every instruction).
     */
    private record Plan(int[] opAt, int[] argAt, int[] nextAt, int[] depthAt, boolean[] entries, boolean[] targets,
            int[] handlerOf, int base) {
        static Plan of(PyCode code) {
            char[] units = code.units;
            int n = units.length;
            int[] opAt = new int[n], argAt = new int[n], nextAt = new int[n], depthAt = new int[n];
            Arrays.fill(opAt, -1);
            Arrays.fill(depthAt, -1);
            boolean[] entries = new boolean[n];
            boolean[] targets = new boolean[n];
            // Per instruction that may raise, the exception table entry that handles it there, or -1.
            int[] handlerOf = new int[n];
            Arrays.fill(handlerOf, -1);
            // Decode: each instruction at the unit of its first EXTENDED_ARG.
            for (int pc = 0; pc < n; ) {
                int start = pc;
                int unit = units[pc];
                int op = unit & 0xff, arg = unit >>> 8;
                while (op == Op.EXTENDED_ARG && pc + 1 < n) {
                    unit = units[++pc];
                    op = unit & 0xff;
                    arg = arg << 8 | unit >>> 8;
                }
                Opcode o = Opcode.of(op);
                opAt[start] = op;
                argAt[start] = arg;
                pc += 1 + (o == null ? 0 : o.cacheEntries());
                nextAt[start] = pc;
            }
            // Depths along the normal flow.
            int[] work = new int[n + 1];
            int top = 0;
            depthAt[0] = 0;
            work[top++] = 0;
            entries[0] = true;
            while (top > 0) {
                int pc = work[--top];
                int op = opAt[pc], arg = argAt[pc], d = depthAt[pc], next = nextAt[pc];
                if (op < 0) {
                    return null;
                }
                int[] succ = successors(units, op, arg, next);
                for (int i = 0; i < succ.length; i += 2) {
                    int target = succ[i];
                    if (target < 0 || target >= n || opAt[target] < 0) {
                        return null;
                    }
                    int td = d + succ[i + 1];
                    if (depthAt[target] < 0) {
                        depthAt[target] = td;
                        work[top++] = target;
                    } else if (depthAt[target] != td) {
                        return null;
                    }
                    if (op == Op.JUMP_BACKWARD || op == Op.RESUME || op == Op.YIELD_VALUE
                            || op == Op.RETURN_GENERATOR) {
                        entries[target] = true;
                    }
                    if (target != next) {
                        targets[target] = true;
                    }
                }
                // Where it may raise inside a try, the handler runs on with its own stack depth.
                int e = Emitter.compiles(op, arg) && (!Emitter.quiet(op) || op == Op.RERAISE) ? code.handlerFor(pc) : -1;
                if (e >= 0) {
                    handlerOf[pc] = e;
                    int target = code.handlerTarget(e);
                    int td = code.handlerDepth(e) + (code.handlerPushesLasti(e) ? 1 : 0) + 1;
                    if (target < 0 || target >= n || opAt[target] < 0) {
                        return null;
                    }
                    if (depthAt[target] < 0) {
                        depthAt[target] = td;
                        work[top++] = target;
                    } else if (depthAt[target] != td) {
                        return null;
                    }
                    targets[target] = true;
                }
            }
            return new Plan(opAt, argAt, nextAt, depthAt, entries, targets, handlerOf, code.nlocalsplus());
        }

        /** Pairs (target, stack effect) of where {@code op} goes on; none for a stop or a bail. */
        private static int[] successors(char[] units, int op, int arg, int next) {
            if (!Emitter.compiles(op, arg)) {
                return new int[0];
            }
            Opcode o = Opcode.of(op);
            return switch (op) {
                case Op.RETURN_VALUE, Op.RETURN_CONST, Op.RAISE_VARARGS, Op.RERAISE -> new int[0];
                case Op.JUMP_FORWARD -> new int[] {next + arg, 0};
                case Op.JUMP_BACKWARD, Op.JUMP_BACKWARD_NO_INTERRUPT -> new int[] {next - arg, 0};
                case Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE ->
                        new int[] {next, -1, next + arg, -1};
                case Op.SEND -> new int[] {next, 0, next + arg, 0};
                case Op.FOR_ITER -> {
                    int target = next + arg;
                    boolean endFor = target < units.length && (units[target] & 0xff) == Op.END_FOR;
                    yield new int[] {next, 1, endFor ? target + 2 : target, -1};
                }
                default -> new int[] {next, StackEffect.of(o, arg, false)};
            };
        }
    }

    /** Writes the body of {@code run} for one code object. */
    private static final class Emitter {
        private final PyCode code;
        private final Plan plan;
        private final CodeBuilder b;
        private final Label[] labels;
        private Label leave;

        Emitter(PyCode code, Plan plan, CodeBuilder b) {
            this.code = code;
            this.plan = plan;
            this.b = b;
            this.labels = new Label[code.units.length];
        }

        /** Whether compiled code runs {@code op} (else it hands the frame to the interpreter there). */
        static boolean compiles(int op, int arg) {
            return switch (op) {
                case Op.NOP, Op.CACHE, Op.RESUME, Op.LOAD_CONST, Op.LOAD_FAST, Op.LOAD_FAST_CHECK,
                        Op.LOAD_FAST_AND_CLEAR, Op.LOAD_FAST_LOAD_FAST, Op.STORE_FAST, Op.STORE_FAST_LOAD_FAST,
                        Op.STORE_FAST_STORE_FAST, Op.DELETE_FAST, Op.POP_TOP, Op.END_FOR, Op.PUSH_NULL, Op.COPY,
                        Op.SWAP, Op.UNARY_NEGATIVE, Op.UNARY_NOT, Op.UNARY_INVERT, Op.TO_BOOL, Op.BINARY_OP,
                        Op.COMPARE_OP, Op.CONTAINS_OP, Op.IS_OP, Op.BINARY_SUBSCR, Op.STORE_SUBSCR,
                        Op.DELETE_SUBSCR, Op.BINARY_SLICE, Op.STORE_SLICE, Op.BUILD_SLICE, Op.POP_JUMP_IF_FALSE,
                        Op.POP_JUMP_IF_TRUE, Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE, Op.JUMP_FORWARD,
                        Op.JUMP_BACKWARD, Op.JUMP_BACKWARD_NO_INTERRUPT, Op.GET_ITER, Op.FOR_ITER,
                        Op.RETURN_VALUE, Op.RETURN_CONST, Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.LOAD_NAME,
                        Op.STORE_NAME, Op.LOAD_ATTR, Op.STORE_ATTR, Op.DELETE_ATTR, Op.LOAD_SUPER_ATTR,
                        Op.LOAD_DEREF, Op.STORE_DEREF, Op.MAKE_CELL, Op.COPY_FREE_VARS, Op.LOAD_FROM_DICT_OR_DEREF,
                        Op.LOAD_FROM_DICT_OR_GLOBALS, Op.LOAD_LOCALS, Op.LOAD_BUILD_CLASS, Op.SETUP_ANNOTATIONS,
                        Op.LOAD_ASSERTION_ERROR, Op.BUILD_TUPLE, Op.BUILD_LIST, Op.BUILD_SET, Op.BUILD_MAP,
                        Op.BUILD_CONST_KEY_MAP, Op.BUILD_STRING, Op.LIST_APPEND, Op.LIST_EXTEND, Op.SET_ADD,
                        Op.SET_UPDATE, Op.MAP_ADD, Op.DICT_UPDATE, Op.DICT_MERGE, Op.UNPACK_SEQUENCE, Op.UNPACK_EX,
                        Op.FORMAT_SIMPLE, Op.FORMAT_WITH_SPEC, Op.CONVERT_VALUE, Op.MAKE_FUNCTION,
                        Op.SET_FUNCTION_ATTRIBUTE, Op.CALL, Op.CALL_KW, Op.CALL_FUNCTION_EX, Op.CALL_INTRINSIC_1,
                        Op.CALL_INTRINSIC_2, Op.IMPORT_NAME, Op.IMPORT_FROM, Op.BEFORE_WITH, Op.GET_LEN,
                        Op.MATCH_MAPPING, Op.MATCH_SEQUENCE, Op.MATCH_KEYS, Op.MATCH_CLASS, Op.RETURN_GENERATOR,
                        Op.YIELD_VALUE, Op.SEND, Op.END_SEND, Op.GET_AWAITABLE, Op.GET_YIELD_FROM_ITER,
                        Op.GET_AITER, Op.GET_ANEXT, Op.BEFORE_ASYNC_WITH, Op.RAISE_VARARGS, Op.RERAISE,
                        Op.PUSH_EXC_INFO, Op.POP_EXCEPT, Op.CHECK_EXC_MATCH, Op.WITH_EXCEPT_START -> true;
                default -> false;
            };
        }

        /**
         * Instructions that neither raise nor call out: no need to record {@code f.lasti}. The
         * re-raises count here too: they find their handler by their own position.
         */
        static boolean quiet(int op) {
            return switch (op) {
                case Op.NOP, Op.CACHE, Op.LOAD_CONST, Op.LOAD_FAST, Op.LOAD_FAST_AND_CLEAR, Op.LOAD_FAST_LOAD_FAST,
                        Op.STORE_FAST, Op.STORE_FAST_LOAD_FAST, Op.STORE_FAST_STORE_FAST, Op.END_FOR, Op.PUSH_NULL,
                        Op.COPY, Op.SWAP, Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE, Op.JUMP_FORWARD,
                        Op.JUMP_BACKWARD_NO_INTERRUPT, Op.RETURN_VALUE, Op.RETURN_CONST, Op.MAKE_CELL,
                        Op.LOAD_ASSERTION_ERROR, Op.IS_OP, Op.PUSH_EXC_INFO, Op.POP_EXCEPT, Op.RERAISE -> true;
                default -> false;
            };
        }

        void emit() {
            int n = code.units.length;
            for (int pc = 0; pc < n; pc++) {
                if (plan.depthAt[pc] >= 0) {
                    labels[pc] = b.newLabel();
                }
            }
            b.aload(F).getfield(CD_FRAME, "localsplus", CD_OBJECTS).astore(S);
            b.aload(F).getfield(CD_FRAME, "code", CD_CODE).astore(CODE);
            b.aload(CODE).getfield(CD_CODE, "consts", CD_OBJECTS).astore(CONSTS);
            b.aload(CODE).getfield(CD_CODE, "names", CD_STRS).astore(NAMES);
            b.aconst_null().astore(TMP);
            // Enter at f.pc: the start or a loop head; anywhere else the interpreter goes on.
            List<SwitchCase> cases = new ArrayList<>();
            for (int pc = 0; pc < n; pc++) {
                if (plan.entries[pc] && labels[pc] != null) {
                    cases.add(SwitchCase.of(pc, labels[pc]));
                }
            }
            Label other = b.newLabel();
            b.aload(F).getfield(CD_FRAME, "pc", ConstantDescs.CD_int);
            b.lookupswitch(other, cases);
            b.labelBinding(other);
            b.aload(F).aload(F).getfield(CD_FRAME, "pc", ConstantDescs.CD_int)
                    .aload(F).getfield(CD_FRAME, "sp", ConstantDescs.CD_int);
            call(JITOPS_BAIL);
            b.areturn();
            // The instructions in order; those that may raise inside a try lie in JVM exception
            // ranges, one run of instructions with the same Python handler each.
            Label[] stubs = new Label[code.units.length];
            int rangeEntry = -1;
            Label rangeStart = null;
            for (int pc = 0; pc < n; pc++) {
                if (labels[pc] == null) {
                    continue;
                }
                b.labelBinding(labels[pc]);
                int e = plan.handlerOf[pc];
                if (e != rangeEntry) {
                    if (rangeEntry >= 0) {
                        b.exceptionCatch(rangeStart, labels[pc], stub(stubs, rangeEntry), CD_PYEXCEPTION);
                    }
                    rangeEntry = e;
                    rangeStart = labels[pc];
                }
                instruction(pc, plan.opAt[pc], plan.argAt[pc], plan.nextAt[pc], plan.base + plan.depthAt[pc]);
            }
            if (rangeEntry >= 0) {
                Label end = b.newLabel();
                b.labelBinding(end);
                b.exceptionCatch(rangeStart, end, stub(stubs, rangeEntry), CD_PYEXCEPTION);
            }
            // The JVM handlers: the exception as the interpreter's unwinding leaves it, then
            // on to the Python handler.
            for (int e = 0; e < stubs.length; e++) {
                if (stubs[e] != null) {
                    b.labelBinding(stubs[e]);
                    b.checkcast(CD_PYEXCEPTION);
                    handlerArgs(e);
                    call(CAUGHT);
                    b.goto_(labels[code.handlerTarget(e)]);
                }
            }
            if (leave != null) {
                b.labelBinding(leave);
                b.getstatic(CD_JITCODE, "BAIL", CD_OBJECT).areturn();
            }
        }

        private Label stub(Label[] stubs, int entry) {
            if (stubs[entry] == null) {
                stubs[entry] = b.newLabel();
            }
            return stubs[entry];
        }

        /** Pushes {@code ts, f, depth, pushLasti} of exception table entry {@code e}. */
        private void handlerArgs(int e) {
            b.aload(TS).aload(F).loadConstant(plan.base + code.handlerDepth(e))
                    .loadConstant(code.handlerPushesLasti(e) ? 1 : 0);
        }

        /** With a re-raised exception on the JVM stack: on to this frame's handler, or out of the frame. */
        private void reraise(int pc) {
            int e = plan.handlerOf[pc];
            if (e >= 0) {
                handlerArgs(e);
                call(RERAISE_TO);
                b.goto_(labels[code.handlerTarget(e)]);
            } else {
                b.aload(TS).aload(F);
                call(RERAISE_OUT);
                b.athrow();
            }
        }

        private void instruction(int pc, int op, int arg, int next, int sp) {
            if (!compiles(op, arg)) {
                b.aload(F).loadConstant(pc).loadConstant(sp);
                call(JITOPS_BAIL);
                b.areturn();
                return;
            }
            if (!quiet(op)) {
                b.aload(F).loadConstant(pc).putfield(CD_FRAME, "lasti", ConstantDescs.CD_int);
            }
            switch (op) {
                case Op.NOP, Op.CACHE -> { }
                case Op.RESUME -> {
                    b.aload(TS);
                    call(CHECK_BREAKER);
                }
                case Op.LOAD_CONST -> store(sp, () -> b.aload(CONSTS).loadConstant(arg).aaload());
                case Op.LOAD_FAST -> store(sp, () -> load(arg));
                case Op.LOAD_FAST_CHECK -> store(sp, () -> {
                    b.aload(CODE).aload(S).loadConstant(arg);
                    call(LOAD_FAST_CHECKED);
                });
                case Op.LOAD_FAST_AND_CLEAR -> {
                    store(sp, () -> load(arg));
                    clear(arg);
                }
                case Op.LOAD_FAST_LOAD_FAST -> {
                    store(sp, () -> load(arg >> 4));
                    store(sp + 1, () -> load(arg & 15));
                }
                case Op.STORE_FAST -> {
                    store(arg, () -> load(sp - 1));
                    clear(sp - 1);
                }
                case Op.STORE_FAST_LOAD_FAST -> {
                    store(arg >> 4, () -> load(sp - 1));
                    store(sp - 1, () -> load(arg & 15));
                }
                case Op.STORE_FAST_STORE_FAST -> {
                    store(arg >> 4, () -> load(sp - 1));
                    store(arg & 15, () -> load(sp - 2));
                    clear(sp - 1);
                    clear(sp - 2);
                }
                case Op.DELETE_FAST -> {
                    b.aload(TS).aload(CODE).aload(S).loadConstant(arg);
                    call(DELETE_FAST);
                }
                case Op.POP_TOP -> {
                    b.aload(TS).aload(S).loadConstant(sp - 1);
                    call(POP_TOP);
                }
                case Op.END_FOR -> clear(sp - 1);
                case Op.PUSH_NULL -> clear(sp);
                case Op.COPY -> store(sp, () -> load(sp - arg));
                case Op.SWAP -> {
                    b.aload(S).loadConstant(sp - arg);
                    load(sp - 1);
                    store(sp - 1, () -> load(sp - arg));
                    b.aastore();
                }
                case Op.UNARY_NEGATIVE -> unary(sp, NEGATIVE);
                case Op.UNARY_NOT -> unary(sp, NOT);
                case Op.UNARY_INVERT -> unary(sp, INVERT);
                case Op.TO_BOOL -> unary(sp, TO_BOOL);
                case Op.BINARY_OP -> binary(sp, arg, switch (arg) {
                    case 0, 13 -> ADD;
                    case 10, 23 -> SUB;
                    case 5, 18 -> MUL;
                    default -> BINARY_OP;
                });
                case Op.COMPARE_OP -> {
                    int jump = next < plan.opAt.length ? fusedJump(next) : -1;
                    if (jump >= 0) {
                        // COMPARE_OP then POP_JUMP_IF_*: the truth, without a bool in between.
                        int jnext = plan.nextAt[next], jarg = plan.argAt[next];
                        load(sp - 2);
                        load(sp - 1);
                        clear(sp - 1);
                        clear(sp - 2);
                        b.loadConstant(arg);
                        call(COMPARE_TRUTH);
                        if (plan.opAt[next] == Op.POP_JUMP_IF_TRUE) {
                            b.ifne(labels[jnext + jarg]);
                        } else {
                            b.ifeq(labels[jnext + jarg]);
                        }
                        b.goto_(labels[jnext]);
                    } else {
                        binary(sp, arg, COMPARE);
                    }
                }
                case Op.CONTAINS_OP -> binary(sp, arg, CONTAINS);
                case Op.IS_OP -> binary(sp, arg, IS);
                case Op.BINARY_SUBSCR -> {
                    store(sp - 2, () -> {
                        load(sp - 2);
                        load(sp - 1);
                        clear(sp - 1);
                        call(SUBSCRIPT);
                    });
                }
                case Op.STORE_SUBSCR -> stackOp(sp, STORE_SUBSCR);
                case Op.DELETE_SUBSCR -> stackOp(sp, DELETE_SUBSCR);
                case Op.BINARY_SLICE -> stackOp(sp, BINARY_SLICE);
                case Op.STORE_SLICE -> stackOp(sp, STORE_SLICE);
                case Op.BUILD_SLICE -> stackOpArg(sp, arg, BUILD_SLICE);
                case Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE -> {
                    load(sp - 1);
                    clear(sp - 1);
                    call(IS_TRUE);
                    if (op == Op.POP_JUMP_IF_TRUE) {
                        b.ifne(labels[next + arg]);
                    } else {
                        b.ifeq(labels[next + arg]);
                    }
                }
                case Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE -> {
                    load(sp - 1);
                    clear(sp - 1);
                    b.getstatic(desc(PyNone.class), "NONE", desc(PyNone.class));
                    if (op == Op.POP_JUMP_IF_NONE) {
                        b.if_acmpeq(labels[next + arg]);
                    } else {
                        b.if_acmpne(labels[next + arg]);
                    }
                }
                case Op.JUMP_FORWARD -> b.goto_(labels[next + arg]);
                case Op.JUMP_BACKWARD -> {
                    b.aload(TS);
                    call(CHECK_BREAKER);
                    b.goto_(labels[next - arg]);
                }
                case Op.JUMP_BACKWARD_NO_INTERRUPT -> b.goto_(labels[next - arg]);
                case Op.GET_ITER -> store(sp - 1, () -> {
                    b.aload(F);
                    load(sp - 1);
                    b.loadConstant(pc);
                    call(GET_ITER);
                });
                case Op.FOR_ITER -> {
                    int target = next + arg;
                    if (target < code.units.length && (code.units[target] & 0xff) == Op.END_FOR) {
                        target += 2;
                    }
                    b.aload(TS);
                    load(sp - 1);
                    call(FOR_ITER);
                    b.astore(TMP);
                    b.aload(TMP);
                    Label more = b.newLabel();
                    b.ifnonnull(more);
                    clear(sp - 1);
                    b.goto_(labels[target]);
                    b.labelBinding(more);
                    store(sp, () -> b.aload(TMP));
                }
                case Op.RETURN_VALUE -> {
                    b.aload(F).aload(S).loadConstant(sp - 1);
                    call(RETURN_VALUE);
                    b.areturn();
                }
                case Op.RETURN_CONST -> {
                    b.aload(F).aload(CONSTS).loadConstant(arg).aaload().loadConstant(sp);
                    call(RETURN_CONST);
                    b.areturn();
                }
                case Op.LOAD_GLOBAL -> {
                    store(sp, () -> {
                        b.aload(F);
                        name(arg >> 1);
                        b.loadConstant(pc);
                        call(LOAD_GLOBAL);
                    });
                    if ((arg & 1) != 0) {
                        clear(sp + 1);
                    }
                }
                case Op.STORE_GLOBAL -> {
                    b.aload(F);
                    name(arg);
                    b.aload(S).loadConstant(sp - 1);
                    call(STORE_GLOBAL);
                }
                case Op.LOAD_NAME -> store(sp, () -> {
                    b.aload(F);
                    name(arg);
                    call(LOAD_NAME);
                });
                case Op.STORE_NAME -> {
                    b.aload(F);
                    name(arg);
                    b.aload(S).loadConstant(sp - 1);
                    call(STORE_NAME);
                }
                case Op.LOAD_ATTR -> {
                    if ((arg & 1) == 0) {
                        store(sp - 1, () -> {
                            b.aload(CODE).loadConstant(pc);
                            load(sp - 1);
                            name(arg >> 1);
                            call(LOAD_ATTR);
                        });
                    } else {
                        b.aload(CODE).loadConstant(pc).aload(S).loadConstant(sp);
                        load(sp - 1);
                        name(arg >> 1);
                        call(LOAD_METHOD);
                        b.pop();
                    }
                }
                case Op.STORE_ATTR -> {
                    b.aload(CODE).loadConstant(pc);
                    name(arg);
                    b.aload(S).loadConstant(sp);
                    call(STORE_ATTR);
                }
                case Op.DELETE_ATTR -> {
                    name(arg);
                    b.aload(S).loadConstant(sp - 1);
                    call(DELETE_ATTR);
                }
                case Op.LOAD_SUPER_ATTR -> {
                    b.aload(TS).aload(F).aload(S).loadConstant(sp);
                    name(arg >> 2);
                    b.loadConstant(arg);
                    call(LOAD_SUPER_ATTR);
                    b.pop();
                }
                case Op.LOAD_DEREF -> store(sp, () -> {
                    b.aload(CODE).aload(S).loadConstant(arg);
                    call(LOAD_DEREF);
                });
                case Op.STORE_DEREF -> {
                    b.aload(S).loadConstant(arg).loadConstant(sp - 1);
                    call(STORE_DEREF);
                }
                case Op.MAKE_CELL -> {
                    b.aload(S).loadConstant(arg);
                    call(MAKE_CELL);
                }
                case Op.COPY_FREE_VARS -> {
                    b.aload(F).loadConstant(arg);
                    call(COPY_FREE_VARS);
                }
                case Op.LOAD_FROM_DICT_OR_DEREF -> store(sp - 1, () -> {
                    b.aload(F);
                    load(sp - 1);
                    b.loadConstant(arg);
                    call(LOAD_FROM_DICT_OR_DEREF);
                });
                case Op.LOAD_FROM_DICT_OR_GLOBALS -> store(sp - 1, () -> {
                    b.aload(F);
                    load(sp - 1);
                    name(arg);
                    call(LOAD_FROM_DICT_OR_GLOBALS);
                });
                case Op.LOAD_LOCALS -> store(sp, () -> {
                    b.aload(F);
                    call(LOAD_LOCALS);
                });
                case Op.LOAD_BUILD_CLASS -> store(sp, () -> {
                    b.aload(F);
                    call(LOAD_BUILD_CLASS);
                });
                case Op.SETUP_ANNOTATIONS -> {
                    b.aload(F);
                    call(SETUP_ANNOTATIONS);
                }
                case Op.LOAD_ASSERTION_ERROR -> store(sp, () -> b.getstatic(desc(Exceptions.class), "AssertionError",
                        desc(dev.kaa.vm.objects.PyType.class)));
                case Op.BUILD_TUPLE -> stackOpArg(sp, arg, BUILD_TUPLE);
                case Op.BUILD_LIST -> stackOpArg(sp, arg, BUILD_LIST);
                case Op.BUILD_SET -> stackOpArg(sp, arg, BUILD_SET);
                case Op.BUILD_MAP -> stackOpArg(sp, arg, BUILD_MAP);
                case Op.BUILD_CONST_KEY_MAP -> stackOpArg(sp, arg, BUILD_CONST_KEY_MAP);
                case Op.BUILD_STRING -> stackOpArg(sp, arg, BUILD_STRING);
                case Op.LIST_APPEND -> stackOpArg(sp, arg, LIST_APPEND);
                case Op.LIST_EXTEND -> stackOpArg(sp, arg, LIST_EXTEND);
                case Op.SET_ADD -> stackOpArg(sp, arg, SET_ADD);
                case Op.SET_UPDATE -> stackOpArg(sp, arg, SET_UPDATE);
                case Op.MAP_ADD -> stackOpArg(sp, arg, MAP_ADD);
                case Op.DICT_UPDATE -> stackOpArg(sp, arg, DICT_UPDATE);
                case Op.DICT_MERGE -> stackOpArg(sp, arg, DICT_MERGE);
                case Op.UNPACK_SEQUENCE -> stackOpArg(sp, arg, UNPACK_SEQUENCE);
                case Op.UNPACK_EX -> {
                    b.aload(S).loadConstant(sp).loadConstant(arg & 0xff).loadConstant(arg >> 8);
                    call(UNPACK_EX);
                    b.pop();
                }
                case Op.FORMAT_SIMPLE -> unary(sp, FORMAT_SIMPLE);
                case Op.FORMAT_WITH_SPEC -> stackOp(sp, FORMAT_WITH_SPEC);
                case Op.CONVERT_VALUE -> store(sp - 1, () -> {
                    load(sp - 1);
                    b.loadConstant(arg);
                    call(CONVERT_VALUE);
                });
                case Op.MAKE_FUNCTION -> store(sp - 1, () -> {
                    b.aload(F);
                    load(sp - 1);
                    call(MAKE_FUNCTION);
                });
                case Op.SET_FUNCTION_ATTRIBUTE -> stackOpArg(sp, arg, SET_FUNCTION_ATTRIBUTE);
                case Op.CALL -> {
                    b.aload(TS).aload(F).aload(S).loadConstant(sp - arg - 2).loadConstant(arg).loadConstant(next);
                    call(CALL);
                    b.ifne(leave());
                }
                case Op.CALL_KW -> {
                    b.aload(TS).aload(F).aload(S).loadConstant(sp - arg - 3).loadConstant(arg).loadConstant(next);
                    call(CALL_KW);
                    b.ifne(leave());
                }
                case Op.CALL_FUNCTION_EX -> stackOpArg(sp, arg, CALL_FUNCTION_EX);
                case Op.CALL_INTRINSIC_1 -> store(sp - 1, () -> {
                    b.aload(TS).aload(F).loadConstant(arg);
                    load(sp - 1);
                    call(CALL_INTRINSIC_1);
                });
                case Op.CALL_INTRINSIC_2 -> store(sp - 2, () -> {
                    b.aload(TS).aload(F).loadConstant(arg).aload(S).loadConstant(sp);
                    call(CALL_INTRINSIC_2);
                });
                case Op.IMPORT_NAME -> {
                    b.aload(TS).aload(F);
                    name(arg);
                    b.aload(S).loadConstant(sp);
                    call(IMPORT_NAME);
                }
                case Op.IMPORT_FROM -> store(sp, () -> {
                    b.aload(TS);
                    load(sp - 1);
                    name(arg);
                    call(IMPORT_FROM);
                });
                case Op.RAISE_VARARGS -> {
                    b.aload(TS).aload(S).loadConstant(sp).loadConstant(arg);
                    call(RAISE);
                    if (arg == 0) {
                        reraise(pc);
                    } else {
                        b.athrow();
                    }
                }
                case Op.RERAISE -> {
                    b.aload(F).aload(S).loadConstant(sp).loadConstant(arg);
                    call(RERAISE);
                    reraise(pc);
                }
                case Op.PUSH_EXC_INFO -> {
                    b.aload(TS).aload(S).loadConstant(sp);
                    call(PUSH_EXC_INFO);
                }
                case Op.POP_EXCEPT -> {
                    b.aload(TS).aload(S).loadConstant(sp);
                    call(POP_EXCEPT);
                }
                case Op.CHECK_EXC_MATCH -> store(sp - 1, () -> {
                    load(sp - 2);
                    load(sp - 1);
                    call(CHECK_EXC_MATCH);
                });
                case Op.WITH_EXCEPT_START -> stackOp(sp, WITH_EXCEPT_START);
                case Op.BEFORE_WITH -> stackOp(sp, BEFORE_WITH);
                case Op.GET_LEN -> store(sp, () -> {
                    load(sp - 1);
                    call(GET_LEN);
                });
                case Op.MATCH_MAPPING -> store(sp, () -> {
                    load(sp - 1);
                    call(MATCH_MAPPING);
                });
                case Op.MATCH_SEQUENCE -> store(sp, () -> {
                    load(sp - 1);
                    call(MATCH_SEQUENCE);
                });
                case Op.MATCH_KEYS -> store(sp, () -> {
                    load(sp - 2);
                    load(sp - 1);
                    call(MATCH_KEYS);
                });
                case Op.MATCH_CLASS -> stackOpArg(sp, arg, MATCH_CLASS);
                case Op.RETURN_GENERATOR -> {
                    b.aload(F).loadConstant(next).loadConstant(sp);
                    call(RETURN_GENERATOR);
                    b.areturn();
                }
                case Op.YIELD_VALUE -> {
                    b.aload(F).aload(S).loadConstant(sp - 1).loadConstant(next);
                    call(YIELD_VALUE);
                    b.areturn();
                }
                case Op.SEND -> {
                    b.aload(TS).aload(S).loadConstant(sp);
                    call(SEND);
                    b.iflt(labels[next + arg]);
                }
                case Op.END_SEND -> {
                    store(sp - 2, () -> load(sp - 1));
                    clear(sp - 1);
                }
                case Op.GET_AWAITABLE -> store(sp - 1, () -> {
                    load(sp - 1);
                    b.loadConstant(arg);
                    call(GET_AWAITABLE);
                });
                case Op.GET_YIELD_FROM_ITER -> store(sp - 1, () -> {
                    b.aload(CODE);
                    load(sp - 1);
                    call(GET_YIELD_FROM_ITER);
                });
                case Op.GET_AITER -> store(sp - 1, () -> {
                    b.aload(F);
                    load(sp - 1);
                    b.loadConstant(pc);
                    call(GET_AITER);
                });
                case Op.GET_ANEXT -> store(sp, () -> {
                    load(sp - 1);
                    call(GET_ANEXT);
                });
                case Op.BEFORE_ASYNC_WITH -> stackOp(sp, BEFORE_ASYNC_WITH);
                default -> throw new IllegalStateException("not compiled: " + op);
            }
        }

        /** A conditional jump right after a comparison at {@code next}, if it is one (and no jump lands on it). */
        private int fusedJump(int next) {
            int op = plan.opAt[next];
            return (op == Op.POP_JUMP_IF_FALSE || op == Op.POP_JUMP_IF_TRUE) && !isJumpTarget(next) ? next : -1;
        }

        private boolean isJumpTarget(int pc) {
            return plan.targets[pc] || plan.entries[pc];
        }

        private void unary(int sp, Ref op) {
            store(sp - 1, () -> {
                load(sp - 1);
                call(op);
            });
        }

        /** {@code s[sp-2] = op(s[sp-2], s[sp-1], arg)}, clearing the top first. */
        private void binary(int sp, int arg, Ref op) {
            store(sp - 2, () -> {
                load(sp - 2);
                load(sp - 1);
                clear(sp - 1);
                b.loadConstant(arg);
                call(op);
            });
        }

        /** {@code op(s, sp)} of an instruction that works on the stack itself. */
        private void stackOp(int sp, Ref op) {
            b.aload(S).loadConstant(sp);
            call(op);
            popResult(op);
        }

        /**
         * Where a call that finds tracing started meanwhile ({@link PyFrame#leaveCompiled})
         * goes: it has set the frame's pc and stack, and the interpreter goes on, so that the
         * frame reports its events (a debugger's {@code set_trace} stops at the next line).
         */
        private Label leave() {
            if (leave == null) {
                leave = b.newLabel();
            }
            return leave;
        }

        private void stackOpArg(int sp, int arg, Ref op) {
            b.aload(S).loadConstant(sp).loadConstant(arg);
            call(op);
            popResult(op);
        }

        private void popResult(Ref op) {
            if (!op.type.returnType().equals(ConstantDescs.CD_void)) {
                b.pop();
            }
        }

        private void load(int slot) {
            b.aload(S).loadConstant(slot).aaload();
        }

        private void store(int slot, Runnable value) {
            b.aload(S).loadConstant(slot);
            value.run();
            b.aastore();
        }

        private void clear(int slot) {
            b.aload(S).loadConstant(slot).aconst_null().aastore();
        }

        private void name(int i) {
            b.aload(NAMES).loadConstant(i).aaload();
        }

        private void call(Ref r) {
            b.invokestatic(r.owner, r.name, r.type);
        }

        // The helpers compiled code calls (here, not in Jit, so that they are made at the first
        // compilation rather than at start-up).
        private static final Class<?> O = Object.class, OA = Object[].class, I = int.class;
        private static final Ref JITOPS_BAIL = ref(JitOps.class, "bail", PyFrame.class, I, I);
        private static final Ref CHECK_BREAKER = ref(JitOps.class, "checkBreaker", ThreadState.class);
        private static final Ref LOAD_FAST_CHECKED = ref(JitOps.class, "loadFastChecked", PyCode.class, OA, I);
        private static final Ref DELETE_FAST = ref(JitOps.class, "deleteFast", ThreadState.class, PyCode.class, OA, I);
        private static final Ref POP_TOP = ref(JitOps.class, "popTop", ThreadState.class, OA, I);
        private static final Ref NEGATIVE = ref(EvalOps.class, "negative", O);
        private static final Ref NOT = ref(JitOps.class, "not", O);
        private static final Ref INVERT = ref(JitOps.class, "invert", O);
        private static final Ref TO_BOOL = ref(JitOps.class, "toBool", O);
        private static final Ref IS_TRUE = ref(JitOps.class, "isTrue", O);
        private static final Ref BINARY_OP = ref(EvalOps.class, "binaryOp", O, O, I);
        private static final Ref ADD = ref(JitOps.class, "add", O, O, I);
        private static final Ref SUB = ref(JitOps.class, "sub", O, O, I);
        private static final Ref MUL = ref(JitOps.class, "mul", O, O, I);
        private static final Ref COMPARE = ref(JitOps.class, "compare", O, O, I);
        private static final Ref COMPARE_TRUTH = ref(JitOps.class, "compareTruth", O, O, I);
        private static final Ref CONTAINS = ref(JitOps.class, "contains", O, O, I);
        private static final Ref IS = ref(JitOps.class, "is", O, O, I);
        private static final Ref SUBSCRIPT = ref(EvalOps.class, "subscript", O, O);
        private static final Ref STORE_SUBSCR = ref(JitOps.class, "storeSubscr", OA, I);
        private static final Ref DELETE_SUBSCR = ref(JitOps.class, "deleteSubscr", OA, I);
        private static final Ref BINARY_SLICE = ref(JitOps.class, "binarySlice", OA, I);
        private static final Ref STORE_SLICE = ref(JitOps.class, "storeSlice", OA, I);
        private static final Ref BUILD_SLICE = ref(EvalOps.class, "buildSlice", OA, I, I);
        private static final Ref GET_ITER = ref(JitOps.class, "getIter", PyFrame.class, O, I);
        private static final Ref FOR_ITER = ref(JitOps.class, "forIter", ThreadState.class, O);
        private static final Ref RETURN_VALUE = ref(JitOps.class, "returnValue", PyFrame.class, OA, I);
        private static final Ref RETURN_CONST = ref(JitOps.class, "returnConst", PyFrame.class, O, I);
        private static final Ref LOAD_GLOBAL = ref(EvalOps.class, "loadGlobal", PyFrame.class, PyStr.class, I);
        private static final Ref STORE_GLOBAL = ref(JitOps.class, "storeGlobal", PyFrame.class, PyStr.class, OA, I);
        private static final Ref LOAD_NAME = ref(EvalOps.class, "loadName", PyFrame.class, PyStr.class);
        private static final Ref STORE_NAME = ref(JitOps.class, "storeName", PyFrame.class, PyStr.class, OA, I);
        private static final Ref LOAD_ATTR = ref(EvalOps.class, "loadAttr", PyCode.class, I, O, PyStr.class);
        private static final Ref LOAD_METHOD = ref(EvalOps.class, "loadMethod", PyCode.class, I, OA, I, O, PyStr.class);
        private static final Ref STORE_ATTR = ref(JitOps.class, "storeAttr", PyCode.class, I, PyStr.class, OA, I);
        private static final Ref DELETE_ATTR = ref(JitOps.class, "deleteAttr", PyStr.class, OA, I);
        private static final Ref LOAD_SUPER_ATTR = ref(EvalOps.class, "loadSuperAttr", ThreadState.class, PyFrame.class,
                OA, I, PyStr.class, I);
        private static final Ref LOAD_DEREF = ref(JitOps.class, "loadDeref", PyCode.class, OA, I);
        private static final Ref STORE_DEREF = ref(JitOps.class, "storeDeref", OA, I, I);
        private static final Ref MAKE_CELL = ref(JitOps.class, "makeCell", OA, I);
        private static final Ref COPY_FREE_VARS = ref(EvalOps.class, "copyFreeVars", PyFrame.class, I);
        private static final Ref LOAD_FROM_DICT_OR_DEREF = ref(EvalOps.class, "loadFromDictOrDeref", PyFrame.class, O, I);
        private static final Ref LOAD_FROM_DICT_OR_GLOBALS = ref(EvalOps.class, "loadFromDictOrGlobals", PyFrame.class,
                O, PyStr.class);
        private static final Ref LOAD_LOCALS = ref(JitOps.class, "loadLocals", PyFrame.class);
        private static final Ref LOAD_BUILD_CLASS = ref(EvalOps.class, "loadBuildClass", PyFrame.class);
        private static final Ref SETUP_ANNOTATIONS = ref(EvalOps.class, "setupAnnotations", PyFrame.class);
        private static final Ref BUILD_TUPLE = ref(EvalOps.class, "buildTuple", OA, I, I);
        private static final Ref BUILD_LIST = ref(EvalOps.class, "buildList", OA, I, I);
        private static final Ref BUILD_SET = ref(EvalOps.class, "buildSet", OA, I, I);
        private static final Ref BUILD_MAP = ref(EvalOps.class, "buildMap", OA, I, I);
        private static final Ref BUILD_CONST_KEY_MAP = ref(EvalOps.class, "buildConstKeyMap", OA, I, I);
        private static final Ref BUILD_STRING = ref(EvalOps.class, "buildString", OA, I, I);
        private static final Ref LIST_APPEND = ref(JitOps.class, "listAppend", OA, I, I);
        private static final Ref LIST_EXTEND = ref(JitOps.class, "listExtend", OA, I, I);
        private static final Ref SET_ADD = ref(JitOps.class, "setAdd", OA, I, I);
        private static final Ref SET_UPDATE = ref(JitOps.class, "setUpdate", OA, I, I);
        private static final Ref MAP_ADD = ref(JitOps.class, "mapAdd", OA, I, I);
        private static final Ref DICT_UPDATE = ref(JitOps.class, "dictUpdate", OA, I, I);
        private static final Ref DICT_MERGE = ref(JitOps.class, "dictMerge", OA, I, I);
        private static final Ref UNPACK_SEQUENCE = ref(EvalOps.class, "unpackSequence", OA, I, I);
        private static final Ref UNPACK_EX = ref(EvalOps.class, "unpackEx", OA, I, I, I);
        private static final Ref FORMAT_SIMPLE = ref(JitOps.class, "formatSimple", O);
        private static final Ref FORMAT_WITH_SPEC = ref(JitOps.class, "formatWithSpec", OA, I);
        private static final Ref CONVERT_VALUE = ref(EvalOps.class, "convertValue", O, I);
        private static final Ref MAKE_FUNCTION = ref(JitOps.class, "makeFunction", PyFrame.class, O);
        private static final Ref SET_FUNCTION_ATTRIBUTE = ref(JitOps.class, "setFunctionAttribute", OA, I, I);
        private static final Ref CALL = ref(JitOps.class, "call", ThreadState.class, PyFrame.class, OA, I, I, I);
        private static final Ref CALL_KW = ref(JitOps.class, "callKw", ThreadState.class, PyFrame.class, OA, I, I, I);
        private static final Ref CALL_FUNCTION_EX = ref(EvalOps.class, "callFunctionEx", OA, I, I);
        private static final Ref CALL_INTRINSIC_1 = ref(Intrinsics.class, "call1", ThreadState.class, PyFrame.class, I, O);
        private static final Ref CALL_INTRINSIC_2 = ref(JitOps.class, "callIntrinsic2", ThreadState.class, PyFrame.class,
                I, OA, I);
        private static final Ref IMPORT_NAME = ref(JitOps.class, "importName", ThreadState.class, PyFrame.class,
                PyStr.class, OA, I);
        private static final Ref IMPORT_FROM = ref(EvalOps.class, "importFrom", ThreadState.class, O, PyStr.class);
        private static final Ref RAISE = ref(JitOps.class, "raise", ThreadState.class, OA, I, I);
        private static final Ref BEFORE_WITH = ref(EvalOps.class, "beforeWith", OA, I);
        private static final Ref GET_LEN = ref(JitOps.class, "getLen", O);
        private static final Ref MATCH_MAPPING = ref(JitOps.class, "matchMapping", O);
        private static final Ref MATCH_SEQUENCE = ref(JitOps.class, "matchSequence", O);
        private static final Ref MATCH_KEYS = ref(Matching.class, "matchKeys", O, O);
        private static final Ref MATCH_CLASS = ref(JitOps.class, "matchClass", OA, I, I);
        private static final Ref RETURN_GENERATOR = ref(JitOps.class, "returnGenerator", PyFrame.class, I, I);
        private static final Ref YIELD_VALUE = ref(JitOps.class, "yieldValue", PyFrame.class, OA, I, I);
        private static final Ref SEND = ref(EvalOps.class, "send", ThreadState.class, OA, I);
        private static final Ref GET_AWAITABLE = ref(Generators.class, "getAwaitable", O, I);
        private static final Ref GET_YIELD_FROM_ITER = ref(EvalOps.class, "yieldFromIter", PyCode.class, O);
        private static final Ref GET_AITER = ref(JitOps.class, "getAIter", PyFrame.class, O, I);
        private static final Ref GET_ANEXT = ref(Generators.class, "getANext", O);
        private static final Ref CAUGHT = ref(JitOps.class, "caught", PyException.class, ThreadState.class, PyFrame.class,
                I, boolean.class);
        private static final Ref RERAISE_TO = ref(JitOps.class, "reraiseTo", PyException.class, ThreadState.class,
                PyFrame.class, I, boolean.class);
        private static final Ref RERAISE_OUT = ref(JitOps.class, "reraiseOut", PyException.class, ThreadState.class,
                PyFrame.class);
        private static final Ref RERAISE = ref(JitOps.class, "reraise", PyFrame.class, OA, I, I);
        private static final Ref PUSH_EXC_INFO = ref(JitOps.class, "pushExcInfo", ThreadState.class, OA, I);
        private static final Ref POP_EXCEPT = ref(JitOps.class, "popExcept", ThreadState.class, OA, I);
        private static final Ref CHECK_EXC_MATCH = ref(JitOps.class, "checkExcMatch", O, O);
        private static final Ref WITH_EXCEPT_START = ref(JitOps.class, "withExceptStart", OA, I);
        private static final Ref BEFORE_ASYNC_WITH = ref(EvalOps.class, "beforeAsyncWith", OA, I);
    }

    // ---- the helpers compiled code calls ----------------------------------------------------

    /** A static method that compiled code calls. */
    private record Ref(ClassDesc owner, String name, MethodTypeDesc type) {}

    private static Ref ref(Class<?> owner, String name, Class<?>... params) {
        try {
            Method m = owner.getDeclaredMethod(name, params);
            return new Ref(desc(owner), name, MethodType.methodType(m.getReturnType(), m.getParameterTypes())
                    .describeConstable().orElseThrow());
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static ClassDesc desc(Class<?> c) {
        return c.describeConstable().orElseThrow();
    }
}
