package dev.kaa.vm.modules.sre;

import static dev.kaa.vm.modules.sre.SreOp.*;

import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.PyErr;
import java.util.Arrays;

/**
 * The backtracking matcher over a {@link SreProgram}. It never recurses in Java: choices, undo
 * records and the bounds of lookarounds and atomic groups all live on one int stack, so that the
 * depth of a match is limited by memory rather than by the Java stack.
 *
 * <p>The stack holds frames, each its fields followed by its kind (on top). Undo frames restore
 * a group mark, a repeat counter, the current repeat or the repeat allocator when backtracking
 * passes them; choice frames resume forward matching from a saved state; a barrier frame bounds
 * the body of a lookaround, atomic group or possessive repeat. When such a body succeeds, the
 * choices above its barrier are cut while its undo frames stay, so that backtracking past the
 * group still undoes the marks it set.
 *
 * <p>Repeats (REPEAT ... MAX_UNTIL/MIN_UNTIL) keep a context each: count, position of the last
 * iteration (an iteration that matched nothing ends the loop) and the enclosing context.
 *
 * <p>Thread safety: confined to one call.
 */
final class SreEngine {
    private static final int F_STOP = 0, F_MARK = 1, F_REP = 2, F_CUR = 3, F_REPTOP = 4, F_BRANCH = 5,
            F_REPEAT_ONE = 6, F_MIN_REPEAT_ONE = 7, F_UNTIL_TAIL = 8, F_UNTIL_BODY = 9, F_BARRIER = 10;
    /** Fields per frame kind (the kind word not counted). */
    private static final int[] SIZE = {0, 3, 3, 1, 1, 2, 4, 5, 3, 3, 4};
    private static final boolean[] UNDO = {false, true, true, true, true, false, false, false, false, false, false};
    private static final int B_ASSERT = 0, B_ASSERT_NOT = 1, B_ATOMIC = 2;

    private final int[] code;
    private final SreSubject s;
    /** The end of the subject as far as matching goes ({@code endpos}). */
    final int end;

    final int[] marks;
    int lastindex = -1;
    int matchStart, matchEnd;

    private int[] st = new int[64];
    private int sp;
    private int[] repCount = new int[8], repLast = new int[8], repPc = new int[8], repPrev = new int[8];
    private int repTop;
    private int curRep = -1;
    private int barrier = -1;
    private boolean fullmatch;
    /** The position where an empty match is refused ({@code must_advance}), or -1. */
    private int refuseEmptyAt = -1;
    /** Steps until the next look at the interpreter's interrupt flag. */
    private int budget = CHECK_PERIOD;
    private static final int CHECK_PERIOD = 1 << 16;

    SreEngine(SreProgram prog, SreSubject s, int end) {
        this.code = prog.code;
        this.s = s;
        this.end = end;
        this.marks = new int[2 * prog.groups];
    }

    // ---- entry points --------------------------------------------------------------------------

    /** Tries a match starting exactly at {@code pos}. */
    boolean match(SreProgram prog, int pos, boolean full, boolean mustAdvance) {
        fullmatch = full;
        if (end - pos < prog.minWidth && prog.minWidth > 0) {
            return false;
        }
        refuseEmptyAt = mustAdvance ? pos : -1;
        return attempt(prog.start, pos);
    }

    /** Finds the first match starting at {@code pos} or later. */
    boolean search(SreProgram prog, int pos, boolean mustAdvance) {
        fullmatch = false;
        int last = end - prog.minWidth;
        if (prog.minWidth < 0 || last < pos) {
            return false;
        }
        if (prog.anchored) {
            if (pos != 0) {
                return false;
            }
            refuseEmptyAt = mustAdvance ? pos : -1;
            return attempt(prog.start, pos);
        }
        int[] prefix = prog.prefix;
        for (int at = pos; at <= last; at++) {
            if (prefix != null) {
                at = findPrefix(prog, at, last);
                if (at < 0) {
                    return false;
                }
            } else if (prog.charset >= 0) {
                at = findCharset(prog, at);
                if (at >= end || at > last) {
                    return false;
                }
            }
            refuseEmptyAt = mustAdvance && at == pos ? pos : -1;
            if (attempt(prog.start, at)) {
                return true;
            }
        }
        return false;
    }

