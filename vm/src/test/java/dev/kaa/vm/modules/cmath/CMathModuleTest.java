package dev.kaa.vm.modules.cmath;

import dev.kaa.vm.modules.struct.PyScripts;
import org.junit.jupiter.api.Test;

/**
 * {@code cmath}: every function over the grid of special and ordinary values (infinities,
 * NaNs, signed zeros, branch cuts), errors, argument conversion, rect/polar/phase, isclose
 * and the constants. Expected texts are CPython 3.13's output for the same script.
 */
class CMathModuleTest {
    @Test
    void specialValuesAndErrors() {
        PyScripts.check("cmath", "cmath_all");
    }
}
