package dev.kaa.bytecode.marshal;

/**
 * The one error the {@code marshal} reader raises for malformed input: truncated data, unknown
 * type codes, sizes out of range, bad references, nesting deeper than CPython's limit, undecodable
 * strings or a code object with fields of the wrong kind.
 *
 * <p>The message follows CPython's words where it has them and names the source and the byte
 * offset: {@code bad marshal data (unknown type code) in foo.pyc at offset 1234}.
 * {@link #pythonType()} says which Python exception CPython raises for the same data
 * ({@code EOFError}, {@code ValueError}, {@code TypeError} or {@code UnicodeDecodeError}), so an
 * interpreter can raise the same.
 *
 * <p>Thread safety: immutable.
 */
public final class MarshalFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String reason;
    private final String source;
    private final long offset;
    private final String pythonType;

    /**
     * @param pythonType the Python exception CPython raises ({@code "ValueError"} …)
     * @param reason CPython's message, without the location
     * @param source the name of the data's source (a file name), or null
     * @param offset the byte offset in the source where the fault was found
     */
    public MarshalFormatException(String pythonType, String reason, String source, long offset) {
        super(reason + (source == null ? "" : " in " + source) + " at offset " + offset, null, false, false);
        this.pythonType = pythonType;
        this.reason = reason;
        this.source = source;
        this.offset = offset;
    }

    /** CPython's message without the location, e.g. {@code bad marshal data (unknown type code)}. */
    public String reason() {
        return reason;
    }

    /** The source name given to the reader, or null. */
    public String source() {
        return source;
    }

    /** The byte offset in the source where the fault was found. */
    public long offset() {
        return offset;
    }

    /** The name of the Python exception CPython raises for the same input. */
    public String pythonType() {
        return pythonType;
    }
}
