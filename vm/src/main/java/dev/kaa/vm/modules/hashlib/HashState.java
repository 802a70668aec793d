package dev.kaa.vm.modules.hashlib;

import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.modules.hashes.HashEngine;
import dev.kaa.vm.modules.struct.Buffers;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;
import java.util.HexFormat;

/**
 * {@code _hashlib.HASH}: a running digest of a fixed-size {@link Algorithm}. Not constructible
 * from Python; {@code new()} and the {@code openssl_*} functions make them.
 *
 * <p>Thread safety: GIL-guarded, except that the engine has its own lock: an update of at least
 * {@link #UNLOCK_SIZE} bytes runs with the GIL released (on bytes no other thread can change),
 * as CPython's does, and other threads may meanwhile reach the same object.
 */
class HashState extends PyObject {
    static final PyType TYPE = PyType.builtin("_hashlib.HASH", HashState.class, MethodHandles.lookup(),
            PyType.BASETYPE | PyType.DISALLOW_INSTANTIATION);

    /** From this size on, an update gives the GIL to other threads while it computes. */
    static final int UNLOCK_SIZE = 2048;

    final Algorithm alg;
    /** Guarded by its own monitor. */
    final HashEngine engine;

    HashState(Algorithm alg, HashEngine engine) {
        this.alg = alg;
        this.engine = engine;
    }

    @Override public PyType type() {
        return TYPE;
    }

    /** A new hash object of {@code alg}, fed {@code data} (null: nothing). */
    static HashState create(Algorithm alg, Object data) {
        HashState h = alg.xof() ? new XofState(alg, alg.newEngine()) : new HashState(alg, alg.newEngine());
        if (data != null) {
            h.feed(data(data));
        }
        return h;
    }

    /** The bytes a hash accepts: a buffer, never a str (a private copy, or immutable bytes). */
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

    /** Feeds {@code data} to {@code engine}, releasing the GIL when there is much of it. */
    static void feed(HashEngine engine, byte[] data) {
        if (data.length >= UNLOCK_SIZE) {
            try (var unlocked = ThreadState.releaseGil()) {
                synchronized (engine) {
                    engine.update(data);
                }
            }
        } else {
            synchronized (engine) {
                engine.update(data);
            }
        }
    }

    void feed(byte[] data) {
        feed(engine, data);
    }

    /** The digest so far, {@code length} bytes long for the extendable-output functions. */
    byte[] output(int length) {
        try {
            synchronized (engine) {
                return engine.digest(length);
            }
        } catch (OutOfMemoryError e) {
            throw PyErr.memoryError();
        }
    }

    HashEngine engineCopy() {
        synchronized (engine) {
            return engine.copy();
        }
    }

    @PyMethod(doc = "Update this hash object's state with the bytes-like object given.")
    void update(Object obj) {
        feed(data(obj));
    }

    @PyMethod(doc = "Return the digest of the data passed so far, as bytes.")
    Object digest() {
        return new PyBytes(output(alg.digestSize));
    }

    @PyMethod(doc = "Return the digest of the data passed so far, as a string of hexadecimal digits.")
    String hexdigest() {
        return HexFormat.of().formatHex(output(alg.digestSize));
    }

    @PyMethod(doc = "Return a copy (a clone) of this hash object.")
    Object copy() {
        return alg.xof() ? new XofState(alg, engineCopy()) : new HashState(alg, engineCopy());
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of("<" + alg.pyName + " _hashlib." + type().name() + " object @ " + Abstract.idHex(this) + ">");
    }

    @PyGetter
    String name() {
        return alg.pyName;
    }

    @PyGetter
    int digest_size() {
        return alg.digestSize;
    }

    @PyGetter
    int block_size() {
        return alg.blockSize;
    }
}
