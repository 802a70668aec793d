package dev.kaa.vm.modules.hashes;

import dev.kaa.vm.modules.struct.PyScripts;
import org.junit.jupiter.api.Test;

/**
 * {@code _md5}, {@code _sha1}, {@code _sha3} (SHA-3 and SHAKE on Kaa's Keccak sponge) and
 * {@code _blake2} (keys, salt, personalization, tree parameters), and {@code hashlib} on them. Expected texts are CPython 3.13's output for the same script.
 */
class HashesModuleTest {
    @Test
    void digestsParametersAndErrors() {
        PyScripts.check("hashes", "hashes_all");
    }
}
