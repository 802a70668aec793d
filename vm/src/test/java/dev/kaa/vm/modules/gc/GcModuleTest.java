package dev.kaa.vm.modules.gc;

import dev.kaa.vm.modules.struct.PyScripts;
import org.junit.jupiter.api.Test;

/**
 * {@code gc} against CPython 3.13's output for the same script (resources/gc).
 *
 * <p>Thread safety: JUnit runs each test on its own interpreter.
 */
class GcModuleTest {
    @Test
    void matchesCPython() {
        PyScripts.check("gc", "gc_all");
    }

    @Test
    void callbacksMatchesCPython() {
        PyScripts.check("gc", "gc_callbacks");
    }
}
