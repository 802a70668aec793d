package dev.kaa.vm.internal.eval;

import dev.kaa.bytecode.Op;
import dev.kaa.bytecode.Opcode;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyBaseException;
import dev.kaa.vm.objects.PyBoundMethod;
import dev.kaa.vm.objects.PyBuiltinFunction;
import dev.kaa.vm.objects.PyCode;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyFrame;
import dev.kaa.vm.objects.PyMethodDescr;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import java.lang.ref.WeakReference;
import java.util.Iterator;

/**
 * {@code sys.settrace} and {@code sys.setprofile}, run as CPython 3.12+ runs them: on
 * instrumented code. While some thread of an interpreter has a trace or profile function, the
 * code objects that run carry a marker ({@link #MARK}) in place of each instruction. The
 * interpreter's case for the marker calls {@link #before}, which reports what is due there (by
 * CPython's line table rules for {@code line}; {@code RESUME}, returns, yields, calls, backward
 * jumps, {@code FOR_ITER} and {@code SEND} for the others) and puts the original code unit back
 * for the loop to run, until the thread's next marked instruction marks it again. Marking every
 * instruction lets a frame know the instruction it ran before ({@link PyFrame#tracePrev}),
 * which CPython's line events depend on. Code that is not instrumented has no marker, and the
 * loop has no test for tracing: code is instrumented when tracing starts (the frames running
 * then, and compiled code) or, later, at the eval breaker's check points, whose
 * {@link Runtime#TRACING} bit stays set while anything is traced.
 * While instrumented, code is not run compiled ({@link Jit}): its compiled form is set aside,
 * and a frame running compiled code when tracing starts goes on in the interpreter after its
 * next call.
 *
 * <p>The events, as CPython 3.13 reports them: {@code call} where a frame starts or resumes
 * (the global trace function answers the frame's local one, {@code f_trace}); {@code line}
 * where a line starts, where control comes to a line from another (a jump, an exception
 * handler) and at a backward jump within one line; {@code return} at a return or a yield
 * (argument None when an exception leaves the frame); {@code exception} where an exception is
 * raised in or passes through a frame, and where a {@code for} loop, {@code yield from} or
 * {@code await} ends a generator or coroutine (StopIteration);
 * {@code opcode} before each instruction. The profile function sees {@code call} and
 * {@code return}, and {@code c_call}, {@code c_return} and {@code c_exception} around calls
 * of built-in functions and methods. Events are not reported while a trace or profile function
 * runs; one that raises is removed (and a trace function's frame loses {@code f_trace}).
 *
 * <p>Thread safety: GIL-guarded; the functions are per thread, the instrumentation per
 * interpreter.
 */
public final class Tracing {
    private Tracing() {}

    /** The code unit (opcode byte) that stands in for an instruction reporting events. */
    static final int MARK = Op.INSTRUMENTED_LINE;
    /** {@link #before}'s answer when it ran the instruction itself: reload the frame's pc and stack. */
    static final int RELOAD = -1;

    private static final PyStr CALL = PyStr.intern("call"), LINE = PyStr.intern("line"),
            RETURN = PyStr.intern("return"), EXCEPTION = PyStr.intern("exception"),
            OPCODE = PyStr.intern("opcode"), C_CALL = PyStr.intern("c_call"),
            C_RETURN = PyStr.intern("c_return"), C_EXCEPTION = PyStr.intern("c_exception");

    /** What instrumenting a code object needs beyond its units, made once per code object. */
    private static final class Tables {
        /** The first {@code RESUME}: nothing before it reports events. */
        final int first;
        /** Per code unit: a {@code line} event may be due here (CPython's {@code initialize_lines}). */
        final boolean[] lineStart;
        /** The code's compiled form, set aside while it is instrumented. */
        Object savedCompiled;
        /** Whether every instruction reports {@code opcode}: a frame of it asked. */
        boolean opcodes;

        Tables(PyCode code) {
            char[] units = code.baseUnits != null ? code.baseUnits : code.units;
            int n = units.length;
            int f = 0;
            while (f < n && (units[f] & 0xff) != Op.RESUME) {
                f++;
            }
            first = f;
            lineStart = lineStarts(code, units, f);
        }
    }

    // ---- setting the functions ----------------------------------------------------------------

