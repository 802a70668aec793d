package dev.kaa.vm.modules.hashlib;

import dev.kaa.vm.modules.hashes.HashEngine;

/**
 * HMAC (RFC 2104) over any fixed-size {@link Algorithm}: the inner and outer engines, primed
 * with the padded key, of which the digest is taken without ending the computation.
 *
 * <p>Thread safety: not thread-safe; {@link HmacObject} locks the inner engine around each use.
 */
final class Hmac {
    final Algorithm alg;
    final HashEngine inner;
    /** Primed with the key and never fed again: {@link #digest} works on a copy, copies share it. */
    private final HashEngine outer;

    private Hmac(Algorithm alg, HashEngine inner, HashEngine outer) {
        this.alg = alg;
        this.inner = inner;
        this.outer = outer;
    }

    /** HMAC keyed with {@code key}; {@code alg} must not be an extendable-output function. */
    static Hmac keyed(Algorithm alg, byte[] key) {
        if (key.length > alg.blockSize) {
            HashEngine e = alg.newEngine();
            e.update(key);
            key = e.digest(alg.digestSize);
        }
        byte[] in = new byte[alg.blockSize], out = new byte[alg.blockSize];
        for (int i = 0; i < alg.blockSize; i++) {
            byte k = i < key.length ? key[i] : 0;
            in[i] = (byte) (k ^ 0x36);
            out[i] = (byte) (k ^ 0x5c);
        }
        HashEngine inner = alg.newEngine(), outer = alg.newEngine();
        inner.update(in);
        outer.update(out);
        return new Hmac(alg, inner, outer);
    }

    void update(byte[] data) {
        inner.update(data);
    }

    /** The MAC of what was fed so far; feeding may go on. */
    byte[] digest() {
        HashEngine o = outer.copy();
        o.update(inner.digest(alg.digestSize));
        return o.digest(alg.digestSize);
    }

    Hmac copy() {
        return new Hmac(alg, inner.copy(), outer);
    }
}
