package dev.kaa.parser.internal.tokenize;

import dev.kaa.bytecode.Constant;
import dev.kaa.parser.PySyntaxError;

/**
 * The values of string literals: a {@code STRING} token to a {@code str} (a {@link String}, or
 * rarely a {@link Constant.Str}) or a {@link Constant.Bytes}, and the literal pieces of f-strings
 * to {@code str}s.
 *
 * <p>Invalid escapes such as {@code "\d"} keep their backslash; CPython 3.13 also issues a
 * SyntaxWarning for them, which Kaa does not print (there is no warnings machinery yet).
 *
 * <p>Thread safety: stateless.
 */
public final class StringLiterals {
    private StringLiterals() {}

    /**
     * The value of a {@code STRING} token (prefix and quotes included): a {@link String} (or a
     * {@link Constant.Str}, see {@link Constant.Str#of}) for {@code str}, a {@link Constant.Bytes}
     * for {@code bytes}.
     *
     * @throws PySyntaxError for a bad escape or a non-ASCII character in bytes, as CPython reports it
     */
    public static Object decode(Token token, Tokenizer tokenizer) {
        String text = token.text();
        int q = 0;
        boolean raw = false;
        boolean bytes = false;
        while (text.charAt(q) != '"' && text.charAt(q) != '\'') {
            char c = text.charAt(q++);
            if (c == 'r' || c == 'R') {
                raw = true;
            } else if (c == 'b' || c == 'B') {
                bytes = true;
            }
        }
        char quote = text.charAt(q);
        int quoteSize = text.length() - q >= 6 && text.charAt(q + 1) == quote && text.charAt(q + 2) == quote ? 3 : 1;
        String body = text.substring(q + quoteSize, text.length() - quoteSize);
        if (!bytes) {
            checkUtf8(body, token, tokenizer);
        }
        if (bytes) {
            for (int i = 0; i < body.length(); i++) {
                if (body.charAt(i) >= 0x80) {
                    throw new PySyntaxError(PySyntaxError.Kind.SyntaxError,
                            "bytes can only contain ASCII literal characters", tokenizer.filename(), token.lineno(),
                            charOffset(tokenizer, token.lineno(), token.col()) + 1, tokenizer.line(token.lineno()),
                            token.endLineno(), charOffset(tokenizer, token.endLineno(), token.endCol()) + 1);
                }
            }
            if (raw) {
                return new Constant.Bytes(latin1(body));
            }
            return new Constant.Bytes(EscapeDecoder.bytes(body, token, tokenizer));
        }
        if (raw || body.indexOf('\\') < 0) {
            return body;
        }
        return EscapeDecoder.str(body, token, tokenizer);
    }

    /**
     * The value of the literal text of an {@code FSTRING_MIDDLE} token ({@code {{}/{@code }}}
     * already halved).
     *
     * @param raw whether the f-string has an {@code r} prefix
     */
    public static Object decodeFStringMiddle(Token token, boolean raw, Tokenizer tokenizer) {
        String body = token.text();
        checkUtf8(body, token, tokenizer);
        if (raw || body.indexOf('\\') < 0) {
            return body;
        }
        return EscapeDecoder.str(body, token, tokenizer);
    }

    /** Reports bytes of the source that were not UTF-8 (see {@link SourceDecoder}), as CPython does. */
    private static void checkUtf8(String body, Token token, Tokenizer tokenizer) {
        if (SourceDecoder.firstEscape(body, 0, body.length()) < 0) {
            return;
        }
        SourceDecoder.Complaint c = SourceDecoder.utf8Complaint(body);
        int offset = charOffset(tokenizer, token.lineno(), token.col()) + 1;
        throw new PySyntaxError(PySyntaxError.Kind.SyntaxError, c.message(), tokenizer.filename(), token.lineno(),
                offset, tokenizer.line(token.lineno()), token.lineno(), offset + 1 + c.to() - c.from());
    }

    private static byte[] latin1(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) s.charAt(i);
        }
        return b;
    }

    static int charOffset(Tokenizer tokenizer, int lineno, int byteCol) {
        String line = tokenizer.line(lineno);
        int idx = Math.min(byteColToIndex(line, byteCol), line.length());
        return line.codePointCount(0, idx);
    }

    private static int byteColToIndex(String line, int col) {
        int bytes = 0;
        int i = 0;
        while (i < line.length() && bytes < col) {
            int cp = line.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
        }
        return i;
    }
}
