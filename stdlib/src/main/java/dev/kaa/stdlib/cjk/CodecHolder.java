package dev.kaa.stdlib.cjk;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.Py;
import dev.kaa.ext.PythonType;
import java.util.Arrays;

/**
 * What the incremental and stream coders share: the codec their class names in its {@code codec}
 * attribute (as the {@code encodings} modules' subclasses do), the codec state, and the error
 * handler's name, a read-write {@code errors} attribute; and the characters or bytes kept from
 * one call to the next because they may begin a sequence the next call completes.
 *
 * <p>Thread safety: GIL-guarded.
 */
abstract class CodecHolder extends ExtensionObject {
    final CjkCodec codec;
    final byte[] state = new byte[8];
    /** The error handler's name; null for "strict". */
    String errors;

    /** At most this many characters wait for the next call to the encoder, and 8 bytes for the decoder's. */
    static final int MAX_PENDING_TEXT = 2, MAX_PENDING_BYTES = 8;

    int[] pendingText = new int[0];
    byte[] pendingBytes = new byte[0];
    /** The stream coders' {@code stream}; null for the incremental ones. */
    final Object stream;

    /**
     * A coder of class {@code cls}, from the arguments {@code (errors=None)}, or
     * {@code (stream, errors=None)} when {@code withStream}; {@code function} names the
     * constructor in messages, as CPython's do. Its state is a new encoder's or decoder's.
     */
    CodecHolder(PythonType cls, Object[] args, String[] kwnames, String function, boolean withStream, boolean encoder) {
        this(cls, withStream ? arguments(function, args, kwnames, "stream", "errors")
                : arguments(function, args, kwnames, "errors"), function, withStream);
        if (encoder) {
            codec.initEncoder(state);
        } else {
            codec.initDecoder(state);
        }
    }

    private CodecHolder(PythonType cls, Object[] a, String function, boolean withStream) {
        super(cls);
        if (withStream && a[0] == null) {
            throw Py.typeError(function + "() missing required argument 'stream' (pos 1)");
        }
        this.stream = withStream ? a[0] : null;
        int errorsAt = withStream ? 1 : 0;
        Object given = a[errorsAt];
        Object c = Py.getAttr(cls, "codec");
        if (!(c instanceof MultibyteCodecObject m)) {
            throw Py.typeError("codec is unexpected type");
        }
        this.codec = m.codec;
        if (given != null && !Py.isInstance(given, Py.builtinType("str"))) {
            throw Py.typeError(function + "() argument " + (errorsAt + 1) + " must be str, not "
                    + (given == Py.none() ? "None" : Py.typeOf(given).name()));
        }
        String e = given == null ? null : Py.asString(given);
        this.errors = "strict".equals(e) ? null : e;
    }

    private static Object[] arguments(String function, Object[] args, String[] kwnames, String... names) {
        Object[] values = new Object[names.length];
        int keywords = kwnames == null ? 0 : kwnames.length;
        int positional = args.length - keywords;
        if (positional > names.length) {
            throw Py.typeError(function + "() takes at most " + names.length + " arguments (" + positional + " given)");
        }
        System.arraycopy(args, 0, values, 0, positional);
        for (int k = 0; k < keywords; k++) {
            int i = Arrays.asList(names).indexOf(kwnames[k]);
            if (i < 0) {
                throw Py.typeError(function + "() got an unexpected keyword argument '" + kwnames[k] + "'");
            }
            values[i] = args[positional + k];
        }
        return values;
    }

    /** The text argument of {@code encode} and {@code write}: a str, or what {@code str()} makes of anything else. */
    static int[] textArgument(Object input) {
        return Coding.codePoints(Py.isInstance(input, Py.builtinType("str")) ? input : Py.str(Py.strOf(input)));
    }

    /** Returns the decoder to its initial state, forgetting the waiting bytes. */
    void resetDecoder() {
        codec.initDecoder(state);
        pendingBytes = new byte[0];
    }

    /** Encodes the pending characters and {@code input}, keeping those that may combine with what comes next. */
    byte[] encodeStateful(int[] input, boolean fin) {
        int[] text = input;
        if (pendingText.length > 0) {
            text = Arrays.copyOf(pendingText, pendingText.length + input.length);
            System.arraycopy(input, 0, text, pendingText.length, input.length);
        }
        int[] stop = new int[1];
        byte[] out = Coding.encode(codec, state, text, null, errors, fin, fin, stop);
        if (text.length - stop[0] > MAX_PENDING_TEXT) {
            throw Py.error(Py.builtinType("UnicodeError"), "pending buffer overflow");
        }
        pendingText = Arrays.copyOfRange(text, stop[0], text.length);
        return out;
    }

    /** Decodes the pending bytes and {@code input}, keeping an incomplete sequence at the end unless {@code fin}. */
    String decodeStateful(byte[] input, boolean fin) {
        byte[] data = input;
        if (pendingBytes.length > 0) {
            data = Arrays.copyOf(pendingBytes, pendingBytes.length + input.length);
            System.arraycopy(input, 0, data, pendingBytes.length, input.length);
        }
        int[] stop = new int[1];
        String out = Coding.decode(codec, state, data, data.length, errors, fin, stop);
        if (data.length - stop[0] > MAX_PENDING_BYTES) {
            // Decoding succeeded, so the old pending bytes are gone (as in CPython), and the new ones too long.
            pendingBytes = new byte[0];
            throw Py.raiseObject(Py.call(Py.builtinType("UnicodeDecodeError"), Py.str(codec.name), Py.bytes(data),
                    Py.integer(0), Py.integer(data.length), Py.str("pending buffer overflow")));
        }
        pendingBytes = Arrays.copyOfRange(data, stop[0], data.length);
        return out;
    }

    Object errorsGet() {
        return Py.str(errors == null ? "strict" : errors);
    }

    void errorsSet(Object value) {
        if (value == null) {
            throw Py.error(Py.builtinType("AttributeError"), "cannot delete attribute");
        }
        if (!Py.isInstance(value, Py.builtinType("str"))) {
            throw Py.typeError("errors must be a string");
        }
        String s = Py.asString(value);
        errors = s.equals("strict") ? null : s;
    }
}
