package dev.kaa.stdlib.sqlite3;

import dev.kaa.ext.ModuleDefinition;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code SQLITE_*} constants {@code _sqlite3} exports (SQLite's numbers, which are part of
 * its stable interface), kept once: result codes, whose names {@code sqlite_errorname} also
 * gives, and the authorizer's actions, the limits and the {@code db_config} options.
 *
 * <p>Thread safety: immutable.
 */
final class Constants {
    private Constants() {}

    /** Result codes, primary and extended, as name (without {@code SQLITE_}) and value pairs. */
    private static final Object[] RESULT_CODES = {
        "OK", 0, "ERROR", 1, "INTERNAL", 2, "PERM", 3, "ABORT", 4, "BUSY", 5, "LOCKED", 6, "NOMEM", 7,
        "READONLY", 8, "INTERRUPT", 9, "IOERR", 10, "CORRUPT", 11, "NOTFOUND", 12, "FULL", 13, "CANTOPEN", 14,
        "PROTOCOL", 15, "EMPTY", 16, "SCHEMA", 17, "TOOBIG", 18, "CONSTRAINT", 19, "MISMATCH", 20,
        "MISUSE", 21, "NOLFS", 22, "AUTH", 23, "FORMAT", 24, "RANGE", 25, "NOTADB", 26, "NOTICE", 27,
        "WARNING", 28, "ROW", 100, "DONE", 101, "OK_LOAD_PERMANENTLY", 256, "ERROR_MISSING_COLLSEQ", 257,
        "BUSY_RECOVERY", 261, "LOCKED_SHAREDCACHE", 262, "READONLY_RECOVERY", 264, "IOERR_READ", 266,
        "CORRUPT_VTAB", 267, "CANTOPEN_NOTEMPDIR", 270, "CONSTRAINT_CHECK", 275, "AUTH_USER", 279,
        "NOTICE_RECOVER_WAL", 283, "WARNING_AUTOINDEX", 284, "OK_SYMLINK", 512, "ERROR_RETRY", 513,
        "ABORT_ROLLBACK", 516, "BUSY_SNAPSHOT", 517, "LOCKED_VTAB", 518, "READONLY_CANTLOCK", 520,
        "IOERR_SHORT_READ", 522, "CORRUPT_SEQUENCE", 523, "CANTOPEN_ISDIR", 526, "CONSTRAINT_COMMITHOOK", 531,
        "NOTICE_RECOVER_ROLLBACK", 539, "ERROR_SNAPSHOT", 769, "BUSY_TIMEOUT", 773, "READONLY_ROLLBACK", 776,
        "IOERR_WRITE", 778, "CORRUPT_INDEX", 779, "CANTOPEN_FULLPATH", 782, "CONSTRAINT_FOREIGNKEY", 787,
        "READONLY_DBMOVED", 1032, "IOERR_FSYNC", 1034, "CANTOPEN_CONVPATH", 1038, "CONSTRAINT_FUNCTION", 1043,
        "READONLY_CANTINIT", 1288, "IOERR_DIR_FSYNC", 1290, "CANTOPEN_DIRTYWAL", 1294,
        "CONSTRAINT_NOTNULL", 1299, "READONLY_DIRECTORY", 1544, "IOERR_TRUNCATE", 1546,
        "CANTOPEN_SYMLINK", 1550, "CONSTRAINT_PRIMARYKEY", 1555, "IOERR_FSTAT", 1802,
        "CONSTRAINT_TRIGGER", 1811, "IOERR_UNLOCK", 2058, "CONSTRAINT_UNIQUE", 2067, "IOERR_RDLOCK", 2314,
        "CONSTRAINT_VTAB", 2323, "IOERR_DELETE", 2570, "CONSTRAINT_ROWID", 2579, "IOERR_BLOCKED", 2826,
        "CONSTRAINT_PINNED", 2835, "IOERR_NOMEM", 3082, "IOERR_ACCESS", 3338, "IOERR_CHECKRESERVEDLOCK", 3594,
        "IOERR_LOCK", 3850, "IOERR_CLOSE", 4106, "IOERR_DIR_CLOSE", 4362, "IOERR_SHMOPEN", 4618,
        "IOERR_SHMSIZE", 4874, "IOERR_SHMLOCK", 5130, "IOERR_SHMMAP", 5386, "IOERR_SEEK", 5642,
        "IOERR_DELETE_NOENT", 5898, "IOERR_MMAP", 6154, "IOERR_GETTEMPPATH", 6410, "IOERR_CONVPATH", 6666,
        "IOERR_VNODE", 6922, "IOERR_AUTH", 7178, "IOERR_BEGIN_ATOMIC", 7434, "IOERR_COMMIT_ATOMIC", 7690,
        "IOERR_ROLLBACK_ATOMIC", 7946, "IOERR_DATA", 8202, "IOERR_CORRUPTFS", 8458,
    };

