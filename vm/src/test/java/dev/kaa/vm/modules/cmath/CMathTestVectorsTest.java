package dev.kaa.vm.modules.cmath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.testkit.CPython;
import dev.kaa.vm.modules.struct.PyScripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code cmath} on the ~2,000 argument/function pairs of CPython's own test vectors
 * ({@code test/mathdata/cmath_testcases.txt} of the installed CPython: special values, branch
 * cuts, extremes), run on Kaa and on CPython and compared. Results must be identical but for
 * a few last-place differences of the JVM's elementary functions (at most 4 units in the last
 * place, for at most 0.5% of the cases).
 */
class CMathTestVectorsTest {
    private static final String SCRIPT = """
            import cmath, os
            fd = os.open(PATH, os.O_RDONLY)
            buf = b''
            while True:
                chunk = os.read(fd, 65536)
                if not chunk:
                    break
                buf += chunk
            os.close(fd)
            for line in buf.decode().split('\\n'):
                line = line.split('--')[0].strip()
                if not line:
                    continue
                lhs, rhs = line.split('->')
                id, fn, ar, ai = lhs.split()
                if fn in ('rect', 'polar'):
                    continue
                try:
                    r = getattr(cmath, fn)(complex(float(ar), float(ai)))
                    s = '%s %s' % (r.real.hex(), r.imag.hex())
                except Exception as e:
                    s = type(e).__name__
                print(id, fn, ar, ai, s)
            """;

    @Test
    void cpythonTestVectors() throws IOException {
        assumeTrue(CPython.found(), CPython.MISSING);
        Path data = CPython.lib().resolve("test/mathdata/cmath_testcases.txt");
        assumeTrue(Files.isRegularFile(data), "CPython's test data is not installed");
        String source = "PATH = " + pyString(data.toString()) + "\n" + SCRIPT;
        Path dir = Files.createTempDirectory("kaa-cmath");
        Path script = dir.resolve("vectors.py");
        Files.writeString(script, source);
        CPython.Result expected = CPython.run(List.of(script.toString()), dir, 120);
        assertEquals(0, expected.exitCode(), expected.stderr());
        String[] want = expected.stdout().split("\n");
        String[] got = PyScripts.run(source, "vectors.py").split("\n");
        assertEquals(want.length, got.length, "line count");
        int differing = 0;
        for (int i = 0; i < want.length; i++) {
            if (want[i].equals(got[i])) {
                continue;
            }
            differing++;
            String[] e = want[i].split(" "), a = got[i].split(" ");
            assertEquals(e.length, a.length, got[i]);
            for (int k = 4; k < e.length; k++) {
                if (e[k].equals(a[k])) {
                    continue;
                }
                double x = Double.parseDouble(e[k]), y = Double.parseDouble(a[k]);
                assertTrue(Math.abs(x - y) <= 4 * Math.ulp(x), "expected " + want[i] + " got " + got[i]);
            }
        }
        assertTrue(differing <= want.length / 200, differing + " of " + want.length + " differ");
    }

    private static String pyString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
