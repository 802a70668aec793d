package dev.kaa.vm.modules.hashes;

import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyModule;

/**
 * {@code _blake2}: BLAKE2b and BLAKE2s (RFC 7693) with keys, salt, personalization and
 * tree-hashing parameters, and the size constants.
 *
 * <p>Thread safety: stateless.
 */
public final class Blake2Module {
    private Blake2Module() {}

    public static PyModule create() {
        PyModule m = new PyModule("_blake2");
        m.put("blake2b", Blake2Object.BLAKE2B);
        m.put("blake2s", Blake2Object.BLAKE2S);
        m.put("BLAKE2B_MAX_DIGEST_SIZE", PyInt.of(64));
        m.put("BLAKE2B_MAX_KEY_SIZE", PyInt.of(64));
        m.put("BLAKE2B_PERSON_SIZE", PyInt.of(16));
        m.put("BLAKE2B_SALT_SIZE", PyInt.of(16));
        m.put("BLAKE2S_MAX_DIGEST_SIZE", PyInt.of(32));
        m.put("BLAKE2S_MAX_KEY_SIZE", PyInt.of(32));
        m.put("BLAKE2S_PERSON_SIZE", PyInt.of(8));
        m.put("BLAKE2S_SALT_SIZE", PyInt.of(8));
        return m;
    }
}
