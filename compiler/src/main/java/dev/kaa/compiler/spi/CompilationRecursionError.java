package dev.kaa.compiler.spi;

/**
 * The tree is nested too deeply to compile: CPython raises {@code RecursionError("maximum
 * recursion depth exceeded during compilation")} from its symbol table and compiler passes. The
 * passes count their depth and throw this rather than overflow the Java stack; the compiler's
 * caller shows it as Python's {@code RecursionError}.
 *
 * <p>Thread safety: immutable.
 */
public final class CompilationRecursionError extends RuntimeException {
    /** CPython's message. */
    public static final String MESSAGE = "maximum recursion depth exceeded during compilation";

    public CompilationRecursionError() {
        super(MESSAGE, null, false, false);
    }
}
