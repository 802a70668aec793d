package dev.kaa.vm.modules.hashes;

/**
 * Fresh {@link HashEngine}s for code outside this package ({@code _hashlib}), which builds
 * its hash objects on the same engines as {@code _md5}, {@code _sha3}, {@code _blake2}.
 *
 * <p>Thread safety: stateless; each engine it returns is not thread-safe.
 */
public final class HashEngines {
    private HashEngines() {}

    private static final byte[] NONE = new byte[0];

    /** The JDK's digest of that name ("MD5", "SHA-512/224", "SHA3-256"). */
    public static HashEngine jdk(String jdkName) {
        return MessageDigestEngine.of(jdkName);
    }

    /** Unkeyed BLAKE2b with a 64-byte digest. */
    public static HashEngine blake2b() {
        return Blake2b.of(new Blake2Params(64, NONE, NONE, NONE, 1, 1, 0, 0, 0, 0, false));
    }

    /** Unkeyed BLAKE2s with a 32-byte digest. */
    public static HashEngine blake2s() {
        return Blake2s.of(new Blake2Params(32, NONE, NONE, NONE, 1, 1, 0, 0, 0, 0, false));
    }

    /** SHAKE128 or SHAKE256 ({@code bits}), whose digest has any length. */
    public static HashEngine shake(int bits) {
        return new Keccak(200 - bits / 4, (byte) 0x1f);
    }
}