    /** The first position ≥ from (and ≤ last) where the prefix occurs, or -1. */
    private int findPrefix(SreProgram prog, int from, int last) {
        int[] prefix = prog.prefix;
        int n = prefix.length;
        if (s.bmp != null && prog.prefixText != null) {
            // String.indexOf is vectorised; only matches inside [from, end) count.
            int at = s.bmp.indexOf(prog.prefixText, from);
            return at < 0 || at > last || at + n > end ? -1 : at;
        }
        int first = prefix[0];
        for (int at = from; at <= last && at + n <= end; at++) {
            if (s.at(at) != first) {
                continue;
            }
            int i = 1;
            while (i < n && s.at(at + i) == prefix[i]) {
                i++;
            }
            if (i == n) {
                return at;
            }
        }
        return -1;
    }

    /** The first position ≥ from whose character may start a match (INFO charset), or end. */
    private int findCharset(SreProgram prog, int from) {
        long[] bits = prog.charsetLatin1;
        int at = from;
        if (s.bmp != null) {
            String v = s.bmp;
            while (at < end) {
                char c = v.charAt(at);
                if (c < 256 ? (bits[c >>> 6] >>> c & 1) != 0 : SreCharset.contains(code, prog.charset, c)) {
                    return at;
                }
                at++;
            }
            return at;
        }
        while (at < end) {
            int c = s.at(at);
            if (c < 256 ? (bits[c >>> 6] >>> c & 1) != 0 : SreCharset.contains(code, prog.charset, c)) {
                return at;
            }
            at++;
        }
        return at;
    }

    private boolean attempt(int pc, int pos) {
        Arrays.fill(marks, -1);
        lastindex = -1;
        sp = 0;
        repTop = 0;
        curRep = -1;
        barrier = -1;
        push0(F_STOP);
        matchStart = pos;
        return run(pc, pos);
    }

    // ---- the stack -------------------------------------------------------------------------------

    private void ensure(int n) {
        if (sp + n > st.length) {
            long size = Math.max((long) st.length * 2, (long) sp + n);
            if (size > Integer.MAX_VALUE - 16) {
                throw PyErr.memoryError();
            }
            try {
                st = Arrays.copyOf(st, (int) size);
            } catch (OutOfMemoryError e) {
                throw PyErr.memoryError();
            }
        }
    }

    private void push0(int kind) {
        ensure(1);
        st[sp++] = kind;
    }

    private void push1(int a, int kind) {
        ensure(2);
        st[sp] = a;
        st[sp + 1] = kind;
        sp += 2;
    }

    private void push2(int a, int b, int kind) {
        ensure(3);
        st[sp] = a;
        st[sp + 1] = b;
        st[sp + 2] = kind;
        sp += 3;
    }

    private void push3(int a, int b, int c, int kind) {
        ensure(4);
        st[sp] = a;
        st[sp + 1] = b;
        st[sp + 2] = c;
        st[sp + 3] = kind;
        sp += 4;
    }

    private void push4(int a, int b, int c, int d, int kind) {
        ensure(5);
        st[sp] = a;
        st[sp + 1] = b;
        st[sp + 2] = c;
        st[sp + 3] = d;
        st[sp + 4] = kind;
        sp += 5;
    }

    private void push5(int a, int b, int c, int d, int e, int kind) {
        ensure(6);
        st[sp] = a;
        st[sp + 1] = b;
        st[sp + 2] = c;
        st[sp + 3] = d;
        st[sp + 4] = e;
        st[sp + 5] = kind;
        sp += 6;
    }

    private void setMark(int i, int pos) {
        push3(i, marks[i], lastindex, F_MARK);
        marks[i] = pos;
        if ((i & 1) != 0) {
            lastindex = i / 2 + 1;
        }
    }

    private void setRep(int id, int count, int last) {
        push3(id, repCount[id], repLast[id], F_REP);
        repCount[id] = count;
        repLast[id] = last;
    }

