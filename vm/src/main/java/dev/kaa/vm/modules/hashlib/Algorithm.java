package dev.kaa.vm.modules.hashlib;

import dev.kaa.vm.modules.hashes.HashEngine;
import dev.kaa.vm.modules.hashes.HashEngines;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The digests {@code _hashlib} offers, each with its Python name, sizes, engine and the other
 * names OpenSSL 3's default provider knows it by (matched ignoring case, as OpenSSL does; the
 * Python names match exactly). The JDK computes the MD5, SHA-1, SHA-2 and SHA-3 families;
 * Kaa's own engines the BLAKE2 and SHAKE ones, and this package RIPEMD-160 and SM3, which the
 * JDK lacks.
 *
 * <p>Thread safety: immutable.
 */
enum Algorithm {
    MD5("md5", 16, 64, "MD5", "MD5", "SSL3-MD5", "1.2.840.113549.2.5"),
    SHA1("sha1", 20, 64, "SHA-1", "SHA1", "SHA-1", "SSL3-SHA1", "1.3.14.3.2.26"),
    SHA224("sha224", 28, 64, "SHA-224", "SHA224", "SHA-224", "SHA2-224", "2.16.840.1.101.3.4.2.4"),
    SHA256("sha256", 32, 64, "SHA-256", "SHA256", "SHA-256", "SHA2-256", "2.16.840.1.101.3.4.2.1"),
    SHA384("sha384", 48, 128, "SHA-384", "SHA384", "SHA-384", "SHA2-384", "2.16.840.1.101.3.4.2.2"),
    SHA512("sha512", 64, 128, "SHA-512", "SHA512", "SHA-512", "SHA2-512", "2.16.840.1.101.3.4.2.3"),
    SHA512_224("sha512_224", 28, 128, "SHA-512/224", "SHA512_224", "SHA512-224", "SHA-512/224", "SHA2-512/224",
            "2.16.840.1.101.3.4.2.5"),
    SHA512_256("sha512_256", 32, 128, "SHA-512/256", "SHA512_256", "SHA512-256", "SHA-512/256", "SHA2-512/256",
            "2.16.840.1.101.3.4.2.6"),
    SHA3_224("sha3_224", 28, 144, "SHA3-224", "SHA3-224", "2.16.840.1.101.3.4.2.7"),
    SHA3_256("sha3_256", 32, 136, "SHA3-256", "SHA3-256", "2.16.840.1.101.3.4.2.8"),
    SHA3_384("sha3_384", 48, 104, "SHA3-384", "SHA3-384", "2.16.840.1.101.3.4.2.9"),
    SHA3_512("sha3_512", 64, 72, "SHA3-512", "SHA3-512", "2.16.840.1.101.3.4.2.10"),
    SHAKE_128("shake_128", 0, 168, null, () -> HashEngines.shake(128), "SHAKE128", "SHAKE-128",
            "2.16.840.1.101.3.4.2.11"),
    SHAKE_256("shake_256", 0, 136, null, () -> HashEngines.shake(256), "SHAKE256", "SHAKE-256",
            "2.16.840.1.101.3.4.2.12"),
    BLAKE2B("blake2b", 64, 128, null, HashEngines::blake2b, "BLAKE2B512", "BLAKE2B-512", "1.3.6.1.4.1.1722.12.2.1.16"),
    BLAKE2S("blake2s", 32, 64, null, HashEngines::blake2s, "BLAKE2S256", "BLAKE2S-256", "1.3.6.1.4.1.1722.12.2.2.8"),
    MD5_SHA1("md5-sha1", 36, 64, null, Md5Sha1::new, "MD5-SHA1"),
    RIPEMD160("ripemd160", 20, 64, null, Ripemd160::new, "RIPEMD160", "RIPEMD", "RIPEMD-160", "RMD160", "1.3.36.3.2.1"),
    SM3("sm3", 32, 64, null, Sm3::new, "SM3", "1.2.156.10197.1.401");

    /** The name Python sees ({@code HASH.name}, {@code openssl_md_meth_names}). */
    final String pyName;
    /** Bytes of output; 0 for the extendable-output functions. */
    final int digestSize;
    final int blockSize;
    /** The JDK's name for the digest, or null where Kaa computes it itself. */
    private final String jdkName;
    private final Supplier<HashEngine> engine;
    /** OpenSSL's names, upper case (and CPython's own upper-case spellings of the SHA-512/t names). */
    private final String[] aliases;

    /** A digest the JDK computes. */
    Algorithm(String pyName, int digestSize, int blockSize, String jdkName, String... aliases) {
        this(pyName, digestSize, blockSize, jdkName, () -> HashEngines.jdk(jdkName), aliases);
    }

    Algorithm(String pyName, int digestSize, int blockSize, String jdkName, Supplier<HashEngine> engine,
            String... aliases) {
        this.pyName = pyName;
        this.digestSize = digestSize;
        this.blockSize = blockSize;
        this.jdkName = jdkName;
        this.engine = engine;
        this.aliases = aliases;
    }

    /** The JDK's HMAC over this digest ("HmacSHA256"), or null when the JDK has none. */
    String jdkMac() {
        return jdkName == null ? null : "Hmac" + jdkName.replaceFirst("^SHA-", "SHA");
    }

    /** True for SHAKE, whose objects are {@code HASHXOF}s. */
    boolean xof() {
        return digestSize == 0;
    }

    HashEngine newEngine() {
        return engine.get();
    }

    /** The algorithm {@code name} stands for, or null. */
    static Algorithm byName(String name) {
        for (Algorithm a : values()) {
            if (a.pyName.equals(name)) {
                return a;
            }
        }
        String upper = name.toUpperCase(Locale.ROOT);
        for (Algorithm a : values()) {
            for (String alias : a.aliases) {
                if (alias.equals(upper)) {
                    return a;
                }
            }
        }
        return null;
    }

    /**
     * OpenSSL's TLS 1.0 digest: MD5 and SHA-1 side by side over the same input, their digests
     * concatenated.
     */
    private static final class Md5Sha1 implements HashEngine {
        private final HashEngine md5, sha1;

        Md5Sha1() {
            this(HashEngines.jdk("MD5"), HashEngines.jdk("SHA-1"));
        }

        private Md5Sha1(HashEngine md5, HashEngine sha1) {
            this.md5 = md5;
            this.sha1 = sha1;
        }

        @Override public void update(byte[] data) {
            md5.update(data);
            sha1.update(data);
        }

        @Override public byte[] digest(int length) {
            byte[] out = new byte[36];
            System.arraycopy(md5.digest(16), 0, out, 0, 16);
            System.arraycopy(sha1.digest(20), 0, out, 16, 20);
            return out;
        }

        @Override public HashEngine copy() {
            return new Md5Sha1(md5.copy(), sha1.copy());
        }
    }
}
