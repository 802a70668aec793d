package dev.kaa.vm.internal.launcher;

import dev.kaa.parser.PySyntaxError;

/**
 * The text CPython's {@code traceback.format_exception_only} gives a {@code SyntaxError}: the
 * {@code File} line, the offending source line without its indentation, a caret line under the
 * error's span, and {@code Kind: message}.
 *
 * <p>Until the interpreter and its {@code traceback} module exist, the launcher's commands print
 * syntax errors through this class.
 *
 * <p>Thread safety: stateless.
 */
final class SyntaxErrorText {
    private SyntaxErrorText() {}

    /** The lines {@code format_exception_only} yields, joined, each ending in a newline. */
    static String format(PySyntaxError e) {
        StringBuilder out = new StringBuilder();
        if (e.lineno() > 0) {   // Python prints no location for an error that has none (lineno None)
            String filename = e.filename() == null ? "<string>" : e.filename();
            out.append("  File \"").append(filename).append("\", line ").append(e.lineno()).append('\n');
            if (e.text() != null) {
                appendSourceAndCarets(out, e, e.text());
            }
        }
        out.append(e.kind()).append(": ").append(e.msg()).append('\n');
        return out.toString();
    }

    /** {@code str(exc)}: {@code msg (filename, line N)}. */
    static String str(PySyntaxError e) {
        return e.msg() + " (" + (e.filename() == null ? "<string>" : e.filename()) + ", line " + e.lineno() + ")";
    }

    private static void appendSourceAndCarets(StringBuilder out, PySyntaxError e, String text) {
        String rtext = stripTrailingNewlines(text);
        int start = 0;
        while (start < rtext.length() && (rtext.charAt(start) == ' ' || rtext.charAt(start) == '\n'
                || rtext.charAt(start) == '\f')) {
            start++;
        }
        String ltext = rtext.substring(start);
        int[] points = ltext.codePoints().toArray();
        int spaces = rtext.codePointCount(0, start);
        out.append("    ").append(ltext).append('\n');
        if (e.offset() <= 0) {
            return;
        }
        int rlen = rtext.codePointCount(0, rtext.length());
        int offset = e.offset();
        int endOffset;
        if (e.lineno() == e.endLineno()) {
            endOffset = e.endOffset() > 0 ? e.endOffset() : offset;
        } else {
            endOffset = rlen + 1;
        }
        if (offset > rlen + 1) {
            offset = rlen + 1;
        }
        if (endOffset > rlen + 1) {
            endOffset = rlen + 1;
        }
        if (endOffset <= offset) {
            endOffset = offset + 1;
        }
        int colno = offset - 1 - spaces;
        int endColno = endOffset - 1 - spaces;
        if (colno < 0) {
            return;
        }
        StringBuilder carets = new StringBuilder("    ");
        for (int i = 0; i < colno && i < points.length; i++) {
            carets.appendCodePoint(Character.isWhitespace(points[i]) ? points[i] : ' ');
        }
        carets.repeat('^', Math.max(1, endColno - colno));
        out.append(carets).append('\n');
    }

    private static String stripTrailingNewlines(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\n') {
            end--;
        }
        return s.substring(0, end);
    }
}
