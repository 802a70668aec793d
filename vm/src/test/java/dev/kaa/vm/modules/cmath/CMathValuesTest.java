package dev.kaa.vm.modules.cmath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaa.vm.modules.struct.PyScripts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code cmath} on finite arguments of all magnitudes (6,400 results as hex floats), against
 * CPython 3.13's output. Kaa's sin, cos, exp and log come from the JVM rather than the C
 * library, so a result may differ in its last bits: each must be within 4 units in the last
 * place, and at least 99% must be identical.
 */
class CMathValuesTest {
    @Test
    void finiteValuesAgreeWithCPython() throws IOException {
        String source = resource("cmath/cmath_values.py");
        String[] expected = resource("cmath/cmath_values.out").split("\n");
        String[] actual = PyScripts.run(source, "cmath_values.py").split("\n");
        assertEquals(expected.length, actual.length, "line count");
        int same = 0;
        for (int i = 0; i < expected.length; i++) {
            if (expected[i].equals(actual[i])) {
                same++;
                continue;
            }
            String[] e = expected[i].split(" "), a = actual[i].split(" ");
            assertEquals(e.length, a.length, actual[i]);
            for (int k = 0; k < e.length; k++) {
                if (!e[k].equals(a[k])) {
                    double x = Double.parseDouble(e[k]), y = Double.parseDouble(a[k]);
                    assertTrue(Math.abs(x - y) <= 4 * Math.ulp(x), "expected " + expected[i] + " got " + actual[i]);
                }
            }
        }
        assertTrue(same >= expected.length * 0.99, same + " of " + expected.length + " identical");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = CMathValuesTest.class.getResourceAsStream("/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
