package dev.kaa.bytecode.pyc;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The 16-byte header of a CPython 3.13 {@code .pyc} file (PEP 552): the magic number 3571
 * ({@code f3 0d 0d 0a}), a flags word, then either the source's modification time and size
 * (flags 0, timestamp-based) or an eight-byte source hash (flag bit 0, hash-based; bit 1
 * {@code check_source} asks the importer to check the hash against the source).
 *
 * <p>The time and size are unsigned 32-bit values, kept modulo 2<sup>32</sup> as CPython keeps
 * them. For a hash-based header they are 0 and {@link #sourceHash()} holds the hash; for a
 * timestamp-based header the hash is empty.
 *
 * <p>Thread safety: immutable.
 */
public final class PycHeader {
    /** The magic number of CPython 3.13 (the first two bytes of the file, little-endian). */
    public static final int MAGIC = 3571;
    /** The four magic bytes as a little-endian word: {@code MAGIC} followed by {@code \r\n}. */
    public static final int MAGIC_WORD = MAGIC | '\r' << 16 | '\n' << 24;
    /** The size of the header in bytes. */
    public static final int SIZE = 16;
    /** Flag bit: the file is hash-based. */
    public static final int FLAG_HASH_BASED = 0b01;
    /** Flag bit: the importer checks the hash against the source. */
    public static final int FLAG_CHECK_SOURCE = 0b10;

    private final int flags;
    private final long mtime;
    private final long sourceSize;
    private final byte[] sourceHash;

    private PycHeader(int flags, long mtime, long sourceSize, byte[] sourceHash) {
        this.flags = flags;
        this.mtime = mtime;
        this.sourceSize = sourceSize;
        this.sourceHash = sourceHash;
    }

    /** The four magic bytes. */
    public static byte[] magicBytes() {
        return new byte[] {(byte) MAGIC, (byte) (MAGIC >> 8), '\r', '\n'};
    }

    /**
     * A timestamp-based header for a source modified at {@code mtimeSeconds} (seconds since the
     * epoch) with {@code sourceSize} bytes; both are kept modulo 2<sup>32</sup>.
     */
    public static PycHeader timestamp(long mtimeSeconds, long sourceSize) {
        return new PycHeader(0, mtimeSeconds & 0xffffffffL, sourceSize & 0xffffffffL, new byte[0]);
    }

    /** A hash-based header with the {@link SourceHash} of {@code source}. */
    public static PycHeader hashBased(byte[] source, boolean checkSource) {
        return withSourceHash(SourceHash.of(source), checkSource);
    }

    /** A hash-based header holding an eight-byte source hash computed elsewhere. */
    public static PycHeader withSourceHash(byte[] hash8, boolean checkSource) {
        if (hash8.length != 8) {
            throw new IllegalArgumentException("a source hash has 8 bytes, not " + hash8.length);
        }
        return new PycHeader(FLAG_HASH_BASED | (checkSource ? FLAG_CHECK_SOURCE : 0), 0, 0, hash8.clone());
    }

    /** The flags word. */
    public int flags() {
        return flags;
    }

    public boolean isHashBased() {
        return (flags & FLAG_HASH_BASED) != 0;
    }

    public boolean checkSource() {
        return (flags & FLAG_CHECK_SOURCE) != 0;
    }

    /** The source's modification time in seconds, modulo 2<sup>32</sup> (0 when hash-based). */
    public long mtime() {
        return mtime;
    }

    /** The source's size in bytes, modulo 2<sup>32</sup> (0 when hash-based). */
    public long sourceSize() {
        return sourceSize;
    }

    /** The eight-byte source hash, or an empty array when timestamp-based. */
    public byte[] sourceHash() {
        return sourceHash.clone();
    }

    /** The 16 header bytes. */
    public byte[] toBytes() {
        byte[] out = new byte[SIZE];
        System.arraycopy(magicBytes(), 0, out, 0, 4);
        putInt(out, 4, flags);
        if (isHashBased()) {
            System.arraycopy(sourceHash, 0, out, 8, 8);
        } else {
            putInt(out, 8, (int) mtime);
            putInt(out, 12, (int) sourceSize);
        }
        return out;
    }

    /**
     * Reads a header as importlib's {@code _classify_pyc} checks it: magic, then length, then
     * flags; {@code name} is used in the messages.
     */
    static PycHeader parse(byte[] data, String name) throws PycFormatException {
        byte[] magic = Arrays.copyOf(data, Math.min(4, data.length));
        if (!Arrays.equals(magic, magicBytes())) {
            throw new PycFormatException("ImportError", "bad magic number in '" + name + "': "
                    + dev.kaa.bytecode.PyRepr.bytesRepr(magic), 0);
        }
        if (data.length < SIZE) {
            throw new PycFormatException("EOFError", "reached EOF while reading pyc header of '" + name + "'",
                    data.length);
        }
        int flags = getInt(data, 4);
        if ((flags & ~0b11) != 0) {
            throw new PycFormatException("ImportError", "invalid flags " + Integer.toUnsignedString(flags)
                    + " in '" + name + "'", 4);
        }
        if ((flags & FLAG_HASH_BASED) != 0) {
            return new PycHeader(flags, 0, 0, Arrays.copyOfRange(data, 8, 16));
        }
        return new PycHeader(flags, getInt(data, 8) & 0xffffffffL, getInt(data, 12) & 0xffffffffL, new byte[0]);
    }

    private static void putInt(byte[] out, int offset, int v) {
        for (int i = 0; i < 4; i++) {
            out[offset + i] = (byte) (v >> (8 * i));
        }
    }

    private static int getInt(byte[] data, int offset) {
        return (data[offset] & 0xff) | (data[offset + 1] & 0xff) << 8 | (data[offset + 2] & 0xff) << 16
                | (data[offset + 3] & 0xff) << 24;
    }

    @Override public boolean equals(Object o) {
        return o instanceof PycHeader h && h.flags == flags && h.mtime == mtime && h.sourceSize == sourceSize
                && Arrays.equals(h.sourceHash, sourceHash);
    }

    @Override public int hashCode() {
        return Arrays.hashCode(sourceHash) ^ Long.hashCode(mtime * 31 + sourceSize) ^ flags;
    }

    @Override public String toString() {
        return isHashBased()
                ? "PycHeader[hash=" + HexFormat.of().formatHex(sourceHash) + ", checkSource=" + checkSource() + "]"
                : "PycHeader[mtime=" + mtime + ", size=" + sourceSize + "]";
    }
}
