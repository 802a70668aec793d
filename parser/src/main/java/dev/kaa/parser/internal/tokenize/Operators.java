package dev.kaa.parser.internal.tokenize;

/**
 * Python's operators and delimiters other than brackets, matched longest first.
 *
 * <p>Thread safety: stateless.
 */
final class Operators {
    private Operators() {}

    /** The length of the operator at {@code s[i]}, or 0 if no operator starts there. */
    static int match(String s, int i, int length) {
        char c = s.charAt(i);
        char d = i + 1 < length ? s.charAt(i + 1) : '\0';
        char e = i + 2 < length ? s.charAt(i + 2) : '\0';
        return switch (c) {
            case '*', '/', '<', '>' -> {
                if (d == c) {
                    yield e == '=' ? 3 : 2;                      // ** // << >> and **= //= <<= >>=
                }
                if (d == '=' || (c == '<' && d == '>')) {
                    yield 2;                                     // *= /= <= >= and <>
                }
                yield 1;
            }
            case '-' -> d == '=' || d == '>' ? 2 : 1;
            case '+', '%', '&', '|', '^', '=', '@', '!' -> d == '=' ? 2 : 1;
            case ':' -> d == '=' ? 2 : 1;
            case '.' -> d == '.' && e == '.' ? 3 : 1;
            case ',', ';', '~', '(', ')', '[', ']', '{', '}' -> 1;
            default -> 0;
        };
    }
}
