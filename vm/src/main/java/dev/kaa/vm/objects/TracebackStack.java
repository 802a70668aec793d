package dev.kaa.vm.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The frames part of a traceback, as CPython's {@code traceback.StackSummary}: one
 * {@code File "…", line N, in name} entry per frame with its source lines and location markers,
 * and runs of more than three identical entries collapsed to
 * {@code [Previous line repeated N more times]}.
 *
 * <p>Thread safety: confined (made and used by one formatting call).
 */
final class TracebackStack {
    /** Entries beyond this many identical ones in a row are counted, not shown. */
    private static final int RECURSIVE_CUTOFF = 3;

    /**
     * One frame: lines and columns as {@code co_positions()} gives them (null when unknown;
     * columns in UTF-8 bytes).
     */
    record Entry(String filename, Integer lineno, Integer endLineno, Integer colno, Integer endColno, String name) {}

    private final List<Entry> entries;
    private final TracebackSource source;

    private TracebackStack(List<Entry> entries, TracebackSource source) {
        this.entries = entries;
        this.source = source;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * The entries of traceback {@code tb} (outermost first). {@code limit}, when not null, keeps
     * the last frames as the default {@code sys.excepthook} does with {@code sys.tracebacklimit}.
     */
    static TracebackStack of(PyTraceback tb, Integer limit, TracebackSource source) {
        List<Entry> all = new ArrayList<>();
        for (PyTraceback t = tb; t != null; t = t.next()) {
            all.add(entry(t));
        }
        if (limit != null) {
            int keep = Math.max(limit, 0);
            // CPython slices frames[len - limit:]; a limit above the depth makes that index
            // negative, which counts from the end: reproduced as it is.
            int from = all.size() - keep;
            if (from < 0) {
                from = Math.max(0, all.size() + from);
            }
            all = new ArrayList<>(all.subList(from, all.size()));
        }
        return new TracebackStack(all, source);
    }

    private static Entry entry(PyTraceback t) {
        String filename = "<unknown>", name = "<unknown>";
        int[] pos = null;
        if (t.frame() instanceof TracebackFrame f) {
            filename = f.filename();
            name = f.name();
            try {
                pos = t.lasti() < 0 ? null : f.positions(t.lasti());
            } catch (RuntimeException e) {
                pos = null;   // an offset outside the code: only the line number is known
            }
            if (pos != null && pos.length < 4) {
                pos = null;
            }
        }
        Integer lineno = pos == null || pos[0] < 0 ? (t.lineno() < 0 ? null : t.lineno()) : Integer.valueOf(pos[0]);
        Integer endLineno = pos == null || pos[1] < 0 ? null : pos[1];
        Integer col = pos == null || pos[2] < 0 ? null : pos[2];
        Integer endCol = pos == null || pos[3] < 0 ? null : pos[3];
        return new Entry(filename, lineno, endLineno == null ? lineno : endLineno, col, endCol, name);
    }

    /** {@code StackSummary.format()}, joined. */
    String format() {
        return format(false);
    }

    /** {@code StackSummary.format(colorize=...)}, joined. */
    String format(boolean colorize) {
        StringBuilder out = new StringBuilder();
        Entry last = null;
        int count = 0;
        for (Entry e : entries) {
            if (last == null || !last.filename.equals(e.filename) || e.lineno == null || last.lineno == null
                    || !last.lineno.equals(e.lineno) || !last.name.equals(e.name)) {
                repeated(out, count);
                last = e;
                count = 0;
            }
            count++;
            // CPython formats every entry, then drops the repeated ones; formatting only the
            // shown ones prints the same and spares a deep recursion's thousand parses.
            if (count <= RECURSIVE_CUTOFF) {
                out.append(formatEntry(e, colorize));
            }
        }
        repeated(out, count);
        return out.toString();
    }

    private static void repeated(StringBuilder out, int count) {
        if (count > RECURSIVE_CUTOFF) {
            int n = count - RECURSIVE_CUTOFF;
            out.append("  [Previous line repeated ").append(n).append(" more time").append(n > 1 ? "s" : "")
                    .append("]\n");
        }
    }

    /** The source lines lineno..end_lineno, right-stripped, each ending in "\n" ({@code FrameSummary._lines}). */
    private String originalLines(Entry e) {
        if (e.lineno == null || e.endLineno == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int n = e.lineno; n <= e.endLineno; n++) {
            if (n > e.lineno) {
                sb.append('\n');
            }
            sb.append(TracebackText.rstrip(source.line(e.filename, n)));
        }
        return sb.append('\n').toString();
    }

    /** {@code StackSummary.format_frame_summary}. */
    String formatEntry(Entry e, boolean colorize) {
        String filename = e.filename.startsWith("<stdin>-") ? "<stdin>" : e.filename;
        String lineno = e.lineno == null ? "None" : e.lineno.toString();
        StringBuilder row = new StringBuilder();
        if (colorize) {
            row.append("  File ").append(TracebackColors.MAGENTA).append('"').append(filename).append('"').append(TracebackColors.RESET)
                    .append(", line ").append(TracebackColors.MAGENTA).append(lineno).append(TracebackColors.RESET)
                    .append(", in ").append(TracebackColors.MAGENTA).append(e.name).append(TracebackColors.RESET).append('\n');
        } else {
            row.append("  File \"").append(filename).append("\", line ").append(lineno)
                    .append(", in ").append(e.name).append('\n');
        }
        String original = originalLines(e);
        if (original == null) {
            return row.toString();
        }
        String dedented = TracebackText.dedent(original);
        if (TracebackText.strip(dedented).isEmpty()) {
            return row.toString();
        }
        if (e.colno == null || e.endColno == null) {
            String first = TracebackText.strip(original.substring(0, original.indexOf('\n')));
            return row.append(first.isEmpty() ? "" : "    " + first).append('\n').toString();
        }
        String shown;
        try {
            shown = formatWithMarkers(e, original, dedented, colorize);
        } catch (RuntimeException x) {
            // Positions that do not fit the file (it changed since it was compiled): show the line.
            shown = "    " + TracebackText.strip(original.substring(0, original.indexOf('\n'))) + "\n";
        }
        return row.append(shown).toString();
    }

    private String formatWithMarkers(Entry e, String original, String dedented, boolean colorize) {
        List<String> originalLines = TracebackText.splitlines(original, false);
        String firstLine = originalLines.get(0);
        String lastLine = originalLines.get(e.endLineno - e.lineno);
        int start = TracebackText.byteToCharOffset(firstLine, e.colno);
        int end = TracebackText.byteToCharOffset(lastLine, e.endColno);
        List<String> all = TracebackText.splitlines(dedented, false);
        all = new ArrayList<>(all.subList(0, Math.min(all.size(), e.endLineno - e.lineno + 1)));
        int dedent = TracebackText.len(firstLine) - TracebackText.len(all.get(0));
        start = Math.max(0, start - dedent);
        end = Math.max(0, end - dedent);
        String lastShown = all.get(all.size() - 1);
        int dpStart = TracebackText.displayWidth(all.get(0), start);
        int dpEnd = TracebackText.displayWidth(lastShown, end);
        String joined = String.join("\n", all);
        String segment = TracebackText.slice(joined, start,
                TracebackText.len(joined) - (TracebackText.len(lastShown) - end));
        TracebackCarets.Anchors anchors = TracebackCarets.anchors(segment);
        boolean show = TracebackCarets.shouldShow(start, end, all, anchors);
        Markers m = new Markers(all, anchors, show, dpStart, dpEnd, start, colorize);
        return TracebackText.indentAll(TracebackText.dedent(m.render()), "    ");
    }

    /** The shown lines of one entry with their marker lines. */
    private static final class Markers {
        private final List<String> lines;
        private final TracebackCarets.Anchors anchors;
        private final boolean show, colorize;
        private final int dpStart, dpEnd;
        private int leftEnd, rightStart;
        private char primary = '^', secondary = '^';
        private final StringBuilder out = new StringBuilder();

        Markers(List<String> lines, TracebackCarets.Anchors anchors, boolean show, int dpStart, int dpEnd, int start,
                boolean colorize) {
            this.lines = lines;
            this.colorize = colorize;
            this.anchors = anchors;
            this.show = show;
            this.dpStart = dpStart;
            this.dpEnd = dpEnd;
            if (anchors != null) {
                int l = anchors.leftEndOffset() + (anchors.leftEndLine() == 0 ? start : 0);
                int r = anchors.rightStartOffset() + (anchors.rightStartLine() == 0 ? start : 0);
                leftEnd = TracebackText.displayWidth(lines.get(anchors.leftEndLine()), l);
                rightStart = TracebackText.displayWidth(lines.get(anchors.rightStartLine()), r);
                primary = anchors.primary();
                secondary = anchors.secondary();
            }
        }

        String render() {
            // The first and last lines, and the lines around the anchors; gaps abbreviated.
            TreeSet<Integer> significant = new TreeSet<>(List.of(0, lines.size() - 1));
            if (anchors != null) {
                for (int d = -1; d <= 1; d++) {
                    significant.add(anchors.leftEndLine() + d);
                    significant.add(anchors.rightStartLine() + d);
                }
            }
            significant.remove(-1);
            significant.remove(lines.size());
            Integer previous = null;
            for (int lineno : significant) {
                if (previous != null) {
                    int diff = lineno - previous;
                    if (diff == 2) {
                        line(lineno - 1);
                    } else if (diff > 2) {
                        out.append("...<").append(diff - 1).append(" lines>...\n");
                    }
                }
                line(lineno);
                previous = lineno;
            }
            return out.toString();
        }

        private void line(int lineno) {
            String text = lines.get(lineno);
            if (!show) {
                out.append(text).append('\n');
                return;
            }
            StringBuilder carets = new StringBuilder();
            int spaces = TracebackText.len(text) - TracebackText.len(TracebackText.lstrip(text));
            int n = lineno == lines.size() - 1 ? dpEnd : TracebackText.displayWidth(text);
            for (int col = 0; col < n; col++) {
                if (col < spaces || lineno == 0 && col < dpStart) {
                    carets.append(' ');
                } else if (anchors != null
                        && (lineno > anchors.leftEndLine() || lineno == anchors.leftEndLine() && col >= leftEnd)
                        && (lineno < anchors.rightStartLine() || lineno == anchors.rightStartLine() && col < rightStart)) {
                    carets.append(secondary);
                } else {
                    carets.append(primary);
                }
            }
            if (colorize) {
                TracebackColors.markLine(text + "\n", carets.toString(), out);
            } else {
                out.append(text).append('\n').append(carets).append('\n');
            }
        }
    }
}