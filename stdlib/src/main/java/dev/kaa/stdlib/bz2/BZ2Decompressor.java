package dev.kaa.stdlib.bz2;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyGetter;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonType;
import dev.kaa.stdlib.internal.DecompressorCore;
import dev.kaa.stdlib.internal.OutputBlocks;

/**
 * {@code _bz2.BZ2Decompressor()}: a libbzip2 decompression stream, driven by
 * {@link DecompressorCore} ({@code max_length}, the input kept between calls, the library's
 * state freed at the end of the stream or when the object is collected).
 *
 * <p>Thread safety: self-locking, as CPython's object is.
 */
public final class BZ2Decompressor extends ExtensionObject {
    private final DecompressorCore core = new DecompressorCore(Libbz2.BZ_STREAM, Libbz2.LIB.decompressing, false,
            "End of stream already reached");

    private BZ2Decompressor(PythonType type) {
        super(type);
    }

    @PyMethod
    static Object __new__(PythonType cls, Object[] args, String[] kwnames) {
        int keywords = kwnames == null ? 0 : kwnames.length;
        if (args.length > keywords) {
            throw Py.typeError("BZ2Decompressor() takes no positional arguments");
        }
        if (keywords > 0) {
            throw Py.typeError("BZ2Decompressor() takes no keyword arguments");
        }
        BZ2Decompressor d = new BZ2Decompressor(cls);
        Libbz2 lib = Libbz2.LIB;
        Libbz2.check(Libbz2.call(lib.decompressInit, d.core.stream().struct(), 0, 0));
        // What BZ2_bzDecompressInit allocates: the 3.7 MB of a level 9 block come when one is
        // read, and a decompressor that read its stream through is ended at its end.
        d.core.stream().started(d, lib.decompressEnd, 64L << 10);
        return d;
    }

    @PyMethod(positionalOnly = 0, doc = DecompressorCore.DECOMPRESS_DOC)
    Object decompress(Object data, @Opt("-1") Object max_length) {
        byte[] input = Py.asBytes(data);
        return Py.bytes(core.decompress(input, OutputBlocks.maxLength(max_length)));
    }

    @PyGetter(member = true, doc = DecompressorCore.EOF_DOC)
    boolean eof() {
        return core.eof();
    }

    @PyGetter(member = true, doc = DecompressorCore.UNUSED_DATA_DOC)
    Object unused_data() {
        return core.unusedData();
    }

    @PyGetter(member = true, doc = DecompressorCore.NEEDS_INPUT_DOC)
    boolean needs_input() {
        return core.needsInput();
    }
}
