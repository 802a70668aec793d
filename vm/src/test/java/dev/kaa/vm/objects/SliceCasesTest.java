package dev.kaa.vm.objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code slice} cases of {@code containers/} compared with CPython 3.13's results (see
 * {@link ListScriptTest}; {@code containers/gen_expected.py} regenerates the expected files).
 */
class SliceCasesTest {
    @BeforeAll
    static void boot() {
        BuiltinTypes.boot();
    }

    @Test
    void sliceCasesMatchCPython() {
        ListScriptTest.check("slice");
    }

    /** Seeded slicing, slice assignment and deletion of lists, tuples and ranges. */
    @Test
    void sliceRandomCasesMatchCPython() {
        ListScriptTest.check("slice_random");
    }
}
