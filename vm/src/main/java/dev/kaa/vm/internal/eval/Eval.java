package dev.kaa.vm.internal.eval;

import dev.kaa.bytecode.Op;
import dev.kaa.bytecode.Opcode;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.PyBaseException;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyCell;
import dev.kaa.vm.objects.PyCode;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyFrame;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTraceback;

/**
 * The interpreter loop: runs a frame's CPython 3.13 code units until it returns or yields.
 * One {@code switch} over the instruction table of {@link Opcode}; each case is a few lines
 * calling named helpers ({@link EvalOps}). An exception unwinds through the code object's
 * exception table; one that leaves the frame gets the frame's traceback entry on its way out.
 *
 * <p>Thread safety: runs on the frame's thread, under the GIL.
 */
public final class Eval {
    private Eval() {}

    /** Inline cache units after each opcode, by number. */
    private static final byte[] CACHES = new byte[256];

    static {
        for (Opcode op : Opcode.values()) {
            if (op.code() < 256) {
                CACHES[op.code()] = (byte) op.cacheEntries();
            }
        }
    }

    /** Runs a new frame to its end (or, for generator code, to {@code RETURN_GENERATOR}). */
    public static Object run(ThreadState ts, PyFrame f) {
        return execute(ts, f, null);
    }

    /**
     * Resumes a suspended frame: pushes {@code sent} as the value of the {@code yield}, or
     * raises {@code thrown} at it. Returns the next yielded value (the frame is then
     * {@link PyFrame#SUSPENDED}) or the return value ({@link PyFrame#COMPLETED}).
     */
    public static Object resume(ThreadState ts, PyFrame f, Object sent, PyException thrown) {
        if (thrown == null) {
            f.localsplus[f.sp++] = sent;
        }
        return execute(ts, f, thrown);
    }

    private static Object execute(ThreadState ts, PyFrame f, PyException thrown) {
        ts.enter();
        if (thrown == null && ts.depth < Jit.MAX_DEPTH && f.code.compiled instanceof JitCode j && j.entries[f.pc]) {
            return runCompiled(ts, f, j);
        }
        return interpret(ts, f, thrown);
    }

    /** Runs (or resumes) {@code f} in the interpreter; the caller has counted the call ({@code ts.enter()}). */
    private static Object interpret(ThreadState ts, PyFrame f, PyException thrown) {
        f.back = ts.frame;
        ts.frame = f;
        f.state = PyFrame.EXECUTING;
        try {
            return loop(ts, f, thrown);
        } finally {
            ts.frame = f.back;
            f.back = null;
            ts.leave();
        }
    }

    /**
     * Runs the new frame {@code callee} of a Python function that compiled code calls, compiled
     * or interpreted; the caller has counted the call. A generator it makes is fresh for a
     * {@code for} loop at code unit {@code next} of {@code caller}.
     */
    static Object runCallee(ThreadState ts, PyFrame caller, PyFrame callee, int next) {
        Object r = ts.depth < Jit.MAX_DEPTH && callee.code.compiled instanceof JitCode j ? runCompiled(ts, callee, j)
                : interpret(ts, callee, null);
        if (r instanceof PyGenerator g && g.frame == callee) {
            g.born(caller, next);
        }
        return r;
    }

    /**
     * Runs the new frame {@code f} in its compiled code {@code j}; the caller has counted the
     * call. Where the compiled code stops, at an instruction it leaves to the interpreter or at an
     * exception this frame handles, the interpreter finishes the frame.
     */
    private static Object runCompiled(ThreadState ts, PyFrame f, JitCode j) {
        f.back = ts.frame;
        ts.frame = f;
        f.state = PyFrame.EXECUTING;
        try {
            PyException e;
            try {
                Object r = j.run(ts, f);
                if (r != JitCode.BAIL) {
                    return r;
                }
                return loop(ts, f, null);
            } catch (PyException x) {
                e = x;
            } catch (StackOverflowError x) {
                e = PyErr.recursionError("maximum recursion depth exceeded");
            } catch (RuntimeException x) {
                e = PyErr.systemError("Kaa internal error: %s", x.toString());
            }
            if (f.state != PyFrame.EXECUTING) {
                throw e; // raised by the interpreter's part, which has unwound the frame
            }
            int target = unwind(ts, f, e, f.lasti, false);
            if (target < 0) {
                throw e;
            }
            f.pc = target;
            return loop(ts, f, null);
        } finally {
            ts.frame = f.back;
            f.back = null;
            ts.leave();
        }
    }

