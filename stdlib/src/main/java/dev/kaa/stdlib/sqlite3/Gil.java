package dev.kaa.stdlib.sqlite3;

import dev.kaa.ext.GilRelease;
import dev.kaa.ext.Py;
import java.util.function.IntSupplier;

/**
 * The GIL around calls into SQLite that may block ({@code sqlite3_step} waiting on a busy
 * database, a backup step, closing): they run with the GIL released, and the callbacks SQLite
 * makes from inside them (user functions, collations, the authorizer …) take it back for as
 * long as they run Python code, then release it again, as CPython's {@code PyGILState_Ensure}
 * in its callbacks does.
 *
 * <p>Thread safety: each thread has its own record of the release it is inside.
 */
final class Gil {
    private Gil() {}

    /** The release the current thread is inside, if any: a callback closes it and makes a new one. */
    private static final ThreadLocal<GilRelease> RELEASED = new ThreadLocal<>();

    /** {@code call}'s result, computed with the GIL released. */
    static int released(IntSupplier call) {
        GilRelease outer = RELEASED.get();
        RELEASED.set(Py.releaseGil());
        try {
            return call.getAsInt();
        } finally {
            RELEASED.get().close();
            RELEASED.set(outer);
        }
    }

    /**
     * Runs {@code body} (a callback's Python work) with the GIL held: taken back if this thread
     * released it in {@link #released}, released again after.
     */
    static void held(Runnable body) {
        GilRelease outer = RELEASED.get();
        if (outer == null) {
            body.run();
            return;
        }
        outer.close();
        RELEASED.set(null);
        try {
            body.run();
        } finally {
            RELEASED.set(Py.releaseGil());
        }
    }
}
