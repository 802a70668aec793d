package dev.kaa.stdlib.lib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.bytecode.pyc.PycFile;
import dev.kaa.bytecode.pyc.SourceHash;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tree the build put in {@code target/classes}, as the VM will see it. */
class StdlibTreeTest {
    private static Path lib;
    private static List<String> index;
    private static Properties info;

    @BeforeAll
    static void locate() throws IOException {
        assumeTrue(StdlibLocator.present(), "the tree was not built (-Dkaa.stdlib.skip=true)");
        lib = StdlibLocator.libDir();
        index = StdlibLocator.index();
        info = StdlibLocator.buildInfo();
    }

    @Test
    void findsOsAndItsPyc() throws Exception {
        assertTrue(index.contains("os.py"));
        assertEquals("__pycache__/os.kaa-313.pyc", StdlibLocator.cachePath("os.py"));
        assertTrue(index.contains("__pycache__/os.kaa-313.pyc"));
        byte[] source = Files.readAllBytes(lib.resolve("os.py"));
        PycFile pyc = PycFile.parse(Files.readAllBytes(lib.resolve("__pycache__/os.kaa-313.pyc")), "os");
        // Unchecked hash-based: flags 0b01, the source's hash, nothing for the importer to check.
        assertEquals(0b01, pyc.header().flags());
        assertArrayEquals(SourceHash.of(source), pyc.header().sourceHash());
        assertEquals("<module>", pyc.code().name());
        assertEquals("/lib/python3.13/os.py", pyc.code().filename());
    }

    @Test
    void theExplodedModuleIsItsOwnRoot() throws IOException {
        // The tests run on the class path from target/classes; the VM runs from the jar.
        assertEquals(StdlibLocator.location().resolve(StdlibLocator.LIB), lib);
    }

    @Test
    void packagesHaveTheirPycBesideTheirInit() {
        assertTrue(index.contains("json/__init__.py"));
        assertTrue(index.contains("json/__pycache__/__init__.kaa-313.pyc"));
        assertTrue(index.contains("collections/__pycache__/__init__.kaa-313.pyc"));
    }

    @Test
    void everySourceHasItsPycAndEveryPycItsSource() {
        Set<String> entries = new HashSet<>(index);
        Set<String> notCompiled = new HashSet<>(Arrays.asList(info.getProperty("not-compiled", "").split(",")));
        List<String> missing = new ArrayList<>();
        for (String path : index) {
            if (path.endsWith(".py") && !notCompiled.contains(path) && !entries.contains(StdlibLocator.cachePath(path))) {
                missing.add(path);
            }
            if (path.endsWith(".pyc")) {
                String source = path.replace("__pycache__/", "").replace("." + StdlibLocator.CACHE_TAG + ".pyc", ".py");
                assertTrue(entries.contains(source), "a .pyc without its source: " + path);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void indexListsExactlyTheTree() throws IOException {
        List<String> files;
        try (Stream<Path> walk = Files.walk(lib)) {
            files = walk.filter(Files::isRegularFile).map(p -> lib.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(StdlibLocator.INDEX)).sorted().toList();
        }
        assertEquals(files, index);
    }

    @Test
    void buildInfoCountsMatchTheTree() {
        long py = index.stream().filter(p -> p.endsWith(".py")).count();
        long pyc = index.stream().filter(p -> p.endsWith(".pyc")).count();
        long data = index.stream().filter(p -> !p.endsWith(".py") && !p.endsWith(".pyc")
                && !p.equals(StdlibLocator.BUILD_INFO)).count();
        assertEquals(py, Long.parseLong(info.getProperty("modules")));
        assertEquals(pyc, Long.parseLong(info.getProperty("pyc")));
        assertEquals(data, Long.parseLong(info.getProperty("data-files")));
        assertEquals(py + data, Long.parseLong(info.getProperty("files")));
        assertTrue(py > 500, "the whole Lib but its tests: " + py);
        assertTrue(Set.of("cpython", "pyodide").contains(info.getProperty("source.kind")));
        assertTrue(info.getProperty("source.version").startsWith("3.13."));
        assertEquals("unchecked-hash", info.getProperty("pyc.invalidation"));
    }

    @Test
    void testsAndTkAreLeftOut() {
        assertTrue(index.stream().noneMatch(p -> p.startsWith("test/") || p.startsWith("idlelib/")
                || p.startsWith("tkinter/") || p.startsWith("site-packages/")));
    }
}
