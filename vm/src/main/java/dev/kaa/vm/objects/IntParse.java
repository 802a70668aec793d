package dev.kaa.vm.objects;

import java.math.BigInteger;

/**
 * {@code int(str, base)}: Python's integer literal syntax as {@code int()} accepts it (surrounding
 * whitespace, a sign, single underscores between digits, the base prefixes {@code 0x 0o 0b} for
 * their base or base 0, any Unicode decimal digit), the limit on decimal digits
 * ({@code sys.set_int_max_str_digits}), and CPython's {@code ValueError} texts.
 *
 * <p>Thread safety: stateless.
 */
final class IntParse {
    private IntParse() {}

    /** Parses {@code s} in {@code base} (0 or 2..36, checked by the caller). */
    static PyInt parse(String s, int base) {
        return parse(s, base, null);
    }

    /** The text of bytes as the parsers read it: ASCII as is, other bytes as '?' (never valid). */
    static String bytesText(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length);
        for (byte x : b) {
            sb.append(x >= 0 ? (char) x : '?');
        }
        return sb.toString();
    }

    /** As {@link #parse(String, int)}; errors show {@code shown} (the bytes given) when not null. */
    static PyInt parse(String s, int base, Object shown) {
        int[] cp = s.codePoints().toArray();
        int start = 0, end = cp.length;
        while (start < end && NumText.isSpace(cp[start])) {
            start++;
        }
        while (end > start && NumText.isSpace(cp[end - 1])) {
            end--;
        }
        int i = start;
        boolean negative = false;
        if (i < end && (cp[i] == '+' || cp[i] == '-')) {
            negative = cp[i] == '-';
            i++;
        }
        int b = base;
        boolean afterPrefix = false;
        if (i + 1 < end && cp[i] == '0') {
            int p = Character.toLowerCase(cp[i + 1]);
            int prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
                b = prefixBase;
                i += 2;
                afterPrefix = true;
            }
        }
        boolean leadingZeroRule = false;
        if (b == 0) {
            b = 10;
            // Base 0 reads a literal as Python source: "010" is refused, "000" is zero.
            leadingZeroRule = i < end && cp[i] == '0';
        }
        // Digits: one underscore may separate them, and one may follow a base prefix.
        StringBuilder digits = new StringBuilder(end - i);
        boolean prevUnderscore = afterPrefix;
        boolean ok = i < end;
        for (int k = i; k < end && ok; k++) {
            int c = cp[k];
            if (c == '_') {
                if (prevUnderscore && !(afterPrefix && k == i)) {
                    ok = false;
                }
                if (k == i && !afterPrefix) {
                    ok = false;
                }
                prevUnderscore = true;
                continue;
            }
            int d = digitValue(c);
            if (d < 0 || d >= b) {
                ok = false;
                break;
            }
            digits.append((char) (d < 10 ? '0' + d : 'a' + d - 10));
            prevUnderscore = false;
        }
        if (ok && (prevUnderscore || digits.isEmpty())) {
            ok = false;
        }
        if (ok && leadingZeroRule) {
            for (int k = 0; k < digits.length(); k++) {
                if (digits.charAt(k) != '0') {
                    ok = false;
                    break;
                }
            }
        }
        if (!ok) {
            throw shown != null ? invalidLiteral(shown, base) : invalidLiteral(s, base);
        }
        int n = digits.length();
        int limit = IntLimits.maxStrDigits();
        if (limit > 0 && Integer.bitCount(b) != 1 && n > limit) {
            throw PyErr.valueError("Exceeds the limit (%d digits) for integer string conversion: value has %d "
                    + "digits; use sys.set_int_max_str_digits() to increase the limit", limit, n);
        }
        if (n <= 18 && b == 10 || n <= 12) {
            long v = Long.parseLong(digits, 0, n, b);
            return PyInt.of(negative ? -v : v);
        }
        BigInteger v = new BigInteger(digits.toString(), b);
        return PyInt.of(negative ? v.negate() : v);
    }

    /** The value of a digit character in bases up to 36: Unicode decimals and ASCII letters. */
    private static int digitValue(int c) {
        if (c < 128) {
            if (c >= '0' && c <= '9') {
                return c - '0';
            }
            if (c >= 'a' && c <= 'z') {
                return c - 'a' + 10;
            }
            if (c >= 'A' && c <= 'Z') {
                return c - 'A' + 10;
            }
            return -1;
        }
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(c, 10) : -1;
    }

    /** CPython's message, with the repr of the text cut as {@code %.200R} of its first 200 code points cuts it. */
    static PyException invalidLiteral(String s, int base) {
        String shown = s.codePointCount(0, s.length()) > 200 ? s.substring(0, s.offsetByCodePoints(0, 200)) : s;
        return invalidLiteral(PyStr.of(shown), base);
    }

    private static PyException invalidLiteral(Object shown, int base) {
        if (shown instanceof PyBytes b && b.data().length > 200) {
            shown = new PyBytes(java.util.Arrays.copyOf(b.data(), 200));
        }
        String repr = Abstract.repr(shown).toString();
        if (repr.codePointCount(0, repr.length()) > 200) {
            repr = repr.substring(0, repr.offsetByCodePoints(0, 200));
        }
        return PyErr.valueError("invalid literal for int() with base %d: %s", base, repr);
    }
}
