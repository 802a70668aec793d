package dev.kaa.vm.modules.sre;

import dev.kaa.vm.objects.UnicodeProperties;

/**
 * The character tests of the regular expression engine: the CATEGORY codes, word boundaries and
 * the three kinds of case folding (ASCII, locale, Unicode).
 *
 * <p>Unicode properties must agree with Kaa's {@code str} methods ({@code isalnum},
 * {@code isdecimal}, {@code isspace}, {@code lower}, {@code upper}), which follow CPython 3.13's
 * Unicode 15.1 rather than the JDK's newer tables ({@link UnicodeProperties} answers as they do).
 * The answers are cached per block of 256 code points on first use; ASCII never goes there.
 *
 * <p>The "locale" forms assume the C/UTF-8 locale Kaa runs in, where only ASCII letters have case
 * and only ASCII alphanumerics are word characters, for bytes 0-255.
 *
 * <p>Thread safety: the caches are filled racily with idempotent values (each block array is
 * complete before it is published through the volatile-free but final-field-safe holder).
 */
final class SreChars {
    private SreChars() {}

    // CATEGORY codes, in _constants.CHCODES order.
    static final int DIGIT = 0, NOT_DIGIT = 1, SPACE = 2, NOT_SPACE = 3, WORD = 4, NOT_WORD = 5,
            LINEBREAK = 6, NOT_LINEBREAK = 7, LOC_WORD = 8, LOC_NOT_WORD = 9, UNI_DIGIT = 10,
            UNI_NOT_DIGIT = 11, UNI_SPACE = 12, UNI_NOT_SPACE = 13, UNI_WORD = 14, UNI_NOT_WORD = 15,
            UNI_LINEBREAK = 16, UNI_NOT_LINEBREAK = 17;

    private static final int F_WORD = 1, F_DIGIT = 2, F_SPACE = 4;

    /** Per block of 256 code points: flags, simple lowercase, simple uppercase. */
    private record Block(byte[] flags, int[] lower, int[] upper) {}

    private static final Block[] BLOCKS = new Block[0x1100];

    private static Block block(int ch) {
        int b = ch >>> 8;
        Block blk = BLOCKS[b];
        if (blk == null) {
            blk = compute(b << 8);
            BLOCKS[b] = blk;
        }
        return blk;
    }

    private static Block compute(int base) {
        byte[] flags = new byte[256];
        int[] lower = new int[256];
        int[] upper = new int[256];
        for (int i = 0; i < 256; i++) {
            int cp = base + i;
            int f = 0;
            if (UnicodeProperties.isAlnum(cp) || cp == '_') {
                f |= F_WORD;
            }
            if (UnicodeProperties.isDecimal(cp)) {
                f |= F_DIGIT;
            }
            if (UnicodeProperties.isSpace(cp)) {
                f |= F_SPACE;
            }
            flags[i] = (byte) f;
            lower[i] = single(UnicodeProperties.lower(cp), cp);
            upper[i] = single(UnicodeProperties.upper(cp), cp);
        }
        return new Block(flags, lower, upper);
    }

    /**
     * The one-character case mapping the engine uses: the first code point of str.lower/upper
     * (CPython's rule for characters with a longer full mapping: 'İ' lowers to 'i', 'ß' uppers to
     * 'S').
     */
    private static int single(String v, int cp) {
        return v.isEmpty() ? cp : v.codePointAt(0);
    }

    static boolean isAsciiWord(int ch) {
        return ch < 128 && (ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '_');
    }

    static boolean isAsciiDigit(int ch) {
        return ch >= '0' && ch <= '9';
    }

    static boolean isAsciiSpace(int ch) {
        return ch == ' ' || ch >= 9 && ch <= 13;
    }

    static boolean isUniWord(int ch) {
        if (ch < 128) {
            return isAsciiWord(ch);
        }
        return (block(ch).flags[ch & 0xFF] & F_WORD) != 0;
    }

    static boolean isUniDigit(int ch) {
        if (ch < 128) {
            return isAsciiDigit(ch);
        }
        return (block(ch).flags[ch & 0xFF] & F_DIGIT) != 0;
    }

    static boolean isUniSpace(int ch) {
        if (ch < 128) {
            return isAsciiSpace(ch) || ch >= 0x1C && ch <= 0x1F;
        }
        return (block(ch).flags[ch & 0xFF] & F_SPACE) != 0;
    }

    static boolean isUniLinebreak(int ch) {
        return ch >= 10 && ch <= 13 || ch >= 0x1C && ch <= 0x1E || ch == 0x85 || ch == 0x2028 || ch == 0x2029;
    }

    /** True when {@code ch} is in CATEGORY {@code code}. */
    static boolean category(int code, int ch) {
        return switch (code) {
            case DIGIT -> isAsciiDigit(ch);
            case NOT_DIGIT -> !isAsciiDigit(ch);
            case SPACE -> isAsciiSpace(ch);
            case NOT_SPACE -> !isAsciiSpace(ch);
            case WORD, LOC_WORD -> isAsciiWord(ch);
            case NOT_WORD, LOC_NOT_WORD -> !isAsciiWord(ch);
            case LINEBREAK -> ch == '\n';
            case NOT_LINEBREAK -> ch != '\n';
            case UNI_DIGIT -> isUniDigit(ch);
            case UNI_NOT_DIGIT -> !isUniDigit(ch);
            case UNI_SPACE -> isUniSpace(ch);
            case UNI_NOT_SPACE -> !isUniSpace(ch);
            case UNI_WORD -> isUniWord(ch);
            case UNI_NOT_WORD -> !isUniWord(ch);
            case UNI_LINEBREAK -> isUniLinebreak(ch);
            case UNI_NOT_LINEBREAK -> !isUniLinebreak(ch);
            default -> false;
        };
    }

    static int asciiLower(int ch) {
        return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
    }

    static int asciiUpper(int ch) {
        return ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
    }

    static boolean asciiIsCased(int ch) {
        return ch < 128 && (ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z');
    }

    static int uniLower(int ch) {
        if (ch < 128) {
            return asciiLower(ch);
        }
        if (ch > Character.MAX_CODE_POINT || ch < 0) {
            return ch;
        }
        return block(ch).lower[ch & 0xFF];
    }

    static int uniUpper(int ch) {
        if (ch < 128) {
            return asciiUpper(ch);
        }
        if (ch > Character.MAX_CODE_POINT || ch < 0) {
            return ch;
        }
        return block(ch).upper[ch & 0xFF];
    }

    static boolean uniIsCased(int ch) {
        return ch != uniLower(ch) || ch != uniUpper(ch);
    }

    /** The locale's lowercase of a byte value (ASCII only in the C and UTF-8 locales). */
    static int locLower(int ch) {
        return ch < 128 ? asciiLower(ch) : ch;
    }

    static int locUpper(int ch) {
        return ch < 128 ? asciiUpper(ch) : ch;
    }
}
