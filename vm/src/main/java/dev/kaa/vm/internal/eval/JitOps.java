package dev.kaa.vm.internal.eval;

import dev.kaa.vm.modules.BuiltinFunctions;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.CompareOp;
import dev.kaa.vm.objects.Ints;
import dev.kaa.vm.objects.PyBaseException;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyCell;
import dev.kaa.vm.objects.PyCode;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyFrame;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyFunction;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PySet;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.Sequences;
import dev.kaa.vm.objects.Slot;

/**
 * The bodies of the instructions that are more than a few stack moves, shared by the interpreter
 * ({@link Eval}) and compiled code ({@link Jit}), so that both do the same: each works on the
 * frame's value stack {@code s} at the positions it is given (constants in compiled code) and
 * clears the slots it pops, so that unwinding finds the top.
 *
 * <p>Thread safety: runs on the frame's thread, under the GIL.
 */
final class JitOps {
    private JitOps() {}

    static void checkBreaker(ThreadState ts) {
        ts.runtime.checkBreaker(ts);
    }

    static Object loadFastChecked(PyCode code, Object[] s, int i) {
        Object v = s[i];
        if (v == null) {
            throw EvalOps.unboundLocal(code, i);
        }
        return v;
    }

    static void deleteFast(ThreadState ts, PyCode code, Object[] s, int i) {
        Object v = s[i];
        if (v == null) {
            throw EvalOps.unboundLocal(code, i);
        }
        s[i] = null;
        if (v instanceof PyGenerator) {
            GeneratorProbes.deleted(ts, v);
        }
    }

    static void popTop(ThreadState ts, Object[] s, int top) {
        Object v = s[top];
        s[top] = null;
        if (v instanceof PyGenerator g && g.loopOwned) {
            g.dropped(ts);
        }
    }

    static Object not(Object v) {
        return PyBool.of(!Abstract.isTrue(v));
    }

    static Object invert(Object v) {
        return Abstract.unaryOp(v, Slot.__invert__, "~");
    }

    static Object toBool(Object v) {
        return v instanceof PyBool ? v : PyBool.of(Abstract.isTrue(v));
    }

    /** The truth of a value a conditional jump pops. */
    static boolean isTrue(Object v) {
        return v == PyBool.TRUE || v != PyBool.FALSE && Abstract.isTrue(v);
    }

    // BINARY_OP of +, - and * (arg: the operator, plain or in-place): small enough for the JVM
    // to inline into each compiled function, where the int and float cases then cost a class
    // check each; anything else takes the interpreter's path.

