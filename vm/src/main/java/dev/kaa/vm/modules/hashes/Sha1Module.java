package dev.kaa.vm.modules.hashes;

import dev.kaa.vm.modules.hashes.HashObject.Algorithm;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import java.lang.invoke.MethodHandles;

/**
 * {@code _sha1}: SHA-1 on the JDK's digest.
 *
 * <p>Thread safety: stateless.
 */
public final class Sha1Module {
    private Sha1Module() {}

    static final Algorithm SHA1 = Sha2Module.algorithm("_sha1.sha1", "sha1", 20, 64, "SHA-1");

    public static PyModule create() {
        PyModule m = new PyModule("_sha1");
        Exposer.functions(Sha1Module.class, MethodHandles.lookup(), "_sha1", m).forEach(m::put);
        m.put("SHA1Type", SHA1.type());
        return m;
    }

    @PyMethod(doc = "Start a SHA-1 hash, first fed with the given data if any.")
    static Object sha1(Object[] args, String[] kwnames) {
        return HashObject.create(SHA1, HashArgs.data("sha1", args, kwnames));
    }
}
