package dev.kaa.vm.objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code tuple} cases of {@code containers/} compared with CPython 3.13's results (see
 * {@link ListScriptTest}; {@code containers/gen_expected.py} regenerates the expected files).
 */
class TupleCasesTest {
    @BeforeAll
    static void boot() {
        BuiltinTypes.boot();
    }

    @Test
    void tupleCasesMatchCPython() {
        ListScriptTest.check("tuple");
    }
}
