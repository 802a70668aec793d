package dev.kaa.parser.internal.tokenize;

import dev.kaa.parser.PySyntaxError;

/**
 * Scans one numeric literal, with CPython's errors for malformed ones. The cursor {@code p}
 * works as CPython's does: {@link #nextc()} reads a character and moves past it,
 * {@link #backup()} steps back; an error's offset is the cursor's column.
 *
 * <p>Thread safety: confined to its tokenizer.
 */
final class NumberScanner {
    private final Tokenizer tokenizer;
    private final String s;
    private final int length;
    private int p;

    NumberScanner(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
        this.s = tokenizer.source();
        this.length = tokenizer.length();
    }

    private int nextc() {
        int c = p < length ? s.charAt(p) : -1;
        p++;
        return c;
    }

    private void backup() {
        p--;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private PySyntaxError error(String msg) {
        return tokenizer.error(msg, tokenizer.lineno(), p);
    }

    /** Scans the number starting at char index {@code start} and returns its token. */
    Token scan(int start) {
        p = start;
        int c = nextc();
        if (c == '.') {
            c = fraction(nextc());
        } else if (c == '0') {
            c = nextc();
            if (c == 'x' || c == 'X') {
                c = radix(nextc(), 16, "hexadecimal");
                verifyEnd(c, "hexadecimal");
            } else if (c == 'o' || c == 'O') {
                c = radix(nextc(), 8, "octal");
                verifyEnd(c, "octal");
            } else if (c == 'b' || c == 'B') {
                c = radix(nextc(), 2, "binary");
                verifyEnd(c, "binary");
            } else {
                c = afterZero(start, c);
            }
        } else {
            c = decimalTail();
            if (c == '.') {
                c = fraction(nextc());
            } else {
                c = exponentOrImaginary(c);
            }
        }
        backup();
        tokenizer.moveTo(p);
        return tokenizer.token(TokenType.NUMBER, start, p);
    }

    /** A literal starting with {@code 0} that is not hex, octal or binary. */
    private int afterZero(int start, int c) {
        for (;;) {
            if (c == '_') {
                c = nextc();
                if (!isDigit(c)) {
                    backup();
                    throw error("invalid decimal literal");
                }
            }
            if (c != '0') {
                break;
            }
            c = nextc();
        }
        int zerosEnd = p;
        boolean nonzero = false;
        if (isDigit(c)) {
            nonzero = true;
            c = decimalTail();
        }
        if (c == '.') {
            return fraction(nextc());
        }
        if (c == 'e' || c == 'E' || c == 'j' || c == 'J') {
            return exponentOrImaginary(c);
        }
        if (nonzero) {
            // Old-style octal such as 0777: no longer allowed.
            backup();
            int line = tokenizer.lineno();
            PySyntaxError e = tokenizer.error("leading zeros in decimal integer literals are not permitted; "
                    + "use an 0o prefix for octal integers", line, start, zerosEnd - 1);
            throw e;
        }
        verifyEnd(c, "decimal");
        return c;
    }

    /** Digits of a hex, octal or binary literal after its prefix; returns the char after them. */
    private int radix(int c, int radix, String kind) {
        do {
            if (c == '_') {
                c = nextc();
            }
            if (digitValue(c) >= radix || digitValue(c) < 0) {
                if (radix < 10 && isDigit(c)) {
                    throw error("invalid digit '" + (char) c + "' in " + kind + " literal");
                }
                backup();
                throw error("invalid " + kind + " literal");
            }
            do {
                c = nextc();
            } while (digitValue(c) >= 0 && digitValue(c) < radix);
        } while (c == '_');
        if (radix < 10 && isDigit(c)) {
            throw error("invalid digit '" + (char) c + "' in " + kind + " literal");
        }
        return c;
    }

    private static int digitValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** Reads the digits (and single underscores) after a digit; returns the char after them. */
    private int decimalTail() {
        int c;
        for (;;) {
            do {
                c = nextc();
            } while (isDigit(c));
            if (c != '_') {
                return c;
            }
            c = nextc();
            if (!isDigit(c)) {
                backup();
                throw error("invalid decimal literal");
            }
        }
    }

    /** After the {@code '.'}: {@code c} is the char following it. */
    private int fraction(int c) {
        if (isDigit(c)) {
            c = decimalTail();
        }
        return exponentOrImaginary(c);
    }

    private int exponentOrImaginary(int c) {
        if (c == 'e' || c == 'E') {
            int e = c;
            c = nextc();
            if (c == '+' || c == '-') {
                c = nextc();
                if (!isDigit(c)) {
                    backup();
                    throw error("invalid decimal literal");
                }
            } else if (!isDigit(c)) {
                backup();
                verifyEnd(e, "decimal");
                // The 'e' starts the keyword that follows (as in 1else): not part of the number.
                return e;
            }
            c = decimalTail();
        }
        if (c == 'j' || c == 'J') {
            c = nextc();
            verifyEnd(c, "imaginary");
            return c;
        }
        verifyEnd(c, "decimal");
        return c;
    }

    /**
     * CPython accepts a number directly followed by {@code and else for if in is not or} (with a
     * SyntaxWarning) and rejects one followed by any other name char.
     */
    private void verifyEnd(int c, String kind) {
        boolean keyword = switch (c) {
            case 'a' -> lookahead("nd");
            case 'e' -> lookahead("lse");
            case 'f' -> lookahead("or");
            case 'o' -> lookahead("r");
            case 'n' -> lookahead("ot");
            case 'i' -> p < length && (s.charAt(p) == 'f' || s.charAt(p) == 'n' || s.charAt(p) == 's');
            default -> false;
        };
        if (keyword) {
            // The warning's place is the keyword's first character, as the error's would be.
            backup();
            tokenizer.warn(error("invalid " + kind + " literal"));
            nextc();
            return;
        }
        if (c >= 0 && c < 128 && Chars.isAsciiNameChar((char) c)) {
            backup();
            throw error("invalid " + kind + " literal");
        }
    }

    /** Whether the keyword's {@code rest} follows, and no name character after it. */
    private boolean lookahead(String rest) {
        int end = p + rest.length();
        return s.startsWith(rest, p) && (end >= length || !Chars.isNameChar(s.charAt(end)));
    }
}
