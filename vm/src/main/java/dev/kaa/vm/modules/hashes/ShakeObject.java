package dev.kaa.vm.modules.hashes;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;
import java.util.HexFormat;

/**
 * {@code _sha3.shake_128} and {@code shake_256}: the extendable-output functions, whose
 * {@code digest(length)} and {@code hexdigest(length)} give any number of bytes.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class ShakeObject extends PyObject {
    static final PyType SHAKE_128 = PyType.builtin("_sha3.shake_128", ShakeObject.class, MethodHandles.lookup(), 0);
    static final PyType SHAKE_256 = PyType.builtin("_sha3.shake_256", ShakeObject.class, MethodHandles.lookup(), 0);

    /** CPython refuses outputs from this length on. */
    private static final long MAX_LENGTH = 1L << 29;

    private final PyType type;
    private final Keccak engine;

    private ShakeObject(PyType type, Keccak engine) {
        this.type = type;
        this.engine = engine;
    }

    @Override public PyType type() {
        return type;
    }

    /**
     * The data argument of the SHA-3 constructors, {@code (data=b'', /, *, usedforsecurity=True)};
     * CPython's messages name sha3_224 whichever the type.
     */
    static Object data(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos > 1) {
            throw PyErr.typeError("sha3_224() takes at most 1 positional argument (%d given)", npos);
        }
        for (String k : nkw == 0 ? new String[0] : kwnames) {
            if (!k.equals("usedforsecurity")) {
                throw PyErr.typeError("sha3_224() got an unexpected keyword argument '%s'", k);
            }
        }
        return npos == 1 ? args[0] : null;
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        int bits = Integer.parseInt(cls.name().substring(6));
        Object data = data(args, kwnames);
        ShakeObject h = new ShakeObject(cls, new Keccak(200 - bits / 4, (byte) 0x1f));
        if (data != null) {
            h.engine.update(HashObject.data(data));
        }
        return h;
    }

    private byte[] output(Object lengthArg) {
        // A C "unsigned long" argument: an int, or anything with __index__, but not a str.
        if (!(lengthArg instanceof PyInt) && Abstract.typeOf(lengthArg).slot(dev.kaa.vm.objects.Slot.__index__) == null) {
            throw PyErr.typeError("an integer is required");
        }
        PyInt n = Abstract.index(lengthArg);
        if (n.signum() < 0) {
            throw PyErr.valueError("value must be positive");
        }
        if (!n.isLong() || n.longValue() >= MAX_LENGTH) {
            throw PyErr.valueError("length is too large");
        }
        return engine.digest((int) n.longValue());
    }

    @PyMethod(doc = "Feed more bytes (any bytes-like object) into the running hash.")
    void update(Object data) {
        engine.update(HashObject.data(data));
    }

    @PyMethod(doc = "The hash of everything fed in so far, as bytes.")
    Object digest(Object length) {
        return new PyBytes(output(length));
    }

    @PyMethod(doc = "The hash of everything fed in so far, as a hex string.")
    String hexdigest(Object length) {
        return HexFormat.of().formatHex(output(length));
    }

    @PyMethod(doc = "A new hash object in the same state as this one.")
    Object copy() {
        return new ShakeObject(type, (Keccak) engine.copy());
    }

    @PyGetter
    String name() {
        return type.name();
    }

    @PyGetter
    int digest_size() {
        return 0;
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
