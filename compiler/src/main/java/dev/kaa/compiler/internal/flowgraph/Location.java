package dev.kaa.compiler.internal.flowgraph;

/**
 * The source range an instruction comes from, as PEP 657 records it: 1-based lines, 0-based
 * columns counted in UTF-8 bytes (as in the AST's positions). A component of -1 means unknown;
 * {@link #NONE} marks artificial instructions that have no location at all.
 *
 * <p>Thread safety: immutable.
 *
 * @param lineno first line, or -1
 * @param endLineno last line, or -1
 * @param col first column (UTF-8 bytes), or -1
 * @param endCol column after the end (UTF-8 bytes), or -1
 */
public record Location(int lineno, int endLineno, int col, int endCol) {
    /** "No location": the instruction is artificial (no line in tracebacks). */
    public static final Location NONE = new Location(-1, -1, -1, -1);

    /** A location that knows only its line. */
    public static Location line(int lineno) {
        return new Location(lineno, lineno, -1, -1);
    }

    /** Whether this is {@link #NONE} or otherwise has no line. */
    public boolean isNone() {
        return lineno < 0;
    }
}
