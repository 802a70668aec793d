package dev.kaa.vm.modules.hashlib;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * PBKDF2 (RFC 8018, section 5.2) with HMAC over an {@link Algorithm} as the pseudorandom
 * function: the JDK's {@link Mac} where it has one (many times faster than copying digest
 * states on every round), {@link Hmac} otherwise.
 *
 * <p>Thread safety: stateless; runs on Java data only, so callers may release the GIL.
 */
final class Pbkdf2 {
    private Pbkdf2() {}

    /** One keyed pseudorandom function: MAC of the given pieces. */
    private interface Prf {
        byte[] mac(byte[] first, byte[] second);
    }

    /** {@code length} bytes of key from {@code password} and {@code salt}. */
    static byte[] derive(Algorithm alg, byte[] password, byte[] salt, long iterations, int length) {
        Prf prf = alg.jdkMac() != null ? jdk(alg.jdkMac(), password) : kaa(alg, password);
        int hlen = alg.digestSize;
        byte[] out = new byte[length];
        byte[] none = new byte[0];
        for (int block = 1, at = 0; at < length; block++, at += hlen) {
            byte[] index = {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block};
            byte[] u = prf.mac(salt, index);
            byte[] t = u.clone();
            for (long i = 1; i < iterations; i++) {
                u = prf.mac(u, none);
                for (int k = 0; k < hlen; k++) {
                    t[k] ^= u[k];
                }
            }
            System.arraycopy(t, 0, out, at, Math.min(hlen, length - at));
        }
        return out;
    }

    private static Prf kaa(Algorithm alg, byte[] password) {
        Hmac keyed = Hmac.keyed(alg, password);
        return (first, second) -> {
            Hmac h = keyed.copy();
            h.update(first);
            h.update(second);
            return h.digest();
        };
    }

    private static Prf jdk(String macName, byte[] password) {
        try {
            Mac mac = Mac.getInstance(macName);
            // The JDK refuses an empty key; HMAC pads keys with zeros, so one zero byte is the same key.
            mac.init(new SecretKeySpec(password.length == 0 ? new byte[1] : password, macName));
            return (first, second) -> {
                mac.update(first);
                mac.update(second);
                return mac.doFinal();
            };
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + macName, e);
        }
    }
}
