package dev.kaa.bytecode.marshal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.testkit.CPython;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test of the marshal codec: every {@code __pycache__/*.cpython-313.pyc} CPython
 * 3.13 wrote for its own {@code Lib} reads and writes back byte-identical, and Kaa's own choice of
 * encodings for the same code objects reads back in CPython to equal values.
 */
class LibPycRoundTripTest {
    private static List<Path> pycs;

    @BeforeAll static void findPycs() throws IOException {
        assumeTrue(CPython.found(), CPython.MISSING);
        try (Stream<Path> walk = Files.walk(CPython.lib())) {
            pycs = walk.filter(p -> p.getFileName().toString().endsWith(".cpython-313.pyc")
                    && p.getParent().getFileName().toString().equals("__pycache__"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
        assumeTrue(pycs.size() > 100, "CPython's Lib has no __pycache__ (run python3.13 -m compileall)");
    }

    @Test void everyLibPycWritesBackByteIdentical() throws IOException {
        List<String> failures = new ArrayList<>();
        for (Path p : pycs) {
            byte[] file = Files.readAllBytes(p);
            Unmarshalled u = Marshal.loadsFaithful(file, 16, file.length - 16, p.toString());
            byte[] body = Arrays.copyOfRange(file, 16, file.length);
            byte[] again = Marshal.dumps(u.value(), u.trace());
            if (!Arrays.equals(body, again)) {
                failures.add(p + ": first difference at offset " + (16 + Arrays.mismatch(body, again)));
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())),
                failures.size() + " of " + pycs.size() + " files differ");
    }

    @Test void freshEncodingsReadBackInCPython(@TempDir Path dir) throws IOException {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < pycs.size(); i++) {
            byte[] file = Files.readAllBytes(pycs.get(i));
            Object code = Marshal.loads(file, 16, file.length - 16, pycs.get(i).toString());
            Files.write(dir.resolve(i + ".bin"), Marshal.dumps(code));
            list.append(pycs.get(i)).append('\n');
        }
        Files.writeString(dir.resolve("list.txt"), list, StandardCharsets.UTF_8);
        Path script = dir.resolve("compare_values.py");
        try (InputStream in = LibPycRoundTripTest.class.getResourceAsStream("compare_values.py")) {
            Files.write(script, in.readAllBytes());
        }
        CPython.Result r = CPython.run(List.of(script.toString(), dir.toString()), dir, 300);
        assertEquals(0, r.exitCode(), r.stderr());
        List<String> unexplained = new ArrayList<>();
        for (String line : r.stdout().lines().toList()) {
            if (line.startsWith("MISMATCH ")) {
                unexplained.add(line);
            }
        }
        assertEquals(List.of(), unexplained, r.stdout().lines().reduce((a, b) -> b).orElse(""));
        assertTrue(r.stdout().contains("checked " + pycs.size()), r.stdout());
    }
}
