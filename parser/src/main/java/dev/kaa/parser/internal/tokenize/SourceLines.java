package dev.kaa.parser.internal.tokenize;

/**
 * The source text split into lines, with conversions between Java {@code char} indices and the
 * UTF-8 byte columns CPython's positions use. Lines end at {@code '\n'}; the tokenizer has already
 * turned {@code "\r\n"} and {@code '\r'} into {@code '\n'} as CPython's universal newlines do.
 *
 * <p>Thread safety: immutable after construction.
 */
final class SourceLines {
    private final String text;
    /** {@code starts[i]} is the char index where line {@code i + 1} begins; one extra entry at the end. */
    private final int[] starts;
    /** Whether a line is pure ASCII, so that byte and char columns agree. */
    private final boolean[] ascii;
    private final int count;

    SourceLines(String text) {
        this.text = text;
        int n = 1;
        for (int i = 0, len = text.length(); i < len; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        starts = new int[n + 1];
        ascii = new boolean[n];
        int line = 0;
        boolean pure = true;
        for (int i = 0, len = text.length(); i < len; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                pure = false;
            } else if (c == '\n') {
                ascii[line] = pure;
                starts[++line] = i + 1;
                pure = true;
            }
        }
        ascii[line] = pure;
        starts[n] = text.length();
        count = n;
    }

    /** The number of lines (a text ending with a line end has an empty last line). */
    int count() {
        return count;
    }

    /** The char index where line {@code lineno} (from 1) starts. */
    int start(int lineno) {
        return starts[Math.min(Math.max(lineno, 1), count) - 1];
    }

    /** The char index just past line {@code lineno}, its line end included. */
    int end(int lineno) {
        return starts[Math.min(Math.max(lineno, 1), count)];
    }

    /** Line {@code lineno} with its line end, or {@code ""} outside the text. */
    String line(int lineno) {
        if (lineno < 1 || lineno > count) {
            return "";
        }
        return text.substring(starts[lineno - 1], starts[lineno]);
    }

    /** The UTF-8 byte column of char index {@code index} on line {@code lineno}. */
    int byteCol(int lineno, int index) {
        int start = starts[lineno - 1];
        if (ascii[lineno - 1]) {
            return index - start;
        }
        return utf8Length(text, start, index);
    }

    /** The code point column (from 0) of char index {@code index} on line {@code lineno}. */
    int charCol(int lineno, int index) {
        int start = starts[lineno - 1];
        if (ascii[lineno - 1] || index <= start) {
            return index - start;
        }
        return text.codePointCount(start, Math.min(index, text.length()));
    }

    /** The char index of UTF-8 byte column {@code col} on line {@code lineno}, clamped to the line. */
    int index(int lineno, int col) {
        if (lineno < 1) {
            return 0;
        }
        if (lineno > count) {
            return text.length();
        }
        int start = starts[lineno - 1];
        int end = starts[lineno];
        if (ascii[lineno - 1]) {
            return Math.min(start + Math.max(col, 0), end);
        }
        int bytes = 0;
        int i = start;
        while (i < end && bytes < col) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i += 2;
            } else {
                bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
                i++;
            }
        }
        return i;
    }

    /** The number of bytes UTF-8 needs for {@code s[from:to]}. */
    static int utf8Length(CharSequence s, int from, int to) {
        int bytes = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
