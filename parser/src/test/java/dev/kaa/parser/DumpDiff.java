package dev.kaa.parser;

import java.util.List;

/**
 * The first difference between two {@code ast.dump(…, indent=1)} texts, shown readably: the
 * line number, a few lines of context above (which name the enclosing nodes) and the two
 * differing lines.
 *
 * <p>Thread safety: stateless.
 */
final class DumpDiff {

    private static final int CONTEXT = 4;

    private DumpDiff() {}

    /** The first differing line of {@code expected} (CPython's) and {@code actual} (Kaa's). */
    static String first(String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        int n = Math.min(e.size(), a.size());
        int i = 0;
        while (i < n && e.get(i).equals(a.get(i))) {
            i++;
        }
        if (i == n && e.size() == a.size()) {
            return "(dumps with indent=1 are equal)";
        }
        StringBuilder sb = new StringBuilder("first difference at dump line ").append(i + 1).append(":\n");
        for (int j = Math.max(0, i - CONTEXT); j < i; j++) {
            sb.append("    ").append(clip(e.get(j))).append('\n');
        }
        sb.append("  - ").append(i < e.size() ? clip(e.get(i)) : "(end)").append("   (CPython)\n");
        sb.append("  + ").append(i < a.size() ? clip(a.get(i)) : "(end)").append("   (Kaa)");
        return sb.toString();
    }

    /**
     * A short name for what differs, from a text made by {@link #first}: the field on the
     * differing line ({@code end_col_offset}, {@code kind}, {@code value}…) or the node name.
     */
    static String category(String diff) {
        int at = diff.indexOf("\n  - ");
        if (at < 0) {
            return "?";
        }
        String line = diff.substring(at + 5, diff.indexOf('\n', at + 5)).strip();
        int eq = line.indexOf('=');
        int paren = line.indexOf('(');
        if (eq > 0 && (paren < 0 || eq < paren)) {
            return line.substring(0, eq) + "=";
        }
        return paren > 0 ? line.substring(0, paren) + "(" : line.length() > 30 ? line.substring(0, 30) : line;
    }

    private static String clip(String line) {
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
