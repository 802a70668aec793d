package dev.kaa.vm.objects;

import dev.kaa.parser.ParseMode;
import dev.kaa.parser.PythonParser;
import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.Mod;
import dev.kaa.parser.ast.Stmt;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Where the location markers under a traceback's source line go (Python 3.11+): whether to
 * show them at all, and for a binary operation, a subscript or a call, the span of the
 * operator or the brackets that gets {@code ^} while the rest of the expression gets {@code ~}.
 * The source segment is parsed with Kaa's parser, as CPython's {@code traceback} module parses
 * it with {@code ast}; any failure means "no anchors".
 *
 * <p>Thread safety: stateless (the parser is stateless).
 */
final class TracebackCarets {
    private TracebackCarets() {}

    /** The anchor span in segment coordinates (line index, code point column), and the two marker characters. */
    record Anchors(int leftEndLine, int leftEndOffset, int rightStartLine, int rightStartOffset,
            char primary, char secondary) {}

    private static final class ParserHolder {
        static final PythonParser PARSER = load();

        private static PythonParser load() {
            try {
                return PythonParser.load(null);
            } catch (RuntimeException | java.util.ServiceConfigurationError e) {
                return null;
            }
        }
    }

    /** Parses {@code source} as a module; null on any error. */
    private static List<Stmt> parse(String source) {
        PythonParser p = ParserHolder.PARSER;
        if (p == null) {
            return null;
        }
        try {
            return ((Mod.Module) p.parse(source, "<unknown>", ParseMode.EXEC)).body();
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    /** {@code traceback._extract_caret_anchors_from_line_segment}, or null. */
    static Anchors anchors(String segment) {
        List<Stmt> body = parse("(\n" + segment + "\n)");
        if (body == null || body.size() != 1 || !(body.get(0) instanceof Stmt.Expr stmt)) {
            return null;
        }
        try {
            return new Finder(TracebackText.splitlines(segment, false)).find(stmt.value());
        } catch (RuntimeException e) {
            // CPython suppresses any exception of the anchor search (an assertion, an index error).
            return null;
        }
    }

    /** CPython's assertion failure inside the anchor search: give up on anchors. */
    private static final class NoAnchor extends RuntimeException {
        NoAnchor() {
            super(null, null, false, false);
        }
    }

    /** The anchor search over the segment's lines (line 0 is the segment's first). */
    private static final class Finder {
        private final List<String> lines;

        Finder(List<String> lines) {
            this.lines = lines;
        }

        private String line(int i) {
            return lines.get(i < 0 ? i + lines.size() : i);
        }

        Anchors find(Expr expr) {
            if (expr instanceof Expr.BinOp b) {
                int[] p = endOf(b.left(), true);
                p = until(p[0], p[1], ch -> !TracebackText.isSpace(ch) && ch != ')');
                int lineno = p[0], col = p[1];
                int rightCol = col + 1;
                String text = line(lineno);
                if (rightCol < TracebackText.len(text)
                        && (b.right().pos().lineno() - 2 > lineno
                            || rightCol < normalize(b.right().pos().lineno() - 2, b.right().pos().col_offset()))) {
                    int ch = TracebackText.at(text, rightCol);
                    if (!TracebackText.isSpace(ch) && ch != '\\' && ch != '#') {
                        rightCol++;
                    }
                }
                return new Anchors(lineno, col, lineno, rightCol, '~', '^');
            }
            Expr inner;
            int open;
            if (expr instanceof Expr.Subscript s) {
                inner = s.value();
                open = '[';
            } else if (expr instanceof Expr.Call c) {
                inner = c.func();
                open = '(';
            } else {
                return null;
            }
            int[] left = endOf(inner, true);
            left = until(left[0], left[1], ch -> ch == open);
            int[] right = endOf(expr, false);
            return new Anchors(left[0], left[1], right[0], right[1], '~', '^');
        }

        private int normalize(int lineno, int byteOffset) {
            return TracebackText.byteToCharOffset(line(lineno), byteOffset);
        }

        private int[] nextValid(int lineno, int col) {
            while (lineno < lines.size() && col >= TracebackText.len(lines.get(lineno))) {
                col = 0;
                lineno++;
            }
            if (!(lineno < lines.size() && col < TracebackText.len(lines.get(lineno)))) {
                throw new NoAnchor();
            }
            return new int[] {lineno, col};
        }

        /** The first character at or after (lineno, col) satisfying {@code stop}, skipping comments and continuations. */
        private int[] until(int lineno, int col, IntPredicate stop) {
            while (true) {
                int ch = TracebackText.at(line(lineno), col);
                int[] p;
                if (ch == '\\' || ch == '#') {
                    p = nextValid(lineno + 1, 0);
                } else if (!stop.test(ch)) {
                    p = nextValid(lineno, col + 1);
                } else {
                    return new int[] {lineno, col};
                }
                lineno = p[0];
                col = p[1];
            }
        }

        /** The end of {@code e} in segment coordinates (the parse added one line before it). */
        private int[] endOf(Expr e, boolean forceValid) {
            int lineno = e.pos().end_lineno() - 2;
            int col = normalize(lineno, e.pos().end_col_offset());
            return forceValid ? nextValid(lineno, col) : new int[] {lineno, col};
        }
    }

    /**
     * {@code StackSummary._should_show_carets}: no markers when they would underline a whole
     * line, or a whole {@code return f(...)}/{@code x = f(...)} call.
     */
    static boolean shouldShow(int startOffset, int endOffset, List<String> allLines, Anchors anchors) {
        List<Stmt> body = parse(String.join("\n", allLines));
        if (body != null) {
            if (body.isEmpty()) {
                return false;
            }
            Expr.Call value = null;
            if (body.get(0) instanceof Stmt.Return r && r.value() instanceof Expr.Call c && c.func() instanceof Expr.Name) {
                value = c;
            } else if (body.get(0) instanceof Stmt.Assign a && a.value() instanceof Expr.Call c
                    && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name) {
                value = c;
            }
            // CPython compares the node's byte columns with these character offsets; so do we.
            if (value != null && value.pos().lineno() == 1 && value.pos().end_lineno() == allLines.size()
                    && value.pos().col_offset() == startOffset && value.pos().end_col_offset() == endOffset) {
                return false;
            }
        }
        if (anchors != null) {
            return true;
        }
        String first = allLines.get(0), last = allLines.get(allLines.size() - 1);
        return !TracebackText.lstrip(TracebackText.slice(first, 0, startOffset)).isEmpty()
                || !TracebackText.rstrip(TracebackText.slice(last, endOffset, Integer.MAX_VALUE)).isEmpty();
    }
}
