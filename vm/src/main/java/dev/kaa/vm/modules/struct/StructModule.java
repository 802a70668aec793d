package dev.kaa.vm.modules.struct;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBaseException;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code _struct}: conversion between Python values and C structs packed in bytes
 * ({@code pack}, {@code unpack}, {@code calcsize}, ..., the {@link PyStruct Struct} type and
 * {@code struct.error}). The module functions share a small cache of compiled formats.
 *
 * <p>Thread safety: the cache is a concurrent map; everything else is stateless.
 */
public final class StructModule {
    private StructModule() {}

    /** {@code struct.error}. */
    public static final PyType ERROR = PyType.builtin("struct.error", PyBaseException.class, null, Exceptions.Exception);

    /** CPython keeps at most this many compiled formats. */
    private static final int CACHE_LIMIT = 100;
    private static final ConcurrentHashMap<String, StructFormat> CACHE = new ConcurrentHashMap<>();

    public static PyModule create() {
        PyModule m = new PyModule("_struct");
        m.put("__doc__", PyStr.of(StructDocs.MODULE));
        Exposer.functions(StructModule.class, MethodHandles.lookup(), "_struct", m).forEach(m::put);
        m.put("Struct", PyStruct.TYPE);
        m.put("error", ERROR);
        return m;
    }

    static PyException error(String format, Object... args) {
        return PyErr.format(ERROR, format, args);
    }

    /** The compiled form of a format argument of the module functions. */
    static StructFormat cached(Object format) {
        if (!StructFormat.acceptable(format)) {
            Abstract.hash(format);
            throw PyErr.typeError("Struct() argument 1 must be a str or bytes object, not %T", format);
        }
        String key = (format instanceof PyBytes b ? "b" + new String(b.data(), java.nio.charset.StandardCharsets.ISO_8859_1)
                : "s" + ((PyStr) format).value());
        StructFormat f = CACHE.get(key);
        if (f == null) {
            f = StructFormat.compile(format);
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(key, f);
        }
        return f;
    }

    @PyMethod(doc = "Forget the compiled formats kept for reuse.")
    static void _clearcache() {
        CACHE.clear();
    }

    @PyMethod(doc = "The number of bytes the format packs into.")
    static long calcsize(Object format) {
        return cached(format).size;
    }

    @PyMethod(doc = "Pack the values, one per format item, into bytes as the format string says.")
    static Object pack(Object[] args, String[] kwnames) {
        noKeywords("pack", kwnames);
        if (args.length == 0) {
            throw PyErr.typeError("missing format argument");
        }
        return PyStruct.packAll(cached(args[0]), args, 1);
    }

    @PyMethod(doc = "Pack the values, one per format item, into the writable buffer from offset on\n"
            + "(offset is required).")
    static void pack_into(Object[] args, String[] kwnames) {
        noKeywords("pack_into", kwnames);
        if (args.length == 0) {
            throw PyErr.typeError("missing format argument");
        }
        PyStruct.packInto(cached(args[0]), Arrays.copyOfRange(args, 1, args.length));
    }

    @PyMethod(doc = "Unpack the buffer (of exactly the format's size) into a tuple of values.")
    static Object unpack(Object format, Object buffer) {
        return PyStruct.unpackAll(cached(format), buffer);
    }

    @PyMethod(positionalOnly = 1, doc = "Unpack the buffer (of exactly the format's size) into a tuple of values.")
    static Object unpack_from(Object format, Object buffer, @Opt Object offset) {
        return PyStruct.unpackFrom(cached(format), buffer, offset);
    }

    @PyMethod(doc = "Iterate over the buffer in format-sized steps, giving one unpacked tuple per step.")
    static Object iter_unpack(Object format, Object buffer) {
        return StructUnpackIterator.of(cached(format), buffer);
    }

    static void noKeywords(String name, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("%s() takes no keyword arguments", name);
        }
    }
}