    /** {@code sys.settrace}: {@code fn} (null for None) becomes the thread's trace function. */
    public static void setTrace(ThreadState ts, Object fn) {
        boolean was = active(ts);
        ts.traceFunc = fn;
        changed(ts, was);
    }

    /** {@code sys.setprofile}: {@code fn} (null for None) becomes the thread's profile function. */
    public static void setProfile(ThreadState ts, Object fn) {
        boolean was = active(ts);
        ts.profileFunc = fn;
        changed(ts, was);
    }

    public static Object traceFunction(ThreadState ts) {
        return ts.traceFunc;
    }

    public static Object profileFunction(ThreadState ts) {
        return ts.profileFunc;
    }

    private static boolean active(ThreadState ts) {
        return ts.traceFunc != null || ts.profileFunc != null;
    }

    /**
     * Counts the threads that trace or profile; when the first starts or the last stops, all
     * code is to be instrumented or restored: the code of the frames running now and the
     * compiled code at once, the rest when it next starts ({@link #sync}).
     */
    private static void changed(ThreadState ts, boolean was) {
        boolean now = active(ts);
        if (was == now) {
            return;
        }
        Runtime rt = ts.runtime;
        rt.tracingThreads += now ? 1 : -1;
        boolean on = rt.tracingThreads > 0;
        if (on == rt.instrumenting) {
            return;
        }
        rt.instrumenting = on;
        rt.instrVersion++;
        if (on) {
            rt.setBreaker(Runtime.TRACING);
        } else {
            rt.clearBreaker(Runtime.TRACING);
        }
        syncFrames(rt, ts);
        for (ThreadState t : rt.threads.values()) {
            syncFrames(rt, t);
        }
        for (Iterator<WeakReference<PyCode>> it = rt.compiledCode.iterator(); it.hasNext();) {
            PyCode c = it.next().get();
            if (c == null) {
                it.remove();
            } else {
                sync(rt, c);
            }
        }
    }

    private static void syncFrames(Runtime rt, ThreadState ts) {
        for (PyFrame f = ts.frame; f != null; f = f.back) {
            sync(rt, f.code);
            f.leaveCompiled = rt.instrumenting;
        }
    }

    // ---- instrumenting code -------------------------------------------------------------------

    /** Brings {@code code} up to the interpreter's instrumentation: markers in or out. */
    static void sync(Runtime rt, PyCode code) {
        if (code.instrVersion == rt.instrVersion) {
            return;
        }
        code.instrVersion = rt.instrVersion;
        if (rt.instrumenting) {
            instrument(code);
        } else {
            restore(code);
        }
    }

    private static Tables tables(PyCode code) {
        if (code.instrumentation instanceof Tables t) {
            return t;
        }
        Tables t = new Tables(code);
        code.instrumentation = t;
        return t;
    }

    private static void instrument(PyCode code) {
        Tables t = tables(code);
        if (code.baseUnits == null) {
            code.baseUnits = code.units.clone();
            t.savedCompiled = code.compiled;
            // Not null and not compiled code: the compiled tier leaves this code alone.
            code.compiled = t;
        }
        mark(code, t);
    }

    /** Puts the marker on each instruction of {@code code} (but END_FOR). */
    private static void mark(PyCode code, Tables t) {
        char[] base = code.baseUnits, units = code.units;
        for (int i = t.first; i < base.length;) {
            int start = i;
            int op = base[i] & 0xff;
            while (op == Op.EXTENDED_ARG && i + 1 < base.length) {
                op = base[++i] & 0xff;
            }
            // Not END_FOR: FOR_ITER looks for it at its target to skip it, and nothing runs it.
            if (op != Op.END_FOR) {
                units[start] = (char) (base[start] & 0xff00 | MARK);
            }
            i += 1 + Opcode.of(op).cacheEntries();
        }
    }

    private static void restore(PyCode code) {
        char[] base = code.baseUnits;
        if (base == null) {
            return;
        }
        System.arraycopy(base, 0, code.units, 0, base.length);
        code.baseUnits = null;
        code.compiled = ((Tables) code.instrumentation).savedCompiled;
    }

    /** {@code frame.f_trace_opcodes = True}: its code reports each instruction from now on. */
    public static void traceOpcodes(PyFrame f) {
        tables(f.code).opcodes = true;
    }

