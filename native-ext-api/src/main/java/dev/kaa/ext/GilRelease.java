package dev.kaa.ext;

/**
 * A stretch of Java code that runs without the global interpreter lock, so that other Python
 * threads run meanwhile, ended by {@link #close()}: made by {@link Py#releaseGil()}, used with
 * try-with-resources.
 *
 * <pre>{@code
 * double[] data = vector.values();          // take what the work needs while holding the GIL
 * double sum;
 * try (var released = Py.releaseGil()) {
 *     sum = Arrays.stream(data).sum();      // no Python object in here
 * }
 * return sum;
 * }</pre>
 *
 * <p>Inside, the code must not touch any Python object (not even to read it): with
 * {@code -Dkaa.ext.checkGil=true} the interpreter reports any {@link Py} call made without the
 * GIL as a {@code SystemError} naming the offence.
 */
public interface GilRelease extends AutoCloseable {
    /** Takes the GIL back (waiting for it). */
    @Override void close();
}
