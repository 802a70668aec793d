package dev.kaa.stdlib.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StdlibLocatorTest {
    @TempDir
    Path tmp;

    @Test
    void cachePathsAreCPythonsWithKaasTag() {
        assertEquals("__pycache__/os.kaa-313.pyc", StdlibLocator.cachePath("os.py"));
        assertEquals("email/mime/__pycache__/text.kaa-313.pyc", StdlibLocator.cachePath("email/mime/text.py"));
    }

    @Test
    void opensATreeInAJar() throws IOException {
        Path jar = tmp.resolve("kaa-stdlib-lib.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "lib/python3.13/INDEX", "os.py\n");
            put(out, "lib/python3.13/os.py", "sep = '/'\n");
        }
        Path root = StdlibLocator.openRoot(jar);
        assertEquals("sep = '/'\n", Files.readString(root.resolve("lib/python3.13/os.py")));
        assertTrue(Files.isDirectory(root.resolve("lib/python3.13")));
        // Read-only: the tree is part of the jar, never changed by a running program.
        assertTrue(root.getFileSystem().isReadOnly());
    }

    @Test
    void aJarWithoutTheTreeHasNone() throws IOException {
        Path jar = tmp.resolve("empty.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "dev/kaa/stdlib/lib/Nothing.txt", "");
        }
        assertNull(StdlibLocator.openRoot(jar));
        assertNull(StdlibLocator.openRoot(tmp));
    }

    private static void put(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
