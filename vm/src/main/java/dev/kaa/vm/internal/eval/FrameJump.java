package dev.kaa.vm.internal.eval;

import dev.kaa.bytecode.Op;
import dev.kaa.bytecode.Opcode;
import dev.kaa.bytecode.StackEffect;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.PyBaseException;
import dev.kaa.vm.objects.PyCode;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyFrame;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyNone;

/**
 * Setting {@code frame.f_lineno} from a trace function: the jump, with CPython 3.13's checks
 * and messages. Where the code can go is found by following the kinds of value each
 * instruction leaves on the stack (an object, a NULL, a {@code for} loop's iterator, a handled
 * exception, a re-raise's location) through the code and its exception handlers; the jump may
 * go to an instruction starting the line whose stack the current one can be cut down to, the
 * one that keeps most of it. Values above it are dropped (a dropped handled exception restores the one
 * handled before).
 *
 * <p>Thread safety: runs in the frame's thread, under the GIL.
 */
public final class FrameJump {
    private FrameJump() {}

    // A stack of kinds is a long, three bits a value, the top in the low bits; 0 is empty.
    private static final int BITS = 3;
    private static final long MASK = (1 << BITS) - 1;
    private static final int ITERATOR = 1, EXCEPT = 2, OBJECT = 3, NULL = 4, LASTI = 5;
    private static final long EMPTY = 0, OVERFLOWED = -1, UNINITIALIZED = -2;
    private static final int MAX_ENTRIES = 63 / BITS;
    private static final long WILL_OVERFLOW = 1L << ((MAX_ENTRIES - 1) * BITS);

    /** The events a trace function may be running for, as {@link ThreadState#traceEvent} records them. */
    static final int NONE = 0, START = 1, RESUME = 2, LINE = 3, YIELD = 4, RETURN = 5, UNWIND = 6,
            THROW = 7, RAISE = 8, OPCODE = 9, C_CALL = 10, C_RETURN = 11, C_RAISE = 12;

    /** {@code frame.f_lineno = value}. */
    public static void setLineno(PyFrame f, Object value) {
        if (value == null) {
            throw PyErr.attributeError("cannot delete attribute");
        }
        if (!(value instanceof PyInt n) || value.getClass() != PyInt.class) {
            throw PyErr.valueError("lineno must be an integer");
        }
        checkEvent(ThreadState.current().traceEvent);
        if (n.bigValue().bitLength() > 31) {
            throw PyErr.valueError("lineno out of range");
        }
        int asked = (int) n.longValue();
        PyCode code = f.code;
        if (asked < code.code.firstlineno()) {
            throw PyErr.valueError("line %d comes before the current code block", asked);
        }
        int len = code.units.length;
        int[] lines = lineStarts(code);
        int line = firstLineNotBefore(lines, asked);
        if (line < 0) {
            throw PyErr.valueError("line %d comes after the current code block", asked);
        }
        long[] stacks = markStacks(code);
        long start = stacks[Math.max(f.lasti, 0)];
        long best = OVERFLOWED;
        int bestAt = -1;
        String error = "cannot find bytecode for specified line";
        boolean found = false;
        boolean explained = false;
        for (int i = 0; i < len; i++) {
            if (lines[i] != line) {
                continue;
            }
            long target = stacks[i];
            if (compatible(start, target)) {
                found = true;
                if (target > best) {
                    best = target;
                    bestAt = i;
                }
            } else if (!found && !explained) {
                if (start == OVERFLOWED) {
                    error = "stack to deep to analyze";
                } else if (start == UNINITIALIZED) {
                    error = "can't jump from unreachable code";
                } else {
                    error = explain(target);
                    explained = true;
                }
            }
        }
        if (!found) {
            throw PyErr.valueError(error);
        }
        bindUnbound(f);
        ThreadState ts = ThreadState.current();
        Object[] s = f.localsplus;
        while (start > best) {
            Object v = s[--f.sp];
            s[f.sp] = null;
            if ((start & MASK) == EXCEPT) {
                ts.handled = v instanceof PyBaseException e ? e : null;
            }
            start = start >> BITS;
        }
        f.lasti = bestAt;
        f.pc = bestAt;
        f.tracePrev = bestAt;
    }

