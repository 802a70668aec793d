package dev.kaa.vm.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.testkit.CPython;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks that the committed {@code containers/*.expected} files are what CPython 3.13 prints for
 * the committed cases today: it runs {@code gen_expected.py} on a copy and compares. The other
 * container tests then need no CPython.
 */
class SetExpectedFilesTest {
    private static final List<String> NAMES = List.of("set", "set_random", "list", "tuple", "dict", "dict_random", "range",
            "slice", "slice_random");

    @Test
    void expectedFilesAreCPythons() throws IOException {
        assumeTrue(CPython.found(), CPython.MISSING);
        Path dir = Files.createTempDirectory("kaa-containers");
        try {
            copy("gen_expected.py", dir);
            for (String n : NAMES) {
                copy(n + ".cases", dir);
            }
            CPython.Result r = CPython.run(List.of("gen_expected.py"), dir, 120);
            assertEquals(0, r.exitCode(), r.stderr());
            for (String n : NAMES) {
                String committed = read(n + ".expected");
                assertEquals(committed, Files.readString(dir.resolve(n + ".expected")), n + ".expected is stale");
                if (n.endsWith("_random")) {
                    assertEquals(read(n + ".cases"), Files.readString(dir.resolve(n + ".cases")), n + ".cases is stale");
                }
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    private static String read(String name) throws IOException {
        try (InputStream in = SetExpectedFilesTest.class.getResourceAsStream("/containers/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static void copy(String name, Path dir) throws IOException {
        Files.writeString(dir.resolve(name), read(name));
    }
}
