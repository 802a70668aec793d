package dev.kaa.vm.modules.zlib;

import dev.kaa.vm.modules.struct.PyScripts;
import org.junit.jupiter.api.Test;

/**
 * {@code zlib} against CPython 3.13's output for the same scripts: exact compressed bytes per
 * level and wrapper, streaming objects and their copies, checksums, error messages; then
 * {@code gzip} and {@code zipfile} on top of it.
 */
class ZlibModuleTest {
    @Test
    void compressDecompressAndErrors() {
        PyScripts.check("zlib", "zlib_core");
    }

    @Test
    void streamingInSmallPiecesAndLimits() {
        PyScripts.check("zlib", "zlib_stream");
    }

    @Test
    void gzipAndZipfile() {
        PyScripts.check("zlib", "zlib_gzip_zip");
    }
}
