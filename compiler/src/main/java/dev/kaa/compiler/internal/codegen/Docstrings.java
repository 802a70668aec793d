package dev.kaa.compiler.internal.codegen;

import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.Stmt;
import java.util.List;

/**
 * Finds docstrings and cleans them as CPython 3.13's compiler does: tabs expanded, the common
 * indentation of the lines after the first removed, and the first line's leading spaces removed
 * (gh-81283; unlike {@code inspect.cleandoc}, blank lines at either end are kept).
 *
 * <p>Thread safety: stateless.
 */
final class Docstrings {
    private Docstrings() {}

    /** The docstring of a body: its first statement if that is a string constant; else null. */
    static String of(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.Expr e
                && e.value() instanceof Expr.Constant c && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    /** The docstring as the compiler stores it. */
    static String clean(String doc) {
        String text = expandTabs(doc);
        String[] lines = text.split("\n", -1);
        int margin = Integer.MAX_VALUE;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int spaces = 0;
            while (spaces < line.length() && line.charAt(spaces) == ' ') {
                spaces++;
            }
            if (spaces < line.length()) {
                margin = Math.min(margin, spaces);
            }
        }
        if (margin == Integer.MAX_VALUE) {
            margin = 0;
        }
        StringBuilder sb = new StringBuilder(text.length());
        sb.append(stripLeadingSpaces(lines[0]));
        for (int i = 1; i < lines.length; i++) {
            sb.append('\n');
            String line = lines[i];
            int cut = 0;
            while (cut < margin && cut < line.length() && line.charAt(cut) == ' ') {
                cut++;
            }
            sb.append(line, cut, line.length());
        }
        return sb.toString();
    }

    private static String stripLeadingSpaces(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return s.substring(i);
    }

    /** {@code str.expandtabs()} with tab size 8. */
    private static String expandTabs(String s) {
        if (s.indexOf('\t') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\t') {
                int n = 8 - col % 8;
                sb.append(" ".repeat(n));
                col += n;
            } else {
                sb.append(ch);
                col = ch == '\n' || ch == '\r' ? 0 : col + 1;
            }
        }
        return sb.toString();
    }
}
