package dev.kaa.vm.objects;

/**
 * {@code complex(str)}: an optional pair of parentheses, then a real part, an imaginary part
 * ({@code j} or {@code J} suffix, the digits optional after a sign), or both.
 *
 * <p>Thread safety: stateless.
 */
final class ComplexParse {
    private ComplexParse() {}

    private static PyException malformed() {
        return PyErr.valueError("complex() arg is a malformed string");
    }

    /** The text without underscores, each of which must stand between two digits. */
    private static String dropUnderscores(String s, String original) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (i == 0 || i + 1 >= s.length() || !isDigit(s.charAt(i - 1)) || !isDigit(s.charAt(i + 1))) {
                    throw PyErr.valueError("could not convert string to complex: %s",
                            Abstract.repr(PyStr.of(original)).toString());
                }
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isJ(String s, int i) {
        return i < s.length() && (s.charAt(i) == 'j' || s.charAt(i) == 'J');
    }

    static double[] parse(String original) {
        String s = NumText.toAscii(NumText.strip(original));
        if (s.indexOf('_') >= 0) {
            s = dropUnderscores(s, original);
        }
        if (s.startsWith("(")) {
            if (!s.endsWith(")") || s.length() < 2) {
                throw malformed();
            }
            s = NumText.strip(s.substring(1, s.length() - 1));
        }
        int n = s.length();
        if (n == 0) {
            throw malformed();
        }
        double[] x = new double[1];
        int end = FloatParse.parseText(s, 0, n, x);
        if (end < 0) {
            // "j", "+j", "-j"
            int i = 0;
            double sign = 1;
            if (s.charAt(0) == '+' || s.charAt(0) == '-') {
                sign = s.charAt(0) == '-' ? -1 : 1;
                i = 1;
            }
            if (isJ(s, i) && i + 1 == n) {
                return new double[] {0.0, sign};
            }
            throw malformed();
        }
        if (end == n) {
            return new double[] {x[0], 0.0};
        }
        if (isJ(s, end) && end + 1 == n) {
            return new double[] {0.0, x[0]};
        }
        char c = s.charAt(end);
        if (c != '+' && c != '-') {
            throw malformed();
        }
        double[] y = new double[1];
        int end2 = FloatParse.parseText(s, end, n, y);
        if (end2 < 0) {
            if (isJ(s, end + 1) && end + 2 == n) {
                return new double[] {x[0], c == '-' ? -1.0 : 1.0};
            }
            throw malformed();
        }
        if (isJ(s, end2) && end2 + 1 == n) {
            return new double[] {x[0], y[0]};
        }
        throw malformed();
    }
}
