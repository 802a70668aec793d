package dev.kaa.parser;

/**
 * A {@code SyntaxError}, {@code IndentationError} or {@code TabError} found in source, with the
 * attributes Python's exception carries. Line numbers count from 1; {@code offset} and
 * {@code endOffset} are 1-based character (code point) offsets into {@code text}, as CPython
 * reports them, or 0 where there is none.
 *
 * <p>The Java stack trace is not filled in: the error is a Python exception, shown to Python users
 * with Python's own traceback.
 *
 * <p>Thread safety: immutable.
 */
public final class PySyntaxError extends RuntimeException {

    /** The Python exception class. */
    public enum Kind { SyntaxError, IndentationError, TabError }

    private final Kind kind;
    private final String msg;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final String text;
    private final int endLineno;
    private final int endOffset;

    public PySyntaxError(Kind kind, String msg, String filename, int lineno, int offset, String text,
            int endLineno, int endOffset) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.text = text;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
    }

    public Kind kind() { return kind; }
    public String msg() { return msg; }
    public String filename() { return filename; }
    public int lineno() { return lineno; }
    public int offset() { return offset; }
    /** The source line, with its line end, or {@code null}. */
    public String text() { return text; }
    public int endLineno() { return endLineno; }
    public int endOffset() { return endOffset; }

    /** The kind, then {@code str(exc)}: {@code msg (filename, line N)}. */
    @Override public String toString() {
        return kind + ": " + msg + " (" + filename + ", line " + lineno + ")";
    }
}