    private static void checkEvent(int event) {
        switch (event) {
            case RESUME, LINE, YIELD -> { }
            case NONE -> throw PyErr.valueError("f_lineno can only be set in a trace function");
            case START -> throw PyErr.valueError("can't jump from the 'call' trace event of a new frame");
            case C_CALL, C_RETURN -> throw PyErr.valueError("can't jump during a call");
            default -> throw PyErr.valueError("can only jump from a 'line' trace event");
        }
    }

    /** Unbound locals are bound to None at a jump (the code there may assume them), with a warning. */
    private static void bindUnbound(PyFrame f) {
        int n = f.code.nlocalsplus();
        int unbound = 0;
        for (int i = 0; i < n; i++) {
            if (f.localsplus[i] == null) {
                unbound++;
            }
        }
        if (unbound == 0) {
            return;
        }
        PyErr.warn(Exceptions.RuntimeWarning, 0, "assigning None to %d unbound local%s", unbound,
                unbound == 1 ? "" : "s");
        for (int i = 0; i < n; i++) {
            if (f.localsplus[i] == null) {
                f.localsplus[i] = PyNone.NONE;
            }
        }
    }

    /** Per code unit, the line that starts there (a change of line in the line table), else -1. */
    private static int[] lineStarts(PyCode code) {
        int len = code.units.length;
        int[] lines = new int[len];
        int last = -1;
        for (int i = 0; i < len; i++) {
            int line = code.lineAt(i);
            lines[i] = -1;
            if (line != -1 && line != last) {
                lines[i] = line;
                last = line;
            }
        }
        return lines;
    }

    private static int firstLineNotBefore(int[] lines, int line) {
        int result = Integer.MAX_VALUE;
        for (int l : lines) {
            if (l >= line && l < result) {
                result = l;
            }
        }
        return result == Integer.MAX_VALUE ? -1 : result;
    }

    // ---- the stacks of kinds ------------------------------------------------------------------

    private static long push(long stack, int kind) {
        if (stack < 0) {
            return stack;
        }
        return stack >= WILL_OVERFLOW ? OVERFLOWED : stack << BITS | kind;
    }

    private static long pop(long stack) {
        return stack >> BITS;
    }

    private static int top(long stack) {
        return (int) (stack & MASK);
    }

    private static int peek(long stack, int n) {
        return (int) (stack >> (BITS * (n - 1)) & MASK);
    }

    private static long swap(long stack, int n) {
        long other = peek(stack, n);
        long topKind = top(stack);
        int shift = BITS * (n - 1);
        long low = stack & ~(MASK << shift) | topKind << shift;
        return low & ~MASK | other;
    }

    private static long popToLevel(long stack, int level) {
        if (level == 0) {
            return EMPTY;
        }
        long max = MASK << ((level - 1) * BITS);
        while (stack > max) {
            stack = pop(stack);
        }
        return stack;
    }

    private static boolean compatibleKind(int from, int to) {
        if (to == 0) {
            return false;
        }
        if (to == OBJECT) {
            return from != NULL;
        }
        if (to == NULL) {
            return true;
        }
        return from == to;
    }

    private static boolean compatible(long from, long to) {
        if (from < 0 || to < 0) {
            return false;
        }
        while (from > to) {
            from = pop(from);
        }
        while (from != 0) {
            if (!compatibleKind(top(from), top(to))) {
                return false;
            }
            from = pop(from);
            to = pop(to);
        }
        return to == 0;
    }

    private static String explain(long to) {
        if (to == OVERFLOWED) {
            return "stack is too deep to analyze";
        }
        if (to == UNINITIALIZED) {
            return "can't jump into an exception handler, or code may be unreachable";
        }
        return switch (top(to)) {
            case EXCEPT -> "can't jump into an 'except' block as there's no exception";
            case LASTI -> "can't jump into a re-raising block as there's no location";
            case ITERATOR -> "can't jump into the body of a for loop";
            default -> "incompatible stacks";
        };
    }