    /**
     * Runs {@code entry} and, inline, the Python functions it calls: a call to a Python function
     * pushes the callee's frame and continues here with it, and its return pops back to the
     * caller, as CPython 3.11+ does. Python calls then use no Java stack, and deep recursion is
     * limited by {@code sys.getrecursionlimit()} alone. Calls made from Java (slots, built-ins
     * calling back) enter the loop anew.
     */
    private static Object loop(ThreadState ts, PyFrame entry, PyException pending) {
        PyFrame f = entry;
        frames:
        while (true) {
            // (Re)load the running frame's state: at the start, and whenever a call, a return or
            // an exception moves execution to another frame.
            final PyCode code = f.code;
            final char[] units = code.units;
            final Object[] consts = code.consts;
            final PyStr[] names = code.names;
            final Object[] s = f.localsplus;
            int sp = f.sp;
            int pc = f.pc;
            int lasti = pc;
            boolean reraise = false;
            try {
                if (pending != null) {
                    // A throw() into a suspended frame: raise at the yield it stopped at.
                    PyException e = pending;
                    pending = null;
                    lasti = pc - 1;
                    f.lasti = lasti;
                    if (ts.traceFunc != null || ts.profileFunc != null) {
                        Tracing.thrown(ts, f);
                    }
                    throw e;
                }
                while (true) {
                    lasti = pc;
                    int unit = units[pc];
                    int op = unit & 0xff;
                    int arg = unit >>> 8;
                    while (op == 71) { // EXTENDED_ARG
                        unit = units[++pc];
                        op = unit & 0xff;
                        arg = arg << 8 | unit >>> 8;
                    }
                    pc += 1 + CACHES[op];
                    f.lasti = lasti;
                    switch (op) {
                        case Op.NOP, Op.CACHE, Op.INTERPRETER_EXIT, Op.ENTER_EXECUTOR -> { }
                        case Op.LOAD_CONST -> s[sp++] = consts[arg];
                        case Op.LOAD_FAST -> s[sp++] = s[arg];
                        case Op.LOAD_FAST_CHECK -> s[sp++] = JitOps.loadFastChecked(code, s, arg);
                        case Op.LOAD_FAST_AND_CLEAR -> {
                            s[sp++] = s[arg];
                            s[arg] = null;
                        }
                        case Op.LOAD_FAST_LOAD_FAST -> {
                            s[sp++] = s[arg >> 4];
                            s[sp++] = s[arg & 15];
                        }
                        case Op.STORE_FAST -> s[arg] = s[--sp];
                        case Op.STORE_FAST_LOAD_FAST -> {
                            s[arg >> 4] = s[--sp];
                            s[sp++] = s[arg & 15];
                        }
                        case Op.STORE_FAST_STORE_FAST -> {
                            s[arg >> 4] = s[--sp];
                            s[arg & 15] = s[--sp];
                        }
                        case Op.DELETE_FAST -> JitOps.deleteFast(ts, code, s, arg);
                        case Op.POP_TOP -> JitOps.popTop(ts, s, --sp);
                        case Op.END_FOR -> s[--sp] = null;
                        case Op.PUSH_NULL -> s[sp++] = null;
                        case Op.COPY -> {
                            s[sp] = s[sp - arg];
                            sp++;
                        }
                        case Op.SWAP -> {
                            Object t = s[sp - 1];
                            s[sp - 1] = s[sp - arg];
                            s[sp - arg] = t;
                        }
                        case Op.END_SEND -> {
                            s[sp - 2] = s[sp - 1];
                            s[--sp] = null;
                        }
                        case Op.UNARY_NEGATIVE -> s[sp - 1] = EvalOps.negative(s[sp - 1]);
                        case Op.UNARY_NOT -> s[sp - 1] = JitOps.not(s[sp - 1]);
                        case Op.UNARY_INVERT -> s[sp - 1] = JitOps.invert(s[sp - 1]);
                        case Op.TO_BOOL -> s[sp - 1] = JitOps.toBool(s[sp - 1]);
                        case Op.BINARY_OP -> {
                            Object b = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = EvalOps.binaryOp(s[sp - 1], b, arg);
                        }
                        case Op.COMPARE_OP -> {
                            Object b = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = JitOps.compare(s[sp - 1], b, arg);
                        }
                        case Op.CONTAINS_OP -> {
                            Object container = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = JitOps.contains(s[sp - 1], container, arg);
                        }
                        case Op.IS_OP -> {
                            Object b = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = JitOps.is(s[sp - 1], b, arg);
                        }
                        case Op.BINARY_SUBSCR -> {
                            Object key = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = EvalOps.subscript(s[sp - 1], key);
                        }
                        case Op.STORE_SUBSCR -> {
                            JitOps.storeSubscr(s, sp);
                            sp -= 3;
                        }
                        case Op.DELETE_SUBSCR -> {
                            JitOps.deleteSubscr(s, sp);
                            sp -= 2;
                        }
                        case Op.BINARY_SLICE -> {
                            JitOps.binarySlice(s, sp);
                            sp -= 2;
                        }
                        case Op.STORE_SLICE -> {
                            JitOps.storeSlice(s, sp);
                            sp -= 4;
                        }
                        case Op.BUILD_SLICE -> sp = EvalOps.buildSlice(s, sp, arg);
                        case Op.POP_JUMP_IF_FALSE -> {
                            Object v = s[--sp];
                            s[sp] = null;
                            if (v == PyBool.FALSE || v != PyBool.TRUE && !Abstract.isTrue(v)) {
                                pc += arg;
                            }
                        }
                        case Op.POP_JUMP_IF_TRUE -> {
                            Object v = s[--sp];
                            s[sp] = null;
                            if (v == PyBool.TRUE || v != PyBool.FALSE && Abstract.isTrue(v)) {
                                pc += arg;
                            }
                        }
                        case Op.POP_JUMP_IF_NONE -> {
                            Object v = s[--sp];
                            s[sp] = null;
                            if (v == PyNone.NONE) {
                                pc += arg;
                            }
                        }
                        case Op.POP_JUMP_IF_NOT_NONE -> {
                            Object v = s[--sp];
                            s[sp] = null;
                            if (v != PyNone.NONE) {
                                pc += arg;
                            }
                        }
                        case Op.JUMP_FORWARD -> pc += arg;
                        case Op.RESUME, Op.JUMP_BACKWARD -> {
                            if (op == Op.JUMP_BACKWARD) {
                                pc -= arg;
                            }
                            ts.runtime.checkBreaker(ts);
                            // Calls, resumptions and loop iterations count towards compiling the code;
                            // once it is compiled, the compiled code takes the frame from here.
                            JitCode j = Jit.hot(ts.runtime, code);
                            if (j != null && j.entries[pc] && ts.depth < Jit.MAX_DEPTH) {
                                f.pc = pc;
                                f.sp = sp;
                                Object r = j.run(ts, f);
                                if (r == JitCode.BAIL) {
                                    continue frames;
                                }
                                if (f == entry) {
                                    return r;
                                }
                                f = popFrame(ts, f);
                                f.localsplus[f.sp++] = r;
                                continue frames;
                            }
                        }
                        case Op.JUMP_BACKWARD_NO_INTERRUPT -> pc -= arg;
                        case Op.GET_ITER -> s[sp - 1] = JitOps.getIter(f, s[sp - 1], lasti);
                        case Op.GET_YIELD_FROM_ITER -> s[sp - 1] = EvalOps.yieldFromIter(code, s[sp - 1]);
                        case Op.FOR_ITER -> {
                            Object next = JitOps.forIter(ts, s[sp - 1]);
                            if (next != null) {
                                s[sp++] = next;
                            } else {
                                s[--sp] = null;
                                // Skip the END_FOR and POP_TOP at the target, as CPython 3.13 does.
                                pc += arg;
                                if ((units[pc] & 0xff) == Op.END_FOR) {
                                    pc += 2;
                                }
                            }
                        }
                        case Op.RETURN_VALUE, Op.RETURN_CONST -> {
                            Object r;
                            if (op == Op.RETURN_CONST) {
                                r = consts[arg];
                            } else {
                                r = s[--sp];
                                s[sp] = null;
                            }
                            f.state = PyFrame.COMPLETED;
                            f.sp = sp;
                            if (f == entry) {
                                return r;
                            }
                            f = popFrame(ts, f);
                            f.localsplus[f.sp++] = r;
                            continue frames;
                        }
                        case Op.LOAD_GLOBAL -> {
                            s[sp++] = EvalOps.loadGlobal(f, names[arg >> 1], lasti);
                            if ((arg & 1) != 0) {
                                s[sp++] = null;
                            }
                        }
                        case Op.STORE_GLOBAL -> JitOps.storeGlobal(f, names[arg], s, --sp);
                        case Op.DELETE_GLOBAL -> {
                            Object v = f.globals.delItem(names[arg]);
                            if (v == null) {
                                throw PyErr.nameError(names[arg]);
                            }
                            if (v instanceof PyGenerator) {
                                GeneratorProbes.deleted(ts, v);
                            }
                        }
                        case Op.LOAD_NAME -> s[sp++] = EvalOps.loadName(f, names[arg]);
                        case Op.STORE_NAME -> JitOps.storeName(f, names[arg], s, --sp);
                        case Op.DELETE_NAME -> {
                            Object v = EvalOps.deleteName(f, names[arg]);
                            if (v instanceof PyGenerator) {
                                GeneratorProbes.deleted(ts, v);
                            }
                        }
                        case Op.LOAD_ATTR -> {
                            Object owner = s[sp - 1];
                            PyStr name = names[arg >> 1];
                            if ((arg & 1) == 0) {
                                s[sp - 1] = EvalOps.loadAttr(code, lasti, owner, name);
                            } else {
                                sp = EvalOps.loadMethod(code, lasti, s, sp, owner, name);
                            }
                        }
                        case Op.STORE_ATTR -> {
                            JitOps.storeAttr(code, lasti, names[arg], s, sp);
                            sp -= 2;
                        }
                        case Op.DELETE_ATTR -> JitOps.deleteAttr(names[arg], s, --sp);
                        case Op.LOAD_SUPER_ATTR -> sp = EvalOps.loadSuperAttr(ts, f, s, sp, names[arg >> 2], arg);
                        case Op.LOAD_DEREF -> s[sp++] = JitOps.loadDeref(code, s, arg);
                        case Op.STORE_DEREF -> JitOps.storeDeref(s, arg, --sp);
                        case Op.DELETE_DEREF -> {
                            PyCell c = (PyCell) s[arg];
                            if (c.value == null) {
                                throw EvalOps.unboundDeref(code, arg);
                            }
                            c.value = null;
                        }
                        case Op.MAKE_CELL -> JitOps.makeCell(s, arg);
                        case Op.COPY_FREE_VARS -> EvalOps.copyFreeVars(f, arg);
                        case Op.LOAD_FROM_DICT_OR_DEREF -> s[sp - 1] = EvalOps.loadFromDictOrDeref(f, s[sp - 1], arg);
                        case Op.LOAD_FROM_DICT_OR_GLOBALS -> s[sp - 1] = EvalOps.loadFromDictOrGlobals(f, s[sp - 1], names[arg]);
                        case Op.LOAD_LOCALS -> s[sp++] = JitOps.loadLocals(f);
                        case Op.LOAD_BUILD_CLASS -> s[sp++] = EvalOps.loadBuildClass(f);
                        case Op.SETUP_ANNOTATIONS -> EvalOps.setupAnnotations(f);
                        case Op.LOAD_ASSERTION_ERROR -> s[sp++] = Exceptions.AssertionError;
                        case Op.BUILD_TUPLE -> sp = EvalOps.buildTuple(s, sp, arg);
                        case Op.BUILD_LIST -> sp = EvalOps.buildList(s, sp, arg);
                        case Op.BUILD_SET -> sp = EvalOps.buildSet(s, sp, arg);
                        case Op.BUILD_MAP -> sp = EvalOps.buildMap(s, sp, arg);
                        case Op.BUILD_CONST_KEY_MAP -> sp = EvalOps.buildConstKeyMap(s, sp, arg);
                        case Op.BUILD_STRING -> sp = EvalOps.buildString(s, sp, arg);
                        case Op.LIST_APPEND -> JitOps.listAppend(s, sp--, arg);
                        case Op.LIST_EXTEND -> JitOps.listExtend(s, sp--, arg);
                        case Op.SET_ADD -> JitOps.setAdd(s, sp--, arg);
                        case Op.SET_UPDATE -> JitOps.setUpdate(s, sp--, arg);
                        case Op.MAP_ADD -> {
                            JitOps.mapAdd(s, sp, arg);
                            sp -= 2;
                        }
                        case Op.DICT_UPDATE -> JitOps.dictUpdate(s, sp--, arg);
                        case Op.DICT_MERGE -> JitOps.dictMerge(s, sp--, arg);
                        case Op.UNPACK_SEQUENCE -> sp = EvalOps.unpackSequence(s, sp, arg);
                        case Op.UNPACK_EX -> sp = EvalOps.unpackEx(s, sp, arg & 0xff, arg >> 8);
                        case Op.FORMAT_SIMPLE -> s[sp - 1] = JitOps.formatSimple(s[sp - 1]);
                        case Op.FORMAT_WITH_SPEC -> JitOps.formatWithSpec(s, sp--);
                        case Op.CONVERT_VALUE -> s[sp - 1] = EvalOps.convertValue(s[sp - 1], arg);
                        case Op.MAKE_FUNCTION -> s[sp - 1] = EvalOps.makeFunction(f, (PyCode) s[sp - 1]);
                        case Op.SET_FUNCTION_ATTRIBUTE -> JitOps.setFunctionAttribute(s, sp--, arg);
                        case Op.CALL, Op.CALL_KW -> {
                            String[] kw = null;
                            if (op == Op.CALL_KW) {
                                kw = code.kwnames(s[sp - 1]);
                                s[--sp] = null;
                            }
                            int base = sp - arg - 2;
                            PyFrame callee = EvalOps.inlineCallee(ts, s, base, arg, kw);
                            if (callee != null) {
                                if (callee.code.compiled instanceof JitCode j && ts.depth < Jit.MAX_DEPTH) {
                                    sp = clear(s, sp, arg + 2);
                                    Object r = runCompiled(ts, callee, j);
                                    if (r instanceof PyGenerator g && g.frame == callee) {
                                        g.born(f, pc);
                                    }
                                    s[sp++] = r;
                                    break;
                                }
                                // The callee runs here: the caller resumes at pc with the result at base.
                                f.sp = clear(s, sp, arg + 2);
                                f.pc = pc;
                                pushFrame(ts, f, callee);
                                f = callee;
                                continue frames;
                            }
                            Object r = EvalOps.call(ts, s, base, arg, kw);
                            sp = clear(s, sp, arg + 1);
                            s[sp - 1] = r;
                        }
                        case Op.CALL_FUNCTION_EX -> sp = EvalOps.callFunctionEx(s, sp, arg);
                        case Op.CALL_INTRINSIC_1 -> s[sp - 1] = Intrinsics.call1(ts, f, arg, s[sp - 1]);
                        case Op.CALL_INTRINSIC_2 -> {
                            s[sp - 2] = JitOps.callIntrinsic2(ts, f, arg, s, sp);
                            sp--;
                        }
                        case Op.IMPORT_NAME -> JitOps.importName(ts, f, names[arg], s, sp--);
                        case Op.IMPORT_FROM -> s[sp] = EvalOps.importFrom(ts, s[sp++ - 1], names[arg]);
                        case Op.RAISE_VARARGS -> {
                            if (arg == 0) {
                                reraise = true;
                            }
                            throw EvalOps.raise(ts, s, sp, arg);
                        }
                        case Op.RERAISE -> {
                            Object exc = s[sp - 1];
                            if (arg != 0 && s[sp - 1 - arg] instanceof PyInt li) {
                                // The frame's position (f_lineno) goes back to where the exception
                                // first arose; the handler is still looked up at this RERAISE.
                                f.lasti = (int) li.longValue();
                            }
                            reraise = true;
                            throw EvalOps.reraised((PyBaseException) exc);
                        }
                        case Op.PUSH_EXC_INFO -> JitOps.pushExcInfo(ts, s, sp++);
                        case Op.POP_EXCEPT -> JitOps.popExcept(ts, s, sp--);
                        case Op.CHECK_EXC_MATCH -> s[sp - 1] = JitOps.checkExcMatch(s[sp - 2], s[sp - 1]);
                        case Op.CHECK_EG_MATCH -> EvalOps.checkEgMatch(s, sp);
                        case Op.CLEANUP_THROW -> {
                            // What it raises is the exception thrown in at the yield, whose
                            // traceback already has this frame's entry: not recorded twice.
                            reraise = true;
                            sp = EvalOps.cleanupThrow(s, sp);
                            reraise = false;
                        }
                        case Op.BEFORE_WITH -> sp = EvalOps.beforeWith(s, sp);
                        case Op.WITH_EXCEPT_START -> JitOps.withExceptStart(s, sp++);
                        case Op.RETURN_GENERATOR -> {
                            Object gen = JitOps.returnGenerator(f, pc, sp);
                            if (f == entry) {
                                return gen;
                            }
                            f = popFrame(ts, f);
                            ((PyGenerator) gen).born(f);
                            f.localsplus[f.sp++] = gen;
                            continue frames;
                        }
                        case Op.YIELD_VALUE -> {
                            return JitOps.yieldValue(f, s, --sp, pc);
                        }
                        case Op.SEND -> {
                            int r = EvalOps.send(ts, s, sp);
                            if (r < 0) {
                                pc += arg;
                            }
                        }
                        case Op.GET_AWAITABLE -> s[sp - 1] = Generators.getAwaitable(s[sp - 1], arg);
                        case Op.GET_AITER -> s[sp - 1] = JitOps.getAIter(f, s[sp - 1], lasti);
                        case Op.GET_ANEXT -> {
                            s[sp] = Generators.getANext(s[sp - 1]);
                            sp++;
                        }
                        case Op.END_ASYNC_FOR -> sp = EvalOps.endAsyncFor(s, sp);
                        case Op.BEFORE_ASYNC_WITH -> sp = EvalOps.beforeAsyncWith(s, sp);
                        case Op.GET_LEN -> {
                            s[sp] = JitOps.getLen(s[sp - 1]);
                            sp++;
                        }
                        case Op.MATCH_MAPPING -> {
                            s[sp] = JitOps.matchMapping(s[sp - 1]);
                            sp++;
                        }
                        case Op.MATCH_SEQUENCE -> {
                            s[sp] = JitOps.matchSequence(s[sp - 1]);
                            sp++;
                        }
                        case Op.MATCH_KEYS -> {
                            s[sp] = Matching.matchKeys(s[sp - 2], s[sp - 1]);
                            sp++;
                        }
                        case Op.MATCH_CLASS -> {
                            JitOps.matchClass(s, sp, arg);
                            sp -= 2;
                        }
                        case Tracing.MARK -> {
                            // A traced instruction: its events, then the instruction itself, which
                            // Tracing has put back in place of the marker until the next one.
                            f.sp = sp;
                            if (Tracing.before(ts, f, lasti) == Tracing.RELOAD) {
                                continue frames;
                            }
                            pc = lasti;
                        }
                        default -> throw PyErr.systemError("unknown opcode %d", op);
                    }
                }
            } catch (PyException e) {
                // f.lasti is the instruction that raised: this loop's or compiled code's. A
                // re-raise looks for its handler where it is, though f.lasti may say otherwise.
                f = handle(ts, entry, f, e, reraise ? lasti : f.lasti, reraise);
            } catch (StackOverflowError e) {
                f = handle(ts, entry, f, PyErr.recursionError("maximum recursion depth exceeded"), f.lasti, false);
            } catch (RuntimeException e) {
                f = handle(ts, entry, f, PyErr.systemError("Kaa internal error: %s", e.toString()), f.lasti, false);
            }
        }
    }

