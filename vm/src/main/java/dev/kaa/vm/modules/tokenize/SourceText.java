package dev.kaa.vm.modules.tokenize;

import java.util.ArrayList;
import java.util.List;

/**
 * The source text read from a {@code readline} callable, split into physical lines as Kaa's
 * tokenizer counts them (a line ends with {@code \n}, {@code \r\n} or a lone {@code \r}),
 * each kept with its own line end so that tokens show the text exactly as read.
 *
 * <p>Thread safety: immutable after construction.
 */
final class SourceText {
    final String text;
    private final List<String> lines = new ArrayList<>();

    SourceText(String text) {
        this.text = text;
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(text.substring(start));
        }
    }

    /** The number of physical lines. */
    int count() {
        return lines.size();
    }

    /** Line {@code lineno} (from 1) with its line end, or "" past the end. */
    String line(int lineno) {
        return lineno >= 1 && lineno <= lines.size() ? lines.get(lineno - 1) : "";
    }

    /** Lines {@code first} to {@code last}, joined. */
    String lines(int first, int last) {
        if (first == last) {
            return line(first);
        }
        StringBuilder sb = new StringBuilder();
        for (int l = first; l <= last; l++) {
            sb.append(line(l));
        }
        return sb.toString();
    }

    /** The line end of line {@code lineno} ("" for a last line without one). */
    String lineEnd(int lineno) {
        String s = line(lineno);
        if (s.endsWith("\r\n")) {
            return "\r\n";
        }
        return s.endsWith("\n") || s.endsWith("\r") ? s.substring(s.length() - 1) : "";
    }

    /** The text from code point column {@code col} of {@code line} to {@code endCol} of {@code endLine}. */
    String slice(int line, int col, int endLine, int endCol) {
        if (line == endLine) {
            String s = line(line);
            int from = index(s, col);
            int to = index(s, endCol);
            return to <= from ? "" : s.substring(from, to);
        }
        StringBuilder sb = new StringBuilder();
        String s = line(line);
        sb.append(s, index(s, col), s.length());
        for (int l = line + 1; l < endLine; l++) {
            sb.append(line(l));
        }
        String e = line(endLine);
        sb.append(e, 0, index(e, endCol));
        return sb.toString();
    }

    /** The char index of code point column {@code col} in {@code s}, clamped to its length. */
    private static int index(String s, int col) {
        int i = 0;
        for (int k = 0; k < col && i < s.length(); k++) {
            i += Character.charCount(s.codePointAt(i));
        }
        return i;
    }
}
