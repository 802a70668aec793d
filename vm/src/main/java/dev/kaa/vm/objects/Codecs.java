package dev.kaa.vm.objects;

import dev.kaa.vm.internal.eval.Runtime;
import dev.kaa.vm.internal.eval.ThreadState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The codec registry of each interpreter, as {@code _codecs} exposes it: the search functions
 * and the cache of what they found ({@code register}, {@code lookup}), the error handlers
 * ({@code register_error}, {@code lookup_error}), and encoding and decoding through a looked-up
 * codec, for {@code codecs.encode} and for the encodings {@code str.encode} does not build in.
 *
 * <p>CPython imports {@code encodings} (which registers its search function) at start-up; Kaa
 * imports it the first time the registry is used, so that programs that only use the built-in
 * codecs ({@link StrCodec}) never load it.
 *
 * <p>Thread safety: GIL-guarded (the map of registries is synchronized).
 */
public final class Codecs {
    private Codecs() {}

    private static final Map<Runtime, Registry> REGISTRIES = Collections.synchronizedMap(new WeakHashMap<>());
    // Java code outside any interpreter (unit tests of helpers) gets a private registry.
    private static final ThreadLocal<Registry> FALLBACK = ThreadLocal.withInitial(Registry::new);

    /** One interpreter's registry. */
    private static final class Registry {
        final List<Object> searchPath = new ArrayList<>();
        final Map<String, Object> cache = new HashMap<>();
        final Map<String, Object> errorHandlers = new HashMap<>();
        boolean encodingsImported;

        Registry() {
            for (String[] h : CodecErrors.BUILTIN_HANDLERS) {
                errorHandlers.put(h[0], CodecErrors.builtinHandler(h[0], h[1]));
            }
        }
    }

