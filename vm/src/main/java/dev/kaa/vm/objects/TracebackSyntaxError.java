package dev.kaa.vm.objects;

/**
 * The last lines of a traceback for a {@code SyntaxError} (CPython's
 * {@code TracebackException._format_syntax_error}): {@code File "f", line N}, the offending
 * line stripped of its indentation, a caret line under the error's span, then
 * {@code SyntaxError: msg}.
 *
 * <p>Thread safety: stateless.
 */
final class TracebackSyntaxError {
    private TracebackSyntaxError() {}

    /** A bound on the caret line for absurd offsets on an empty text (CPython would run out of memory). */
    private static final long MAX_CARETS = 1 << 16;

    private static Object attr(PyBaseException e, String name) {
        try {
            Object v = Abstract.lookupAttr(e, PyStr.intern(name));
            return v == null || v == PyNone.NONE ? null : v;
        } catch (PyException x) {
            return null;
        }
    }

    /** An int attribute as a long, or null when it is None (or not an int). */
    private static Long asLong(Object v) {
        return v instanceof PyInt i ? Abstract.asLong(i) : null;
    }

    static void format(PyBaseException e, String typeName, StringBuilder out, boolean colorize) {
        Object filename = attr(e, "filename");
        Object linenoObj = attr(e, "lineno");
        Object endLinenoObj = attr(e, "end_lineno");
        // CPython keeps the line numbers as str() of the values and compares those.
        String lineno = linenoObj == null ? null : TracebackPrinter.safeStr(linenoObj, "lineno");
        String endLineno = endLinenoObj == null ? null : TracebackPrinter.safeStr(endLinenoObj, "end_lineno");
        String suffix = "";
        if (lineno != null) {
            String f = filename == null ? "" : TracebackPrinter.safeStr(filename, "filename");
            f = f.isEmpty() ? "<string>" : f;
            if (colorize) {
                out.append("  File ").append(TracebackColors.MAGENTA).append('"').append(f).append('"')
                        .append(TracebackColors.RESET).append(", line ").append(TracebackColors.MAGENTA).append(lineno)
                        .append(TracebackColors.RESET).append('\n');
            } else {
                out.append("  File \"").append(f).append("\", line ").append(lineno).append('\n');
            }
        } else if (filename != null) {
            suffix = " (" + TracebackPrinter.safeStr(filename, "filename") + ")";
        }
        if (attr(e, "text") instanceof PyStr textObj) {
            textLines(textObj.toString(), asLong(attr(e, "offset")), asLong(attr(e, "end_offset")),
                    lineno == null ? endLineno == null : lineno.equals(endLineno), out, colorize);
        }
        Object msg = attr(e, "msg");
        String m = msg == null ? "" : TracebackPrinter.safeStr(msg, "msg");
        if (msg == null || msg instanceof PyStr s && s.toString().isEmpty()) {
            m = "<no detail available>";
        }
        if (colorize) {
            out.append(TracebackColors.BOLD_MAGENTA).append(typeName).append(TracebackColors.RESET).append(": ")
                    .append(TracebackColors.MAGENTA).append(m).append(TracebackColors.RESET).append(suffix).append('\n');
        } else {
            out.append(typeName).append(": ").append(m).append(suffix).append('\n');
        }
    }

    private static void textLines(String text, Long offsetObj, Long endOffsetObj, boolean sameLine, StringBuilder out,
            boolean colorize) {
        String rtext = TracebackText.rstrip(text, "\n");
        String ltext = TracebackText.lstrip(rtext, " \n\f");
        int spaces = TracebackText.len(rtext) - TracebackText.len(ltext);
        if (offsetObj == null) {
            out.append("    ").append(ltext).append('\n');
            return;
        }
        long offset = offsetObj;
        long textLen = TracebackText.len(text);
        long endOffset;
        if (sameLine) {
            endOffset = endOffsetObj == null || endOffsetObj == 0 ? offset : endOffsetObj;
        } else {
            endOffset = TracebackText.len(rtext) + 1;
        }
        if (!text.isEmpty() && offset > textLen) {
            offset = TracebackText.len(rtext) + 1;
        }
        if (!text.isEmpty() && endOffset > textLen) {
            endOffset = TracebackText.len(rtext) + 1;
        }
        if (offset >= endOffset || endOffset < 0) {
            endOffset = offset + 1;
        }
        long colno = offset - 1 - spaces;
        long endColno = endOffset - 1 - spaces;
        if (colno < 0) {
            out.append("    ").append(ltext).append('\n');
            return;
        }
        // Tabs and other white space before the error are kept so that the carets line up.
        StringBuilder caretspace = new StringBuilder();
        int col = (int) Math.min(colno, Integer.MAX_VALUE);
        String before = TracebackText.slice(ltext, 0, col);
        before.codePoints().forEach(c -> caretspace.appendCodePoint(TracebackText.isSpace(c) ? c : ' '));
        String carets = "^".repeat((int) Math.min(MAX_CARETS, Math.max(0, endColno - colno)));
        if (colorize) {
            int endCol = (int) Math.min(endColno, Integer.MAX_VALUE);
            out.append("    ").append(before).append(TracebackColors.BOLD_RED).append(TracebackText.slice(ltext, col, endCol))
                    .append(TracebackColors.RESET).append(TracebackText.slice(ltext, endCol, Integer.MAX_VALUE)).append('\n');
            out.append("    ").append(caretspace).append(TracebackColors.BOLD_RED).append(carets)
                    .append(TracebackColors.RESET).append('\n');
        } else {
            out.append("    ").append(ltext).append('\n');
            out.append("    ").append(caretspace).append(carets).append('\n');
        }
    }
}
