package dev.kaa.vm.modules.codecs;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Codecs;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.Named;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import java.lang.invoke.MethodHandles;

/**
 * {@code _codecs}: the codec registry ({@link Codecs}) and the codecs written in Java, in the
 * shapes {@code Lib/encodings} calls: encoders answer {@code (bytes, characters consumed)},
 * decoders {@code (str, bytes consumed)} and take {@code final} for incremental use. The codecs
 * themselves are the ones {@code str.encode}/{@code bytes.decode} use; UTF-7, the charmap codecs
 * and the bytes escapes live in this package ({@link Utf7Codec}, {@link CharmapCodec},
 * {@link BytesEscapeCodec}).
 *
 * <p>Thread safety: stateless; the registry is per interpreter and GIL-guarded.
 */
public final class CodecsModule {
    private CodecsModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_codecs");
        Exposer.functions(CodecsModule.class, MethodHandles.lookup(), "_codecs", m).forEach(m::put);
        return m;
    }

    // ---- argument checks -------------------------------------------------------------------------

    static String str(Object o, String function, int position) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError("%s() argument %d must be str, not %s", function, position, typeName(o));
    }

    static String errors(Object o, String function) {
        if (o == null || o == PyNone.NONE) {
            return null;
        }
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError("%s() argument 2 must be str or None, not %s", function, typeName(o));
    }

    private static String typeName(Object o) {
        return o == PyNone.NONE ? "None" : Abstract.typeOf(o).name();
    }

    static PyTuple encoded(byte[] b, int consumed) {
        return PyTuple.of(new PyBytes(b), PyInt.of(consumed));
    }

    static PyTuple decoded(String text, int consumed) {
        return PyTuple.of(PyStr.of(text), PyInt.of(consumed));
    }

    private static PyTuple encodeJava(String codec, Object str, Object errors, int byteorder) {
        String function = codec + "_encode";
        String s = str(str, function, 1);
        String err = errors(errors, function);
        byte[] b = Codecs.encodeWith(codec, s, err, byteorder);
        return encoded(b, s.codePointCount(0, s.length()));
    }

    private static PyTuple decodeJava(String codec, Object data, Object errors, boolean fin) {
        byte[] b = Codecs.buffer(data);
        String err = errors(errors, codec + "_decode");
        Codecs.Decoded d = Codecs.decodeWith(codec, b, err, fin, 0);
        return decoded(d.text(), d.consumed());
    }

    private static PyTuple decodeEx(String codec, Object data, Object errors, int byteorder, boolean fin) {
        byte[] b = Codecs.buffer(data);
        String err = errors(errors, codec + "_ex_decode");
        Codecs.Decoded d = Codecs.decodeWith(codec, b, err, fin, byteorder);
        return PyTuple.of(PyStr.of(d.text()), PyInt.of(d.consumed()), PyInt.of(d.byteorder()));
    }

    // ---- the registry ----------------------------------------------------------------------------

    @PyMethod(doc = "Add a function that maps an encoding name to a CodecInfo (or None).")
    static void register(Object search_function) {
        Codecs.register(search_function);
    }

    @PyMethod(doc = "Take a search function out of the registry and forget cached lookups.")
    static void unregister(Object search_function) {
        Codecs.unregister(search_function);
    }

    @PyMethod(doc = "Find the CodecInfo for an encoding name by asking the registered search functions.")
    static Object lookup(Object encoding) {
        if (!(encoding instanceof PyStr s)) {
            throw PyErr.typeError("lookup() argument must be str, not %s", typeName(encoding));
        }
        return Codecs.lookup(s.value());
    }

    @PyMethod(positionalOnly = 0, doc = "Run obj through the encoder of the named codec (utf-8 by default).")
    static Object encode(Object obj, @Opt Object encoding, @Opt Object errors) {
        return Codecs.encode(obj, strOrDefault(encoding, "encode", "encoding", "utf-8"),
                strOrDefault(errors, "encode", "errors", "strict"));
    }

    @PyMethod(positionalOnly = 0, doc = "Run obj through the decoder of the named codec (utf-8 by default).")
    static Object decode(Object obj, @Opt Object encoding, @Opt Object errors) {
        return Codecs.decode(obj, strOrDefault(encoding, "decode", "encoding", "utf-8"),
                strOrDefault(errors, "decode", "errors", "strict"));
    }

    private static String strOrDefault(Object o, String function, String name, String dflt) {
        if (o == null) {
            return dflt;
        }
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError("%s() argument '%s' must be str, not %s", function, name, typeName(o));
    }

    @PyMethod(doc = "Make handler callable by name as an errors= value.")
    static void register_error(Object errors, Object handler) {
        Codecs.registerError(str(errors, "register_error", 1), handler);
    }

    @PyMethod(doc = "The error handler registered under the given name (LookupError if none).")
    static Object lookup_error(Object name) {
        if (!(name instanceof PyStr s)) {
            throw PyErr.typeError("lookup_error() argument must be str, not %s", typeName(name));
        }
        return Codecs.lookupError(s.value());
    }

    // ---- UTF-8, ASCII, Latin-1 -------------------------------------------------------------------

    @PyMethod
    static Object utf_8_encode(Object str, @Opt Object errors) {
        return encodeJava("utf_8", str, errors, 0);
    }

    @PyMethod
    static Object utf_8_decode(Object data, @Opt Object errors, @Opt("False") @Named("final") boolean fin) {
        return decodeJava("utf_8", data, errors, fin);
    }

    @PyMethod
    static Object ascii_encode(Object str, @Opt Object errors) {
        return encodeJava("ascii", str, errors, 0);
    }

    @PyMethod
    static Object ascii_decode(Object data, @Opt Object errors) {
        return decodeJava("ascii", data, errors, true);
    }

    @PyMethod
    static Object latin_1_encode(Object str, @Opt Object errors) {
        return encodeJava("latin_1", str, errors, 0);
    }

    @PyMethod
    static Object latin_1_decode(Object data, @Opt Object errors) {
        return decodeJava("latin_1", data, errors, true);
    }

    // ---- UTF-16 ----------------------------------------------------------------------------------

    @PyMethod
    static Object utf_16_encode(Object str, @Opt Object errors, @Opt("0") int byteorder) {
        return encodeJava("utf_16", str, errors, byteorder);
    }

    @PyMethod
    static Object utf_16_le_encode(Object str, @Opt Object errors) {
        return encodeJava("utf_16_le", str, errors, 0);
    }

    @PyMethod
    static Object utf_16_be_encode(Object str, @Opt Object errors) {
        return encodeJava("utf_16_be", str, errors, 0);
    }

    @PyMethod
    static Object utf_16_decode(Object data, @Opt Object errors, @Opt("False") @Named("final") boolean fin) {
        return decodeJava("utf_16", data, errors, fin);
    }

    @PyMethod
    static Object utf_16_le_decode(Object data, @Opt Object errors, @Opt("False") @Named("final") boolean fin) {
        return decodeJava("utf_16_le", data, errors, fin);
    }

    @PyMethod
    static Object utf_16_be_decode(Object data, @Opt Object errors, @Opt("False") @Named("final") boolean fin) {
        return decodeJava("utf_16_be", data, errors, fin);
    }

    @PyMethod
    static Object utf_16_ex_decode(Object data, @Opt Object errors, @Opt("0") int byteorder,
            @Opt("False") @Named("final") boolean fin) {
        return decodeEx("utf_16", data, errors, byteorder, fin);
    }

    // ---- UTF-32 ----------------------------------------------------------------------------------

    @PyMethod
    static Object utf_32_encode(Object str, @Opt Object errors, @Opt("0") int byteorder) {
        return encodeJava("utf_32", str, errors, byteorder);
    }

    @PyMethod
    static Object utf_32_le_encode(Object str, @Opt Object errors) {
        return encodeJava("utf_32_le", str, errors, 0);
    }

    @PyMethod
    static Object utf_32_be_encode(Object str, @Opt Object errors) {
        return encodeJava("utf_32_be", str, errors, 0);
    }

    @PyMethod
    static Object utf_32_decode(Object data, @Opt Object errors, @Opt("False") @Named("final") boolean fin) {
        return decodeJava("utf_32", data, errors, fin);
    }

    @PyMethod
    static Object utf_32_le_decode(Object data, @Opt Object errors, @Opt("False") @Named("final") boolean fin) {
        return decodeJava("utf_32_le", data, errors, fin);
    }

    @PyMethod
    static Object utf_32_be_decode(Object data, @Opt Object errors, @Opt("False") @Named("final") boolean fin) {
        return decodeJava("utf_32_be", data, errors, fin);
    }

    @PyMethod
    static Object utf_32_ex_decode(Object data, @Opt Object errors, @Opt("0") int byteorder,
            @Opt("False") @Named("final") boolean fin) {
        return decodeEx("utf_32", data, errors, byteorder, fin);
    }

    // ---- escapes ---------------------------------------------------------------------------------

    @PyMethod
    static Object unicode_escape_encode(Object str, @Opt Object errors) {
        return encodeJava("unicode_escape", str, errors, 0);
    }

    @PyMethod
    static Object unicode_escape_decode(Object data, @Opt Object errors, @Opt("True") @Named("final") boolean fin) {
        return decodeJava("unicode_escape", escapeInput(data), errors, fin);
    }

    @PyMethod
    static Object raw_unicode_escape_encode(Object str, @Opt Object errors) {
        return encodeJava("raw_unicode_escape", str, errors, 0);
    }

    @PyMethod
    static Object raw_unicode_escape_decode(Object data, @Opt Object errors,
            @Opt("True") @Named("final") boolean fin) {
        return decodeJava("raw_unicode_escape", escapeInput(data), errors, fin);
    }

    /** The escape decoders also take str, as its UTF-8 bytes (Argument Clinic's {@code s*}). */
    private static Object escapeInput(Object data) {
        return data instanceof PyStr s ? new PyBytes(s.value().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                : data;
    }

    @PyMethod
    static Object escape_encode(Object data, @Opt Object errors) {
        if (!(data instanceof PyBytes b)) {
            throw PyErr.typeError("escape_encode() argument 1 must be bytes, not %s", typeName(data));
        }
        errors(errors, "escape_encode");
        return encoded(BytesEscapeCodec.encode(b.data()), b.data().length);
    }

    @PyMethod
    static Object escape_decode(Object data, @Opt Object errors) {
        byte[] b = Codecs.buffer(escapeInput(data));
        return PyTuple.of(new PyBytes(BytesEscapeCodec.decode(b, errors(errors, "escape_decode"))),
                PyInt.of(b.length));
    }

    @PyMethod
    static Object readbuffer_encode(Object data, @Opt Object errors) {
        byte[] b = Codecs.buffer(escapeInput(data));
        errors(errors, "readbuffer_encode");
        return encoded(b, b.length);
    }

    // ---- UTF-7 and charmap -----------------------------------------------------------------------

    @PyMethod
    static Object utf_7_encode(Object str, @Opt Object errors) {
        String s = str(str, "utf_7_encode", 1);
        errors(errors, "utf_7_encode");
        return encoded(Utf7Codec.encode(s), s.codePointCount(0, s.length()));
    }

    @PyMethod
    static Object utf_7_decode(Object data, @Opt Object errors, @Opt("False") @Named("final") boolean fin) {
        byte[] b = Codecs.buffer(data);
        return Utf7Codec.decode(b, errors(errors, "utf_7_decode"), fin);
    }

    @PyMethod
    static Object charmap_encode(Object str, @Opt Object errors, @Opt Object mapping) {
        String s = str(str, "charmap_encode", 1);
        String err = errors(errors, "charmap_encode");
        if (mapping == null || mapping == PyNone.NONE) {
            return encoded(Codecs.encodeWith("latin_1", s, err, 0), s.codePointCount(0, s.length()));
        }
        return encoded(CharmapCodec.encode(s, err, mapping), s.codePointCount(0, s.length()));
    }

    @PyMethod
    static Object charmap_decode(Object data, @Opt Object errors, @Opt Object mapping) {
        byte[] b = Codecs.buffer(data);
        String err = errors(errors, "charmap_decode");
        if (mapping == null || mapping == PyNone.NONE) {
            return decoded(Codecs.decodeWith("latin_1", b, err, true, 0).text(), b.length);
        }
        return decoded(CharmapCodec.decode(b, err, mapping), b.length);
    }

    @PyMethod
    static Object charmap_build(Object map) {
        if (!(map instanceof PyStr s)) {
            throw PyErr.typeError("charmap_build() argument must be str, not %s", typeName(map));
        }
        return EncodingMap.build(s);
    }
}