    private void setCur(int id) {
        push1(curRep, F_CUR);
        curRep = id;
    }

    private int newRep(int pc) {
        push1(repTop, F_REPTOP);
        if (repTop == repCount.length) {
            int n = repTop * 2;
            repCount = Arrays.copyOf(repCount, n);
            repLast = Arrays.copyOf(repLast, n);
            repPc = Arrays.copyOf(repPc, n);
            repPrev = Arrays.copyOf(repPrev, n);
        }
        int id = repTop++;
        repCount[id] = -1;
        repLast[id] = -1;
        repPc[id] = pc;
        repPrev[id] = curRep;
        return id;
    }

    /** Applies an undo frame whose kind was just popped; its fields are at st[sp..]. */
    private void undo(int kind) {
        switch (kind) {
            case F_MARK -> {
                marks[st[sp]] = st[sp + 1];
                lastindex = st[sp + 2];
            }
            case F_REP -> {
                repCount[st[sp]] = st[sp + 1];
                repLast[st[sp]] = st[sp + 2];
            }
            case F_CUR -> curRep = st[sp];
            case F_REPTOP -> repTop = st[sp];
            default -> throw new IllegalStateException();
        }
    }

    // ---- matching ------------------------------------------------------------------------------

    private int ch(int i) {
        return s.at(i);
    }

    private static int count(int w) {
        // Counts are unsigned code words; MAXREPEAT (and anything past int range) means no limit.
        return w < 0 ? Integer.MAX_VALUE : w;
    }

    /** True when the one-character test at {@code p} accepts {@code c}. */
    private boolean item(int p, int c) {
        int op = code[p];
        switch (op) {
            case LITERAL: return c == code[p + 1];
            case NOT_LITERAL: return c != code[p + 1];
            case ANY: return c != '\n';
            case ANY_ALL: return true;
            case IN: return SreCharset.contains(code, p + 2, c);
            case IN_IGNORE: return SreCharset.contains(code, p + 2, SreChars.asciiLower(c));
            case IN_UNI_IGNORE: return SreCharset.contains(code, p + 2, SreChars.uniLower(c));
            case IN_LOC_IGNORE:
                return SreCharset.contains(code, p + 2, c)
                        || SreCharset.contains(code, p + 2, SreChars.locLower(c))
                        || SreCharset.contains(code, p + 2, SreChars.locUpper(c));
            case LITERAL_IGNORE: return SreChars.asciiLower(c) == code[p + 1];
            case NOT_LITERAL_IGNORE: return SreChars.asciiLower(c) != code[p + 1];
            case LITERAL_UNI_IGNORE: return SreChars.uniLower(c) == code[p + 1];
            case NOT_LITERAL_UNI_IGNORE: return SreChars.uniLower(c) != code[p + 1];
            case LITERAL_LOC_IGNORE: return locEquals(c, code[p + 1]);
            case NOT_LITERAL_LOC_IGNORE: return !locEquals(c, code[p + 1]);
            case CATEGORY: return SreChars.category(code[p + 1], c);
            default: return false;
        }
    }

    private static boolean locEquals(int c, int lit) {
        return c == lit || SreChars.locLower(c) == lit || SreChars.locUpper(c) == lit;
    }

    /** How many characters from {@code pos} the item at {@code p} accepts, at most {@code max}. */
    private int countItems(int p, int pos, int max) {
        int limit = end - pos < max ? end : pos + max;
        int i = pos;
        int op = code[p];
        if (op == ANY_ALL) {
            return limit - pos;
        }
        if (op == LITERAL) {
            int c = code[p + 1];
            while (i < limit && ch(i) == c) {
                i++;
            }
        } else if (op == ANY) {
            while (i < limit && ch(i) != '\n') {
                i++;
            }
        } else if (op == IN) {
            while (i < limit && SreCharset.contains(code, p + 2, ch(i))) {
                i++;
            }
        } else {
            while (i < limit && item(p, ch(i))) {
                i++;
            }
        }
        return i - pos;
    }

    private boolean isWordAt(int i, int kind) {
        if (i < 0 || i >= end) {
            return false;
        }
        int c = ch(i);
        return kind == AT_UNI_BOUNDARY ? SreChars.isUniWord(c) : SreChars.isAsciiWord(c);
    }

