package dev.kaa.vm.modules.bisect;

import dev.kaa.vm.modules.struct.PyScripts;
import org.junit.jupiter.api.Test;

/**
 * {@code _bisect} against CPython 3.13's output for the same script (resources/bisect).
 *
 * <p>Thread safety: JUnit runs each test on its own interpreter.
 */
class BisectModuleTest {
    @Test
    void matchesCPython() {
        PyScripts.check("bisect", "bisect_all");
    }
}