    /** Makes {@code callee} the running frame, called from {@code caller}. */
    private static void pushFrame(ThreadState ts, PyFrame caller, PyFrame callee) {
        callee.back = caller;
        ts.frame = callee;
        callee.state = PyFrame.EXECUTING;
    }

    /** Leaves {@code f}, a frame called inline, and returns its caller. */
    private static PyFrame popFrame(ThreadState ts, PyFrame f) {
        PyFrame caller = f.back;
        f.back = null;
        ts.frame = caller;
        ts.leave();
        return caller;
    }

    /**
     * Finds the handler of {@code e}, raised by the instruction at {@code lasti} of {@code f}:
     * in {@code f}, else in its inline callers in turn (each gets its traceback entry), up to
     * {@code entry}. Returns the frame that handles it, its {@code pc} and {@code sp} set;
     * rethrows when not even {@code entry} does.
     */
    private static PyFrame handle(ThreadState ts, PyFrame entry, PyFrame f, PyException e, int lasti,
            boolean reraise) {
        while (true) {
            // A frame compiled code has finished already (a re-raise that leaves it) is passed by.
            int target;
            try {
                target = f.state == PyFrame.COMPLETED ? -1 : unwind(ts, f, e, lasti, reraise);
            } catch (PyException raised) {
                // A trace function raised at the 'exception' event: its exception goes on instead.
                e = raised;
                reraise = false;
                continue;
            }
            if (target >= 0) {
                f.pc = target;
                return f;
            }
            if (f == entry) {
                throw e;
            }
            f = popFrame(ts, f);
            lasti = f.lasti;
            reraise = false;
        }
    }

