package dev.kaa.vm.modules.hashes;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A {@link HashEngine} over one of the JDK's {@link MessageDigest}s (MD5, SHA-1, SHA-2, SHA-3).
 *
 * <p>Thread safety: not thread-safe (GIL).
 */
final class MessageDigestEngine implements HashEngine {
    private final MessageDigest md;

    private MessageDigestEngine(MessageDigest md) {
        this.md = md;
    }

    /** A fresh engine for the JDK algorithm name ("SHA-256"). */
    static MessageDigestEngine of(String jdkName) {
        try {
            return new MessageDigestEngine(MessageDigest.getInstance(jdkName));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + jdkName, e);
        }
    }

    @Override public void update(byte[] data) {
        md.update(data);
    }

    @Override public byte[] digest(int length) {
        return copyOf().digest();
    }

    @Override public HashEngine copy() {
        return new MessageDigestEngine(copyOf());
    }

    private MessageDigest copyOf() {
        try {
            return (MessageDigest) md.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's " + md.getAlgorithm() + " cannot be cloned", e);
        }
    }
}