    private boolean at(int atCode, int pos) {
        switch (atCode) {
            case AT_BEGINNING, AT_BEGINNING_STRING:
                return pos == 0;
            case AT_BEGINNING_LINE:
                return pos == 0 || ch(pos - 1) == '\n';
            case AT_END:
                return pos == end || pos == end - 1 && ch(pos) == '\n';
            case AT_END_LINE:
                return pos == end || ch(pos) == '\n';
            case AT_END_STRING:
                return pos == end;
            case AT_BOUNDARY, AT_LOC_BOUNDARY, AT_UNI_BOUNDARY, AT_NON_BOUNDARY, AT_LOC_NON_BOUNDARY,
                    AT_UNI_NON_BOUNDARY: {
                if (end == 0) {
                    return false;
                }
                int kind = atCode == AT_UNI_BOUNDARY || atCode == AT_UNI_NON_BOUNDARY ? AT_UNI_BOUNDARY : AT_BOUNDARY;
                boolean boundary = isWordAt(pos - 1, kind) != isWordAt(pos, kind);
                boolean wanted = atCode == AT_BOUNDARY || atCode == AT_LOC_BOUNDARY || atCode == AT_UNI_BOUNDARY;
                return boundary == wanted;
            }
            default:
                return false;
        }
    }

    /** Compares the text of group {@code g} with the subject at {@code pos}; -1 when it differs. */
    private int groupRef(int op, int g, int pos) {
        int a = marks[2 * g], b = marks[2 * g + 1];
        if (a < 0 || b < 0 || b < a) {
            return -1;
        }
        int n = b - a;
        if (pos + n > end) {
            return -1;
        }
        for (int i = 0; i < n; i++) {
            int x = ch(a + i), y = ch(pos + i);
            boolean same = switch (op) {
                case GROUPREF -> x == y;
                case GROUPREF_IGNORE -> SreChars.asciiLower(x) == SreChars.asciiLower(y);
                case GROUPREF_LOC_IGNORE -> SreChars.locLower(x) == SreChars.locLower(y);
                default -> SreChars.uniLower(x) == SreChars.uniLower(y);
            };
            if (!same) {
                return -1;
            }
        }
        return pos + n;
    }

    private static long state(int pc, int pos) {
        return (long) pc << 32 | (pos & 0xFFFFFFFFL);
    }

