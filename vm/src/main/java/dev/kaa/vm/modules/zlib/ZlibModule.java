package dev.kaa.vm.modules.zlib;

import dev.kaa.vm.modules.struct.Buffers;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBaseException;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;

/**
 * {@code zlib}: deflate compression on java.util.zip (itself zlib), with the zlib and gzip
 * wrappers written and parsed in this package.
 *
 * <p>Thread safety: stateless; the objects it makes are GIL-guarded.
 */
public final class ZlibModule {
    private ZlibModule() {}

    static final PyType ERROR = PyType.builtin("zlib.error", PyBaseException.class, null, Exceptions.Exception);

    public static PyModule create() {
        PyModule m = new PyModule("zlib");
        Exposer.functions(ZlibModule.class, MethodHandles.lookup(), "zlib", m).forEach(m::put);
        m.put("error", ERROR);
        m.put("_ZlibDecompressor", ZlibDecompressor.TYPE);
        Object[][] ints = {
            {"MAX_WBITS", 15}, {"DEFLATED", 8}, {"DEF_MEM_LEVEL", 8}, {"DEF_BUF_SIZE", 16384},
            {"Z_NO_COMPRESSION", 0}, {"Z_BEST_SPEED", 1}, {"Z_BEST_COMPRESSION", 9}, {"Z_DEFAULT_COMPRESSION", -1},
            {"Z_FILTERED", 1}, {"Z_HUFFMAN_ONLY", 2}, {"Z_RLE", 3}, {"Z_FIXED", 4}, {"Z_DEFAULT_STRATEGY", 0},
            {"Z_NO_FLUSH", 0}, {"Z_PARTIAL_FLUSH", 1}, {"Z_SYNC_FLUSH", 2}, {"Z_FULL_FLUSH", 3}, {"Z_FINISH", 4},
            {"Z_BLOCK", 5}, {"Z_TREES", 6},
        };
        for (Object[] e : ints) {
            m.put((String) e[0], PyInt.of((Integer) e[1]));
        }
        // The zlib version whose behaviour (header bytes, messages) this module follows.
        m.put("ZLIB_VERSION", PyStr.of("1.2.13"));
        m.put("ZLIB_RUNTIME_VERSION", PyStr.of("1.2.13"));
        return m;
    }

    static PyException error(String message) {
        return PyErr.format(ERROR, "%s", message);
    }

    @PyMethod(positionalOnly = 1, doc = "Deflate the data in one go and give the compressed bytes.")
    static Object compress(Object data, @Opt("-1") int level, @Opt("15") int wbits) {
        byte[] b = Buffers.read(data);
        if (level < -1 || level > 9 || !(DeflateEngine.validWbits(wbits) || wbits == 8)) {
            throw error("Bad compression level");
        }
        return new PyBytes(new DeflateEngine(level, wbits == 8 ? 9 : wbits, 0, null).run(b, DeflateEngine.FINISH));
    }

    @PyMethod(positionalOnly = 1, doc = "Inflate the data in one go and give the uncompressed bytes.")
    static Object decompress(Object data, @Opt("15") int wbits, @Opt("16384") long bufsize) {
        byte[] b = Buffers.read(data);
        if (bufsize < 0) {
            throw PyErr.valueError("bufsize must be non-negative");
        }
        InflateEngine e = new InflateEngine(wbits, null, "preparing to decompress data");
        byte[] out = e.feed(b, 0, b.length, -1);
        if (!e.eof()) {
            throw error("Error -5 while decompressing data: incomplete or truncated stream");
        }
        return new PyBytes(out);
    }

    @PyMethod(positionalOnly = 0, doc = "A new object for compressing a stream piece by piece.")
    static Object compressobj(@Opt("-1") int level, @Opt("8") int method, @Opt("15") int wbits,
            @Opt("8") int memLevel, @Opt("0") int strategy, @Opt Object zdict) {
        byte[] dict = zdict == null ? null : Buffers.read(zdict);
        if (level < -1 || level > 9 || method != 8 || !(DeflateEngine.validWbits(wbits) || wbits == 8)
                || memLevel < 1 || memLevel > 9 || strategy < 0 || strategy > 4) {
            throw PyErr.valueError("Invalid initialization option");
        }
        return new ZlibCompress(new DeflateEngine(level, wbits == 8 ? 9 : wbits, strategy, dict));
    }

    @PyMethod(positionalOnly = 0, doc = "A new object for decompressing a stream piece by piece.")
    static Object decompressobj(@Opt("15") int wbits, @Opt Object zdict) {
        byte[] dict = zdict == null ? null : Buffers.read(zdict);
        if (!(wbits == 0 || wbits >= 8 && wbits <= 15 || wbits >= -15 && wbits <= -8 || wbits >= 24 && wbits <= 31
                || wbits >= 40 && wbits <= 47)) {
            throw PyErr.valueError("Invalid initialization option");
        }
        return new ZlibDecompress(new InflateEngine(wbits, dict, "creating decompression object"));
    }

    @PyMethod(doc = "The CRC-32 of data, continuing from value if given.")
    static Object crc32(Object data, @Opt("0") Object value) {
        byte[] b = Buffers.read(data);
        long start = value == null ? 0 : dev.kaa.vm.objects.Abstract.index(value).bigValue().longValue() & 0xffffffffL;
        return PyInt.of(Checksums.crc32(start, b));
    }

    @PyMethod(doc = "The Adler-32 of data, continuing from value if given.")
    static Object adler32(Object data, @Opt("1") Object value) {
        byte[] b = Buffers.read(data);
        long start = value == null ? 1 : dev.kaa.vm.objects.Abstract.index(value).bigValue().longValue() & 0xffffffffL;
        return PyInt.of(Checksums.adler32(start, b));
    }
}
