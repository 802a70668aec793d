package dev.kaa.parser;

/**
 * Where the parser and the compiler send the warnings CPython issues while it compiles source
 * (an invalid escape such as {@code "\d"}, a number run into a keyword as in {@code 0xfor}, an
 * {@code assert} of a tuple, {@code x is 1}, a missed comma before a call or subscript). The
 * caller decides what becomes of them: the VM hands them to Python's {@code warnings} module.
 *
 * <p>It lives in the parser, the first stage, because the parser reports warnings too; the
 * compiler takes it with its options ({@code dev.kaa.compiler.spi.CompileOptions}).
 *
 * <p>Each warning comes with the SyntaxError it becomes when the warnings filters turn it into
 * an error: CPython then raises that SyntaxError, at the warning's place, instead of the
 * warning itself. The stages report a warning once, in source order, on the thread that asked
 * for the parse or compilation.
 *
 * <p>Thread safety: an implementation is called on the thread that parses or compiles.
 */
@FunctionalInterface
public interface CompileWarnings {

    /** The warning's Python class. */
    enum Category { SyntaxWarning, DeprecationWarning }

    /**
     * Issues the warning {@code asError.msg()} about line {@code asError.lineno()} of
     * {@code asError.filename()}.
     *
     * @throws PySyntaxError {@code asError}, when the warnings filters turn the warning into an error
     */
    void warn(Category category, PySyntaxError asError);

    /** Drops every warning (what a host without a warnings machinery gets). */
    CompileWarnings IGNORE = (category, asError) -> { };
}