    /**
     * Where {@code line} events are due, by CPython 3.13's rules: an instruction whose line
     * differs from the previous instruction's (not {@code RESUME}, {@code END_FOR},
     * {@code END_SEND}, {@code END_ASYNC_FOR}), every jump target and exception handler that
     * has a line. {@code EXTENDED_ARG} counts as an instruction of its own, as there.
     */
    private static boolean[] lineStarts(PyCode code, char[] units, int first) {
        int n = units.length;
        boolean[] starts = new boolean[n];
        boolean[] instruction = new boolean[n];
        int current = -1;
        for (int i = first; i < n;) {
            int op = units[i] & 0xff;
            instruction[i] = true;
            int line = code.lineAt(i);
            if (op != Op.RESUME && op != Op.END_FOR && op != Op.END_SEND && op != Op.END_ASYNC_FOR) {
                starts[i] = line != current && line >= 0;
                current = line;
            }
            i += 1 + Opcode.of(op).cacheEntries();
        }
        for (int i = first; i < n;) {
            int op = units[i] & 0xff;
            int arg = units[i] >>> 8;
            while (op == Op.EXTENDED_ARG && i + 1 < n) {
                op = units[++i] & 0xff;
                arg = arg << 8 | units[i] >>> 8;
            }
            i += 1 + Opcode.of(op).cacheEntries();
            int target = switch (op) {
                case Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE,
                        Op.JUMP_FORWARD -> i + arg;
                case Op.FOR_ITER, Op.SEND -> i + arg + 1;
                case Op.JUMP_BACKWARD, Op.JUMP_BACKWARD_NO_INTERRUPT -> i - arg;
                default -> -1;
            };
            if (target >= 0 && target < n && instruction[target] && code.lineAt(target) >= 0) {
                starts[target] = true;
            }
        }
        for (int e = 0; e < code.handlerCount(); e++) {
            int h = code.handlerTarget(e);
            if (h < n && instruction[h] && code.lineAt(h) >= 0 && (units[h] & 0xff) != Op.END_ASYNC_FOR) {
                starts[h] = true;
            }
        }
        return starts;
    }

    // ---- the events ---------------------------------------------------------------------------

    /**
     * The marker's case: reports what is due before the instruction at code unit {@code at} of
     * {@code f} ({@code f.sp} is the stack's top), puts its original code unit back for the
     * loop and answers it; or answers {@link #RELOAD} when it ran the instruction itself (a
     * profiled call of a built-in, a {@code for} loop or {@code SEND} over a generator) or the
     * trace function jumped, {@code f.pc} and {@code f.sp} set.
     */
    static int before(ThreadState ts, PyFrame f, int at) {
        remark(ts);
        PyCode code = f.code;
        // A marker left from an earlier time of tracing: the code is brought up to date first.
        sync(ts.runtime, code);
        int unit = code.baseUnit(at);
        int prev = f.tracePrev;
        f.tracePrev = at;
        if (ts.inTrace || !active(ts) || !(code.instrumentation instanceof Tables t)) {
            return unmark(ts, code, at, unit);
        }
        int i = at;
        int op = unit & 0xff;
        int arg = unit >>> 8;
        while (op == Op.EXTENDED_ARG) {
            int u = code.baseUnit(++i);
            op = u & 0xff;
            arg = arg << 8 | u >>> 8;
        }
        int next = i + 1 + Opcode.of(op).cacheEntries();
        if (t.lineStart[at]) {
            line(ts, f, at, prev);
            if (f.lasti != at) {
                return RELOAD; // the trace function jumped (f_lineno)
            }
        }
        if (t.opcodes && op != Op.RESUME && op != Op.END_FOR && f.traceOpcodes) {
            trace(ts, f, FrameJump.OPCODE, OPCODE, PyNone.NONE);
        }
        Object[] s = f.localsplus;
        switch (op) {
            case Op.RESUME -> {
                started(ts, f, arg == 0 ? FrameJump.START : FrameJump.RESUME);
                if (f.lasti != at) {
                    return RELOAD;
                }
            }
            case Op.RETURN_VALUE -> returned(ts, f, FrameJump.RETURN, s[f.sp - 1]);
            case Op.RETURN_CONST -> returned(ts, f, FrameJump.RETURN, code.consts[arg]);
            case Op.YIELD_VALUE -> {
                int base = code.nlocalsplus();
                int sp = f.sp;
                Object[] stack = java.util.Arrays.copyOfRange(s, base, sp);
                returned(ts, f, FrameJump.YIELD, s[sp - 1]);
                if (f.lasti != at) {
                    // A jump set at a yield: CPython 3.13 yields all the same, the value and the
                    // stack as they were (the jump only moves where the frame is shown to be).
                    System.arraycopy(stack, 0, s, base, stack.length);
                    f.sp = sp;
                    f.lasti = at;
                    f.tracePrev = at;
                }
            }
            case Op.JUMP_BACKWARD -> {
                // A backward jump within one line reports the line again (CPython's JUMP event).
                int line = code.lineAt(next - arg);
                if (line >= 0 && line == code.lineAt(i) && f.traceLines && f.trace != null && ts.traceFunc != null) {
                    trace(ts, f, FrameJump.LINE, LINE, PyNone.NONE);
                    if (f.lasti != at) {
                        return RELOAD;
                    }
                }
            }
            case Op.CALL, Op.CALL_KW, Op.CALL_FUNCTION_EX -> {
                if (ts.profileFunc != null && profiledCall(ts, f, op, arg, next)) {
                    return RELOAD;
                }
            }
            case Op.FOR_ITER -> {
                if (s[f.sp - 1] instanceof PyGenerator g && g.getClass() == PyGenerator.class
                        && f.trace != null && ts.traceFunc != null) {
                    forIterGenerator(ts, f, g, arg, next);
                    return RELOAD;
                }
            }
            case Op.SEND -> {
                if (stopsWithException(s[f.sp - 2]) && f.trace != null && ts.traceFunc != null) {
                    sendGenerator(ts, f, arg, next);
                    return RELOAD;
                }
            }
            default -> { }
        }
        return unmark(ts, code, at, unit);
    }