    /** Authorizer actions and answers, limit categories and {@code db_config} options. */
    private static final Object[] OTHERS = {
        "LIMIT_LENGTH", 0, "CREATE_INDEX", 1, "DENY", 1, "LIMIT_SQL_LENGTH", 1, "CREATE_TABLE", 2,
        "IGNORE", 2, "LIMIT_COLUMN", 2, "CREATE_TEMP_INDEX", 3, "LIMIT_EXPR_DEPTH", 3, "CREATE_TEMP_TABLE", 4,
        "LIMIT_COMPOUND_SELECT", 4, "CREATE_TEMP_TRIGGER", 5, "LIMIT_VDBE_OP", 5, "CREATE_TEMP_VIEW", 6,
        "LIMIT_FUNCTION_ARG", 6, "CREATE_TRIGGER", 7, "LIMIT_ATTACHED", 7, "CREATE_VIEW", 8,
        "LIMIT_LIKE_PATTERN_LENGTH", 8, "DELETE", 9, "LIMIT_VARIABLE_NUMBER", 9, "DROP_INDEX", 10,
        "LIMIT_TRIGGER_DEPTH", 10, "DROP_TABLE", 11, "LIMIT_WORKER_THREADS", 11, "DROP_TEMP_INDEX", 12,
        "DROP_TEMP_TABLE", 13, "DROP_TEMP_TRIGGER", 14, "DROP_TEMP_VIEW", 15, "DROP_TRIGGER", 16,
        "DROP_VIEW", 17, "INSERT", 18, "PRAGMA", 19, "READ", 20, "SELECT", 21, "TRANSACTION", 22,
        "UPDATE", 23, "ATTACH", 24, "DETACH", 25, "ALTER_TABLE", 26, "REINDEX", 27, "ANALYZE", 28,
        "CREATE_VTABLE", 29, "DROP_VTABLE", 30, "FUNCTION", 31, "SAVEPOINT", 32, "RECURSIVE", 33,
        "DBCONFIG_ENABLE_FKEY", 1002, "DBCONFIG_ENABLE_TRIGGER", 1003, "DBCONFIG_ENABLE_FTS3_TOKENIZER", 1004,
        "DBCONFIG_ENABLE_LOAD_EXTENSION", 1005, "DBCONFIG_NO_CKPT_ON_CLOSE", 1006,
        "DBCONFIG_ENABLE_QPSG", 1007, "DBCONFIG_TRIGGER_EQP", 1008, "DBCONFIG_RESET_DATABASE", 1009,
        "DBCONFIG_DEFENSIVE", 1010, "DBCONFIG_WRITABLE_SCHEMA", 1011, "DBCONFIG_LEGACY_ALTER_TABLE", 1012,
        "DBCONFIG_DQS_DML", 1013, "DBCONFIG_DQS_DDL", 1014, "DBCONFIG_ENABLE_VIEW", 1015,
        "DBCONFIG_LEGACY_FILE_FORMAT", 1016, "DBCONFIG_TRUSTED_SCHEMA", 1017,
    };

    private static final Map<Integer, String> ERROR_NAMES = new HashMap<>();

    static {
        for (int i = 0; i < RESULT_CODES.length; i += 2) {
            ERROR_NAMES.put((Integer) RESULT_CODES[i + 1], "SQLITE_" + RESULT_CODES[i]);
        }
    }

    /** The name of a result code, as {@code sqlite_errorname} gives it. */
    static String errorName(int code) {
        return ERROR_NAMES.getOrDefault(code, "unknown");
    }

    static void define(ModuleDefinition m) {
        for (Object[] table : new Object[][] {RESULT_CODES, OTHERS}) {
            for (int i = 0; i < table.length; i += 2) {
                m.add("SQLITE_" + table[i], table[i + 1]);
            }
        }
    }
}