    private static Registry registry() {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null) {
            return FALLBACK.get();
        }
        return REGISTRIES.computeIfAbsent(ts.runtime, k -> new Registry());
    }

    /** The registry with {@code encodings}' search function in it (imported on first use). */
    private static Registry searchRegistry() {
        Registry r = registry();
        if (!r.encodingsImported) {
            r.encodingsImported = true;
            if (interpreterRunning()) {
                ThreadState ts = ThreadState.current();
                ts.runtime.services.importName(ts, "encodings", null, PyNone.NONE, 0);
            }
        }
        return r;
    }

    /**
     * True when the calling thread runs an interpreter that can import; false for Java callers
     * and the VM's unit tests, where the registry has no {@code encodings} package.
     */
    static boolean interpreterRunning() {
        ThreadState ts = ThreadState.currentOrNull();
        return ts != null && ts.runtime.services != null;
    }

    // ---- search functions ----------------------------------------------------------------------

    /** {@code codecs.register(search_function)}. */
    public static void register(Object searchFunction) {
        if (!callable(searchFunction)) {
            throw PyErr.typeError("argument must be callable");
        }
        searchRegistry().searchPath.add(searchFunction);
    }

    /** {@code codecs.unregister(search_function)}: removes it and empties the cache. */
    public static void unregister(Object searchFunction) {
        Registry r = registry();
        for (int i = 0; i < r.searchPath.size(); i++) {
            if (r.searchPath.get(i) == searchFunction) {
                r.searchPath.remove(i);
                r.cache.clear();
                return;
            }
        }
    }

    static boolean callable(Object o) {
        return o instanceof PyBuiltinFunction || Abstract.typeOf(o).call(Slot.__call__) != null;
    }

    /**
     * The codec registry's normal form of a name: ASCII letters lowered, digits and dots kept,
     * every run of other characters one '_' between kept ones.
     */
    public static String normalize(String encoding) {
        StringBuilder sb = new StringBuilder(encoding.length());
        boolean punct = false;
        for (int i = 0; i < encoding.length(); i++) {
            char c = encoding.charAt(i);
            boolean keep = c < 0x80 && (Character.isLetterOrDigit(c) || c == '.');
            if (keep) {
                if (punct && !sb.isEmpty()) {
                    sb.append('_');
                }
                sb.append(Character.toLowerCase(c));
                punct = false;
            } else {
                punct = true;
            }
        }
        return sb.toString();
    }

    /** {@code codecs.lookup(encoding)}: the codec's info (a 4-tuple or more, usually a CodecInfo). */
    public static Object lookup(String encoding) {
        if (encoding.indexOf('\0') >= 0) {
            throw PyErr.valueError("embedded null character");
        }
        Registry r = searchRegistry();
        String key = normalize(encoding);
        Object found = r.cache.get(key);
        if (found != null) {
            return found;
        }
        // (Outside any interpreter there is no encodings package: every name is unknown.)
        if (r.searchPath.isEmpty() && interpreterRunning()) {
            throw PyErr.lookupError("no codec search functions registered: can't find encoding");
        }
        PyStr name = PyStr.of(key);
        // A copy: a search function may register another one.
        for (Object f : r.searchPath.toArray()) {
            Object info = Abstract.call(f, name);
            if (info == PyNone.NONE) {
                continue;
            }
            if (!(info instanceof PyTuple t) || t.size() != 4) {
                throw PyErr.typeError("codec search functions must return 4-tuples");
            }
            r.cache.put(key, info);
            return info;
        }
        throw PyErr.lookupError("unknown encoding: %s", encoding);
    }

    // ---- error handlers ------------------------------------------------------------------------

    /** {@code codecs.register_error(name, handler)}. */
    public static void registerError(String name, Object handler) {
        if (!callable(handler)) {
            throw PyErr.typeError("handler must be callable");
        }
        registry().errorHandlers.put(name, handler);
    }

    /** {@code codecs.lookup_error(name)}. */
    public static Object lookupError(String name) {
        Object h = registry().errorHandlers.get(name);
        if (h == null) {
            throw PyErr.lookupError("unknown error handler name '%s'", name);
        }
        return h;
    }

    // ---- coding through the registry -----------------------------------------------------------

    /** {@code codecs.encode(obj, encoding, errors)}: any object to any object. */
    public static Object encode(Object obj, String encoding, String errors) {
        return code(lookupItem(encoding, 0), obj, encoding, errors, true);
    }

    /** {@code codecs.decode(obj, encoding, errors)}. */
    public static Object decode(Object obj, String encoding, String errors) {
        return code(lookupItem(encoding, 1), obj, encoding, errors, false);
    }

    private static Object lookupItem(String encoding, int index) {
        return ((PyTuple) lookup(encoding)).get(index);
    }

    /** Calls an encoder or decoder; the first item of its {@code (object, length)} answer. */
    private static Object code(Object coder, Object obj, String encoding, String errors, boolean encode) {
        Object r;
        try {
            r = errors == null ? Abstract.call(coder, obj) : Abstract.call(coder, obj, PyStr.of(errors));
        } catch (PyException e) {
            addNote(e, (encode ? "encoding" : "decoding") + " with '" + encoding + "' codec failed");
            throw e;
        }
        if (!(r instanceof PyTuple t) || t.size() != 2) {
            throw PyErr.typeError(encode ? "encoder must return a tuple (object, integer)"
                    : "decoder must return a tuple (object,integer)");
        }
        return t.get(0);
    }

    private static void addNote(PyException e, String note) {
        try {
            Abstract.callMethod(e.value(), "add_note", PyStr.of(note));
        } catch (PyException ignored) {
            // CPython keeps the original exception when the note cannot be added.
        }
    }

    /** The info of a text encoding, or "'rot13' is not a text encoding; use codecs.encode() …". */
    private static PyTuple textEncoding(String encoding, String alternative) {
        PyTuple info = (PyTuple) lookup(encoding);
        Object isText = Abstract.lookupAttr(info, PyStr.intern("_is_text_encoding"));
        if (isText != null && !Abstract.isTrue(isText)) {
            throw PyErr.lookupError("'%s' is not a text encoding; use %s to handle arbitrary codecs", encoding,
                    alternative);
        }
        return info;
    }

    /** {@code str.encode} for an encoding that is not built in: the registry's encoder, which must give bytes. */
    public static byte[] encodeText(String s, String encoding, String errors) {
        PyTuple info = textEncoding(encoding, "codecs.encode()");
        Object v = code(info.get(0), PyStr.of(s), encoding, errors, true);
        if (v instanceof PyBytes b) {
            return b.data;
        }
        if (v instanceof PyByteArray ba) {
            PyErr.warn(Exceptions.RuntimeWarning, 1,
                    "encoder %s returned bytearray instead of bytes; use codecs.encode() to encode to arbitrary types",
                    encoding);
            return java.util.Arrays.copyOf(ba.data, ba.size);
        }
        throw PyErr.typeError("'%s' encoder returned '%T' instead of 'bytes'; use codecs.encode() to encode to "
                + "arbitrary types", encoding, v);
    }

    /** {@code bytes.decode} for an encoding that is not built in: the decoder gets a memoryview, must give str. */
    public static String decodeText(byte[] data, int offset, int length, String encoding, String errors) {
        PyTuple info = textEncoding(encoding, "codecs.decode()");
        byte[] copy = offset == 0 && length == data.length ? data : java.util.Arrays.copyOfRange(data, offset,
                offset + length);
        Object view = Abstract.call(PyMemoryView.TYPE, new PyBytes(copy));
        Object v = code(info.get(1), view, encoding, errors, false);
        if (v instanceof PyStr s) {
            return s.value;
        }
        throw PyErr.typeError("'%s' decoder returned '%T' instead of 'str'; use codecs.decode() to decode to "
                + "arbitrary types", encoding, v);
    }

    // ---- the codecs written in Java, for the _codecs module --------------------------------------

    /** A decode's text, the bytes it consumed and (UTF-16/32) the byte order in force at its end. */
    public record Decoded(String text, int consumed, int byteorder) {}

    private static StrCodec.Codec codec(String name) {
        return switch (name) {
            case "utf_8" -> StrCodec.Codec.UTF8;
            case "ascii" -> StrCodec.Codec.ASCII;
            case "latin_1" -> StrCodec.Codec.LATIN1;
            case "utf_16" -> StrCodec.Codec.UTF16;
            case "utf_16_le" -> StrCodec.Codec.UTF16LE;
            case "utf_16_be" -> StrCodec.Codec.UTF16BE;
            case "utf_32" -> StrCodec.Codec.UTF32;
            case "utf_32_le" -> StrCodec.Codec.UTF32LE;
            case "utf_32_be" -> StrCodec.Codec.UTF32BE;
            case "unicode_escape" -> StrCodec.Codec.UNICODE_ESCAPE;
            case "raw_unicode_escape" -> StrCodec.Codec.RAW_UNICODE_ESCAPE;
            default -> throw new InterpreterError("no Java codec " + name);
        };
    }

    /**
     * Encodes with a Java codec named as in {@code _codecs} ({@code utf_8}, {@code utf_16_le},
     * {@code raw_unicode_escape} …); {@code byteorder} as {@code utf_16_encode}'s.
     */
    public static byte[] encodeWith(String codec, String s, String errors, int byteorder) {
        return StrCodec.encode(s, codec(codec), errors, byteorder);
    }

    /** Decodes with a Java codec; unless {@code fin}, an incomplete sequence at the end is left. */
    public static Decoded decodeWith(String codec, byte[] data, String errors, boolean fin, int byteorder) {
        StrCodec.Decoded d = StrCodec.decode(data, 0, data.length, codec(codec), errors, fin, byteorder);
        return new Decoded(d.text(), d.consumed(), d.byteorder());
    }

    /** The bytes of a bytes-like argument: "a bytes-like object is required, not 'str'". */
    public static byte[] buffer(Object o) {
        return BytesArgs.buffer(o);
    }
}
