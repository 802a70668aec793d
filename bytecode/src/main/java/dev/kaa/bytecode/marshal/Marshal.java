package dev.kaa.bytecode.marshal;

/**
 * CPython 3.13's {@code marshal} format (version 4, plus the slice of version 5 when reading):
 * the serialisation of code objects and their constants inside {@code .pyc} files.
 *
 * <p>Values use the model of {@link dev.kaa.bytecode.Constant} ({@code str} is {@link String} or,
 * rarely, {@link dev.kaa.bytecode.Constant.Str}, {@code int} is {@link Long} or
 * {@link java.math.BigInteger}, and so on); the containers that never occur in code objects are
 * {@link MarshalList}, {@link MarshalDict} and {@link MarshalSet}.
 *
 * <p>Reading is strict and safe: malformed data of any kind raises {@link MarshalFormatException}
 * naming the source and the byte offset, never another exception, and never costs more than
 * memory linear in the input. {@link #loadsFaithful} also returns an {@link EncodingTrace}, with
 * which {@link #dumps(Object, EncodingTrace)} writes the value back byte for byte as CPython wrote it.
 *
 * <p>Two limits of the value model: a {@link dev.kaa.bytecode.Constant.Slice} is written as
 * format 5's {@code ':'}, which only CPython 3.14 reads (3.13 never has slice constants); and a
 * {@code str} of two lone surrogates that form a pair reads as the one astral character (Java
 * strings cannot tell them apart), though the trace still writes it back unchanged.
 *
 * <p>Thread safety: stateless.
 */
public final class Marshal {
    /** The format version CPython 3.13 writes ({@code marshal.version}). */
    public static final int VERSION = TypeCode.VERSION;

    private Marshal() {}

    /**
     * Reads the object at the start of {@code data}; bytes after it are ignored, as CPython's
     * {@code marshal.loads} ignores them.
     *
     * @param sourceName named in error messages (a file name), or null
     * @throws MarshalFormatException if the data is malformed
     */
    public static Object loads(byte[] data, String sourceName) {
        return loads(data, 0, data.length, sourceName);
    }

    /**
     * Reads the object at {@code data[offset]}, looking at no byte at or past
     * {@code offset + length}. Error offsets count from the start of {@code data}.
     *
     * @throws MarshalFormatException if the data is malformed
     * @throws IndexOutOfBoundsException if the range lies outside {@code data}
     */
    public static Object loads(byte[] data, int offset, int length, String sourceName) {
        return DeepNesting.run(depth -> new MarshalReader(data, offset, length, sourceName, false, depth).readTop());
    }

    /**
     * Reads like {@link #loads(byte[], int, int, String)} and also records how each object was
     * encoded, so that {@link #dumps(Object, EncodingTrace)} can write it back unchanged.
     *
     * @throws MarshalFormatException if the data is malformed
     */
    public static Unmarshalled loadsFaithful(byte[] data, int offset, int length, String sourceName) {
        return DeepNesting.run(depth -> {
            MarshalReader reader = new MarshalReader(data, offset, length, sourceName, true, depth);
            Object value = reader.readTop();
            return new Unmarshalled(value, reader.trace(), reader.position());
        });
    }

    /**
     * Writes {@code value} in format 4, choosing encodings as CPython does where that is cheap
     * (short ASCII and interned strings, references for repeated values). CPython 3.13's
     * {@code marshal.loads} reads the result back to an equal value.
     *
     * @throws IllegalArgumentException if the value (or something in it) is not marshallable, or
     *         is nested deeper than 2000 levels (CPython's limit)
     */
    public static byte[] dumps(Object value) {
        return DeepNesting.run(depth -> new MarshalWriter(null, depth).dump(value));
    }

    /**
     * Writes a value for {@code marshal.dumps}: in format {@code version} (0 to 4; below 3 there
     * are no references, below 2 floats are text), with {@code FLAG_REF} where CPython's reference
     * counts would most likely put it, and lists, dicts and sets shared by identity, so that a
     * list may contain itself.
     *
     * @param internedStrings the strings (by identity) to write as interned, besides those the
     *        compiler interns
     * @param heldOnce values (by identity) that have no other holder, so are not flagged unless
     *        they occur twice (the bytes a {@code bytearray} is written as)
     * @throws IllegalArgumentException as {@link #dumps(Object)}
     */
    public static byte[] dumpsValue(Object value, int version, java.util.Set<Object> internedStrings,
            java.util.Set<Object> heldOnce) {
        return DeepNesting.run(depth -> new MarshalWriter(depth, version, internedStrings, heldOnce).dump(value));
    }

    /**
     * Reads like {@link #loads(byte[], int, int, String)} for {@code marshal.loads}, noting the
     * strings read with an interned type code and where the value ends.
     *
     * @throws MarshalFormatException if the data is malformed
     */
    public static LoadedValue loadsValue(byte[] data, int offset, int length) {
        return DeepNesting.run(depth -> {
            MarshalReader reader = new MarshalReader(data, offset, length, null, false, depth).noteInterned();
            Object value = reader.readTop();
            return new LoadedValue(value, reader.position(), reader.internedStrings());
        });
    }

    /** Where {@link #loadValue} gets its bytes: a file's {@code readinto}. */
    @FunctionalInterface
    public interface ByteSource {
        /** Up to {@code n} bytes; fewer only at the end of the data. */
        byte[] read(int n);
    }

    /**
     * Reads one value for {@code marshal.load}, asking {@code source} for exactly the bytes each
     * step needs, so that nothing after the value is consumed. Runs on the caller's thread (the
     * source calls back into Python), which must have room for CPython's 2000 levels of nesting.
     *
     * @throws MarshalFormatException if the data is malformed or ends too soon
     */
    public static LoadedValue loadValue(ByteSource source) {
        MarshalReader reader = new MarshalReader(source).noteInterned();
        Object value = reader.readTop();
        return new LoadedValue(value, reader.position(), reader.internedStrings());
    }

    /**
     * A value {@link #loadsValue} read.
     *
     * @param value the value, in the model of {@link dev.kaa.bytecode.Constant} and this package
     * @param end the offset just after the value's bytes
     * @param internedStrings the strings in it (by identity) that the data marks as interned
     */
    public record LoadedValue(Object value, int end, java.util.Set<Object> internedStrings) {}

    /**
     * Writes {@code value} with the encodings {@code trace} recorded when it was read. If the value
     * is not the one the trace describes (it was changed), the trace is set aside and the
     * encodings are chosen as by {@link #dumps(Object)}.
     *
     * @throws IllegalArgumentException as {@link #dumps(Object)}
     */
    public static byte[] dumps(Object value, EncodingTrace trace) {
        if (trace != null) {
            try {
                return DeepNesting.run(depth -> new MarshalWriter(trace, depth).dump(value));
            } catch (MarshalWriter.Diverged e) {
                // the value differs from what was read; fall through to fresh choices
            }
        }
        return dumps(value);
    }
}
