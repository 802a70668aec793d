package dev.kaa.compiler.internal.symtable;

import dev.kaa.parser.PySyntaxError;
import dev.kaa.parser.ast.Pos;

/**
 * Builds the {@code SyntaxError}s of the symbol table passes with CPython's location rules:
 * the node's start line and column + 1 and its end (CPython's {@code SET_ERROR_LOCATION}). The
 * columns are the AST's UTF-8 byte offsets, as CPython reports them when it has no source text at
 * hand; the source line is not attached here.
 *
 * <p>Thread safety: immutable (static functions only).
 */
final class SymtableErrors {
    private SymtableErrors() {}

    static PySyntaxError at(String filename, String msg, Pos pos) {
        if (pos == null) {
            return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, 0, 0, null, 0, 0);
        }
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, pos.lineno(),
                pos.col_offset() + 1, null, pos.end_lineno(), pos.end_col_offset() + 1);
    }
}
