package dev.kaa.parser.internal.tokenize;

/**
 * One token. Lines count from 1; columns are UTF-8 byte offsets within their line, counting from
 * 0, as CPython's AST positions are; {@code endCol} is exclusive.
 *
 * @param type   the kind
 * @param text   the source text of the token (for {@link TokenType#FSTRING_MIDDLE}, the text
 *               with {@code {{}/{@code }}} already halved)
 * @param lineno first line
 * @param col    first column (UTF-8 bytes)
 * @param endLineno last line
 * @param endCol column just past the token (UTF-8 bytes)
 */
public record Token(TokenType type, String text, int lineno, int col, int endLineno, int endCol) {

    /** Whether this is the operator or delimiter {@code op}. */
    public boolean isOp(String op) {
        return type == TokenType.OP && text.equals(op);
    }

    /** Whether this is the name {@code name} (a keyword or a soft keyword). */
    public boolean isName(String name) {
        return type == TokenType.NAME && text.equals(name);
    }
}
