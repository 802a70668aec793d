package dev.kaa.stdlib.sqlite3;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The native side of a connection: the {@code sqlite3*} handle and the statements compiled on
 * it, apart from the {@link Connection} so that a {@link java.lang.ref.Cleaner} can close a
 * database whose connection was dropped unclosed, as CPython's deallocator does.
 *
 * <p>Thread safety: used under the GIL, or by the cleaner once the connection is unreachable.
 */
final class Database {
    private MemorySegment db;
    /** Every statement not yet finalized, so that closing finalizes them first. */
    final Set<Statement> statements = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Callback registrations (in {@link Callbacks}) to forget when the database closes. */
    final List<Long> callbacks = new ArrayList<>();

    Database(MemorySegment db) {
        this.db = db;
    }

    MemorySegment handle() {
        return db;
    }

    boolean isOpen() {
        return db != null;
    }

    /** Finalizes every statement and closes the database (the cleaner's action too). */
    void closeAll() {
        close(true);
    }

    /**
     * Closes the database, finalizing its statements; with {@code all} false, a statement a
     * cursor is still reading is left to the cursor, and SQLite closes the database when the
     * cursor finalizes it ({@code sqlite3_close_v2}).
     */
    void close(boolean all) {
        if (db == null) {
            return;
        }
        for (Statement s : new ArrayList<>(statements)) {
            if (all || !s.inUse) {
                s.free(this);
            }
        }
        Sqlite.close(db);
        db = null;
        for (long id : callbacks) {
            Callbacks.forget(id);
        }
        callbacks.clear();
    }
}
