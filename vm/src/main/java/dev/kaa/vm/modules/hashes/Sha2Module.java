package dev.kaa.vm.modules.hashes;

import dev.kaa.vm.modules.hashes.HashObject.Algorithm;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;

/**
 * {@code _sha2}: {@code sha224}, {@code sha256}, {@code sha384} and {@code sha512} on the JDK's
 * digests.
 *
 * <p>Thread safety: stateless.
 */
public final class Sha2Module {
    private Sha2Module() {}

    static final Algorithm SHA224 = algorithm("_sha2.SHA224Type", "sha224", 28, 64, "SHA-224");
    static final Algorithm SHA256 = algorithm("_sha2.SHA256Type", "sha256", 32, 64, "SHA-256");
    static final Algorithm SHA384 = algorithm("_sha2.SHA384Type", "sha384", 48, 128, "SHA-384");
    static final Algorithm SHA512 = algorithm("_sha2.SHA512Type", "sha512", 64, 128, "SHA-512");

    /** A JDK-backed algorithm whose objects are of a new built-in type named {@code typeName}. */
    static Algorithm algorithm(String typeName, String name, int digestSize, int blockSize, String jdkName) {
        PyType type = PyType.builtin(typeName, HashObject.class, MethodHandles.lookup(), PyType.DISALLOW_INSTANTIATION);
        return new Algorithm(type, name, digestSize, blockSize, () -> MessageDigestEngine.of(jdkName));
    }

    public static PyModule create() {
        PyModule m = new PyModule("_sha2");
        Exposer.functions(Sha2Module.class, MethodHandles.lookup(), "_sha2", m).forEach(m::put);
        m.put("SHA224Type", SHA224.type());
        m.put("SHA256Type", SHA256.type());
        m.put("SHA384Type", SHA384.type());
        m.put("SHA512Type", SHA512.type());
        return m;
    }

    @PyMethod(doc = "Start a SHA-224 hash, first fed with the given data if any.")
    static Object sha224(Object[] args, String[] kwnames) {
        return HashObject.create(SHA224, HashArgs.data("sha224", args, kwnames));
    }

    @PyMethod(doc = "Start a SHA-256 hash, first fed with the given data if any.")
    static Object sha256(Object[] args, String[] kwnames) {
        return HashObject.create(SHA256, HashArgs.data("sha256", args, kwnames));
    }

    @PyMethod(doc = "Start a SHA-384 hash, first fed with the given data if any.")
    static Object sha384(Object[] args, String[] kwnames) {
        return HashObject.create(SHA384, HashArgs.data("sha384", args, kwnames));
    }

    @PyMethod(doc = "Start a SHA-512 hash, first fed with the given data if any.")
    static Object sha512(Object[] args, String[] kwnames) {
        return HashObject.create(SHA512, HashArgs.data("sha512", args, kwnames));
    }
}
