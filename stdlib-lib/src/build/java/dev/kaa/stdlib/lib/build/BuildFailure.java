package dev.kaa.stdlib.lib.build;

/**
 * Ends the build with a message for the person running it: what is wrong and what to do. Maven
 * shows it as the cause of the failed {@code exec:java} step.
 *
 * <p>Thread safety: immutable.
 */
final class BuildFailure extends RuntimeException {
    BuildFailure(String message) {
        super(message, null, false, false);
    }

    BuildFailure(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
