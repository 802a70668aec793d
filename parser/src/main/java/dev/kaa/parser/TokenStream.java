package dev.kaa.parser;

import dev.kaa.parser.internal.tokenize.Token;
import dev.kaa.parser.internal.tokenize.Tokenizer;

/**
 * Kaa's tokenizer seen from outside the parser, for the {@code tokenize} module: the tokens of a
 * source text including comments and non-logical line breaks ({@code COMMENT}, {@code NL}), with
 * columns counted in code points, as Python's {@code tokenize} reports them (the parser itself
 * works in UTF-8 byte columns).
 *
 * <p>Thread safety: confined to one thread (it is a cursor over its source).
 */
public final class TokenStream {

    /**
     * One token.
     *
     * @param type    the token kind as Python's {@code token} module names it ({@code "NAME"},
     *                {@code "OP"}, {@code "FSTRING_MIDDLE"}, ...)
     * @param text    the token's text (for {@code FSTRING_MIDDLE}, with doubled braces halved)
     * @param line    first line, from 1
     * @param col     first column, in code points
     * @param endLine last line
     * @param endCol  column just past the token, in code points
     */
    public record Item(String type, String text, int line, int col, int endLine, int endCol) {
    }

    private final Tokenizer tokenizer;

    /**
     * A stream over {@code source} (already decoded; line ends may be {@code \n},
     * {@code \r\n} or {@code \r}).
     *
     * @throws PySyntaxError when the source holds a null character
     */
    public TokenStream(String source, String filename) {
        this.tokenizer = new Tokenizer(source, filename, false, true);
    }

    /**
     * The next token; {@code ENDMARKER} once the source is exhausted.
     *
     * @throws PySyntaxError for a lexical error, with CPython's message and position
     */
    public Item next() {
        Token t = tokenizer.next();
        return new Item(t.type().name(), t.text(), t.lineno(), codePoints(t.lineno(), t.col()), t.endLineno(),
                codePoints(t.endLineno(), t.endCol()));
    }

    /** The code point column of UTF-8 byte column {@code byteCol} on line {@code lineno}. */
    private int codePoints(int lineno, int byteCol) {
        if (byteCol <= 0) {
            return byteCol;
        }
        String s = tokenizer.line(lineno);
        int bytes = 0;
        int cps = 0;
        int i = 0;
        while (i < s.length() && bytes < byteCol) {
            int cp = s.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
            cps++;
        }
        // Past the end of the line (the added final line end): one code point per byte.
        return cps + Math.max(0, byteCol - bytes);
    }
}
