package dev.kaa.stdlib.bz2;

import dev.kaa.ext.ExtensionModule;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Py;
import java.lang.invoke.MethodHandles;

/**
 * {@code _bz2}: {@link BZ2Compressor} and {@link BZ2Decompressor} over the system's libbzip2,
 * called as CPython's module calls it, so the compressed bytes are CPython's. The module is
 * absent (ImportError) on a system without the library, as CPython's is when built without it.
 *
 * <p>Thread safety: stateless; each object has its own lock.
 */
public final class Bz2Module implements ExtensionModule {
    @Override public String name() {
        return "_bz2";
    }

    @Override public void initialize(ModuleDefinition m) {
        if (Libbz2.LIB == null) {
            throw Py.error(Py.builtinType("ImportError"), Libbz2.ABSENT);
        }
        m.addFinalType("BZ2Compressor", BZ2Compressor.class, MethodHandles.lookup(),
                "BZ2Compressor(compresslevel=9, /)\n--\n\n"
                + "A compressor that takes data in pieces (compress) and ends the bzip2 stream with flush().\n\n"
                + "  compresslevel\n"
                + "    The block size, in units of 100 kB, from 1 to 9; larger compresses better.\n\n"
                + "bz2.compress() does the same in one call.");
        m.addFinalType("BZ2Decompressor", BZ2Decompressor.class, MethodHandles.lookup(),
                "BZ2Decompressor()\n--\n\n"
                + "A decompressor that takes a bzip2 stream in pieces and gives back the data they hold.\n\n"
                + "bz2.decompress() does the same in one call.");
    }
}