    /** Runs forward from (pc, pos), backtracking as needed; true when the whole pattern matched. */
    private boolean run(int pc, int pos) {
        main:
        while (true) {
            fail:
            {
                if (--budget < 0) {
                    checkInterrupt();
                }
                int op = code[pc];
                switch (op) {
                    case LITERAL:
                        if (pos >= end || ch(pos) != code[pc + 1]) {
                            break fail;
                        }
                        pc += 2;
                        pos++;
                        continue main;
                    case NOT_LITERAL, LITERAL_IGNORE, NOT_LITERAL_IGNORE, LITERAL_UNI_IGNORE,
                            NOT_LITERAL_UNI_IGNORE, LITERAL_LOC_IGNORE, NOT_LITERAL_LOC_IGNORE, CATEGORY:
                        if (pos >= end || !item(pc, ch(pos))) {
                            break fail;
                        }
                        pc += 2;
                        pos++;
                        continue main;
                    case ANY:
                        if (pos >= end || ch(pos) == '\n') {
                            break fail;
                        }
                        pc++;
                        pos++;
                        continue main;
                    case ANY_ALL:
                        if (pos >= end) {
                            break fail;
                        }
                        pc++;
                        pos++;
                        continue main;
                    case IN, IN_IGNORE, IN_UNI_IGNORE, IN_LOC_IGNORE:
                        if (pos >= end || !item(pc, ch(pos))) {
                            break fail;
                        }
                        pc += 1 + code[pc + 1];
                        pos++;
                        continue main;
                    case AT:
                        if (!at(code[pc + 1], pos)) {
                            break fail;
                        }
                        pc += 2;
                        continue main;
                    case INFO:
                        pc += 1 + code[pc + 1];
                        continue main;
                    case JUMP:
                        pc += 1 + code[pc + 1];
                        continue main;
                    case MARK:
                        setMark(code[pc + 1], pos);
                        pc += 2;
                        continue main;
                    case BRANCH: {
                        int alt = nextAlternative(pc + 1, pos);
                        if (alt < 0) {
                            break fail;
                        }
                        int next = nextAlternative(alt + code[alt], pos);
                        if (next >= 0) {
                            push2(next, pos, F_BRANCH);
                        }
                        pc = alt + 1;
                        continue main;
                    }
                    case REPEAT_ONE: {
                        int sk = pc + 1;
                        int min = count(code[sk + 1]);
                        int n = countItems(sk + 3, pos, count(code[sk + 2]));
                        int cont = sk + code[sk];
                        if (n < min) {
                            break fail;
                        }
                        n = lastFitting(cont, pos, n, min);
                        if (n < 0) {
                            break fail;
                        }
                        if (n > min) {
                            push4(cont, pos, n, min, F_REPEAT_ONE);
                        }
                        pc = cont;
                        pos += n;
                        continue main;
                    }
                    case MIN_REPEAT_ONE: {
                        int sk = pc + 1;
                        int min = count(code[sk + 1]);
                        int max = count(code[sk + 2]);
                        int cont = sk + code[sk];
                        int n = countItems(sk + 3, pos, min);
                        if (n < min) {
                            break fail;
                        }
                        n = firstFitting(sk + 3, cont, pos, n, max);
                        if (n < 0) {
                            break fail;
                        }
                        if (n < max) {
                            push5(sk + 3, cont, pos, n, max, F_MIN_REPEAT_ONE);
                        }
                        pc = cont;
                        pos += n;
                        continue main;
                    }
                    case POSSESSIVE_REPEAT_ONE: {
                        int sk = pc + 1;
                        int n = countItems(sk + 3, pos, count(code[sk + 2]));
                        if (n < count(code[sk + 1])) {
                            break fail;
                        }
                        pc = sk + code[sk];
                        pos += n;
                        continue main;
                    }
                    case REPEAT: {
                        int sk = pc + 1;
                        setCur(newRep(pc));
                        pc = sk + code[sk];
                        continue main;
                    }
                    case POSSESSIVE_REPEAT: {
                        int sk = pc + 1;
                        int until = sk + code[sk];
                        pushBarrier(B_ATOMIC, until + 1, pos);
                        setCur(newRep(pc));
                        pc = until;
                        continue main;
                    }
                    case MAX_UNTIL, POSS_UNTIL: {
                        int id = curRep;
                        int rsk = repPc[id] + 1;
                        int n = repCount[id] + 1;
                        if (n < count(code[rsk + 1])) {
                            setRep(id, n, repLast[id]);
                            pc = rsk + 3;
                            continue main;
                        }
                        if (n < count(code[rsk + 2]) && pos != repLast[id]) {
                            push3(id, pos, pc, F_UNTIL_TAIL);
                            setRep(id, n, pos);
                            pc = rsk + 3;
                            continue main;
                        }
                        setCur(repPrev[id]);
                        if (op == POSS_UNTIL) {
                            long r = success(pos);
                            if (r < 0) {
                                break fail;
                            }
                            pc = (int) (r >>> 32);
                            pos = (int) r;
                            continue main;
                        }
                        pc++;
                        continue main;
                    }
                    case MIN_UNTIL: {
                        int id = curRep;
                        int rsk = repPc[id] + 1;
                        int n = repCount[id] + 1;
                        if (n < count(code[rsk + 1])) {
                            setRep(id, n, repLast[id]);
                            pc = rsk + 3;
                            continue main;
                        }
                        push3(id, pos, pc, F_UNTIL_BODY);
                        setCur(repPrev[id]);
                        pc++;
                        continue main;
                    }
                    case GROUPREF, GROUPREF_IGNORE, GROUPREF_LOC_IGNORE, GROUPREF_UNI_IGNORE: {
                        int r = groupRef(op, code[pc + 1], pos);
                        if (r < 0) {
                            break fail;
                        }
                        pos = r;
                        pc += 2;
                        continue main;
                    }
                    case GROUPREF_EXISTS: {
                        int g = code[pc + 1];
                        int a = marks[2 * g], b = marks[2 * g + 1];
                        if (a >= 0 && b >= 0 && a <= b) {
                            pc += 3;
                        } else {
                            pc = pc + 1 + code[pc + 2];
                        }
                        continue main;
                    }
                    case ASSERT, ASSERT_NOT: {
                        int sk = pc + 1;
                        int back = code[sk + 1];
                        int from = pos - back;
                        if (from < 0 || back < 0) {
                            if (op == ASSERT) {
                                break fail;
                            }
                            pc = sk + code[sk];
                            continue main;
                        }
                        pushBarrier(op == ASSERT ? B_ASSERT : B_ASSERT_NOT, sk + code[sk], pos);
                        pc = sk + 2;
                        pos = from;
                        continue main;
                    }
                    case ATOMIC_GROUP: {
                        int sk = pc + 1;
                        pushBarrier(B_ATOMIC, sk + code[sk], pos);
                        pc = sk + 1;
                        continue main;
                    }
                    case SUCCESS: {
                        if (barrier < 0) {
                            if (fullmatch && pos != end || pos == refuseEmptyAt) {
                                break fail;
                            }
                            matchEnd = pos;
                            return true;
                        }
                        long r = success(pos);
                        if (r < 0) {
                            break fail;
                        }
                        pc = (int) (r >>> 32);
                        pos = (int) r;
                        continue main;
                    }
                    case FAILURE:
                        break fail;
                    default:
                        throw PyErr.runtimeError("internal error in regular expression engine");
                }
            }
            long r = backtrack();
            if (r < 0) {
                return false;
            }
            pc = (int) (r >>> 32);
            pos = (int) r;
        }
    }

