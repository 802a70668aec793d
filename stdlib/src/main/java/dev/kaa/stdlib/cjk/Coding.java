package dev.kaa.stdlib.cjk;

import dev.kaa.ext.Py;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Runs a {@link CjkCodec} over a whole input as CPython's {@code _multibytecodec} does, turning
 * what the codec cannot convert into a call of the error handler: {@code strict},
 * {@code ignore} and {@code replace} directly, any other name through
 * {@code codecs.lookup_error}, given a {@code UnicodeEncodeError} or {@code UnicodeDecodeError}
 * with CPython's positions and reasons.
 *
 * <p>Thread safety: stateless; callers hold the GIL.
 */
final class Coding {
    private Coding() {}

    static final String ILLEGAL = "illegal multibyte sequence";
    static final String INCOMPLETE = "incomplete multibyte sequence";

    /** The code points of a {@code str}, as Python indexes them. */
    static int[] codePoints(Object str) {
        return Py.asString(str).codePoints().toArray();
    }

    static String text(int[] cps, int from, int to) {
        return new String(cps, from, to - from);
    }

    /**
     * Encodes {@code text[0..]}; {@code stop[0]} gets where it stopped (before characters kept
     * for the next call, when not {@code flush}). {@code reset}: return to the initial shift state
     * at the end. {@code original}: the {@code str} the error handler sees (made when null).
     */
    static byte[] encode(CjkCodec codec, byte[] state, int[] text, Object original, String errors,
            boolean flush, boolean reset, int[] stop) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length * 2);
        CjkCodec.Cursor at = new CjkCodec.Cursor(0);
        int n = text.length;
        while (at.at < n) {
            int r = codec.encode(state, at, text, n, out, flush);
            if (r == CjkCodec.OK || (r == CjkCodec.TOOFEW && !flush)) {
                break;
            }
            int start = at.at;
            int end = r == CjkCodec.TOOFEW ? n : Math.min(n, start + r);
            String reason = r == CjkCodec.TOOFEW ? INCOMPLETE : ILLEGAL;
            if (original == null) {
                original = Py.str(text(text, 0, n));
            }
            at.at = encodeError(codec, state, text, original, errors, start, end, reason, out);
        }
        if (stop != null) {
            stop[0] = at.at;
        }
        if (reset && codec.statefulEncoder()) {
            codec.encoderReset(state, out);
        }
        return out.toByteArray();
    }

    private static int encodeError(CjkCodec codec, byte[] state, int[] text, Object original, String errors,
            int start, int end, String reason, ByteArrayOutputStream out) {
        if (errors == null || errors.equals("strict")) {
            throw Py.raiseObject(exception("UnicodeEncodeError", codec, original, start, end, reason));
        }
        if (errors.equals("ignore")) {
            return end;
        }
        if (errors.equals("replace")) {
            codec.encode(state, new CjkCodec.Cursor(0), new int[] {'?'}, 1, out, true);
            return end;
        }
        Object handler = lookupError(errors);
        Object result = Py.call(handler, exception("UnicodeEncodeError", codec, original, start, end, reason));
        Object replacement = handlerItem(result, 0);
        Object position = handlerItem(result, 1);
        boolean isStr = Py.isInstance(replacement, Py.builtinType("str"));
        boolean isBytes = Py.isInstance(replacement, Py.builtinType("bytes"));
        if (replacement == null || (!isStr && !isBytes) || !Py.isInstance(position, Py.builtinType("int"))) {
            throw Py.typeError("encoding error handler must return (str, int) tuple");
        }
        if (isStr) {
            out.writeBytes(encode(codec, state, codePoints(replacement), replacement, null, true, false, null));
        } else {
            out.writeBytes(Py.asBytes(replacement));
        }
        return newPosition(position, text.length);
    }

    /** A {@code UnicodeEncodeError} or {@code UnicodeDecodeError}, to raise or give to a handler. */
    private static Object exception(String type, CjkCodec codec, Object original, int start, int end, String reason) {
        return Py.call(Py.builtinType(type), Py.str(codec.name), original, Py.integer(start), Py.integer(end),
                Py.str(reason));
    }

    /** Item {@code i} of a handler's result if it is a pair, else null. */
    private static Object handlerItem(Object result, int i) {
        if (!Py.isInstance(result, Py.builtinType("tuple")) || Py.len(result) != 2) {
            return null;
        }
        return Py.getItem(result, Py.integer(i));
    }

    private static int newPosition(Object position, int length) {
        long p;
        try {
            p = Py.asLong(position);
        } catch (RuntimeException e) {
            if (Py.isInstance(position, Py.builtinType("int"))) {
                throw Py.indexError("cannot fit 'int' into an index-sized integer");
            }
            throw e;
        }
        if (p < 0) {
            p += length;
        }
        if (p < 0 || p > length) {
            throw Py.indexError("position " + p + " from error handler out of bounds");
        }
        return (int) p;
    }

    private static Object lookupError(String errors) {
        return Py.callMethod(Py.importModule("_codecs"), "lookup_error", Py.str(errors));
    }

    /**
     * Decodes {@code data[0..n)}; {@code stop[0]} gets where it stopped: at an incomplete sequence
     * when not {@code fin}al (the caller keeps the rest), else at {@code n}.
     */
    static String decode(CjkCodec codec, byte[] state, byte[] data, int n, String errors, boolean fin, int[] stop) {
        StringBuilder out = new StringBuilder(n);
        CjkCodec.Cursor at = new CjkCodec.Cursor(0);
        Object original = null;
        while (at.at < n) {
            int r = codec.decode(state, at, data, n, out);
            if (r == CjkCodec.OK || (r == CjkCodec.TOOFEW && !fin)) {
                break;
            }
            int start = at.at;
            int end = r == CjkCodec.TOOFEW ? n : Math.min(n, start + r);
            String reason = r == CjkCodec.TOOFEW ? INCOMPLETE : ILLEGAL;
            if (original == null) {
                original = Py.bytes(n == data.length ? data : Arrays.copyOf(data, n));
            }
            at.at = decodeError(codec, original, n, errors, start, end, reason, out);
        }
        if (stop != null) {
            stop[0] = at.at;
        }
        return out.toString();
    }

    private static int decodeError(CjkCodec codec, Object original, int n, String errors, int start, int end,
            String reason, StringBuilder out) {
        if (errors == null || errors.equals("strict")) {
            throw Py.raiseObject(exception("UnicodeDecodeError", codec, original, start, end, reason));
        }
        if (errors.equals("ignore")) {
            return end;
        }
        if (errors.equals("replace")) {
            out.append('\ufffd');
            return end;
        }
        Object handler = lookupError(errors);
        Object result = Py.call(handler, exception("UnicodeDecodeError", codec, original, start, end, reason));
        Object replacement = handlerItem(result, 0);
        Object position = handlerItem(result, 1);
        if (replacement == null || !Py.isInstance(replacement, Py.builtinType("str"))
                || !Py.isInstance(position, Py.builtinType("int"))) {
            throw Py.typeError("decoding error handler must return (str, int) tuple");
        }
        out.append(Py.asString(replacement));
        return newPosition(position, n);
    }
}
