package dev.kaa.vm.modules.zlib;

import dev.kaa.vm.modules.struct.Buffers;
import dev.kaa.vm.objects.Exceptions;
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
 * {@code zlib._ZlibDecompressor} (used by gzip's reader): like the bz2 and lzma decompressors,
 * it keeps input it could not use yet and takes {@code max_length=-1} for "no limit".
 *
 * <p>Thread safety: GIL-guarded.
 */
final class ZlibDecompressor extends PyObject {
    static final PyType TYPE = PyType.builtin("zlib._ZlibDecompressor", ZlibDecompressor.class,
            MethodHandles.lookup(), 0);

    private final InflateEngine engine;
    private byte[] buffered = new byte[0];
    private byte[] unusedData = new byte[0];
    private boolean needsInput = true;

    private ZlibDecompressor(InflateEngine engine) {
        this.engine = engine;
    }

    @Override public PyType type() {
        return TYPE;
    }

    @PyMethod(positionalOnly = 0)
    static Object __new__(PyType cls, @Opt("15") int wbits, @Opt Object zdict) {
        byte[] dict = zdict == null ? null : Buffers.read(zdict);
        return new ZlibDecompressor(new InflateEngine(wbits, dict, "creating decompression object"));
    }

    @PyMethod(positionalOnly = 1)
    Object decompress(Object data, @Opt("-1") long max_length) {
        byte[] b = Buffers.read(data);
        if (engine.eof()) {
            throw PyErr.format(Exceptions.EOFError, "End of stream already reached");
        }
        byte[] in = buffered.length == 0 ? b : concat(buffered, b);
        byte[] out = engine.feed(in, 0, in.length, max_length < 0 ? -1 : max_length);
        byte[] rest = Arrays.copyOfRange(in, engine.consumed, in.length);
        if (engine.eof()) {
            unusedData = rest;
            buffered = new byte[0];
            needsInput = false;
        } else {
            buffered = rest;
            needsInput = rest.length == 0 && (max_length < 0 || out.length < max_length);
        }
        return new PyBytes(out);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    @PyGetter
    boolean eof() {
        return engine.eof();
    }

    @PyGetter
    boolean needs_input() {
        return needsInput;
    }

    @PyGetter
    Object unused_data() {
        return new PyBytes(unusedData);
    }
}
