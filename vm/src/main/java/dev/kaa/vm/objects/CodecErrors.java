package dev.kaa.vm.objects;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Codec error handling: what an encoder or decoder does with input it cannot convert, by the
 * name of the error handler ({@code errors}). The built-in handlers run inline, without making
 * an exception object; any other name is looked up in the registry ({@link Codecs#lookupError})
 * and called with a {@code UnicodeEncodeError}/{@code UnicodeDecodeError}, whose answer
 * {@code (replacement, new position)} is checked as CPython checks it.
 *
 * <p>The Python-visible built-in handlers ({@code codecs.strict_errors} …) are here too
 * ({@link #builtinHandler}): they compute the same replacements from an exception object.
 *
 * <p>Thread safety: a {@link Decoding} or {@link Encoding} belongs to one call on one thread;
 * the static methods are stateless.
 */
public final class CodecErrors {
    private CodecErrors() {}

    /** What an error handler gives an encoder: text the codec must encode, or bytes as they are, and where to resume. */
    public record Replacement(String text, byte[] bytes, int next) {}

    // ---- decoding ------------------------------------------------------------------------------

    /**
     * Thrown by {@link Decoding#handle} when an error handler gave the exception a new
     * {@code object}: as in CPython, decoding goes on in that input from the handler's position.
     * Each decoder's entry point catches it and decodes the rest ({@code text} is the output so far).
     */
    public static final class InputReplaced extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public final String text;
        public final byte[] data;
        public final int position;

        InputReplaced(String text, byte[] data, int position) {
            super(null, null, false, false);
            this.text = text;
            this.data = data;
            this.position = position;
        }
    }

    /** The error handling of one decode call over {@code data[offset, offset + length)}. */
    public static final class Decoding {
        private final String encoding;
        private final String errors;
        private final byte[] data;
        private final int offset, length;
        /**
         * True for the codecs whose surrogateescape escapes exactly the bytes in error (UTF-8 and
         * ASCII in CPython); the generic handler escapes up to 4 bytes from the start instead.
         */
        private final boolean escapeRange;
        private ExcUnicodeError exc;
        /** The bytes object the exception was made with, to notice a handler replacing it. */
        private PyBytes object;

        public Decoding(String encoding, String errors, byte[] data, int offset, int length, boolean escapeRange) {
            this.encoding = encoding;
            this.errors = errors == null ? "strict" : errors;
            this.data = data;
            this.offset = offset;
            this.length = length;
            this.escapeRange = escapeRange;
        }

        public Decoding(String encoding, String errors, byte[] data, int offset, int length) {
            this(encoding, errors, data, offset, length, false);
        }

        public String errors() {
            return errors;
        }

        /**
         * Handles the bytes {@code [start, end)} (relative to the offset): appends the
         * replacement to {@code sb} and answers the relative position to resume at.
         */
        public int handle(StringBuilder sb, int start, int end, String reason) {
            switch (errors) {
                case "strict" -> throw error(start, end, reason);
                case "ignore" -> {
                    return end;
                }
                case "replace" -> {
                    sb.append('\uFFFD');
                    return end;
                }
                case "backslashreplace" -> {
                    for (int k = start; k < end; k++) {
                        hexEscape(sb, data[offset + k] & 0xFF, 2);
                    }
                    return end;
                }
                case "surrogateescape" -> {
                    if (escapeRange) {
                        for (int k = start; k < end; k++) {
                            if ((data[offset + k] & 0xFF) < 0x80) {
                                throw error(start, end, reason);
                            }
                        }
                        for (int k = start; k < end; k++) {
                            sb.append((char) (0xDC00 + (data[offset + k] & 0xFF)));
                        }
                        return end;
                    }
                    int n = escapeBytes(sb, data, offset + start, offset + Math.min(end, length));
                    if (n == 0) {
                        throw error(start, end, reason);
                    }
                    return start + n;
                }
                case "surrogatepass" -> {
                    int n = passSurrogate(sb, encoding, data, offset + start, offset + length);
                    if (n == 0) {
                        throw error(start, end, reason);
                    }
                    return start + n;
                }
                default -> {
                    return callHandler(sb, start, end, reason);
                }
            }
        }

        /** The {@code UnicodeDecodeError} of bytes {@code [start, end)}, ready to throw. */
        public PyException error(int start, int end, String reason) {
            return new PyException(exception(start, end, reason));
        }

        private ExcUnicodeError exception(int start, int end, String reason) {
            if (exc == null) {
                object = new PyBytes(Arrays.copyOfRange(data, offset, offset + length));
                exc = (ExcUnicodeError) PyBaseException.create(Exceptions.UnicodeDecodeError, PyStr.of(encoding),
                        object, PyInt.of(start), PyInt.of(end), PyStr.of(reason));
            } else {
                // CPython reuses one exception per call, updating its range and reason.
                exc.start = start;
                exc.end = end;
                exc.reason = PyStr.of(reason);
            }
            return exc;
        }

        private int callHandler(StringBuilder sb, int start, int end, String reason) {
            Object handler = Codecs.lookupError(errors);
            Object r = Abstract.call(handler, exception(start, end, reason));
            if (!(r instanceof PyTuple t) || t.size() != 2 || !(t.get(0) instanceof PyStr rep)) {
                throw PyErr.typeError("decoding error handler must return (str, int) tuple");
            }
            long pos = ssize(t.get(1));
            // The handler may have given the exception other input to go on with.
            if (!(exc.object instanceof PyBytes input)) {
                throw PyErr.typeError("object attribute must be bytes");
            }
            int size = input.data.length;
            if (pos < 0) {
                pos += size;
            }
            if (pos < 0 || pos > size) {
                throw PyErr.indexError("position %d from error handler out of bounds", pos);
            }
            sb.append(rep.value);
            if (input != object) {
                throw new InputReplaced(sb.toString(), input.data, (int) pos);
            }
            return (int) pos;
        }
    }

    /** A Py_ssize_t from an index, with CPython's overflow message. */
    static long ssize(Object o) {
        PyInt i = Abstract.index(o);
        if (!i.isLong()) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    /** surrogateescape's decoding: up to 4 bytes from {@code from} (before {@code limit}) that are 0x80 or more; the count. */
    private static int escapeBytes(StringBuilder sb, byte[] data, int from, int limit) {
        int n = 0;
        while (n < 4 && from + n < limit && (data[from + n] & 0xFF) >= 0x80) {
            sb.append((char) (0xDC00 + (data[from + n] & 0xFF)));
            n++;
        }
        return n;
    }

    /** Byte length of one surrogate in an encoding surrogatepass knows; 0 for others. */
    private static int surrogateWidth(String encoding) {
        return switch (standardName(encoding)) {
            case "utf-8" -> 3;
            case "utf-16", "utf-16-le", "utf-16-be" -> 2;
            case "utf-32", "utf-32-le", "utf-32-be" -> 4;
            default -> 0;
        };
    }

    private static boolean bigEndian(String encoding) {
        return standardName(encoding).endsWith("-be");
    }

    /** The names surrogatepass recognises: lower case, '_' as '-', "utf8" as "utf-8". */
    private static String standardName(String encoding) {
        String n = encoding.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        if (n.equals("cp-utf8")) {
            return "utf-8";
        }
        if (n.startsWith("utf") && n.length() > 3 && n.charAt(3) != '-') {
            n = "utf-" + n.substring(3);
        }
        if (n.matches("utf-(16|32)(le|be)")) {
            n = n.substring(0, 6) + "-" + n.substring(6);
        }
        return n;
    }

    /** surrogatepass's decoding: one surrogate at {@code from} in the encoding; the bytes used (0 when none). */
    private static int passSurrogate(StringBuilder sb, String encoding, byte[] data, int from, int limit) {
        int width = surrogateWidth(encoding);
        if (width == 0 || limit - from < width) {
            return 0;
        }
        int cp;
        if (width == 3) {
            int b0 = data[from] & 0xFF, b1 = data[from + 1] & 0xFF, b2 = data[from + 2] & 0xFF;
            if ((b0 & 0xF0) != 0xE0 || (b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) {
                return 0;
            }
            cp = (b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F);
        } else {
            boolean big = bigEndian(encoding);
            cp = 0;
            for (int k = 0; k < width; k++) {
                int b = data[from + (big ? k : width - 1 - k)] & 0xFF;
                cp = cp << 8 | b;
            }
        }
        if (cp < 0xD800 || cp > 0xDFFF) {
            return 0;
        }
        sb.append((char) cp);
        return width;
    }

    // ---- encoding ------------------------------------------------------------------------------

    /** The error handling of one encode call of {@code text}, positions in code points. */
    public static final class Encoding {
        private final String encoding;
        private final String errors;
        private final String text;
        private final int[] cps;
        private final boolean escapeInline;
        private ExcUnicodeError exc;

        public Encoding(String encoding, String errors, String text, int[] cps) {
            this(encoding, errors, text, cps, false);
        }

        Encoding(String encoding, String errors, String text, int[] cps, boolean escapeInline) {
            this.encoding = encoding;
            this.errors = errors == null ? "strict" : errors;
            this.text = text;
            this.cps = cps;
            this.escapeInline = escapeInline;
        }

        public String errors() {
            return errors;
        }

        /** The replacement of the code points {@code [start, end)}. */
        public Replacement handle(int start, int end, String reason) {
            switch (errors) {
                case "strict" -> throw error(start, end, reason);
                case "ignore" -> {
                    return new Replacement("", null, end);
                }
                case "replace" -> {
                    return new Replacement("?".repeat(end - start), null, end);
                }
                case "backslashreplace" -> {
                    return new Replacement(backslashText(cps, start, end), null, end);
                }
                case "xmlcharrefreplace" -> {
                    return new Replacement(xmlText(cps, start, end), null, end);
                }
                case "namereplace" -> {
                    return new Replacement(nameText(cps, start, end), null, end);
                }
                case "surrogateescape" -> {
                    for (int i = start; i < end; i++) {
                        if (cps[i] < 0xDC80 || cps[i] > 0xDCFF) {
                            // CPython's UTF-8, ASCII and Latin-1 encoders report the error from
                            // the first character that has no escape; the generic handler, the whole range.
                            throw error(escapeInline ? i : start, end, reason);
                        }
                    }
                    return new Replacement(null, unescapeBytes(cps, start, end), end);
                }
                case "surrogatepass" -> {
                    byte[] b = surrogateBytes(encoding, cps, start, end);
                    if (b == null) {
                        throw error(start, end, reason);
                    }
                    return new Replacement(null, b, end);
                }
                default -> {
                    return callHandler(start, end, reason);
                }
            }
        }

        /** The {@code UnicodeEncodeError} of code points {@code [start, end)}, ready to throw. */
        public PyException error(int start, int end, String reason) {
            return new PyException(exception(start, end, reason));
        }

        private ExcUnicodeError exception(int start, int end, String reason) {
            if (exc == null) {
                exc = (ExcUnicodeError) PyBaseException.create(Exceptions.UnicodeEncodeError, PyStr.of(encoding),
                        PyStr.of(text), PyInt.of(start), PyInt.of(end), PyStr.of(reason));
            } else {
                exc.start = start;
                exc.end = end;
                exc.reason = PyStr.of(reason);
            }
            return exc;
        }

        private Replacement callHandler(int start, int end, String reason) {
            Object handler = Codecs.lookupError(errors);
            Object r = Abstract.call(handler, exception(start, end, reason));
            if (!(r instanceof PyTuple t) || t.size() != 2
                    || !(t.get(0) instanceof PyStr || t.get(0) instanceof PyBytes)) {
                throw PyErr.typeError("encoding error handler must return (str/bytes, int) tuple");
            }
            long pos = ssize(t.get(1));
            if (pos < 0) {
                pos += cps.length;
            }
            if (pos < 0 || pos > cps.length) {
                throw PyErr.indexError("position %d from error handler out of bounds", pos);
            }
            return t.get(0) instanceof PyStr s ? new Replacement(s.value, null, (int) pos)
                    : new Replacement(null, ((PyBytes) t.get(0)).data, (int) pos);
        }
    }

    static void hexEscape(StringBuilder sb, int cp, int minDigits) {
        if (cp < 0x100 && minDigits <= 2) {
            sb.append("\\x");
            pad(sb, cp, 2);
        } else if (cp < 0x10000) {
            sb.append("\\u");
            pad(sb, cp, 4);
        } else {
            sb.append("\\U");
            pad(sb, cp, 8);
        }
    }

    private static void pad(StringBuilder sb, int v, int digits) {
        String h = Integer.toHexString(v);
        sb.repeat('0', digits - h.length()).append(h);
    }

    static String backslashText(int[] cps, int start, int end) {
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < end; i++) {
            hexEscape(sb, cps[i], 2);
        }
        return sb.toString();
    }

    static String xmlText(int[] cps, int start, int end) {
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < end; i++) {
            sb.append("&#").append(cps[i]).append(';');
        }
        return sb.toString();
    }

    static String nameText(int[] cps, int start, int end) {
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < end; i++) {
            String name = StrNames.name(cps[i]);
            if (name == null) {
                hexEscape(sb, cps[i], 2);
            } else {
                sb.append("\\N{").append(name).append('}');
            }
        }
        return sb.toString();
    }

    /** surrogateescape's encoding: U+DC80..U+DCFF back to bytes; null if another code point is there. */
    static byte[] unescapeBytes(int[] cps, int start, int end) {
        byte[] b = new byte[Math.max(0, end - start)];
        for (int i = start; i < end; i++) {
            if (cps[i] < 0xDC80 || cps[i] > 0xDCFF) {
                return null;
            }
            b[i - start] = (byte) (cps[i] - 0xDC00);
        }
        return b;
    }

    /** surrogatepass's encoding: the surrogates in the encoding's form; null if not all surrogates or not a UTF. */
    static byte[] surrogateBytes(String encoding, int[] cps, int start, int end) {
        int width = surrogateWidth(encoding);
        if (width == 0) {
            return null;
        }
        boolean big = bigEndian(encoding);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = start; i < end; i++) {
            int cp = cps[i];
            if (cp < 0xD800 || cp > 0xDFFF) {
                return null;
            }
            if (width == 3) {
                out.write(0xE0 | cp >> 12);
                out.write(0x80 | cp >> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
            } else {
                for (int k = 0; k < width; k++) {
                    int shift = big ? (width - 1 - k) * 8 : k * 8;
                    out.write(cp >> shift & 0xFF);
                }
            }
        }
        return out.toByteArray();
    }

    // ---- the Python-visible built-in handlers ---------------------------------------------------

    /** The names of the built-in handlers and of their functions. */
    static final String[][] BUILTIN_HANDLERS = {
        {"strict", "strict_errors"}, {"ignore", "ignore_errors"}, {"replace", "replace_errors"},
        {"xmlcharrefreplace", "xmlcharrefreplace_errors"}, {"backslashreplace", "backslashreplace_errors"},
        {"namereplace", "namereplace_errors"}, {"surrogateescape", "surrogateescape"},
        {"surrogatepass", "surrogatepass"},
    };

    /** The built-in function of handler {@code name} (as {@code codecs.lookup_error(name)} gives it). */
    static PyBuiltinFunction builtinHandler(String name, String functionName) {
        return PyBuiltinFunction.of(functionName, (self, args, kwnames) -> {
            if ((kwnames != null && kwnames.length > 0) || args.length != 1) {
                if (kwnames != null && kwnames.length > 0) {
                    throw PyErr.typeError("%s() takes no keyword arguments", functionName);
                }
                throw PyErr.typeError("%s() takes exactly one argument (%d given)", functionName, args.length);
            }
            return applyBuiltin(name, args[0]);
        });
    }

    private static Object applyBuiltin(String name, Object exc) {
        if (name.equals("strict")) {
            if (exc instanceof PyBaseException e) {
                throw new PyException(e);
            }
            throw PyErr.typeError("codec must pass exception instance");
        }
        PyType t = Abstract.typeOf(exc);
        boolean enc = t.isSubtypeOf(Exceptions.UnicodeEncodeError);
        boolean dec = t.isSubtypeOf(Exceptions.UnicodeDecodeError);
        boolean tr = t.isSubtypeOf(Exceptions.UnicodeTranslateError);
        boolean ok = switch (name) {
            case "ignore", "replace", "backslashreplace" -> enc || dec || tr;
            case "xmlcharrefreplace", "namereplace" -> enc;
            case "surrogateescape", "surrogatepass" -> enc || dec;
            default -> false;
        };
        if (!ok || !(exc instanceof ExcUnicodeError u)) {
            throw PyErr.typeError("don't know how to handle %T in error callback", exc);
        }
        if (dec) {
            return decodeBuiltin(name, u);
        }
        PyStr object = u.object instanceof PyStr s ? s : null;
        if (object == null) {
            throw PyErr.typeError("object attribute must be unicode");
        }
        int[] cps = object.codePoints();
        int start = clampStart(u.start, cps.length), end = clampEnd(u.end, cps.length);
        String text = switch (name) {
            case "ignore" -> "";
            case "replace" -> (tr ? "\uFFFD" : "?").repeat(Math.max(0, end - start));
            case "backslashreplace" -> backslashText(cps, start, end);
            case "xmlcharrefreplace" -> xmlText(cps, start, end);
            case "namereplace" -> nameText(cps, start, end);
            default -> null;
        };
        if (text != null) {
            return PyTuple.of(PyStr.of(text), PyInt.of(end));
        }
        String encoding = u.encoding instanceof PyStr s ? s.value : "";
        byte[] b = name.equals("surrogateescape") ? unescapeBytes(cps, start, end)
                : surrogateBytes(encoding, cps, start, end);
        if (b == null) {
            throw new PyException(u);
        }
        return PyTuple.of(new PyBytes(b), PyInt.of(end));
    }

    private static Object decodeBuiltin(String name, ExcUnicodeError u) {
        if (!(u.object instanceof PyBytes object)) {
            throw PyErr.typeError("object attribute must be bytes");
        }
        byte[] data = object.data;
        int start = clampStart(u.start, data.length), end = clampEnd(u.end, data.length);
        StringBuilder sb = new StringBuilder();
        int next = end;
        switch (name) {
            case "ignore" -> { }
            case "replace" -> sb.append('\uFFFD');
            case "backslashreplace" -> {
                for (int k = start; k < end; k++) {
                    hexEscape(sb, data[k] & 0xFF, 2);
                }
            }
            case "surrogateescape" -> {
                int n = escapeBytes(sb, data, start, end);
                if (n == 0) {
                    throw new PyException(u);
                }
                next = start + n;
            }
            default -> {
                String encoding = u.encoding instanceof PyStr s ? s.value : "";
                int n = passSurrogate(sb, encoding, data, start, data.length);
                if (n == 0) {
                    throw new PyException(u);
                }
                next = start + n;
            }
        }
        return PyTuple.of(PyStr.of(sb.toString()), PyInt.of(next));
    }

    // CPython's UnicodeError getters clamp the range into the object.
    private static int clampStart(long start, int size) {
        if (start < 0) {
            return 0;
        }
        return (int) Math.min(start, Math.max(0, size - 1));
    }

    private static int clampEnd(long end, int size) {
        if (end < 1) {
            return Math.min(1, size);
        }
        return (int) Math.min(end, size);
    }
}
