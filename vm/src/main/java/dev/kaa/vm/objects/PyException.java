package dev.kaa.vm.objects;

/**
 * The Java carrier of a raised Python exception. It has no Java stack trace (filling one in
 * costs more than raising in Python should); the Python traceback is built from frames as the
 * exception unwinds ({@link PyBaseException#traceback()}).
 *
 * <p>Thread safety: confined to the raising thread until caught.
 */
public final class PyException extends dev.kaa.ext.PythonException {
    private final PyBaseException value;
    /**
     * Set once the interpreter has given the exception its {@code __context__}: that happens
     * where it is raised, not again in each frame it passes through.
     */
    public boolean contextSet;

    public PyException(PyBaseException value) {
        super(null);
        this.value = value;
    }

    /** The Python exception object. */
    @Override public PyBaseException value() {
        return value;
    }

    /** The Python type of the exception. */
    public PyType pyType() {
        return value.type();
    }

    /** True when the exception is an instance of {@code type} (or of a subclass). */
    public boolean matches(PyType type) {
        return value.type().isSubtypeOf(type);
    }

    @Override public boolean matches(dev.kaa.ext.PythonType type) {
        return type instanceof PyType t && matches(t);
    }

    @Override public String getMessage() {
        return value.type().name() + ": " + value.messageForJava();
    }
}
