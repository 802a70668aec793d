package dev.kaa.stdlib.sqlite3;

import dev.kaa.stdlib.internal.NativeLibrary;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;

/**
 * The functions of the system's {@code libsqlite3} that {@code _sqlite3} calls, each a typed
 * static method over a downcall handle. Pointers ({@code sqlite3*}, {@code sqlite3_stmt*} …) are
 * {@link MemorySegment}s of size zero. The class is initialised only after
 * {@link SqliteLibrary#LIB} was found, so its handles can be {@code static final}.
 *
 * <p>Thread safety: immutable; SQLite itself is built serialized ({@code threadsafety} 3), so
 * calls on one connection from several threads are safe.
 */
final class Sqlite {
    private Sqlite() {}

    static final int OK = 0, ERROR = 1, INTERNAL = 2, PERM = 3, ABORT = 4, BUSY = 5, LOCKED = 6, NOMEM = 7,
            READONLY = 8, INTERRUPT = 9, IOERR = 10, CORRUPT = 11, NOTFOUND = 12, FULL = 13, CANTOPEN = 14,
            PROTOCOL = 15, EMPTY = 16, SCHEMA = 17, TOOBIG = 18, CONSTRAINT = 19, MISMATCH = 20, MISUSE = 21,
            RANGE = 25, ROW = 100, DONE = 101;
    static final int INTEGER = 1, FLOAT = 2, TEXT = 3, BLOB = 4, NULL = 5;
    static final int UTF8 = 1, DETERMINISTIC = 0x800;
    static final int OPEN_READONLY = 1, OPEN_READWRITE = 2, OPEN_CREATE = 4, OPEN_URI = 0x40;
    static final int LIMIT_SQL_LENGTH = 1;
    static final int TRACE_STMT = 1;
    static final int DENY = 1;
    /** {@code SQLITE_TRANSIENT}: SQLite copies the value before the bind or result call returns. */
    static final MemorySegment TRANSIENT = MemorySegment.ofAddress(-1L);

    private static final NativeLibrary LIB = SqliteLibrary.LIB;
    private static final ValueLayout P = ValueLayout.ADDRESS, I = ValueLayout.JAVA_INT,
            L = ValueLayout.JAVA_LONG, D = ValueLayout.JAVA_DOUBLE;
    /** A pointer to a pointer: what {@code sqlite3_open_v2} and friends write their result to. */
    static final MemoryLayout PP = ValueLayout.ADDRESS;

    private static MethodHandle fn(String name, MemoryLayout result, MemoryLayout... args) {
        return LIB.function(name, result == null ? FunctionDescriptor.ofVoid(args) : FunctionDescriptor.of(result, args));
    }

    private static MethodHandle optional(String name, MemoryLayout result, MemoryLayout... args) {
        return LIB.optionalFunction(name, result == null ? FunctionDescriptor.ofVoid(args)
                : FunctionDescriptor.of(result, args)).orElse(null);
    }

