package dev.kaa.parser;

/**
 * What any {@link PySyntaxError} must satisfy, whatever the input: a kind and a message, the
 * filename it was given, a line inside the source (or 0, which CPython uses for errors of the
 * whole file such as an unknown encoding), offsets that are not negative (CPython's -1 only
 * with line 0) and an end that does not come before the start.
 *
 * <p>Thread safety: stateless.
 */
final class SyntaxErrorSanity {

    private SyntaxErrorSanity() {}

    /** What is wrong with {@code e}, raised for {@code source} parsed as {@code filename}, or null. */
    static String check(PySyntaxError e, String filename, byte[] source) {
        int lines = lineCount(source);
        if (e.kind() == null) {
            return "no kind: " + e;
        }
        if (e.msg() == null || e.msg().isEmpty()) {
            return "no message: " + e;
        }
        if (!filename.equals(e.filename())) {
            return "filename " + e.filename() + " instead of " + filename;
        }
        if (e.lineno() < 0 || e.lineno() > lines + 1) {
            return "lineno " + e.lineno() + " outside the " + lines + " lines: " + e;
        }
        if (e.offset() < (e.lineno() == 0 ? -1 : 0)) {
            return "offset " + e.offset() + ": " + e;
        }
        if (e.endLineno() > 0 && e.endLineno() < e.lineno()) {
            return "end_lineno " + e.endLineno() + " before lineno " + e.lineno() + ": " + e;
        }
        if (e.endLineno() == e.lineno() && e.endOffset() > 0 && e.endOffset() < e.offset()) {
            return "end_offset " + e.endOffset() + " before offset " + e.offset() + ": " + e;
        }
        return null;
    }

    /** The number of lines, counting {@code \n}, {@code \r\n} and a lone {@code \r} as line ends. */
    static int lineCount(byte[] source) {
        int lines = 1;
        for (int i = 0; i < source.length; i++) {
            if (source[i] == '\n' || source[i] == '\r' && (i + 1 == source.length || source[i + 1] != '\n')) {
                lines++;
            }
        }
        return lines;
    }
}
