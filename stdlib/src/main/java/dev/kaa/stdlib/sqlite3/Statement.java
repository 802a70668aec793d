package dev.kaa.stdlib.sqlite3;

import dev.kaa.ext.Py;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * One compiled SQL statement ({@code sqlite3_stmt}), as the connection's statement cache and its
 * cursors share it. The text may hold one statement only ("You can only execute one statement
 * at a time."); empty text, or only comments, makes a statement that does nothing.
 *
 * <p>Thread safety: used under the GIL; finalized once, by whoever holds it last (the cache,
 * a cursor, or the connection's close).
 */
final class Statement {
    /** The compiled statement; a null pointer for text with no statement in it. */
    private MemorySegment st;
    /** Whether the text begins with INSERT, UPDATE, DELETE or REPLACE (the statements that open a transaction). */
    final boolean isDml;
    /** Whether the cache dropped it while a cursor was still reading it: the cursor finalizes it. */
    boolean evicted;
    /** Whether a cursor is reading its rows. */
    boolean inUse;

    private Statement(MemorySegment st, boolean isDml) {
        this.st = st;
        this.isDml = isDml;
    }

    /** The statement; null pointer if it holds none. */
    MemorySegment handle() {
        return st;
    }

    boolean empty() {
        return st.address() == 0;
    }

    /** Compiles {@code sql} on the database, raising what CPython raises for bad text. */
    static Statement prepare(Database db, String sql) {
        if (sql.indexOf('\0') >= 0) {
            throw Errors.programming("the query contains a null character");
        }
        byte[] utf8 = Values.utf8(Py.str(sql));
        if (utf8.length > Sqlite.limit(db.handle(), Sqlite.LIMIT_SQL_LENGTH, -1)) {
            throw Py.error(Errors.dataError, "query string is too large");
        }
        MemorySegment[] out = new MemorySegment[2];
        int rc;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment text = Sqlite.cString(arena, utf8);
            rc = Gil.released(() -> Sqlite.prepare(db.handle(), text, utf8.length + 1, out));
            if (rc != Sqlite.OK) {
                throw Errors.fromDb(db.handle());
            }
            long used = out[1].address() - text.address();
            if (hasMoreSql(utf8, (int) used)) {
                Sqlite.finalizeStatement(out[0]);
                throw Errors.programming("You can only execute one statement at a time.");
            }
        }
        Statement s = new Statement(out[0], startsDml(sql));
        db.statements.add(s);
        return s;
    }

    /** Whether anything but white space and comments follows offset {@code i}. */
    static boolean hasMoreSql(byte[] sql, int i) {
        int n = sql.length;
        while (i < n) {
            byte c = sql[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                i++;
            } else if (c == '-' && i + 1 < n && sql[i + 1] == '-') {
                while (i < n && sql[i] != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && sql[i + 1] == '*') {
                int end = indexOf(sql, i + 2);
                if (end < 0) {
                    return false;
                }
                i = end + 2;
            } else {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] sql, int from) {
        for (int i = from; i + 1 < sql.length; i++) {
            if (sql[i] == '*' && sql[i + 1] == '/') {
                return i;
            }
        }
        return -1;
    }

    /** Whether the first word after white space and comments is a DML keyword (gh-79579). */
    private static boolean startsDml(String sql) {
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (" \t\n\r\f".indexOf(c) >= 0) {
                i++;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 2;
            } else {
                break;
            }
        }
        String head = sql.substring(i, Math.min(sql.length(), i + 7));
        return head.regionMatches(true, 0, "insert", 0, 6) || head.regionMatches(true, 0, "update", 0, 6)
                || head.regionMatches(true, 0, "delete", 0, 6) || head.regionMatches(true, 0, "replace", 0, 7);
    }

    /** Makes the statement ready to run again, its bindings cleared. */
    void reset() {
        if (st.address() != 0) {
            Sqlite.reset(st);
            Sqlite.clearBindings(st);
        }
        inUse = false;
    }

    /** Frees the compiled statement; later calls do nothing. */
    void free(Database db) {
        if (st.address() != 0) {
            Sqlite.finalizeStatement(st);
            st = MemorySegment.NULL;
        }
        db.statements.remove(this);
    }

    /** The SQL text of the statement. */
    String sql() {
        return st.address() == 0 ? "" : Sqlite.sql(st);
    }
}
