package dev.kaa.vm.modules.hashes;

import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;
import java.util.HexFormat;

/**
 * {@code _sha3.sha3_224} ... {@code sha3_512}: fixed-length SHA-3 hash objects, each
 * algorithm its own type (constructible, not subclassable) over the {@link Keccak} sponge.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class Sha3Object extends PyObject {
    static final PyType SHA3_224 = type("sha3_224");
    static final PyType SHA3_256 = type("sha3_256");
    static final PyType SHA3_384 = type("sha3_384");
    static final PyType SHA3_512 = type("sha3_512");

    private static PyType type(String name) {
        return PyType.builtin("_sha3." + name, Sha3Object.class, MethodHandles.lookup(), 0);
    }

    private final PyType type;
    private final int digestSize;
    private final Keccak engine;

    private Sha3Object(PyType type, int digestSize, Keccak engine) {
        this.type = type;
        this.digestSize = digestSize;
        this.engine = engine;
    }

    @Override public PyType type() {
        return type;
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        int bits = Integer.parseInt(cls.name().substring(5));
        Object data = ShakeObject.data(args, kwnames);
        Sha3Object h = new Sha3Object(cls, bits / 8, new Keccak(200 - bits / 4, (byte) 0x06));
        if (data != null) {
            h.engine.update(HashObject.data(data));
        }
        return h;
    }

    @PyMethod(doc = "Feed more bytes (any bytes-like object) into the running hash.")
    void update(Object data) {
        engine.update(HashObject.data(data));
    }

    @PyMethod(doc = "The hash of everything fed in so far, as bytes.")
    Object digest() {
        return new PyBytes(engine.digest(digestSize));
    }

    @PyMethod(doc = "The hash of everything fed in so far, as a hex string.")
    String hexdigest() {
        return HexFormat.of().formatHex(engine.digest(digestSize));
    }

    @PyMethod(doc = "A new hash object in the same state as this one.")
    Object copy() {
        return new Sha3Object(type, digestSize, (Keccak) engine.copy());
    }

    @PyGetter
    String name() {
        return type.name();
    }

    @PyGetter
    int digest_size() {
        return digestSize;
    }

    @PyGetter
    int block_size() {
        return engine.rate;
    }

    @PyGetter
    int _capacity_bits() {
        return 1600 - 8 * engine.rate;
    }

    @PyGetter
    int _rate_bits() {
        return 8 * engine.rate;
    }

    @PyGetter
    Object _suffix() {
        return new PyBytes(new byte[] {engine.suffix});
    }

}