    /**
     * Puts the original unit back at {@code at} for the loop to run it once; the next marked
     * instruction this thread runs marks it again ({@link #remark}). Every path from one
     * instruction to the next of the same code passes a marked one (the next instruction of the
     * frame, or a RESUME), so no event is missed.
     */
    private static int unmark(ThreadState ts, PyCode code, int at, int unit) {
        if (code.baseUnits != null) {
            code.units[at] = (char) unit;
            ts.remarkCode = code;
            ts.remarkAt = at;
        }
        return unit;
    }

    /** Marks again the instruction {@link #unmark} put back, if its code is still instrumented. */
    private static void remark(ThreadState ts) {
        PyCode code = ts.remarkCode;
        if (code != null) {
            ts.remarkCode = null;
            char[] base = code.baseUnits;
            if (base != null) {
                code.units[ts.remarkAt] = (char) (base[ts.remarkAt] & 0xff00 | MARK);
            }
        }
    }

    /**
     * At an eval breaker check point while something is traced: the running frame's code is
     * instrumented if it is not yet; if the frame is starting ({@code RESUME}), that reports
     * its {@code call} event, which its marker would have.
     */
    static void checkPoint(ThreadState ts) {
        PyFrame f = ts.frame;
        Runtime rt = ts.runtime;
        if (f == null || f.code.instrVersion == rt.instrVersion) {
            return;
        }
        sync(rt, f.code);
        if (rt.instrumenting && f.lasti >= 0 && (f.code.baseUnit(f.lasti) & 0xff) == Op.RESUME
                && active(ts) && !ts.inTrace) {
            f.tracePrev = f.lasti;
            started(ts, f, (f.code.baseUnit(f.lasti) >>> 8) == 0 ? FrameJump.START : FrameJump.RESUME);
        }
    }

    /** A {@code line} event at {@code at}, unless control came from the same line (CPython's rule). */
    private static void line(ThreadState ts, PyFrame f, int at, int prev) {
        if (f.trace == null || !f.traceLines || ts.traceFunc == null) {
            return;
        }
        PyCode code = f.code;
        int line = code.lineAt(at);
        if (line < 0) {
            return;
        }
        if (prev >= 0 && code.lineAt(prev) == line && (code.baseUnit(prev) & 0xff) != Op.RESUME) {
            return;
        }
        trace(ts, f, FrameJump.LINE, LINE, PyNone.NONE);
    }

