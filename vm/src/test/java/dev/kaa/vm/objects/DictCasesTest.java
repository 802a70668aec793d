package dev.kaa.vm.objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code dict} cases of {@code containers/} compared with CPython 3.13's results (see
 * {@link ListScriptTest}; {@code containers/gen_expected.py} regenerates the expected files).
 */
class DictCasesTest {
    @BeforeAll
    static void boot() {
        BuiltinTypes.boot();
    }

    @Test
    void dictCasesMatchCPython() {
        ListScriptTest.check("dict");
    }
}
