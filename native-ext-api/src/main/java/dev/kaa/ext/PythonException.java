package dev.kaa.ext;

/**
 * A Python exception on its way through Java code: what a function raises and what a call into
 * Python ({@link Py#call}, {@link Py#getAttr} …) may throw. Extension code makes one with
 * {@link Py#error} and its shortcuts, and asks which one it caught with {@link #matches}.
 *
 * <p>Thread safety: as the Python exception object it carries.
 */
public abstract class PythonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected PythonException(String message) {
        super(message, null, false, false);
    }

    /** The exception object ({@code sys.exception()} when it is handled). */
    public abstract Object value();

    /** Whether the exception is an instance of {@code type}, as an {@code except type:} clause asks. */
    public abstract boolean matches(PythonType type);
}
