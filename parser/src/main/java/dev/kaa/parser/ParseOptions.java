package dev.kaa.parser;

/**
 * How to parse, beyond the mode: the flags of CPython's {@code ast.parse} that change the tree,
 * and where the parser's warnings go.
 *
 * @param typeComments read {@code # type: …} comments as {@code ast.parse(…, type_comments=True)}
 *                     does: they fill the {@code type_comment} fields, {@code # type: ignore}
 *                     comments become the module's {@code type_ignores}, and a type comment
 *                     where the grammar has no place for one is a syntax error
 * @param warnings     receives the SyntaxWarnings of the source (invalid escape sequences,
 *                     numbers run into keywords)
 *
 * <p>Thread safety: immutable.
 */
public record ParseOptions(boolean typeComments, CompileWarnings warnings) {

    /** What {@code compile()} and {@code ast.parse} do by default: comments are ignored. */
    public static final ParseOptions DEFAULT = new ParseOptions(false);

    /** With type comments, as {@code python -m ast} parses. */
    public static final ParseOptions TYPE_COMMENTS = new ParseOptions(true);

    public ParseOptions {
        java.util.Objects.requireNonNull(warnings, "warnings");
    }

    /** Options whose warnings are dropped. */
    public ParseOptions(boolean typeComments) {
        this(typeComments, CompileWarnings.IGNORE);
    }

    /** These options with warnings sent to {@code sink}. */
    public ParseOptions withWarnings(CompileWarnings sink) {
        return new ParseOptions(typeComments, sink);
    }
}