    /**
     * The first alternative of a BRANCH, from the skip word at {@code p} on, that may match at
     * {@code pos}: one starting with a literal the subject does not have there is passed over.
     */
    private int nextAlternative(int p, int pos) {
        while (code[p] != 0) {
            int first = code[p + 1];
            if (first != LITERAL || pos < end && ch(pos) == code[p + 2]) {
                return p;
            }
            p += code[p];
        }
        return -1;
    }

    /**
     * For a greedy single-character repeat of n characters followed by a literal: the largest
     * count ≤ n (and ≥ min) after which that literal follows, else -1; n itself otherwise.
     */
    private int lastFitting(int cont, int pos, int n, int min) {
        if (code[cont] != LITERAL) {
            return n;
        }
        int c = code[cont + 1];
        while (n >= min && (pos + n >= end || ch(pos + n) != c)) {
            n--;
        }
        return n >= min ? n : -1;
    }

    /**
     * For a lazy single-character repeat of n characters followed by a literal: the smallest
     * count ≥ n (and ≤ max, the items matching) after which that literal follows, else -1; n
     * itself otherwise.
     */
    private int firstFitting(int itemPc, int cont, int pos, int n, int max) {
        if (code[cont] != LITERAL) {
            return n;
        }
        int c = code[cont + 1];
        while (true) {
            int at = pos + n;
            if (at < end && ch(at) == c) {
                return n;
            }
            if (n >= max || at >= end || !item(itemPc, ch(at))) {
                return -1;
            }
            n++;
        }
    }

    private void pushBarrier(int kind, int cont, int pos) {
        int base = sp;
        push4(kind, cont, pos, barrier, F_BARRIER);
        barrier = base;
    }

    /** The body of the innermost lookaround or atomic group matched at {@code pos}. */
    private long success(int pos) {
        int base = barrier;
        int kind = st[base], cont = st[base + 1], saved = st[base + 2], prev = st[base + 3];
        barrier = prev;
        if (kind == B_ASSERT_NOT) {
            // The negative lookahead's body matched: undo everything it did, then fail.
            while (sp > base + SIZE[F_BARRIER] + 1) {
                int k = st[--sp];
                sp -= SIZE[k];
                if (UNDO[k]) {
                    undo(k);
                }
            }
            sp = base;
            return -1;
        }
        cutTo(base);
        return state(cont, kind == B_ASSERT ? saved : pos);
    }

