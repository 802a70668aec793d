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
 * @param intMaxStrDigits the most digits a decimal int literal may have
 *                     ({@code sys.get_int_max_str_digits()}; 0 for no limit)
 *
 * <p>Thread safety: immutable.
 */
public record ParseOptions(boolean typeComments, CompileWarnings warnings, int intMaxStrDigits) {

    /** CPython's default {@code sys.get_int_max_str_digits()}. */
    public static final int DEFAULT_INT_MAX_STR_DIGITS = 4300;

    /** What {@code compile()} and {@code ast.parse} do by default: comments are ignored. */
    public static final ParseOptions DEFAULT = new ParseOptions(false);

    /** With type comments, as {@code python -m ast} parses. */
    public static final ParseOptions TYPE_COMMENTS = new ParseOptions(true);

    public ParseOptions {
        java.util.Objects.requireNonNull(warnings, "warnings");
    }

    /** Options with the default limit on int literals. */
    public ParseOptions(boolean typeComments, CompileWarnings warnings) {
        this(typeComments, warnings, DEFAULT_INT_MAX_STR_DIGITS);
    }

    /** Options whose warnings are dropped. */
    public ParseOptions(boolean typeComments) {
        this(typeComments, CompileWarnings.IGNORE);
    }

    /** These options with warnings sent to {@code sink}. */
    public ParseOptions withWarnings(CompileWarnings sink) {
        return new ParseOptions(typeComments, sink, intMaxStrDigits);
    }

    /** These options with {@code digits} as the limit on decimal int literals (0: none). */
    public ParseOptions withIntMaxStrDigits(int digits) {
        return new ParseOptions(typeComments, warnings, digits);
    }
}