    /** A frame starts or resumes: {@code call}. */
    private static void started(ThreadState ts, PyFrame f, int what) {
        profile(ts, f, what, CALL, PyNone.NONE);
        trace(ts, f, what, CALL, PyNone.NONE);
    }

    /** A frame returns or yields {@code value}. */
    private static void returned(ThreadState ts, PyFrame f, int what, Object value) {
        profile(ts, f, what, RETURN, value);
        trace(ts, f, what, RETURN, value);
    }

    /** A generator's {@code throw()} resumes {@code f}: {@code call}, as CPython's PY_THROW. */
    static void thrown(ThreadState ts, PyFrame f) {
        sync(ts.runtime, f.code);
        f.tracePrev = f.lasti;
        if (!ts.inTrace) {
            started(ts, f, FrameJump.THROW);
        }
    }

    /** An exception leaves {@code f}: {@code return} with None. */
    static void unwound(ThreadState ts, PyFrame f) {
        if (!ts.inTrace) {
            try {
                returned(ts, f, FrameJump.UNWIND, PyNone.NONE);
            } catch (PyException e) {
                // The function is removed; the exception leaving the frame goes on as it was.
            }
        }
    }

    /**
     * {@code value} was raised in {@code f} or passes through it: {@code exception}. What the
     * trace function raises replaces it (the unwinding starts again with that).
     */
    static void raised(ThreadState ts, PyFrame f, PyBaseException value) {
        if (!ts.inTrace && f.trace != null && ts.traceFunc != null) {
            Object tb = value.traceback();
            trace(ts, f, FrameJump.RAISE, EXCEPTION, PyTuple.of(value.type(), value, tb == null ? PyNone.NONE : tb));
        }
    }

    /**
     * Calls the trace function for {@code event}: the thread's for {@code call}, whose answer
     * becomes the frame's local one, the frame's for the others (an answer other than None
     * replaces it). One that raises is removed.
     */
    private static void trace(ThreadState ts, PyFrame f, int what, PyStr event, Object arg) {
        if (ts.traceFunc == null) {
            return;
        }
        Object fn = event == CALL ? ts.traceFunc : f.trace;
        if (fn == null) {
            return;
        }
        if (f.traceOpcodes) {
            traceOpcodes(f);
        }
        Object r;
        int outer = ts.traceEvent;
        ts.inTrace = true;
        ts.traceEvent = what;
        try {
            r = Abstract.call(fn, f, event, arg);
        } catch (PyException e) {
            setTrace(ts, null);
            f.trace = null;
            throw e;
        } finally {
            ts.inTrace = false;
            ts.traceEvent = outer;
        }
        if (r != PyNone.NONE) {
            f.trace = r;
        }
    }

    /** Calls the profile function for {@code event}; one that raises is removed. */
    private static void profile(ThreadState ts, PyFrame f, int what, PyStr event, Object arg) {
        Object fn = ts.profileFunc;
        if (fn == null) {
            return;
        }
        int outer = ts.traceEvent;
        ts.inTrace = true;
        ts.traceEvent = what;
        try {
            Abstract.call(fn, f, event, arg);
        } catch (PyException e) {
            setProfile(ts, null);
            throw e;
        } finally {
            ts.inTrace = false;
            ts.traceEvent = outer;
        }
    }

