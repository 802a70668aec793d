package dev.kaa.parser;

/**
 * How to parse, beyond the mode: the flags of CPython's {@code ast.parse} that change the tree.
 *
 * @param typeComments read {@code # type: …} comments as {@code ast.parse(…, type_comments=True)}
 *                     does: they fill the {@code type_comment} fields, {@code # type: ignore}
 *                     comments become the module's {@code type_ignores}, and a type comment
 *                     where the grammar has no place for one is a syntax error
 *
 * <p>Thread safety: immutable.
 */
public record ParseOptions(boolean typeComments) {

    /** What {@code compile()} and {@code ast.parse} do by default: comments are ignored. */
    public static final ParseOptions DEFAULT = new ParseOptions(false);

    /** With type comments, as {@code python -m ast} parses. */
    public static final ParseOptions TYPE_COMMENTS = new ParseOptions(true);
}
