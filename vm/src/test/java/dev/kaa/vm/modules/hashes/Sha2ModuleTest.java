package dev.kaa.vm.modules.hashes;

import dev.kaa.vm.modules.struct.PyScripts;
import org.junit.jupiter.api.Test;

/**
 * {@code _sha2}: digests of the four algorithms over bytes-like data, copies, attributes and
 * argument errors. Expected texts are CPython 3.13's output for the same script.
 */
class Sha2ModuleTest {
    @Test
    void digestsAndErrors() {
        PyScripts.check("hashes", "sha2_all");
    }
}
