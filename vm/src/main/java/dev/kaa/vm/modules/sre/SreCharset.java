package dev.kaa.vm.modules.sre;

import static dev.kaa.vm.modules.sre.SreOp.*;

/**
 * Membership of a character in a set, the operand of IN and its case-insensitive variants: a
 * sequence of items (LITERAL, RANGE, RANGE_UNI_IGNORE, CHARSET, BIGCHARSET, CATEGORY, NEGATE)
 * ended by FAILURE. A set matches when some item does, inverted by NEGATE.
 *
 * <p>Thread safety: stateless.
 */
final class SreCharset {
    private SreCharset() {}

    /** True when {@code ch} is in the set whose first item is at {@code p}. */
    static boolean contains(int[] code, int p, int ch) {
        boolean negated = false;
        while (true) {
            switch (code[p]) {
                case FAILURE:
                    return negated;
                case NEGATE:
                    negated = !negated;
                    p++;
                    break;
                case LITERAL:
                    if (ch == code[p + 1]) {
                        return !negated;
                    }
                    p += 2;
                    break;
                case RANGE:
                    if (code[p + 1] <= ch && ch <= code[p + 2]) {
                        return !negated;
                    }
                    p += 3;
                    break;
                case RANGE_UNI_IGNORE: {
                    // ch is already lowercased; its uppercase may be what the range holds.
                    if (code[p + 1] <= ch && ch <= code[p + 2]) {
                        return !negated;
                    }
                    int up = SreChars.uniUpper(ch);
                    if (code[p + 1] <= up && up <= code[p + 2]) {
                        return !negated;
                    }
                    p += 3;
                    break;
                }
                case CHARSET:
                    // 256 bits in 8 words, bit (ch & 31) of word ch >> 5.
                    if (ch < 256 && (code[p + 1 + (ch >>> 5)] >>> (ch & 31) & 1) != 0) {
                        return !negated;
                    }
                    p += 9;
                    break;
                case BIGCHARSET: {
                    // Block count, 256 block numbers in 64 words (little-endian bytes), the blocks.
                    int blocks = code[p + 1];
                    if (ch < 65536) {
                        int hi = ch >>> 8;
                        int block = code[p + 2 + (hi >>> 2)] >>> ((hi & 3) * 8) & 0xFF;
                        int lo = ch & 0xFF;
                        int word = code[p + 2 + 64 + block * 8 + (lo >>> 5)];
                        if ((word >>> (lo & 31) & 1) != 0) {
                            return !negated;
                        }
                    }
                    p += 2 + 64 + blocks * 8;
                    break;
                }
                case CATEGORY:
                    if (SreChars.category(code[p + 1], ch)) {
                        return !negated;
                    }
                    p += 2;
                    break;
                default:
                    // Validated at compile time; cannot happen.
                    return false;
            }
        }
    }
}
