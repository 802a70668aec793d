package dev.kaa.parser.internal.tokenize;

/**
 * Token kinds, named as Python's {@code token} module names them. Operators and delimiters are
 * all {@link #OP}; the parser reads their text.
 */
public enum TokenType {
    ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT, OP,
    /** The start of an f-string: its prefix and opening quote, such as {@code rf"""}. */
    FSTRING_START,
    /** Literal text of an f-string, as written in the source (escapes not yet decoded). */
    FSTRING_MIDDLE,
    /** The closing quote of an f-string. */
    FSTRING_END,
    COMMENT,
    /** A line break that does not end a logical line. */
    NL,
    TYPE_COMMENT
}
