package dev.kaa.vm.modules.hashlib;

import dev.kaa.vm.modules.hashes.HashEngine;

/**
 * The frame of the 64-byte-block hashes the JDK lacks (RIPEMD-160, SM3): buffering into blocks,
 * and the final block padded with 0x80, zeros and the message length in bits, in the byte order
 * of the algorithm.
 *
 * <p>Thread safety: not thread-safe (the owning object locks it).
 */
abstract class MerkleDamgard implements HashEngine {
    static final int BLOCK = 64;

    /** The chaining state, words of 32 bits. */
    final int[] state;
    private final byte[] buffer;
    private int buffered;
    /** Bytes fed so far. */
    private long count;

    MerkleDamgard(int[] state) {
        this(state, new byte[BLOCK], 0, 0);
    }

    MerkleDamgard(MerkleDamgard other) {
        this(other.state.clone(), other.buffer.clone(), other.buffered, other.count);
    }

    private MerkleDamgard(int[] state, byte[] buffer, int buffered, long count) {
        this.state = state;
        this.buffer = buffer;
        this.buffered = buffered;
        this.count = count;
    }

    /** Folds the 64 bytes of {@code block} at {@code at} into {@code h}. */
    abstract void compress(int[] h, byte[] block, int at);

    /** True when words and the length are big-endian (SM3), false for little-endian (RIPEMD-160). */
    abstract boolean bigEndian();

    @Override public void update(byte[] data) {
        count += data.length;
        int at = 0;
        if (buffered > 0) {
            int n = Math.min(BLOCK - buffered, data.length);
            System.arraycopy(data, 0, buffer, buffered, n);
            buffered += n;
            at = n;
            if (buffered < BLOCK) {
                return;
            }
            compress(state, buffer, 0);
            buffered = 0;
        }
        for (; at + BLOCK <= data.length; at += BLOCK) {
            compress(state, data, at);
        }
        System.arraycopy(data, at, buffer, 0, data.length - at);
        buffered = data.length - at;
    }

    @Override public byte[] digest(int length) {
        int[] h = state.clone();
        byte[] tail = new byte[buffered + 9 <= BLOCK ? BLOCK : 2 * BLOCK];
        System.arraycopy(buffer, 0, tail, 0, buffered);
        tail[buffered] = (byte) 0x80;
        long bits = count * 8;
        for (int i = 0; i < 8; i++) {
            tail[tail.length - 8 + i] = (byte) (bigEndian() ? bits >>> (56 - 8 * i) : bits >>> (8 * i));
        }
        for (int at = 0; at < tail.length; at += BLOCK) {
            compress(h, tail, at);
        }
        byte[] out = new byte[4 * h.length];
        for (int i = 0; i < out.length; i++) {
            int w = h[i / 4];
            out[i] = (byte) (bigEndian() ? w >>> (24 - 8 * (i % 4)) : w >>> (8 * (i % 4)));
        }
        return out;
    }

    /** Word {@code i} of the block at {@code at}. */
    int word(byte[] b, int at, int i) {
        int o = at + 4 * i;
        return bigEndian()
                ? (b[o] & 0xff) << 24 | (b[o + 1] & 0xff) << 16 | (b[o + 2] & 0xff) << 8 | (b[o + 3] & 0xff)
                : (b[o] & 0xff) | (b[o + 1] & 0xff) << 8 | (b[o + 2] & 0xff) << 16 | (b[o + 3] & 0xff) << 24;
    }
}
