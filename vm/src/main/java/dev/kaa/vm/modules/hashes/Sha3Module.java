package dev.kaa.vm.modules.hashes;

import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyStr;

/**
 * {@code _sha3}: the SHA-3 hashes and the SHAKE extendable-output functions of FIPS 202.
 *
 * <p>Thread safety: stateless.
 */
public final class Sha3Module {
    private Sha3Module() {}

    public static PyModule create() {
        PyModule m = new PyModule("_sha3");
        m.put("sha3_224", Sha3Object.SHA3_224);
        m.put("sha3_256", Sha3Object.SHA3_256);
        m.put("sha3_384", Sha3Object.SHA3_384);
        m.put("sha3_512", Sha3Object.SHA3_512);
        m.put("shake_128", ShakeObject.SHAKE_128);
        m.put("shake_256", ShakeObject.SHAKE_256);
        m.put("implementation", PyStr.of("kaa"));
        return m;
    }
}
