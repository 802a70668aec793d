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

    /** A coder of class {@code cls}, from the arguments {@code (errors=None)}, or {@code (stream, errors=None)} when {@code withStream}. */
    CodecHolder(PythonType cls, Object[] args, String[] kwnames, boolean withStream) {
        this(cls, withStream ? arguments(cls.name(), args, kwnames, "stream", "errors")
                : arguments(cls.name(), args, kwnames, "errors"), withStream);
    }

    private CodecHolder(PythonType cls, Object[] a, boolean withStream) {
        super(cls);
        if (withStream && a[0] == null) {
            throw Py.typeError(cls.name() + "() missing required argument 'stream' (pos 1)");
        }
        this.stream = withStream ? a[0] : null;
        Object given = a[withStream ? 1 : 0];
        Object c = Py.getAttr(cls, "codec");
        if (!(c instanceof MultibyteCodecObject m)) {
            throw Py.typeError("codec is unexpected type");
        }
        this.codec = m.codec;
        if (given != null && given != Py.none() && !Py.isInstance(given, Py.builtinType("str"))) {
            throw Py.typeError(cls.name() + "() argument 1 must be str, not " + Py.typeOf(given).name());
        }
        String e = given == null || given == Py.none() ? null : Py.asString(given);
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
