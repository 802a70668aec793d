package dev.kaa.vm.modules.random;

import dev.kaa.vm.modules.struct.PyScripts;
import org.junit.jupiter.api.Test;

/**
 * {@code _random} and {@code random.py} on it: seeded sequences (int, str, bytes, float seeds),
 * the distributions, state round trips, argument errors and subclassing. Expected texts are
 * CPython 3.13's output for the same script.
 */
class RandomModuleTest {
    @Test
    void seededSequencesMatchCPython() {
        PyScripts.check("random", "random_all");
    }
}
