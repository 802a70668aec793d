package dev.kaa.parser.ast;

/**
 * Where a node stands in its source, in CPython's units: lines count from 1, columns are UTF-8
 * byte offsets from the start of the line, counting from 0.
 *
 * <p>Thread safety: immutable.
 */
public record Pos(int lineno, int col_offset, int end_lineno, int end_col_offset) {
    /** The span from the start of {@code first} to the end of {@code last}. */
    public static Pos span(Pos first, Pos last) {
        return new Pos(first.lineno, first.col_offset, last.end_lineno, last.end_col_offset);
    }
}