    /** Clears {@code n} stack slots above the new top and returns the new stack pointer. */
    private static int clear(Object[] s, int sp, int n) {
        for (int i = 0; i < n; i++) {
            s[--sp] = null;
        }
        return sp;
    }

    /**
     * Handles {@code e} raised by the instruction at {@code lasti}: records the traceback entry
     * (unless it is a re-raise), sets {@code __context__}, and finds the handler in the
     * exception table. Returns the handler's code unit with the stack rebuilt in
     * {@code f.sp}, or -1 when the frame has no handler (it is then finished).
     */
    private static int unwind(ThreadState ts, PyFrame f, PyException e, int lasti, boolean reraise) {
        if (!reraise) {
            record(ts, f, e);
        }
        int entry = f.code.handlerFor(lasti);
        if (entry < 0) {
            if (ts.traceFunc != null || ts.profileFunc != null) {
                Tracing.unwound(ts, f);
            }
            leave(ts, f);
            return -1;
        }
        enterHandler(ts, f, e.value(), f.code.nlocalsplus() + f.code.handlerDepth(entry),
                f.code.handlerPushesLasti(entry));
        return f.code.handlerTarget(entry);
    }

    /** Gives {@code e}, raised in {@code f} at {@code f.lasti}, its traceback entry and context. */
    static void record(ThreadState ts, PyFrame f, PyException e) {
        PyBaseException value = e.value();
        value.setTraceback(new PyTraceback((PyTraceback) value.traceback(), f, f.lasti * 2, f.code.lineAt(f.lasti)));
        EvalOps.setContext(ts, e);
        if (ts.traceFunc != null) {
            Tracing.raised(ts, f, value);
        }
    }

