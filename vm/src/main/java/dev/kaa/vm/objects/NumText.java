package dev.kaa.vm.objects;

/**
 * Text helpers shared by the number parsers: Python's whitespace ({@code str.isspace()}) and the
 * mapping of Unicode decimal digits and spaces to ASCII that {@code int()}, {@code float()} and
 * {@code complex()} apply before parsing.
 *
 * <p>Thread safety: stateless.
 */
final class NumText {
    private NumText() {}

    /** {@code chr(c).isspace()} in CPython 3.13. */
    static boolean isSpace(int c) {
        if (c < 128) {
            return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
        }
        return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028
                || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    /** {@code s.strip()} by Python's whitespace. */
    static String strip(String s) {
        int start = 0, end = s.length();
        while (start < end && isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /**
     * The text with Unicode decimal digits made ASCII and Unicode spaces made ' ', as CPython's
     * {@code _PyUnicode_TransformDecimalAndSpaceToASCII}; other non-ASCII characters become '?'
     * (which no number syntax accepts), so the result is ASCII.
     */
    static String toAscii(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int n = Character.charCount(c);
            if (c >= 128 && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                if (c < 128) {
                    sb.append((char) c);
                } else if (isSpace(c)) {
                    sb.append(' ');
                } else if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                    sb.append((char) ('0' + Character.digit(c, 10)));
                } else {
                    sb.append('?');
                }
            }
            i += n;
        }
        return sb == null ? s : sb.toString();
    }
}
