package dev.kaa.bytecode.marshal;

/**
 * A value read from {@code marshal} data together with the {@link EncodingTrace} that lets
 * {@link Marshal#dumps(Object, EncodingTrace)} write it back byte for byte.
 *
 * @param value the value, in the model of {@link dev.kaa.bytecode.Constant}
 * @param trace how it was encoded
 * @param end the offset just after the value's bytes
 *
 * <p>Thread safety: immutable.
 */
public record Unmarshalled(Object value, EncodingTrace trace, int end) {}
