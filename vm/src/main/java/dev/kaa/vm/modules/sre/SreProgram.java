package dev.kaa.vm.modules.sre;

import static dev.kaa.vm.modules.sre.SreOp.*;

import dev.kaa.vm.objects.PyErr;

/**
 * A compiled pattern's code, checked once so that the engine can trust every offset, with what
 * the INFO block tells the search loop: the minimum width, a literal prefix or a set of possible
 * first characters. The SUCCESS that ends a POSSESSIVE_REPEAT body becomes {@link SreOp#POSS_UNTIL}
 * so that the engine can tell it from the SUCCESS of an enclosing group.
 *
 * <p>Thread safety: immutable after construction.
 */
final class SreProgram {
    final int[] code;
    /** Number of capturing groups. */
    final int groups;
    /** Where matching starts (after the INFO block). */
    final int start;
    final int minWidth;
    /** The literal prefix, or null. */
    final int[] prefix;
    /** Index of the first set item of the INFO charset, or -1. */
    final int charset;
    /** The INFO charset's members below 256 as a bitmap (search skips ahead with it). */
    final long[] charsetLatin1;
    /** The literal prefix as a Java string when it has no surrogates (for String.indexOf), or null. */
    final String prefixText;
    /** True when the pattern (after INFO) starts with AT_BEGINNING / AT_BEGINNING_STRING. */
    final boolean anchored;

    SreProgram(int[] code, int groups) {
        this.code = code;
        this.groups = groups;
        walk(0, code.length);
        int minw = 0;
        int[] pre = null;
        int cs = -1;
        int s = 0;
        if (code.length > 0 && code[0] == INFO) {
            int skip = code[1];
            int flags = code[2];
            minw = code[3];
            if ((flags & INFO_PREFIX) != 0) {
                int len = code[5];
                check(7 + len <= 1 + skip);
                pre = new int[len];
                System.arraycopy(code, 7, pre, 0, len);
            } else if ((flags & INFO_CHARSET) != 0) {
                walkSet(5, 1 + skip);
                cs = 5;
            }
            s = 1 + skip;
        }
        this.start = s;
        this.minWidth = minw < 0 ? Integer.MAX_VALUE : minw;
        this.prefix = pre != null && pre.length > 0 ? pre : null;
        this.charset = cs;
        long[] bits = null;
        if (cs >= 0) {
            bits = new long[4];
            for (int c = 0; c < 256; c++) {
                if (SreCharset.contains(code, cs, c)) {
                    bits[c >>> 6] |= 1L << c;
                }
            }
        }
        this.charsetLatin1 = bits;
        String text = null;
        if (this.prefix != null) {
            StringBuilder sb = new StringBuilder();
            for (int c : this.prefix) {
                if (c < 0 || c > 0xFFFF || Character.isSurrogate((char) c)) {
                    sb = null;
                    break;
                }
                sb.append((char) c);
            }
            text = sb == null ? null : sb.toString();
        }
        this.prefixText = text;
        this.anchored = s + 1 < code.length && code[s] == AT
                && (code[s + 1] == AT_BEGINNING || code[s + 1] == AT_BEGINNING_STRING);
    }

    private static RuntimeException invalid() {
        return PyErr.runtimeError("invalid SRE code");
    }

    private static void check(boolean ok) {
        if (!ok) {
            throw invalid();
        }
    }

    private void need(int p, int end) {
        check(p >= 0 && p < end && p < code.length);
    }