    private static final MethodHandle LIBVERSION = fn("sqlite3_libversion", P);
    private static final MethodHandle THREADSAFE = fn("sqlite3_threadsafe", I);
    private static final MethodHandle COMPLETE = fn("sqlite3_complete", I, P);
    private static final MethodHandle ERRSTR = fn("sqlite3_errstr", P, I);
    private static final MethodHandle OPEN = fn("sqlite3_open_v2", I, P, P, I, P);
    private static final MethodHandle CLOSE = fn("sqlite3_close_v2", I, P);
    private static final MethodHandle ERRMSG = fn("sqlite3_errmsg", P, P);
    private static final MethodHandle EXTENDED_ERRCODE = fn("sqlite3_extended_errcode", I, P);
    private static final MethodHandle BUSY_TIMEOUT = fn("sqlite3_busy_timeout", I, P, I);
    private static final MethodHandle PREPARE = fn("sqlite3_prepare_v2", I, P, P, I, P, P);
    private static final MethodHandle FINALIZE = fn("sqlite3_finalize", I, P);
    private static final MethodHandle RESET = fn("sqlite3_reset", I, P);
    private static final MethodHandle CLEAR_BINDINGS = fn("sqlite3_clear_bindings", I, P);
    private static final MethodHandle STEP = fn("sqlite3_step", I, P);
    private static final MethodHandle STMT_READONLY = fn("sqlite3_stmt_readonly", I, P);
    private static final MethodHandle STMT_BUSY = fn("sqlite3_stmt_busy", I, P);
    private static final MethodHandle BIND_COUNT = fn("sqlite3_bind_parameter_count", I, P);
    private static final MethodHandle BIND_NAME = fn("sqlite3_bind_parameter_name", P, P, I);
    private static final MethodHandle BIND_NULL = fn("sqlite3_bind_null", I, P, I);
    private static final MethodHandle BIND_INT64 = fn("sqlite3_bind_int64", I, P, I, L);
    private static final MethodHandle BIND_DOUBLE = fn("sqlite3_bind_double", I, P, I, D);
    private static final MethodHandle BIND_TEXT = fn("sqlite3_bind_text", I, P, I, P, I, P);
    private static final MethodHandle BIND_BLOB = fn("sqlite3_bind_blob", I, P, I, P, I, P);
    private static final MethodHandle COLUMN_COUNT = fn("sqlite3_column_count", I, P);
    private static final MethodHandle COLUMN_NAME = fn("sqlite3_column_name", P, P, I);
    private static final MethodHandle COLUMN_DECLTYPE = fn("sqlite3_column_decltype", P, P, I);
    private static final MethodHandle COLUMN_TYPE = fn("sqlite3_column_type", I, P, I);
    private static final MethodHandle COLUMN_INT64 = fn("sqlite3_column_int64", L, P, I);
    private static final MethodHandle COLUMN_DOUBLE = fn("sqlite3_column_double", D, P, I);
    private static final MethodHandle COLUMN_TEXT = fn("sqlite3_column_text", P, P, I);
    private static final MethodHandle COLUMN_BLOB = fn("sqlite3_column_blob", P, P, I);
    private static final MethodHandle COLUMN_BYTES = fn("sqlite3_column_bytes", I, P, I);
    private static final MethodHandle CHANGES = fn("sqlite3_changes", I, P);
    private static final MethodHandle TOTAL_CHANGES = fn("sqlite3_total_changes", I, P);
    private static final MethodHandle LAST_INSERT_ROWID = fn("sqlite3_last_insert_rowid", L, P);
    private static final MethodHandle GET_AUTOCOMMIT = fn("sqlite3_get_autocommit", I, P);
    private static final MethodHandle INTERRUPT_DB = fn("sqlite3_interrupt", null, P);
    private static final MethodHandle LIMIT = fn("sqlite3_limit", I, P, I, I);
    private static final MethodHandle DB_CONFIG = LIB.function("sqlite3_db_config",
            FunctionDescriptor.of(I, P, I, I, P), Linker.Option.firstVariadicArg(2));
    private static final MethodHandle EXPANDED_SQL = fn("sqlite3_expanded_sql", P, P);
    private static final MethodHandle SQL = fn("sqlite3_sql", P, P);
    private static final MethodHandle FREE = fn("sqlite3_free", null, P);
    private static final MethodHandle MALLOC64 = fn("sqlite3_malloc64", P, L);
    // user functions and callbacks
    static final MethodHandle CREATE_FUNCTION = fn("sqlite3_create_function_v2", I, P, P, I, I, P, P, P, P, P);
    static final MethodHandle CREATE_WINDOW_FUNCTION = optional("sqlite3_create_window_function",
            I, P, P, I, I, P, P, P, P, P, P);
    static final MethodHandle CREATE_COLLATION = fn("sqlite3_create_collation_v2", I, P, P, I, P, P, P);
    static final MethodHandle SET_AUTHORIZER = fn("sqlite3_set_authorizer", I, P, P, P);
    static final MethodHandle PROGRESS_HANDLER = fn("sqlite3_progress_handler", null, P, I, P, P);
    static final MethodHandle TRACE_V2 = fn("sqlite3_trace_v2", I, P, I, P, P);
    private static final MethodHandle USER_DATA = fn("sqlite3_user_data", P, P);
    private static final MethodHandle AGGREGATE_CONTEXT = fn("sqlite3_aggregate_context", P, P, I);
    private static final MethodHandle VALUE_TYPE = fn("sqlite3_value_type", I, P);
    private static final MethodHandle VALUE_INT64 = fn("sqlite3_value_int64", L, P);
    private static final MethodHandle VALUE_DOUBLE = fn("sqlite3_value_double", D, P);
    private static final MethodHandle VALUE_TEXT = fn("sqlite3_value_text", P, P);
    private static final MethodHandle VALUE_BLOB = fn("sqlite3_value_blob", P, P);
    private static final MethodHandle VALUE_BYTES = fn("sqlite3_value_bytes", I, P);
    private static final MethodHandle RESULT_NULL = fn("sqlite3_result_null", null, P);
    private static final MethodHandle RESULT_INT64 = fn("sqlite3_result_int64", null, P, L);
    private static final MethodHandle RESULT_DOUBLE = fn("sqlite3_result_double", null, P, D);
    private static final MethodHandle RESULT_TEXT = fn("sqlite3_result_text", null, P, P, I, P);
    private static final MethodHandle RESULT_BLOB = fn("sqlite3_result_blob", null, P, P, I, P);
    private static final MethodHandle RESULT_ERROR = fn("sqlite3_result_error", null, P, P, I);
    private static final MethodHandle RESULT_ERROR_NOMEM = fn("sqlite3_result_error_nomem", null, P);
    private static final MethodHandle RESULT_ERROR_TOOBIG = fn("sqlite3_result_error_toobig", null, P);
    // blobs, backups, serialization
    private static final MethodHandle BLOB_OPEN = fn("sqlite3_blob_open", I, P, P, P, P, L, I, P);
    private static final MethodHandle BLOB_CLOSE = fn("sqlite3_blob_close", I, P);
    private static final MethodHandle BLOB_BYTES = fn("sqlite3_blob_bytes", I, P);
    private static final MethodHandle BLOB_READ = fn("sqlite3_blob_read", I, P, P, I, I);
    private static final MethodHandle BLOB_WRITE = fn("sqlite3_blob_write", I, P, P, I, I);
    private static final MethodHandle BACKUP_INIT = fn("sqlite3_backup_init", P, P, P, P, P);
    private static final MethodHandle BACKUP_STEP = fn("sqlite3_backup_step", I, P, I);
    private static final MethodHandle BACKUP_FINISH = fn("sqlite3_backup_finish", I, P);
    private static final MethodHandle BACKUP_REMAINING = fn("sqlite3_backup_remaining", I, P);
    private static final MethodHandle BACKUP_PAGECOUNT = fn("sqlite3_backup_pagecount", I, P);
    private static final MethodHandle SLEEP = fn("sqlite3_sleep", I, I);
    private static final MethodHandle SERIALIZE = optional("sqlite3_serialize", P, P, P, P, I);
    private static final MethodHandle DESERIALIZE = optional("sqlite3_deserialize", I, P, P, P, L, L, I);