    /**
     * Rebuilds {@code f}'s value stack for an exception handler: down to {@code depth} (an
     * absolute slot), then the raising instruction's offset if the handler wants it, then the
     * exception; {@code f.sp} is the new top.
     */
    static void enterHandler(ThreadState ts, PyFrame f, PyBaseException value, int depth, boolean pushLasti) {
        Object[] s = f.localsplus;
        int sp = Math.max(findTop(s, f.code.nlocalsplus()), depth);
        dropStack(ts, s, depth, sp);
        sp = depth;
        if (pushLasti) {
            s[sp++] = PyInt.of(f.lasti);
        }
        s[sp++] = value;
        f.sp = sp;
    }

    /** Finishes {@code f}, which an exception leaves: its value stack is dropped. */
    static void leave(ThreadState ts, PyFrame f) {
        f.state = PyFrame.COMPLETED;
        Object[] s = f.localsplus;
        int base = f.code.nlocalsplus();
        dropStack(ts, s, base, findTop(s, base));
    }

    /**
     * Clears stack slots {@code [from, to)} as unwinding drops them. A generator a {@code for}
     * loop owned is closed there, as CPython's reference counting closes it when the stack
     * lets go of it.
     */
    private static void dropStack(ThreadState ts, Object[] s, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            Object v = s[i];
            s[i] = null;
            if (v instanceof PyGenerator g && g.loopOwned) {
                g.dropped(ts);
            }
        }
    }

    /**
     * The loop's stack pointer is a local variable, so unwinding finds the top again: the loop
     * clears every slot it pops, so the highest non-null slot is the top, or the top is a NULL
     * at or below the handler's depth, where the caller's {@code max} puts it.
     */
    private static int findTop(Object[] s, int base) {
        int top = s.length;
        while (top > base && s[top - 1] == null) {
            top--;
        }
        return top;
    }
}
