package dev.kaa.vm.modules;

/**
 * The standard streams of the running interpreter ({@code sys.stdout}, {@code sys.stderr},
 * {@code sys.stdin}) as the built-in functions see them. The interpreter owns {@code sys}; it
 * installs its implementation here for the threads that run Python code, so {@code print} and
 * {@code input} need not know where {@code sys} lives.
 *
 * <p>Each method returns the current Python object (a file-like object, {@code None} when the
 * stream is unset as CPython allows), or Java {@code null} when the attribute is missing from
 * {@code sys} altogether ({@code print} then raises {@code RuntimeError: lost sys.stdout}).
 *
 * <p>Thread safety: implementations are GIL-guarded; the holder is per thread, inherited by
 * threads started from a thread that has one.
 */
public interface StdStreams {
    Object stdout();

    Object stderr();

    Object stdin();

    /** The streams installed for the current thread, or null when none are. */
    static StdStreams current() {
        return Holder.CURRENT.get();
    }

    /**
     * Installs {@code streams} for the current thread (and threads it starts afterwards);
     * returns the previous value so that a caller can restore it. Null uninstalls.
     */
    static StdStreams install(StdStreams streams) {
        StdStreams old = Holder.CURRENT.get();
        if (streams == null) {
            Holder.CURRENT.remove();
        } else {
            Holder.CURRENT.set(streams);
        }
        return old;
    }

    /** The per-thread slot behind {@link #current()}. */
    final class Holder {
        private Holder() {}

        // Not interpreter state but the binding of a thread to its interpreter's sys: a thread runs
        // one interpreter's code at a time, so a thread-local is the natural home.
        private static final InheritableThreadLocal<StdStreams> CURRENT = new InheritableThreadLocal<>();
    }
}