    private static RuntimeException failed(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException("calling libsqlite3: " + t, t);
    }

    // ---- text ----------------------------------------------------------------------------------

    /** A NUL-terminated UTF-8 copy of {@code bytes}. */
    static MemorySegment cString(Arena arena, byte[] bytes) {
        MemorySegment s = arena.allocate(bytes.length + 1L);
        MemorySegment.copy(bytes, 0, s, ValueLayout.JAVA_BYTE, 0, bytes.length);
        return s;
    }

    static MemorySegment cString(Arena arena, String s) {
        return cString(arena, s.getBytes(StandardCharsets.UTF_8));
    }

    /** The bytes of a C string; null for a null pointer. */
    static byte[] bytesOf(MemorySegment p) {
        if (p.address() == 0) {
            return null;
        }
        MemorySegment s = p.reinterpret(Long.MAX_VALUE);
        long n = 0;
        while (s.get(ValueLayout.JAVA_BYTE, n) != 0) {
            n++;
        }
        return s.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE);
    }

    /** A C string decoded as UTF-8 (malformed bytes replaced); null for a null pointer. */
    static String stringOf(MemorySegment p) {
        byte[] b = bytesOf(p);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    /** {@code n} bytes at {@code p} (an empty array for a null pointer). */
    static byte[] bytesAt(MemorySegment p, int n) {
        if (p.address() == 0 || n <= 0) {
            return new byte[0];
        }
        return p.reinterpret(n).toArray(ValueLayout.JAVA_BYTE);
    }

    // ---- the library ---------------------------------------------------------------------------

    static String libversion() {
        try {
            return stringOf((MemorySegment) LIBVERSION.invokeExact());
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static int threadsafe() {
        try {
            return (int) THREADSAFE.invokeExact();
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static boolean complete(byte[] sql) {
        try (Arena arena = Arena.ofConfined()) {
            return (int) COMPLETE.invokeExact(cString(arena, sql)) != 0;
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static String errstr(int code) {
        try {
            return stringOf((MemorySegment) ERRSTR.invokeExact(code));
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    // ---- connections ---------------------------------------------------------------------------

    /** Opens a database: the result code, and the handle (even on failure) in {@code db[0]}. */
    static int open(byte[] name, int flags, MemorySegment[] db) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(PP);
            int rc = (int) OPEN.invokeExact(cString(arena, name), out, flags, MemorySegment.NULL);
            db[0] = out.get(ValueLayout.ADDRESS, 0);
            return rc;
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static int close(MemorySegment db) {
        try {
            return (int) CLOSE.invokeExact(db);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static String errmsg(MemorySegment db) {
        try {
            return stringOf((MemorySegment) ERRMSG.invokeExact(db));
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static int extendedErrcode(MemorySegment db) {
        try {
            return (int) EXTENDED_ERRCODE.invokeExact(db);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static int busyTimeout(MemorySegment db, int ms) {
        try {
            return (int) BUSY_TIMEOUT.invokeExact(db, ms);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static int changes(MemorySegment db) {
        return intOf(CHANGES, db);
    }

    static int totalChanges(MemorySegment db) {
        return intOf(TOTAL_CHANGES, db);
    }

    static boolean getAutocommit(MemorySegment db) {
        return intOf(GET_AUTOCOMMIT, db) != 0;
    }

    static long lastInsertRowid(MemorySegment db) {
        try {
            return (long) LAST_INSERT_ROWID.invokeExact(db);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static void interrupt(MemorySegment db) {
        try {
            INTERRUPT_DB.invokeExact(db);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static int limit(MemorySegment db, int id, int value) {
        try {
            return (int) LIMIT.invokeExact(db, id, value);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    /** {@code sqlite3_db_config(db, op, value, &result)}: the result code and the setting in {@code out[0]}. */
    static int dbConfig(MemorySegment db, int op, int value, int[] out) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment r = arena.allocate(ValueLayout.JAVA_INT);
            int rc = (int) DB_CONFIG.invokeExact(db, op, value, r);
            out[0] = r.get(ValueLayout.JAVA_INT, 0);
            return rc;
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    private static int intOf(MethodHandle h, MemorySegment p) {
        try {
            return (int) h.invokeExact(p);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    // ---- statements ----------------------------------------------------------------------------

    /**
     * Compiles the first statement of {@code sql} (NUL-terminated, in {@code arena}): the result
     * code; the statement (null for none) in {@code out[0]}, the rest of the text in {@code out[1]}.
     */
    static int prepare(MemorySegment db, MemorySegment sql, int length, MemorySegment[] out) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment stmt = arena.allocate(PP);
            MemorySegment tail = arena.allocate(PP);
            int rc = (int) PREPARE.invokeExact(db, sql, length, stmt, tail);
            out[0] = stmt.get(ValueLayout.ADDRESS, 0);
            out[1] = tail.get(ValueLayout.ADDRESS, 0);
            return rc;
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static int finalizeStatement(MemorySegment stmt) {
        return intOf(FINALIZE, stmt);
    }

    static int reset(MemorySegment stmt) {
        return intOf(RESET, stmt);
    }

    static int clearBindings(MemorySegment stmt) {
        return intOf(CLEAR_BINDINGS, stmt);
    }

    static int step(MemorySegment stmt) {
        return intOf(STEP, stmt);
    }

    static boolean readonly(MemorySegment stmt) {
        return intOf(STMT_READONLY, stmt) != 0;
    }

    static boolean busy(MemorySegment stmt) {
        return intOf(STMT_BUSY, stmt) != 0;
    }

    static int bindParameterCount(MemorySegment stmt) {
        return intOf(BIND_COUNT, stmt);
    }

    static String bindParameterName(MemorySegment stmt, int i) {
        return stringOf(address(BIND_NAME, stmt, i));
    }

    static int bindNull(MemorySegment stmt, int i) {
        try {
            return (int) BIND_NULL.invokeExact(stmt, i);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static int bindInt64(MemorySegment stmt, int i, long v) {
        try {
            return (int) BIND_INT64.invokeExact(stmt, i, v);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static int bindDouble(MemorySegment stmt, int i, double v) {
        try {
            return (int) BIND_DOUBLE.invokeExact(stmt, i, v);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static int bindText(MemorySegment stmt, int i, byte[] utf8) {
        return bindBytes(BIND_TEXT, stmt, i, utf8);
    }

    static int bindBlob(MemorySegment stmt, int i, byte[] data) {
        return bindBytes(BIND_BLOB, stmt, i, data);
    }

    private static int bindBytes(MethodHandle h, MemorySegment stmt, int i, byte[] data) {
        try (Arena arena = Arena.ofConfined()) {
            // A zero-length blob still needs a non-null pointer, or SQLite binds NULL.
            MemorySegment s = cString(arena, data);
            return (int) h.invokeExact(stmt, i, s, data.length, TRANSIENT);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static int columnCount(MemorySegment stmt) {
        return intOf(COLUMN_COUNT, stmt);
    }

    static String columnName(MemorySegment stmt, int i) {
        return stringOf(address(COLUMN_NAME, stmt, i));
    }

    static String columnDecltype(MemorySegment stmt, int i) {
        return stringOf(address(COLUMN_DECLTYPE, stmt, i));
    }

    static int columnType(MemorySegment stmt, int i) {
        try {
            return (int) COLUMN_TYPE.invokeExact(stmt, i);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static long columnInt64(MemorySegment stmt, int i) {
        try {
            return (long) COLUMN_INT64.invokeExact(stmt, i);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static double columnDouble(MemorySegment stmt, int i) {
        try {
            return (double) COLUMN_DOUBLE.invokeExact(stmt, i);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    /** The column's value as text (UTF-8 bytes). */
    static byte[] columnText(MemorySegment stmt, int i) {
        MemorySegment p = address(COLUMN_TEXT, stmt, i);
        return bytesAt(p, columnBytes(stmt, i));
    }

    /** The column's value as a blob. */
    static byte[] columnBlob(MemorySegment stmt, int i) {
        MemorySegment p = address(COLUMN_BLOB, stmt, i);
        return bytesAt(p, columnBytes(stmt, i));
    }

    private static int columnBytes(MemorySegment stmt, int i) {
        try {
            return (int) COLUMN_BYTES.invokeExact(stmt, i);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static String expandedSql(MemorySegment stmt) {
        MemorySegment p;
        try {
            p = (MemorySegment) EXPANDED_SQL.invokeExact(stmt);
        } catch (Throwable t) {
            throw failed(t);
        }
        if (p.address() == 0) {
            return null;
        }
        byte[] b = bytesOf(p);
        free(p);
        return new String(b, StandardCharsets.UTF_8);
    }

    static String sql(MemorySegment stmt) {
        try {
            return stringOf((MemorySegment) SQL.invokeExact(stmt));
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static void free(MemorySegment p) {
        try {
            FREE.invokeExact(p);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static MemorySegment malloc64(long n) {
        try {
            return (MemorySegment) MALLOC64.invokeExact(n);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    private static MemorySegment address(MethodHandle h, MemorySegment p, int i) {
        try {
            return (MemorySegment) h.invokeExact(p, i);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    // ---- inside user functions -----------------------------------------------------------------

    static MemorySegment userData(MemorySegment ctx) {
        try {
            return (MemorySegment) USER_DATA.invokeExact(ctx);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    /** The aggregate's 8 bytes of state (zeroed at first), or a null pointer if {@code create} is false and none was made. */
    static MemorySegment aggregateContext(MemorySegment ctx, boolean create) {
        try {
            MemorySegment p = (MemorySegment) AGGREGATE_CONTEXT.invokeExact(ctx, create ? 8 : 0);
            return p.address() == 0 ? p : p.reinterpret(8);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static int valueType(MemorySegment v) {
        return intOf(VALUE_TYPE, v);
    }

    static long valueInt64(MemorySegment v) {
        try {
            return (long) VALUE_INT64.invokeExact(v);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static double valueDouble(MemorySegment v) {
        try {
            return (double) VALUE_DOUBLE.invokeExact(v);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static byte[] valueText(MemorySegment v) {
        try {
            MemorySegment p = (MemorySegment) VALUE_TEXT.invokeExact(v);
            return bytesAt(p, intOf(VALUE_BYTES, v));
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static byte[] valueBlob(MemorySegment v) {
        try {
            MemorySegment p = (MemorySegment) VALUE_BLOB.invokeExact(v);
            return bytesAt(p, intOf(VALUE_BYTES, v));
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static void resultNull(MemorySegment ctx) {
        try {
            RESULT_NULL.invokeExact(ctx);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static void resultInt64(MemorySegment ctx, long v) {
        try {
            RESULT_INT64.invokeExact(ctx, v);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static void resultDouble(MemorySegment ctx, double v) {
        try {
            RESULT_DOUBLE.invokeExact(ctx, v);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static void resultText(MemorySegment ctx, byte[] utf8) {
        resultBytes(RESULT_TEXT, ctx, utf8);
    }

    static void resultBlob(MemorySegment ctx, byte[] data) {
        resultBytes(RESULT_BLOB, ctx, data);
    }

    private static void resultBytes(MethodHandle h, MemorySegment ctx, byte[] data) {
        try (Arena arena = Arena.ofConfined()) {
            h.invokeExact(ctx, cString(arena, data), data.length, TRANSIENT);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static void resultError(MemorySegment ctx, String message) {
        try (Arena arena = Arena.ofConfined()) {
            RESULT_ERROR.invokeExact(ctx, cString(arena, message), -1);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static void resultErrorNomem(MemorySegment ctx) {
        try {
            RESULT_ERROR_NOMEM.invokeExact(ctx);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static void resultErrorToobig(MemorySegment ctx) {
        try {
            RESULT_ERROR_TOOBIG.invokeExact(ctx);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    /** Calls a registration function (create_function, set_authorizer …) given all its arguments. */
    static int register(MethodHandle h, Object... args) {
        try {
            Object r = h.invokeWithArguments(args);
            return r instanceof Integer i ? i : OK;
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    // ---- blobs ---------------------------------------------------------------------------------

    static int blobOpen(MemorySegment db, String schema, String table, String column, long row, boolean write,
            MemorySegment[] out) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment p = arena.allocate(PP);
            int rc = (int) BLOB_OPEN.invokeExact(db, cString(arena, schema), cString(arena, table),
                    cString(arena, column), row, write ? 1 : 0, p);
            out[0] = p.get(ValueLayout.ADDRESS, 0);
            return rc;
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static int blobClose(MemorySegment blob) {
        return intOf(BLOB_CLOSE, blob);
    }

    static int blobBytes(MemorySegment blob) {
        return intOf(BLOB_BYTES, blob);
    }

    static int blobRead(MemorySegment blob, byte[] into, int offset) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(Math.max(1, into.length));
            int rc = (int) BLOB_READ.invokeExact(blob, buf, into.length, offset);
            MemorySegment.copy(buf, ValueLayout.JAVA_BYTE, 0, into, 0, into.length);
            return rc;
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static int blobWrite(MemorySegment blob, byte[] data, int offset) {
        try (Arena arena = Arena.ofConfined()) {
            return (int) BLOB_WRITE.invokeExact(blob, cString(arena, data), data.length, offset);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    // ---- backups -------------------------------------------------------------------------------

    static MemorySegment backupInit(MemorySegment dest, String destName, MemorySegment source, String sourceName) {
        try (Arena arena = Arena.ofConfined()) {
            return (MemorySegment) BACKUP_INIT.invokeExact(dest, cString(arena, destName), source,
                    cString(arena, sourceName));
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static int backupStep(MemorySegment b, int pages) {
        try {
            return (int) BACKUP_STEP.invokeExact(b, pages);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    static int backupFinish(MemorySegment b) {
        return intOf(BACKUP_FINISH, b);
    }

    static int backupRemaining(MemorySegment b) {
        return intOf(BACKUP_REMAINING, b);
    }

    static int backupPagecount(MemorySegment b) {
        return intOf(BACKUP_PAGECOUNT, b);
    }

    static void sleep(int ms) {
        try {
            int ignored = (int) SLEEP.invokeExact(ms);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    // ---- serialization -------------------------------------------------------------------------

    static boolean canSerialize() {
        return SERIALIZE != null && DESERIALIZE != null;
    }

    /** The database's bytes, or null if SQLite could not make them. */
    static byte[] serialize(MemorySegment db, String schema) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment size = arena.allocate(ValueLayout.JAVA_LONG);
            MemorySegment p = (MemorySegment) SERIALIZE.invokeExact(db, cString(arena, schema), size, 0);
            long n = size.get(ValueLayout.JAVA_LONG, 0);
            if (p.address() == 0) {
                return n == 0 ? new byte[0] : null;
            }
            byte[] data = p.reinterpret(n).toArray(ValueLayout.JAVA_BYTE);
            free(p);
            return data;
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    /** Replaces the database by {@code data}, which SQLite takes over (FREEONCLOSE | RESIZEABLE). */
    static int deserialize(MemorySegment db, String schema, byte[] data) {
        MemorySegment buf = malloc64(Math.max(1, data.length));
        if (buf.address() == 0) {
            return NOMEM;
        }
        MemorySegment.copy(data, 0, buf.reinterpret(data.length), ValueLayout.JAVA_BYTE, 0, data.length);
        try (Arena arena = Arena.ofConfined()) {
            return (int) DESERIALIZE.invokeExact(db, cString(arena, schema), buf, (long) data.length,
                    (long) data.length, 1 | 2);
        } catch (Throwable t) {
            throw failed(t);
        }
    }

    /** A function pointer to a static method of {@code owner}, for SQLite to call back, made once. */
    static MemorySegment upcall(Class<?> owner, MethodHandles.Lookup lookup, String name, FunctionDescriptor d) {
        try {
            MethodHandle target = lookup.findStatic(owner, name, d.toMethodType());
            return Linker.nativeLinker().upcallStub(target, d, Arena.global());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
