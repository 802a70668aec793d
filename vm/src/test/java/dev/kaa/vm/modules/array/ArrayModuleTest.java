package dev.kaa.vm.modules.array;

import dev.kaa.vm.modules.struct.PyScripts;
import org.junit.jupiter.api.Test;

/**
 * {@code array} against CPython 3.13's output for the same script (resources/array).
 *
 * <p>Thread safety: JUnit runs each test on its own interpreter.
 */
class ArrayModuleTest {
    @Test
    void matchesCPython() {
        PyScripts.check("array", "array_all");
    }

    @Test
    void moreMatchesCPython() {
        PyScripts.check("array", "array_more");
    }

    @Test
    void operatorsMatchCPython() {
        PyScripts.check("array", "array_ops");
    }
}