    /**
     * A {@code CALL}, {@code CALL_KW} or {@code CALL_FUNCTION_EX} ({@code op}) of a built-in
     * function or method while profiling: runs it between {@code c_call} and {@code c_return}
     * (or {@code c_exception}) and returns true; false for other callables, which the loop
     * calls as usual.
     */
    private static boolean profiledCall(ThreadState ts, PyFrame f, int op, int arg, int next) {
        Object[] s = f.localsplus;
        int sp = f.sp;
        Object callable;
        Object first;
        if (op == Op.CALL_FUNCTION_EX) {
            int k = arg & 1;
            callable = s[sp - 3 - k];
            first = s[sp - 1 - k] instanceof PyTuple t && t.size() > 0 ? t.get(0) : null;
        } else {
            int base = sp - (op == Op.CALL_KW ? 1 : 0) - arg - 2;
            callable = s[base];
            first = s[base + 1] != null ? s[base + 1] : arg > 0 ? s[base + 2] : null;
            if (s[base + 1] == null && callable instanceof PyBoundMethod m) {
                // The call runs the method's function with its object first (gh-122029).
                callable = m.function();
                first = m.self();
            }
        }
        Object shown = builtin(callable, first);
        if (shown == null) {
            return false;
        }
        profile(ts, f, FrameJump.C_CALL, C_CALL, shown);
        try {
            if (op == Op.CALL_FUNCTION_EX) {
                sp = EvalOps.callFunctionEx(s, sp, arg);
            } else {
                String[] kw = null;
                if (op == Op.CALL_KW) {
                    kw = f.code.kwnames(s[sp - 1]);
                    s[--sp] = null;
                }
                int base = sp - arg - 2;
                Object r = EvalOps.call(ts, s, base, arg, kw);
                for (int j = 0; j < arg + 1; j++) {
                    s[--sp] = null;
                }
                s[sp - 1] = r;
            }
        } catch (PyException e) {
            profile(ts, f, FrameJump.C_RAISE, C_EXCEPTION, shown);
            throw e;
        }
        f.sp = sp;
        f.pc = next;
        profile(ts, f, FrameJump.C_RETURN, C_RETURN, shown);
        return true;
    }

    /**
     * What the profile function is shown for a call of {@code callable} (with first argument
     * {@code first}, or null): a built-in function itself, a method descriptor bound to its
     * object; null for other callables, which report no {@code c_call} (as in CPython).
     */
    private static Object builtin(Object callable, Object first) {
        if (callable instanceof PyBuiltinFunction b && b.type() == PyBuiltinFunction.TYPE) {
            return callable;
        }
        if (callable instanceof PyMethodDescr d && d.type() == PyMethodDescr.TYPE && first != null) {
            return Abstract.callMethod(d, "__get__", first, Abstract.typeOf(first));
        }
        return null;
    }

    /**
     * {@code FOR_ITER} over a generator in a traced frame: as the loop's, but the generator's
     * end is reported as an {@code exception} (StopIteration), as CPython 3.13 does.
     */
    private static void forIterGenerator(ThreadState ts, PyFrame f, PyGenerator g, int arg, int next) {
        Object[] out = new Object[1];
        Object[] s = f.localsplus;
        if (g.resume(ts, PyNone.NONE, null, out)) {
            s[f.sp++] = out[0];
            f.pc = next;
            return;
        }
        s[--f.sp] = null;
        int target = next + arg;
        if ((f.code.baseUnit(target) & 0xff) == Op.END_FOR) {
            target += 2;
        }
        f.pc = target;
        PyBaseException stop = g.stopWith(out[0]).value();
        trace(ts, f, FrameJump.RAISE, EXCEPTION, PyTuple.of(stop.type(), stop, PyNone.NONE));
    }

    /**
     * Whether the end of {@code receiver} under {@code SEND} is reported: a generator's or a
     * coroutine's, and a StopIteration raised (an async generator's awaitable, an iterator
     * written in Python); not a built-in iterator's, which ends without raising.
     */
    private static boolean stopsWithException(Object receiver) {
        return receiver instanceof PyGenerator && !(receiver instanceof PyAsyncGenerator)
                || receiver instanceof PyAsyncGenerator.ASend || receiver instanceof PyAsyncGenerator.AThrow
                || Abstract.typeOf(receiver).isHeapType();
    }

    /**
     * {@code SEND} to a generator or coroutine in a traced frame ({@code yield from},
     * {@code await}): as the loop's, but its end is reported as an {@code exception}
     * (StopIteration with the value it returned), as CPython 3.13 does.
     */
    private static void sendGenerator(ThreadState ts, PyFrame f, int arg, int next) {
        Object[] s = f.localsplus;
        if (EvalOps.send(ts, s, f.sp) >= 0) {
            f.pc = next;
            return;
        }
        f.pc = next + arg;
        PyBaseException stop = PyErr.stopIteration(s[f.sp - 1]).value();
        trace(ts, f, FrameJump.RAISE, EXCEPTION, PyTuple.of(stop.type(), stop, PyNone.NONE));
    }
}
