package dev.kaa.stdlib.cjk;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonType;

/**
 * {@code _multibytecodec.MultibyteCodec}: what {@code _codecs_xx.getcodec(name)} answers, one
 * codec's stateless {@code encode} and {@code decode}, which the {@code encodings} modules use as
 * their {@code Codec} methods and give to their incremental and stream classes as {@code codec}.
 *
 * <p>Thread safety: immutable.
 */
public final class MultibyteCodecObject extends ExtensionObject {
    /** The type, made when {@code _multibytecodec} is first imported. */
    static volatile PythonType type;

    final CjkCodec codec;

    MultibyteCodecObject(CjkCodec codec) {
        super(type);
        this.codec = codec;
    }

    @PyMethod
    static Object __new__(PythonType cls, Object[] args, String[] kwnames) {
        throw Py.typeError("cannot create '_multibytecodec.MultibyteCodec' instances");
    }

    /** The {@code errors} argument: null for strict; TypeError unless a str or None. */
    static String errorsArgument(String function, Object errors) {
        if (errors == null || errors == Py.none()) {
            return null;
        }
        if (!Py.isInstance(errors, Py.builtinType("str"))) {
            throw Py.typeError(function + "() argument 'errors' must be str or None, not " + Py.typeOf(errors).name());
        }
        return Py.asString(errors);
    }

    @PyMethod(positionalOnly = 0, doc = "Return an encoded string version of input, and the number of characters consumed.\n"
            + "errors names the error handler ('strict' by default).")
    Object encode(Object input, @Opt Object errors) {
        String handler = errorsArgument("encode", errors);
        Object text = Py.isInstance(input, Py.builtinType("str")) ? input : Py.str(Py.strOf(input));
        int[] cps = Coding.codePoints(text);
        byte[] state = new byte[8];
        codec.initEncoder(state);
        byte[] out = Coding.encode(codec, state, cps, text, handler, true, true, null);
        return Py.tuple(Py.bytes(out), Py.integer(cps.length));
    }

    @PyMethod(positionalOnly = 0, doc = "Decode input (a bytes-like object), returning the text and the number of bytes consumed.\n"
            + "errors names the error handler ('strict' by default).")
    Object decode(Object input, @Opt Object errors) {
        String handler = errorsArgument("decode", errors);
        byte[] data = Py.asBytes(input);
        byte[] state = new byte[8];
        codec.initDecoder(state);
        String text = Coding.decode(codec, state, data, data.length, handler, true, null);
        return Py.tuple(Py.str(text), Py.integer(data.length));
    }
}
