package dev.kaa.vm.objects;

/**
 * The ANSI colours of Python 3.13's tracebacks on a terminal ({@code _colorize.ANSIColors}), and
 * the colouring of a source line by the markers under it: {@code ^} spans bold red, {@code ~}
 * spans red, in the line and in the marker line alike.
 *
 * <p>Thread safety: stateless.
 */
final class TracebackColors {
    private TracebackColors() {}

    static final String BOLD_MAGENTA = "\u001b[1;35m", BOLD_RED = "\u001b[1;31m", MAGENTA = "\u001b[35m",
            RED = "\u001b[31m", RESET = "\u001b[0m";

    /**
     * Appends {@code line} (with its newline) and {@code carets} coloured position by position,
     * as {@code itertools.groupby(zip_longest(line, carets))} pairs them: code point i of the line
     * with marker i, runs of one marker character coloured together.
     */
    static void markLine(String line, String carets, StringBuilder out) {
        int[] cps = line.codePoints().toArray();
        int n = Math.max(cps.length, carets.length());
        StringBuilder lineOut = new StringBuilder(), caretOut = new StringBuilder();
        int i = 0;
        while (i < n) {
            int key = i < carets.length() ? carets.charAt(i) : -1;
            StringBuilder chars = new StringBuilder(), marks = new StringBuilder();
            while (i < n && (i < carets.length() ? carets.charAt(i) : -1) == key) {
                if (i < cps.length) {
                    chars.appendCodePoint(cps[i]);
                }
                if (key >= 0) {
                    marks.append((char) key);
                }
                i++;
            }
            String colour = key == '^' ? BOLD_RED : key == '~' ? RED : null;
            if (colour == null) {
                lineOut.append(chars);
                caretOut.append(marks);
            } else {
                lineOut.append(colour).append(chars).append(RESET);
                caretOut.append(colour).append(marks).append(RESET);
            }
        }
        out.append(lineOut).append(caretOut).append('\n');
    }
}
