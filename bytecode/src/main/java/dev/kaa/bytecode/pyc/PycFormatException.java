package dev.kaa.bytecode.pyc;

import java.io.IOException;

/**
 * A {@code .pyc} file that cannot be used: a bad magic number, a short header, unknown flags,
 * malformed {@code marshal} data (the cause is then the
 * {@link dev.kaa.bytecode.marshal.MarshalFormatException}) or a body that is not a code object.
 * Messages are importlib's where it has them ({@code bad magic number in 'x.pyc': b'abcd'}) and
 * otherwise name the file and the byte offset.
 *
 * <p>Thread safety: immutable.
 */
public final class PycFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;
    private final long offset;

    PycFormatException(String pythonType, String message, long offset) {
        super(message);
        this.pythonType = pythonType;
        this.offset = offset;
    }

    PycFormatException(String pythonType, String message, long offset, Throwable cause) {
        super(message, cause);
        this.pythonType = pythonType;
        this.offset = offset;
    }

    /** The Python exception CPython's importer raises ({@code ImportError}, {@code EOFError} …). */
    public String pythonType() {
        return pythonType;
    }

    /** The byte offset in the file where the fault was found. */
    public long offset() {
        return offset;
    }
}