    /** Checks the ops in [p, end) and that their operands and offsets stay inside. */
    private void walk(int p, int end) {
        while (p < end) {
            int op = code[p];
            switch (op) {
                case FAILURE, SUCCESS, ANY, ANY_ALL, MAX_UNTIL, MIN_UNTIL -> p++;
                case AT, CATEGORY, LITERAL, NOT_LITERAL, LITERAL_IGNORE, NOT_LITERAL_IGNORE,
                        LITERAL_LOC_IGNORE, NOT_LITERAL_LOC_IGNORE, LITERAL_UNI_IGNORE,
                        NOT_LITERAL_UNI_IGNORE -> {
                    need(p + 1, end);
                    p += 2;
                }
                case MARK, GROUPREF, GROUPREF_IGNORE, GROUPREF_LOC_IGNORE, GROUPREF_UNI_IGNORE -> {
                    need(p + 1, end);
                    int limit = op == MARK ? 2 * groups : groups;
                    check(code[p + 1] >= 0 && code[p + 1] < limit);
                    p += 2;
                }
                case JUMP -> {
                    need(p + 1, end);
                    check(code[p + 1] > 0 && p + 1 + code[p + 1] <= code.length);
                    p += 2;
                }
                case IN, IN_IGNORE, IN_UNI_IGNORE, IN_LOC_IGNORE -> {
                    need(p + 1, end);
                    int e = p + 1 + code[p + 1];
                    check(code[p + 1] > 0 && e <= end);
                    walkSet(p + 2, e);
                    p = e;
                }
                case INFO -> {
                    need(p + 1, end);
                    int e = p + 1 + code[p + 1];
                    check(code[p + 1] >= 4 && e <= end);
                    p = e;
                }
                case BRANCH -> {
                    int q = p + 1;
                    need(q, end);
                    while (code[q] != 0) {
                        int e = q + code[q];
                        check(code[q] > 0 && e < end);
                        walk(q + 1, e);
                        q = e;
                    }
                    p = q + 1;
                }
                case REPEAT, MIN_REPEAT_ONE, REPEAT_ONE, POSSESSIVE_REPEAT_ONE, POSSESSIVE_REPEAT -> {
                    int s = p + 1;
                    need(s + 2, end);
                    int e = s + code[s];
                    check(code[s] >= 3 && e <= end);
                    walk(s + 3, e);
                    if (op == REPEAT) {
                        need(e, end);
                        check(code[e] == MAX_UNTIL || code[e] == MIN_UNTIL);
                    } else if (op == POSSESSIVE_REPEAT) {
                        need(e, end);
                        check(code[e] == SUCCESS);
                        code[e] = POSS_UNTIL;
                        e++;
                    } else {
                        checkItem(s + 3, e);
                    }
                    p = e;
                }
                case ATOMIC_GROUP -> {
                    int s = p + 1;
                    need(s, end);
                    int e = s + code[s];
                    check(code[s] >= 2 && e <= end);
                    walk(s + 1, e);
                    p = e;
                }
                case ASSERT, ASSERT_NOT -> {
                    int s = p + 1;
                    need(s + 1, end);
                    int e = s + code[s];
                    check(code[s] >= 3 && e <= end && code[s + 1] >= 0);
                    walk(s + 2, e);
                    p = e;
                }
                case GROUPREF_EXISTS -> {
                    need(p + 2, end);
                    check(code[p + 1] >= 0 && code[p + 1] < groups);
                    int target = p + 1 + code[p + 2];
                    check(code[p + 2] > 0 && target <= code.length);
                    p += 3;
                }
                default -> throw invalid();
            }
        }
        check(p == end);
    }

    /** The body of a single-character repeat: one character test and SUCCESS. */
    private void checkItem(int p, int end) {
        int op = code[p];
        int size = switch (op) {
            case ANY, ANY_ALL -> 1;
            case LITERAL, NOT_LITERAL, LITERAL_IGNORE, NOT_LITERAL_IGNORE, LITERAL_LOC_IGNORE,
                    NOT_LITERAL_LOC_IGNORE, LITERAL_UNI_IGNORE, NOT_LITERAL_UNI_IGNORE, CATEGORY -> 2;
            case IN, IN_IGNORE, IN_UNI_IGNORE, IN_LOC_IGNORE -> 1 + code[p + 1];
            default -> throw invalid();
        };
        check(p + size == end - 1 && code[end - 1] == SUCCESS);
    }

    private void walkSet(int p, int end) {
        while (p < end) {
            switch (code[p]) {
                case FAILURE -> {
                    check(p == end - 1);
                    return;
                }
                case NEGATE -> p++;
                case LITERAL, CATEGORY -> p += 2;
                case RANGE, RANGE_UNI_IGNORE -> p += 3;
                case CHARSET -> p += 9;
                case BIGCHARSET -> {
                    need(p + 1, end);
                    int blocks = code[p + 1];
                    check(blocks >= 0 && blocks <= 256);
                    p += 2 + 64 + blocks * 8;
                    check(p <= end);
                    // Every block number must name a block.
                    for (int i = 0; i < 256; i++) {
                        int b = code[p - blocks * 8 - 64 + (i >>> 2)] >>> ((i & 3) * 8) & 0xFF;
                        check(b < blocks);
                    }
                }
                default -> throw invalid();
            }
        }
        throw invalid();
    }
}
