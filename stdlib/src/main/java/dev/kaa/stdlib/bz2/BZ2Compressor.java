package dev.kaa.stdlib.bz2;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonType;
import dev.kaa.stdlib.internal.CompressorCore;

/**
 * {@code _bz2.BZ2Compressor(compresslevel=9, /)}: a libbzip2 compression stream, driven by
 * {@link CompressorCore} (the library runs without the GIL on a native copy of the input; its
 * state is freed at {@code flush()} or when the object is collected).
 *
 * <p>Thread safety: self-locking, as CPython's object is.
 */
public final class BZ2Compressor extends ExtensionObject {
    private final CompressorCore core = new CompressorCore(Libbz2.BZ_STREAM, Libbz2.LIB.compressing, false);

    private BZ2Compressor(PythonType type) {
        super(type);
    }

    @PyMethod
    static Object __new__(PythonType cls, Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Py.typeError("BZ2Compressor() takes no keyword arguments");
        }
        if (args.length > 1) {
            throw Py.typeError("BZ2Compressor expected at most 1 argument, got " + args.length);
        }
        int level = args.length == 0 ? 9 : cInt(args[0]);
        if (level < 1 || level > 9) {
            throw Py.valueError("compresslevel must be between 1 and 9");
        }
        BZ2Compressor c = new BZ2Compressor(cls);
        Libbz2 lib = Libbz2.LIB;
        Libbz2.check(Libbz2.call(lib.compressInit, c.core.stream().struct(), level, 0, 0));
        // libbzip2's manual: 400 kB and 8 bytes per byte of block (100 kB per level).
        c.core.stream().started(c, lib.compressEnd, 400_000L + 800_000L * level);
        return c;
    }

    /** An argument as a C {@code int}, with CPython's complaint when it does not fit. */
    private static int cInt(Object o) {
        long v = Py.asLong(o);
        if (v != (int) v) {
            throw Py.overflowError(v < 0 ? "Python int too small to convert to C int"
                    : "Python int too large to convert to C int");
        }
        return (int) v;
    }

    @PyMethod(doc = CompressorCore.COMPRESS_DOC)
    Object compress(Object data) {
        return Py.bytes(core.compress(Py.asBytes(data)));
    }

    @PyMethod(doc = CompressorCore.FLUSH_DOC)
    Object flush() {
        return Py.bytes(core.flush());
    }
}
