package dev.kaa.vm.modules.hashes;

import dev.kaa.vm.modules.struct.Buffers;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import java.util.HexFormat;

/**
 * A fixed-size hash object of {@code _md5}, {@code _sha1} or {@code _sha2} ({@code update},
 * {@code digest}, {@code hexdigest}, {@code copy}, {@code name}, {@code digest_size},
 * {@code block_size}); each algorithm is its own Python type over this one Java class.
 *
 * <p>Thread safety: GIL-guarded.
 */
public class HashObject extends PyObject {
    private final Algorithm alg;
    final HashEngine engine;

    /** What distinguishes the algorithms: the Python type, the name, the sizes, the engine. */
    record Algorithm(PyType type, String name, int digestSize, int blockSize, java.util.function.Supplier<HashEngine> engine) {}

    HashObject(Algorithm alg, HashEngine engine) {
        this.alg = alg;
        this.engine = engine;
    }

    @Override public PyType type() {
        return alg.type();
    }

    /** The bytes a hash accepts: a buffer, never a str. */
    static byte[] data(Object o) {
        if (o instanceof PyStr) {
            throw PyErr.typeError("Strings must be encoded before hashing");
        }
        byte[] b = Buffers.orNull(o);
        if (b == null) {
            throw PyErr.typeError("object supporting the buffer API required");
        }
        return b;
    }

    /** A new hash object of {@code alg} fed with {@code data} (null: nothing). */
    static HashObject create(Algorithm alg, Object data) {
        HashObject h = new HashObject(alg, alg.engine().get());
        if (data != null) {
            h.engine.update(data(data));
        }
        return h;
    }

    @PyMethod(doc = "Feed more bytes (any bytes-like object) into the running hash.")
    void update(Object obj) {
        engine.update(data(obj));
    }

    @PyMethod(doc = "The hash of everything fed in so far, as bytes.")
    Object digest() {
        return new PyBytes(engine.digest(alg.digestSize()));
    }

    @PyMethod(doc = "The hash of everything fed in so far, as a hex string.")
    String hexdigest() {
        return HexFormat.of().formatHex(engine.digest(alg.digestSize()));
    }

    @PyMethod(doc = "A new hash object in the same state as this one.")
    Object copy() {
        return new HashObject(alg, engine.copy());
    }

    @PyGetter
    String name() {
        return alg.name();
    }

    @PyGetter
    int digest_size() {
        return alg.digestSize();
    }

    @PyGetter
    int block_size() {
        return alg.blockSize();
    }
}
