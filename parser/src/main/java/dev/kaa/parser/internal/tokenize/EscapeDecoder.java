package dev.kaa.parser.internal.tokenize;

import dev.kaa.bytecode.Constant;
import dev.kaa.parser.PySyntaxError;
import java.io.ByteArrayOutputStream;

/**
 * Backslash escapes of {@code str} and {@code bytes} literals, with CPython's error messages.
 *
 * <p>CPython decodes a {@code str} body with the {@code unicode_escape} codec after rewriting each
 * non-ASCII character as a 10-byte {@code \UXXXXXXXX} escape (and a backslash before one as the
 * 6-byte {@code \u005c}); the positions its error messages give count in that rewritten text,
 * so {@link #str} counts the same way.
 *
 * <p>Thread safety: stateless.
 */
final class EscapeDecoder {
    private EscapeDecoder() {}

    /**
     * Decodes the body of a non-raw {@code str} literal: a {@link String}, or a
     * {@link Constant.Str} when escapes put a high and a low surrogate side by side
     * ({@code '\ud800\udc00'} is two code points, not U+10000).
     */
    static Object str(String body, Token token, Tokenizer tokenizer) {
        CodePoints out = new CodePoints(body.length());
        int n = body.length();
        int i = 0;
        boolean warned = false;
        while (i < n) {
            int c = body.codePointAt(i);
            if (c != '\\') {
                out.add(c);
                i += Character.charCount(c);
                continue;
            }
            int escStart = i;
            if (i + 1 >= n) {
                out.add('\\');
                i++;
                continue;
            }
            char e = body.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\\' -> out.add('\\');
                case '\'' -> out.add('\'');
                case '"' -> out.add('"');
                case 'a' -> out.add('\u0007');
                case 'b' -> out.add('\b');
                case 'f' -> out.add('\f');
                case 'n' -> out.add('\n');
                case 'r' -> out.add('\r');
                case 't' -> out.add('\t');
                case 'v' -> out.add('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < n && body.charAt(i) >= '0' && body.charAt(i) <= '7'; k++) {
                        v = v * 8 + body.charAt(i++) - '0';
                    }
                    if (v > 0377 && !warned) {
                        warned = warnOctal(body, escStart, i, token, tokenizer);
                    }
                    out.add(v);
                }
                case 'x' -> i = hex(body, i, 2, escStart, out, "truncated \\xXX escape", token, tokenizer);
                case 'u' -> i = hex(body, i, 4, escStart, out, "truncated \\uXXXX escape", token, tokenizer);
                case 'U' -> i = hex(body, i, 8, escStart, out, "truncated \\UXXXXXXXX escape", token, tokenizer);
                case 'N' -> i = named(body, i, escStart, out, token, tokenizer);
                default -> {
                    // An invalid escape: CPython 3.13 keeps it, with a SyntaxWarning for the first.
                    if (!warned) {
                        warned = warnInvalid(e, token, tokenizer);
                    }
                    out.add('\\');
                    i--;
                }
            }
        }
        return out.value();
    }

    private static int hex(String body, int i, int digits, int escStart, CodePoints out, String msg,
            Token token, Tokenizer tokenizer) {
        int v = 0;
        int k = 0;
        for (; k < digits && i + k < body.length(); k++) {
            int d = Character.digit(body.charAt(i + k), 16);
            if (d < 0 || body.charAt(i + k) >= 0x80) {
                break;
            }
            v = v * 16 + d;
        }
        if (k < digits) {
            throw unicodeError(body, escStart, i + k, msg, token, tokenizer);
        }
        if (digits == 8 && (v < 0 || v > 0x10FFFF)) {
            throw unicodeError(body, escStart, i + k, "illegal Unicode character", token, tokenizer);
        }
        out.add(v);
        return i + k;
    }

    private static int named(String body, int i, int escStart, CodePoints out, Token token, Tokenizer tokenizer) {
        if (i >= body.length() || body.charAt(i) != '{') {
            throw unicodeError(body, escStart, i, "malformed \\N character escape", token, tokenizer);
        }
        int close = body.indexOf('}', i + 1);
        if (close < 0) {
            // The decoder reads a name to the end of the literal looking for '}'.
            throw unicodeError(body, escStart, body.length(), "malformed \\N character escape", token, tokenizer);
        }
        if (close == i + 1) {
            throw unicodeError(body, escStart, i + 1, "malformed \\N character escape", token, tokenizer);
        }
        String name = body.substring(i + 1, close);
        int cp = UnicodeNames.lookup(name);
        if (cp < 0) {
            throw unicodeError(body, escStart, close + 1, "unknown Unicode character name", token, tokenizer);
        }
        out.add(cp);
        return close + 1;
    }

    /** A growing array of code points, made into a {@code str} by {@link Constant.Str#of}. */
    private static final class CodePoints {
        private int[] items;
        private int size;

        CodePoints(int capacity) {
            items = new int[Math.max(capacity, 4)];
        }

        void add(int cp) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2);
            }
            items[size++] = cp;
        }

        Object value() {
            return Constant.Str.of(items, 0, size);
        }
    }

    /** Position of char index {@code i} of {@code body} in CPython's rewritten text. */
    private static int rewrittenPosition(String body, int i) {
        int p = 0;
        for (int k = 0; k < i; k++) {
            char c = body.charAt(k);
            if (Character.isLowSurrogate(c) && k > 0 && Character.isHighSurrogate(body.charAt(k - 1))) {
                continue;
            }
            if (c >= 0x80) {
                p += 10;
            } else if (c == '\\' && (k + 1 >= body.length() || body.charAt(k + 1) >= 0x80)) {
                p += 6;
            } else {
                p++;
            }
        }
        return p;
    }

    private static PySyntaxError unicodeError(String body, int from, int to, String reason, Token token,
            Tokenizer tokenizer) {
        int start = rewrittenPosition(body, from);
        int end = rewrittenPosition(body, to) - 1;
        String where = end > start ? "bytes in position " + start + "-" + end : "byte 0x5c in position " + start;
        String msg = "(unicode error) 'unicodeescape' codec can't decode " + where + ": " + reason;
        return literalError(msg, token, tokenizer);
    }

    /**
     * The SyntaxWarning of an invalid escape, at the whole literal as CPython gives it. A
     * backslash before a non-ASCII character gets none: CPython's decoder sees that character
     * rewritten as an escape of its own.
     */
    private static boolean warnInvalid(char e, Token token, Tokenizer tokenizer) {
        if (e >= 0x80) {
            return false;
        }
        tokenizer.warn(literalError("invalid escape sequence '\\" + e + "'", token, tokenizer));
        return true;
    }

    /** The SyntaxWarning of an octal escape above {@code \377}. */
    private static boolean warnOctal(String body, int escStart, int end, Token token, Tokenizer tokenizer) {
        tokenizer.warn(literalError("invalid octal escape sequence '" + body.substring(escStart, end) + "'",
                token, tokenizer));
        return true;
    }

    /** CPython reports literal errors at the whole token. */
    static PySyntaxError literalError(String msg, Token token, Tokenizer tokenizer) {
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, tokenizer.filename(), token.lineno(),
                StringLiterals.charOffset(tokenizer, token.lineno(), token.col()) + 1, tokenizer.line(token.lineno()),
                token.endLineno(), StringLiterals.charOffset(tokenizer, token.endLineno(), token.endCol()) + 1);
    }

    /** Decodes the body of a non-raw {@code bytes} literal (already checked to be ASCII). */
    static byte[] bytes(String body, Token token, Tokenizer tokenizer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        int n = body.length();
        int i = 0;
        boolean warned = false;
        while (i < n) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                out.write(c);
                i++;
                continue;
            }
            int escStart = i;
            char e = body.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 't' -> out.write(9);
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < n && body.charAt(i) >= '0' && body.charAt(i) <= '7'; k++) {
                        v = v * 8 + body.charAt(i++) - '0';
                    }
                    if (v > 0377 && !warned) {
                        warned = warnOctal(body, escStart, i, token, tokenizer);
                    }
                    out.write(v & 0xFF);
                }
                case 'x' -> {
                    int d1 = i < n ? Character.digit(body.charAt(i), 16) : -1;
                    int d2 = i + 1 < n ? Character.digit(body.charAt(i + 1), 16) : -1;
                    if (d1 < 0 || d2 < 0) {
                        throw literalError("(value error) invalid \\x escape at position " + escStart, token, tokenizer);
                    }
                    out.write(d1 * 16 + d2);
                    i += 2;
                }
                default -> {
                    if (!warned) {
                        warned = warnInvalid(e, token, tokenizer);
                    }
                    out.write('\\');
                    i--;
                }
            }
        }
        return out.toByteArray();
    }
}