    static Object add(Object a, Object b, int arg) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return Ints.add((PyInt) a, (PyInt) b);
        }
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            return new PyFloat(((PyFloat) a).doubleValue() + ((PyFloat) b).doubleValue());
        }
        return EvalOps.binaryOp(a, b, arg);
    }

    static Object sub(Object a, Object b, int arg) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return Ints.sub((PyInt) a, (PyInt) b);
        }
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            return new PyFloat(((PyFloat) a).doubleValue() - ((PyFloat) b).doubleValue());
        }
        return EvalOps.binaryOp(a, b, arg);
    }

    static Object mul(Object a, Object b, int arg) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return Ints.mul((PyInt) a, (PyInt) b);
        }
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            return new PyFloat(((PyFloat) a).doubleValue() * ((PyFloat) b).doubleValue());
        }
        return EvalOps.binaryOp(a, b, arg);
    }

    static Object compare(Object a, Object b, int arg) {
        Object r = EvalOps.compare(a, b, CompareOp.of(arg >> 5));
        return (arg & 16) != 0 && !(r instanceof PyBool) ? PyBool.of(Abstract.isTrue(r)) : r;
    }

    /** {@code COMPARE_OP} whose result a conditional jump takes at once: its truth. */
    static boolean compareTruth(Object a, Object b, int arg) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return CompareOp.of(arg >> 5).test(Ints.compare((PyInt) a, (PyInt) b));
        }
        return isTrue(EvalOps.compare(a, b, CompareOp.of(arg >> 5)));
    }

    static Object contains(Object item, Object container, int arg) {
        return PyBool.of(Abstract.contains(container, item) != (arg == 1));
    }

    static Object is(Object a, Object b, int arg) {
        return PyBool.of((a == b) != (arg == 1));
    }

    static void storeSubscr(Object[] s, int sp) {
        Abstract.setItem(s[sp - 2], s[sp - 1], s[sp - 3]);
        clear(s, sp, 3);
    }

    static void deleteSubscr(Object[] s, int sp) {
        Abstract.delItem(s[sp - 2], s[sp - 1]);
        clear(s, sp, 2);
    }

    static void binarySlice(Object[] s, int sp) {
        Object r = EvalOps.slice(s[sp - 3], s[sp - 2], s[sp - 1]);
        clear(s, sp, 2);
        s[sp - 3] = r;
    }

    static void storeSlice(Object[] s, int sp) {
        EvalOps.storeSlice(s[sp - 3], s[sp - 2], s[sp - 1], s[sp - 4]);
        clear(s, sp, 4);
    }

    static Object getIter(PyFrame f, Object v, int lasti) {
        if (v.getClass() == PyGenerator.class) {
            ((PyGenerator) v).ownIfFresh(f, lasti);
            return v;
        }
        return Abstract.iter(v);
    }

    /** The next item of the iterator a {@code FOR_ITER} holds, or null when it is exhausted. */
    static Object forIter(ThreadState ts, Object it) {
        return it instanceof Sequences.FastIterator fi ? fi.nextOrNull()
                : it.getClass() == PyGenerator.class ? ((PyGenerator) it).nextOrNull(ts)
                : Abstract.next(it);
    }

    static Object returnValue(PyFrame f, Object[] s, int top) {
        Object r = s[top];
        s[top] = null;
        f.state = PyFrame.COMPLETED;
        f.sp = top;
        return r;
    }

    static Object returnConst(PyFrame f, Object r, int sp) {
        f.state = PyFrame.COMPLETED;
        f.sp = sp;
        return r;
    }

    static Object returnGenerator(PyFrame f, int next, int sp) {
        f.pc = next;
        f.sp = sp;
        Object gen = Generators.create(f);
        f.state = PyFrame.CREATED;
        return gen;
    }

    static Object yieldValue(PyFrame f, Object[] s, int top, int next) {
        Object v = s[top];
        s[top] = null;
        f.pc = next;
        f.sp = top;
        f.state = PyFrame.SUSPENDED;
        return v;
    }

    static Object getAIter(PyFrame f, Object v, int lasti) {
        if (v instanceof PyAsyncGenerator g) {
            g.ownIfFresh(f, lasti);
        }
        return Generators.getAIter(v);
    }

    // ---- exceptions: the handlers of compiled code are compiled too ---------------------------

    /**
     * A JVM handler of compiled code caught {@code e}, raised at {@code f.lasti} inside a
     * {@code try}: the traceback entry and context as the interpreter's unwinding gives them, and
     * the stack rebuilt for the Python handler.
     */
    static void caught(PyException e, ThreadState ts, PyFrame f, int depth, boolean pushLasti) {
        Eval.record(ts, f, e);
        Eval.enterHandler(ts, f, e.value(), depth, pushLasti);
    }

    /** A re-raise that a handler of the same frame takes: no new traceback entry. */
    static void reraiseTo(PyException e, ThreadState ts, PyFrame f, int depth, boolean pushLasti) {
        Eval.enterHandler(ts, f, e.value(), depth, pushLasti);
    }

    /** A re-raise that leaves the frame: it is finished here, and its callers' unwinding passes it by. */
    static PyException reraiseOut(PyException e, ThreadState ts, PyFrame f) {
        Eval.leave(ts, f);
        return e;
    }

    /** {@code RERAISE}: the exception on top, raised again from where it first arose. */
    static PyException reraise(PyFrame f, Object[] s, int sp, int arg) {
        if (arg != 0 && s[sp - 1 - arg] instanceof PyInt li) {
            f.lasti = (int) li.longValue();
        }
        return EvalOps.reraised((PyBaseException) s[sp - 1]);
    }

    static void pushExcInfo(ThreadState ts, Object[] s, int sp) {
        Object exc = s[sp - 1];
        s[sp - 1] = ts.handled == null ? PyNone.NONE : ts.handled;
        s[sp] = exc;
        ts.handled = (PyBaseException) exc;
    }

    static void popExcept(ThreadState ts, Object[] s, int sp) {
        Object prev = s[sp - 1];
        s[sp - 1] = null;
        ts.handled = prev == PyNone.NONE ? null : (PyBaseException) prev;
    }

    static Object checkExcMatch(Object exc, Object type) {
        return PyBool.of(EvalOps.exceptionMatches(exc, type));
    }

    static void withExceptStart(Object[] s, int sp) {
        s[sp] = EvalOps.withExceptStart(s[sp - 4], s[sp - 1]);
    }

    /** Stops compiled code at {@code pc}: the interpreter goes on from there. */
    static Object bail(PyFrame f, int pc, int sp) {
        f.pc = pc;
        f.sp = sp;
        return JitCode.BAIL;
    }

    static void storeGlobal(PyFrame f, PyStr name, Object[] s, int top) {
        f.globals.setItem(name, s[top]);
        s[top] = null;
    }

    static void storeName(PyFrame f, PyStr name, Object[] s, int top) {
        EvalOps.storeName(f, name, s[top]);
        s[top] = null;
    }

    static void storeAttr(PyCode code, int site, PyStr name, Object[] s, int sp) {
        EvalOps.storeAttr(code, site, s[sp - 1], name, s[sp - 2]);
        clear(s, sp, 2);
    }

    static void deleteAttr(PyStr name, Object[] s, int top) {
        Abstract.delAttr(s[top], name);
        s[top] = null;
    }

    static Object loadDeref(PyCode code, Object[] s, int i) {
        Object v = ((PyCell) s[i]).value;
        if (v == null) {
            throw EvalOps.unboundDeref(code, i);
        }
        return v;
    }

    static void storeDeref(Object[] s, int i, int top) {
        ((PyCell) s[i]).value = s[top];
        s[top] = null;
    }

    static void makeCell(Object[] s, int i) {
        s[i] = new PyCell(s[i]);
    }

    static Object loadLocals(PyFrame f) {
        if (f.locals == null) {
            throw PyErr.systemError("no locals found");
        }
        return f.locals;
    }

    static void listAppend(Object[] s, int sp, int arg) {
        ((PyList) s[sp - 1 - arg]).append(s[sp - 1]);
        s[sp - 1] = null;
    }

    static void listExtend(Object[] s, int sp, int arg) {
        EvalOps.listExtend((PyList) s[sp - 1 - arg], s[sp - 1]);
        s[sp - 1] = null;
    }

    static void setAdd(Object[] s, int sp, int arg) {
        ((PySet) s[sp - 1 - arg]).addItem(s[sp - 1]);
        s[sp - 1] = null;
    }

    static void setUpdate(Object[] s, int sp, int arg) {
        ((PySet) s[sp - 1 - arg]).updateWith(s[sp - 1]);
        s[sp - 1] = null;
    }

    static void mapAdd(Object[] s, int sp, int arg) {
        Object value = s[sp - 1];
        Object key = s[sp - 2];
        ((PyDict) s[sp - 2 - arg]).setItem(key, value);
        s[sp - 2] = null;
        s[sp - 1] = null;
    }

    static void dictUpdate(Object[] s, int sp, int arg) {
        EvalOps.dictUpdate((PyDict) s[sp - 1 - arg], s[sp - 1]);
        s[sp - 1] = null;
    }

    static void dictMerge(Object[] s, int sp, int arg) {
        EvalOps.dictMerge(s[sp - 4 - arg], (PyDict) s[sp - 1 - arg], s[sp - 1]);
        s[sp - 1] = null;
    }

    static Object formatSimple(Object v) {
        return BuiltinFunctions.format(v, null);
    }

    static void formatWithSpec(Object[] s, int sp) {
        Object spec = s[sp - 1];
        s[sp - 1] = null;
        s[sp - 2] = BuiltinFunctions.format(s[sp - 2], spec);
    }

    static Object makeFunction(PyFrame f, Object code) {
        return EvalOps.makeFunction(f, (PyCode) code);
    }

    static void setFunctionAttribute(Object[] s, int sp, int arg) {
        EvalOps.setFunctionAttribute((PyFunction) s[sp - 1], s[sp - 2], arg);
        s[sp - 2] = s[sp - 1];
        s[sp - 1] = null;
    }

    /**
     * {@code CALL} (and {@code CALL_KW}, with the names tuple above the arguments): the result
     * replaces the callable at {@code s[base]}. A Python function runs in a frame of its own on
     * the Java stack, compiled or interpreted; {@code next} is the code unit after the call, where
     * a generator it returns is fresh for a {@code for} loop.
     */
    /**
     * {@code CALL} from compiled code; true when tracing started meanwhile and the frame is to
     * go on in the interpreter ({@link #leave}).
     */
    static boolean call(ThreadState ts, PyFrame f, Object[] s, int base, int argc, int next) {
        PyFrame callee = EvalOps.inlineCallee(ts, s, base, argc, null);
        Object r;
        if (callee != null) {
            clear(s, base + argc + 2, argc + 2);
            r = Eval.runCallee(ts, f, callee, next);
        } else {
            r = EvalOps.call(ts, s, base, argc, null);
            clear(s, base + argc + 2, argc + 1);
        }
        s[base] = r;
        return f.leaveCompiled && leave(f, next, base + 1);
    }

    /** Hands {@code f} to the interpreter at {@code pc} with the stack {@code sp} deep, once. */
    private static boolean leave(PyFrame f, int pc, int sp) {
        f.leaveCompiled = false;
        f.pc = pc;
        f.sp = sp;
        return true;
    }

    static boolean callKw(ThreadState ts, PyFrame f, Object[] s, int base, int argc, int next) {
        int sp = base + argc + 3;
        String[] kw = f.code.kwnames(s[sp - 1]);
        s[sp - 1] = null;
        PyFrame callee = EvalOps.inlineCallee(ts, s, base, argc, kw);
        Object r;
        if (callee != null) {
            clear(s, sp - 1, argc + 2);
            r = Eval.runCallee(ts, f, callee, next);
        } else {
            r = EvalOps.call(ts, s, base, argc, kw);
            clear(s, sp - 1, argc + 1);
        }
        s[base] = r;
        return f.leaveCompiled && leave(f, next, base + 1);
    }

    static Object callIntrinsic2(ThreadState ts, PyFrame f, int which, Object[] s, int sp) {
        Object v1 = s[sp - 1];
        s[sp - 1] = null;
        return Intrinsics.call2(ts, f, which, s[sp - 2], v1);
    }

    static void importName(ThreadState ts, PyFrame f, PyStr name, Object[] s, int sp) {
        Object fromlist = s[sp - 1];
        s[sp - 1] = null;
        s[sp - 2] = EvalOps.importName(ts, f, name, fromlist, s[sp - 2]);
    }

    static PyException raise(ThreadState ts, Object[] s, int sp, int argc) {
        return EvalOps.raise(ts, s, sp, argc);
    }

    static Object getLen(Object v) {
        return PyInt.of(Abstract.lenLong(v));
    }

    static Object matchMapping(Object v) {
        return PyBool.of(Matching.isMapping(v));
    }

    static Object matchSequence(Object v) {
        return PyBool.of(Matching.isSequence(v));
    }

    static void matchClass(Object[] s, int sp, int arg) {
        Object r = Matching.matchClass(s[sp - 3], s[sp - 2], s[sp - 1], arg);
        clear(s, sp, 2);
        s[sp - 3] = r;
    }

    /** Clears {@code n} stack slots below {@code sp}. */
    private static void clear(Object[] s, int sp, int n) {
        for (int i = 0; i < n; i++) {
            s[--sp] = null;
        }
    }
}
