package dev.kaa.vm.objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code set} cases of {@code containers/} compared with CPython 3.13's results (see
 * {@link ListScriptTest}; {@code containers/gen_expected.py} regenerates the expected files).
 */
class SetCasesTest {
    @BeforeAll
    static void boot() {
        BuiltinTypes.boot();
    }

    @Test
    void setCasesMatchCPython() {
        ListScriptTest.check("set");
    }

    @Test
    void setRandomCasesMatchCPython() {
        ListScriptTest.check("set_random");
    }
}
