package dev.kaa.vm.modules.hashlib;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;
import java.util.HexFormat;

/**
 * {@code _hashlib.HMAC}: a running HMAC, made by {@code hmac_new}; {@code hmac.HMAC} wraps it.
 *
 * <p>Thread safety: GIL-guarded; the {@link Hmac} has its own lock, as {@link HashState}'s
 * engine does, since large updates release the GIL.
 */
final class HmacObject extends PyObject {
    static final PyType TYPE = PyType.builtin("_hashlib.HMAC", HmacObject.class, MethodHandles.lookup(),
            PyType.DISALLOW_INSTANTIATION);

    /** Guarded by its own monitor. */
    private final Hmac hmac;

    HmacObject(Hmac hmac) {
        this.hmac = hmac;
    }

    @Override public PyType type() {
        return TYPE;
    }

    /** Feeds {@code data}, releasing the GIL when there is much of it. */
    void feed(byte[] data) {
        HashState.feed(hmac.inner, data);
    }

    private byte[] mac() {
        synchronized (hmac.inner) {
            return hmac.digest();
        }
    }

    @PyMethod(positionalOnly = 0, doc = "Feed msg (bytes-like) into the running HMAC.")
    void update(Object msg) {
        feed(HashState.data(msg));
    }

    @PyMethod(doc = "Return the digest of the bytes passed to update() so far.")
    Object digest() {
        return new PyBytes(mac());
    }

    @PyMethod(doc = "Return the digest of the bytes passed so far, as hexadecimal digits.")
    String hexdigest() {
        return HexFormat.of().formatHex(mac());
    }

    @PyMethod(doc = "A new HMAC object in the same state as this one.")
    Object copy() {
        synchronized (hmac.inner) {
            return new HmacObject(hmac.copy());
        }
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of("<" + hmac.alg.pyName + " HMAC object @ " + Abstract.idHex(this) + ">");
    }

    @PyGetter
    String name() {
        return "hmac-" + hmac.alg.pyName;
    }

    @PyGetter
    int digest_size() {
        return hmac.alg.digestSize;
    }

    @PyGetter
    int block_size() {
        return hmac.alg.blockSize;
    }
}
