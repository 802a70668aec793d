package dev.kaa.vm.modules.zlib;

import dev.kaa.vm.modules.struct.Buffers;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Opt;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;

/**
 * {@code zlib.Decompress}, the object {@code decompressobj()} returns: input left over by
 * {@code max_length} is {@code unconsumed_tail}; input after the stream's end is {@code unused_data}.
 *
 * <p>Thread safety: GIL-guarded.
 */
final class ZlibDecompress extends PyObject {
    static final PyType TYPE = PyType.builtin("zlib.Decompress", ZlibDecompress.class, MethodHandles.lookup(),
            PyType.DISALLOW_INSTANTIATION);

    private final InflateEngine engine;
    private byte[] unusedData = new byte[0];
    private byte[] unconsumedTail = new byte[0];

    ZlibDecompress(InflateEngine engine) {
        this.engine = engine;
        engine.keepHistory();
    }

    @Override public PyType type() {
        return TYPE;
    }

    @PyMethod(positionalOnly = 1, doc = "Return a bytes object containing the decompressed version of the data.")
    Object decompress(Object data, @Opt("0") long max_length) {
        byte[] b = Buffers.read(data);
        if (max_length < 0) {
            throw PyErr.valueError("max_length must be non-negative");
        }
        return new PyBytes(run(b, max_length == 0 ? -1 : max_length));
    }

    private byte[] run(byte[] b, long max) {
        if (engine.eof()) {
            unusedData = concat(unusedData, b);
            unconsumedTail = new byte[0];
            return new byte[0];
        }
        byte[] out = engine.feed(b, 0, b.length, max);
        byte[] rest = Arrays.copyOfRange(b, engine.consumed, b.length);
        if (engine.eof()) {
            unusedData = concat(unusedData, rest);
            unconsumedTail = new byte[0];
        } else {
            unconsumedTail = rest;
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    @PyMethod(doc = "Return a bytes object containing any remaining decompressed data.")
    Object flush(@Opt("16384") long length) {
        if (length <= 0) {
            throw PyErr.valueError("length must be greater than zero");
        }
        return new PyBytes(run(unconsumedTail, -1));
    }

    @PyMethod(doc = "Return a copy of the decompression object.")
    Object copy() {
        ZlibDecompress c = new ZlibDecompress(engine.copy());
        c.unusedData = unusedData;
        c.unconsumedTail = unconsumedTail;
        return c;
    }

    @PyMethod(value = "__copy__")
    Object copy_() {
        return copy();
    }

    @PyMethod(value = "__deepcopy__")
    Object deepcopy(Object memo) {
        return copy();
    }

    @PyGetter
    Object unused_data() {
        return new PyBytes(unusedData);
    }

    @PyGetter
    Object unconsumed_tail() {
        return new PyBytes(unconsumedTail);
    }

    @PyGetter
    boolean eof() {
        return engine.eof();
    }
}
