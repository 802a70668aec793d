package dev.kaa.vm.objects;

/**
 * A bug in Kaa itself, found by a check. Python code sees it as {@code SystemError} with the
 * Java cause in the message (see {@link PyErr#fromJava}).
 */
public final class InterpreterError extends RuntimeException {
    public InterpreterError(String message) {
        super(message);
    }

    public InterpreterError(String message, Throwable cause) {
        super(message, cause);
    }
}
