package dev.kaa.stdlib.sqlite3;

import dev.kaa.ext.Py;
import dev.kaa.ext.PythonException;
import java.lang.foreign.MemorySegment;

/**
 * {@code Connection.backup}: copies a database into another connection's with SQLite's online
 * backup, a number of pages at a time, reporting progress and sleeping while the source is busy.
 *
 * <p>Thread safety: stateless; each step runs without the GIL.
 */
final class Backups {
    private Backups() {}

    static void backup(Connection source, Object target, int pages, Object progress, String name, double sleep) {
        if (!Py.isInstance(target, Connection.type)) {
            throw Py.typeError("backup() argument 1 must be sqlite3.Connection, not " + Values.typeName(target));
        }
        Connection dest = (Connection) target;
        if (dest == source) {
            throw Py.valueError("target cannot be the same connection instance");
        }
        dest.checkOpen();
        if (progress != Py.none()
                && !Py.isTrue(Py.call(Py.getAttr(Py.importModule("builtins"), "callable"), progress))) {
            throw Py.typeError("progress argument must be a callable");
        }
        int step = pages == 0 ? -1 : pages;
        int sleepMs = (int) (sleep * 1000);
        MemorySegment b = Sqlite.backupInit(dest.handle(), "main", source.handle(), name);
        if (b.address() == 0) {
            throw Errors.fromDb(dest.handle());
        }
        int rc;
        try {
            do {
                rc = Gil.released(() -> Sqlite.backupStep(b, step));
                if (progress != Py.none()) {
                    Py.call(progress, Py.integer(rc), Py.integer(Sqlite.backupRemaining(b)),
                            Py.integer(Sqlite.backupPagecount(b)));
                }
                if (rc == Sqlite.BUSY || rc == Sqlite.LOCKED) {
                    Gil.released(() -> {
                        Sqlite.sleep(sleepMs);
                        return 0;
                    });
                }
            } while (rc == Sqlite.OK || rc == Sqlite.BUSY || rc == Sqlite.LOCKED);
        } catch (PythonException e) {
            Sqlite.backupFinish(b);
            throw e;
        }
        rc = Sqlite.backupFinish(b);
        if (rc != Sqlite.OK) {
            throw Errors.fromDb(dest.handle());
        }
    }
}
