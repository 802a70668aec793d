package dev.kaa.vm.modules.hashes;

/**
 * The state of one running hash computation, as the Python hash objects use it.
 *
 * <p>Thread safety: not thread-safe; the owning object serialises use (GIL).
 */
public interface HashEngine {

    /** Feeds bytes. */
    void update(byte[] data);

    /** The digest of everything fed so far, without ending the computation. */
    byte[] digest(int length);

    /** An independent engine in the same state. */
    HashEngine copy();
}