    /** The stack of kinds at the start of each code unit (UNINITIALIZED where unreachable). */
    private static long[] markStacks(PyCode code) {
        int len = code.units.length;
        long[] stacks = new long[len + 1];
        java.util.Arrays.fill(stacks, UNINITIALIZED);
        stacks[0] = EMPTY;
        boolean todo = true;
        while (todo) {
            todo = false;
            for (int i = 0; i < len;) {
                long next = stacks[i];
                int unit = code.baseUnit(i);
                int op = unit & 0xff;
                int arg = unit >>> 8;
                while (op == Op.EXTENDED_ARG && i + 1 < len) {
                    unit = code.baseUnit(++i);
                    op = unit & 0xff;
                    arg = arg << 8 | unit >>> 8;
                    stacks[i] = next;
                }
                int after = i + 1 + Opcode.of(op).cacheEntries();
                if (next == UNINITIALIZED) {
                    i = after;
                    continue;
                }
                todo |= flow(stacks, op, arg, i, after, next);
                i = after;
            }
            for (int e = 0; e < code.handlerCount(); e++) {
                int from = code.handlerStart(e);
                int handler = code.handlerTarget(e);
                if (stacks[from] != UNINITIALIZED && stacks[handler] == UNINITIALIZED) {
                    todo = true;
                    long target = popToLevel(stacks[from], code.handlerDepth(e));
                    if (code.handlerPushesLasti(e)) {
                        target = push(target, LASTI);
                    }
                    stacks[handler] = push(target, EXCEPT);
                }
            }
        }
        return stacks;
    }

    /**
     * Records the stacks instruction {@code op} (at {@code i}, next at {@code after}) leaves for
     * its successors, given {@code stack} before it; true if a backward jump reached code not
     * yet seen (another pass is needed).
     */
    private static boolean flow(long[] stacks, int op, int arg, int i, int after, long stack) {
        switch (op) {
            case Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE -> {
                long s = pop(stack);
                stacks[after + arg] = s;
                stacks[after] = s;
            }
            case Op.SEND -> {
                stacks[after + arg] = stack;
                stacks[after] = stack;
            }
            case Op.JUMP_FORWARD -> stacks[after + arg] = stack;
            case Op.JUMP_BACKWARD, Op.JUMP_BACKWARD_NO_INTERRUPT -> {
                int j = after - arg;
                boolean again = stacks[j] == UNINITIALIZED && j < i;
                stacks[j] = stack;
                return again;
            }
            case Op.GET_ITER, Op.GET_AITER -> stacks[after] = push(pop(stack), ITERATOR);
            case Op.FOR_ITER -> {
                long s = push(stack, OBJECT);
                stacks[after] = s;
                stacks[after + arg] = s;
            }
            case Op.END_ASYNC_FOR -> stacks[after] = pop(pop(stack));
            case Op.PUSH_EXC_INFO -> stacks[after] = push(stack, EXCEPT);
            case Op.POP_EXCEPT -> stacks[after] = pop(stack);
            case Op.RETURN_VALUE, Op.RETURN_CONST, Op.RAISE_VARARGS, Op.RERAISE -> { }
            case Op.PUSH_NULL -> stacks[after] = push(stack, NULL);
            case Op.LOAD_GLOBAL -> {
                long s = push(stack, OBJECT);
                stacks[after] = (arg & 1) != 0 ? push(s, NULL) : s;
            }
            case Op.LOAD_ATTR -> stacks[after] = (arg & 1) != 0 ? push(push(pop(stack), OBJECT), NULL) : stack;
            case Op.SWAP -> stacks[after] = swap(stack, arg);
            case Op.COPY -> stacks[after] = push(stack, peek(stack, arg));
            default -> {
                int delta = StackEffect.of(Opcode.of(op), arg, false);
                long s = stack;
                for (; delta < 0; delta++) {
                    s = pop(s);
                }
                for (; delta > 0; delta--) {
                    s = push(s, OBJECT);
                }
                stacks[after] = s;
            }
        }
        return false;
    }
}