    /** Drops the barrier frame at {@code base} and the choice frames above it, keeping undo frames. */
    private void cutTo(int base) {
        int bodyStart = base + SIZE[F_BARRIER] + 1;
        int n = 0;
        int[] starts = null;
        for (int p = sp; p > bodyStart; ) {
            int kind = st[p - 1];
            int f = p - 1 - SIZE[kind];
            if (UNDO[kind]) {
                if (starts == null) {
                    starts = new int[32];
                } else if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = f;
                starts[n++] = SIZE[kind] + 1;
            }
            p = f;
        }
        int w = base;
        for (int i = n - 2; i >= 0; i -= 2) {
            System.arraycopy(st, starts[i], st, w, starts[i + 1]);
            w += starts[i + 1];
        }
        sp = w;
    }

    /** Pops frames until a choice resumes; the state to resume from, or -1 when all failed. */
    private long backtrack() {
        while (true) {
            int kind = st[--sp];
            sp -= SIZE[kind];
            int b = sp;
            switch (kind) {
                case F_STOP:
                    return -1;
                case F_MARK, F_REP, F_CUR, F_REPTOP:
                    undo(kind);
                    break;
                case F_BRANCH: {
                    int p = st[b], pos = st[b + 1];
                    int next = nextAlternative(p + code[p], pos);
                    if (next >= 0) {
                        push2(next, pos, F_BRANCH);
                    }
                    return state(p + 1, pos);
                }
                case F_REPEAT_ONE: {
                    int cont = st[b], pos = st[b + 1], n = st[b + 2] - 1, min = st[b + 3];
                    n = lastFitting(cont, pos, n, min);
                    if (n < 0) {
                        break;
                    }
                    if (n > min) {
                        push4(cont, pos, n, min, F_REPEAT_ONE);
                    }
                    return state(cont, pos + n);
                }
                case F_MIN_REPEAT_ONE: {
                    int itemPc = st[b], cont = st[b + 1], pos = st[b + 2], n = st[b + 3], max = st[b + 4];
                    int at = pos + n;
                    if (at >= end || !item(itemPc, ch(at))) {
                        break;
                    }
                    n = firstFitting(itemPc, cont, pos, n + 1, max);
                    if (n < 0) {
                        break;
                    }
                    if (n < max) {
                        push5(itemPc, cont, pos, n, max, F_MIN_REPEAT_ONE);
                    }
                    return state(cont, pos + n);
                }
                case F_UNTIL_TAIL: {
                    // The next iteration failed: go on after the repeat instead.
                    int id = st[b], pos = st[b + 1], pc = st[b + 2];
                    setCur(repPrev[id]);
                    if (code[pc] == POSS_UNTIL) {
                        long r = success(pos);
                        if (r < 0) {
                            break;
                        }
                        return r;
                    }
                    return state(pc + 1, pos);
                }
                case F_UNTIL_BODY: {
                    // What follows a lazy repeat failed: try one more iteration.
                    int id = st[b], pos = st[b + 1];
                    int rsk = repPc[id] + 1;
                    int n = repCount[id] + 1;
                    if (n >= count(code[rsk + 2]) || pos == repLast[id]) {
                        break;
                    }
                    setRep(id, n, pos);
                    return state(rsk + 3, pos);
                }
                case F_BARRIER: {
                    int bkind = st[b], cont = st[b + 1], saved = st[b + 2];
                    barrier = st[b + 3];
                    if (bkind == B_ASSERT_NOT) {
                        return state(cont, saved);
                    }
                    break;
                }
                default:
                    throw new IllegalStateException("bad frame " + kind);
            }
        }
    }

    /**
     * A long match stays interruptible: Ctrl-C (the runtime's INTERRUPT bit) raises
     * KeyboardInterrupt here on the main thread, as the eval loop's check points do.
     */
    private void checkInterrupt() {
        budget = CHECK_PERIOD;
        ThreadState.current().runtime.checkInterrupt();
    }
}
