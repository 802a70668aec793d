package dev.kaa.vm.modules.hashes;

/**
 * The BLAKE2 parameter block's values, checked against the variant's limits by
 * {@link Blake2Module}.
 *
 * <p>Thread safety: immutable (the arrays are private copies).
 */
record Blake2Params(int digestSize, byte[] key, byte[] salt, byte[] person, int fanout, int depth, long leafSize,
        long nodeOffset, int nodeDepth, int innerSize, boolean lastNode) {}
