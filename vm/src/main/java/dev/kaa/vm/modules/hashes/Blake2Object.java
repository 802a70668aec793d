package dev.kaa.vm.modules.hashes;

import dev.kaa.vm.modules.struct.Buffers;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;
import java.math.BigInteger;
import java.util.HexFormat;

/**
 * {@code _blake2.blake2b} and {@code blake2s}: BLAKE2 hash objects with the keyword
 * parameters of the BLAKE2 parameter block, checked with CPython's messages.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class Blake2Object extends PyObject {
    static final PyType BLAKE2B = PyType.builtin("_blake2.blake2b", Blake2Object.class, MethodHandles.lookup(), 0);
    static final PyType BLAKE2S = PyType.builtin("_blake2.blake2s", Blake2Object.class, MethodHandles.lookup(), 0);

    static {
        // The size constants CPython's types carry as class attributes.
        for (PyType t : new PyType[] {BLAKE2B, BLAKE2S}) {
            int max = t == BLAKE2B ? 64 : 32, salt = t == BLAKE2B ? 16 : 8;
            t.dict().setItem(PyStr.of("MAX_DIGEST_SIZE"), PyInt.of(max));
            t.dict().setItem(PyStr.of("MAX_KEY_SIZE"), PyInt.of(max));
            t.dict().setItem(PyStr.of("PERSON_SIZE"), PyInt.of(salt));
            t.dict().setItem(PyStr.of("SALT_SIZE"), PyInt.of(salt));
        }
    }

    private static final String[] KEYWORDS = {"digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size",
        "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"};

    private final PyType type;
    private final int digestSize;
    private final HashEngine engine;

    private Blake2Object(PyType type, int digestSize, HashEngine engine) {
        this.type = type;
        this.digestSize = digestSize;
        this.engine = engine;
    }

    @Override public PyType type() {
        return type;
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        boolean big = cls == BLAKE2B;
        String name = big ? "blake2b" : "blake2s";
        int maxSize = big ? 64 : 32, saltSize = big ? 16 : 8;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos > 1) {
            throw PyErr.typeError("%s() takes at most 1 positional argument (%d given)", name, npos);
        }
        Object[] kw = new Object[KEYWORDS.length];
        for (int k = 0; k < nkw; k++) {
            int at = java.util.Arrays.asList(KEYWORDS).indexOf(kwnames[k]);
            if (at < 0) {
                throw PyErr.typeError("%s() got an unexpected keyword argument '%s'", name, kwnames[k]);
            }
            kw[at] = args[npos + k];
        }
        int digestSize = kw[0] == null ? maxSize : Abstract.asInt(kw[0]);
        if (digestSize < 1 || digestSize > maxSize) {
            throw PyErr.valueError("digest_size must be between 1 and %d bytes", maxSize);
        }
        byte[] key = bytes(kw[1]), salt = bytes(kw[2]), person = bytes(kw[3]);
        if (key.length > maxSize) {
            throw PyErr.valueError("maximum key length is %d bytes", maxSize);
        }
        if (salt.length > saltSize) {
            throw PyErr.valueError("maximum salt length is %d bytes", saltSize);
        }
        if (person.length > saltSize) {
            throw PyErr.valueError("maximum person length is %d bytes", saltSize);
        }
        int fanout = kw[4] == null ? 1 : Abstract.asInt(kw[4]);
        if (fanout < 0 || fanout > 255) {
            throw PyErr.valueError("fanout must be between 0 and 255");
        }
        int depth = kw[5] == null ? 1 : Abstract.asInt(kw[5]);
        if (depth <= 0 || depth > 255) {
            throw PyErr.valueError("depth must be between 1 and 255");
        }
        long leafSize = unsigned(kw[6], BigInteger.valueOf(0xffffffffL), "leaf_size is too large");
        long nodeOffset = unsigned(kw[7], big ? null : BigInteger.ONE.shiftLeft(48).subtract(BigInteger.ONE),
                "node_offset is too large");
        int nodeDepth = kw[8] == null ? 0 : Abstract.asInt(kw[8]);
        if (nodeDepth < 0 || nodeDepth > 255) {
            throw PyErr.valueError("node_depth must be between 0 and 255");
        }
        int innerSize = kw[9] == null ? 0 : Abstract.asInt(kw[9]);
        if (innerSize < 0 || innerSize > maxSize) {
            throw PyErr.valueError("inner_size must be between 0 and is %d", maxSize);
        }
        boolean lastNode = kw[10] != null && Abstract.isTrue(kw[10]);
        Blake2Params p = new Blake2Params(digestSize, key, salt, person, fanout, depth, leafSize, nodeOffset, nodeDepth,
                innerSize, lastNode);
        Blake2Object h = new Blake2Object(cls, digestSize, big ? Blake2b.of(p) : Blake2s.of(p));
        if (npos == 1) {
            h.engine.update(HashObject.data(args[0]));
        }
        return h;
    }

    private static byte[] bytes(Object o) {
        return o == null ? new byte[0] : Buffers.read(o);
    }

    /** A non-negative int no larger than {@code max} (null: 64 bits). */
    private static long unsigned(Object o, BigInteger max, String tooLarge) {
        if (o == null) {
            return 0;
        }
        PyInt i = Abstract.index(o);
        if (i.signum() < 0) {
            throw PyErr.valueError("value must be positive");
        }
        BigInteger v = i.bigValue();
        if (max == null ? v.bitLength() > 64 : v.compareTo(max) > 0) {
            throw PyErr.overflowError(max == null ? "int too big to convert" : tooLarge);
        }
        return v.longValue();
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
        return new Blake2Object(type, digestSize, engine.copy());
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
        return type == BLAKE2B ? 128 : 64;
    }
}
