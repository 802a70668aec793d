package dev.kaa.parser.internal.tokenize;

import dev.kaa.parser.CompileWarnings;
import dev.kaa.parser.PySyntaxError;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SyntaxWarnings of one parse, kept in source order until the first pass of the parser is
 * over and then handed to the caller's {@link CompileWarnings}. Keeping them lets a warning be
 * issued once although the parser may decode a literal again when it backtracks, and lets a deep
 * parse on a thread of its own report on the caller's thread. As in CPython, only the first
 * pass reports: the second, which looks for a better error message, reads the source again
 * without warnings.
 *
 * <p>Thread safety: confined to one parse.
 */
public final class PendingWarnings {
    private final Map<String, PySyntaxError> warnings = new LinkedHashMap<>();
    private boolean closed;

    /** Records a warning, with the SyntaxError it becomes when filtered into an error. */
    void add(PySyntaxError asError) {
        if (closed) {
            return;
        }
        String key = asError.lineno() + ":" + asError.offset() + ":" + asError.endLineno() + ":"
                + asError.endOffset() + ":" + asError.msg();
        warnings.putIfAbsent(key, asError);
    }

    /** Stops recording: what is read from now on (the second pass) reports nothing. */
    public void close() {
        closed = true;
    }

    /** Issues the recorded warnings in order; the sink may throw the first as a SyntaxError. */
    public void flush(CompileWarnings sink) {
        closed = true;
        java.util.List<PySyntaxError> all = java.util.List.copyOf(warnings.values());
        warnings.clear();
        for (PySyntaxError w : all) {
            sink.warn(CompileWarnings.Category.SyntaxWarning, w);
        }
    }
}
