package dev.kaa.stdlib.sqlite3;

import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Py;
import dev.kaa.ext.PythonException;
import dev.kaa.ext.PythonType;
import java.lang.foreign.MemorySegment;

/**
 * The DB-API exception classes of {@code _sqlite3} and the mapping from SQLite's result codes
 * to them, as CPython's module makes it: the primary code picks the class, the message is
 * SQLite's, and the exception carries the extended code and its name as
 * {@code sqlite_errorcode} and {@code sqlite_errorname}.
 *
 * <p>Thread safety: the classes are set once, when the module is first imported (the types are
 * shared by every interpreter), and read-only after.
 */
final class Errors {
    private Errors() {}

    static volatile PythonType warning, error, interfaceError, databaseError, dataError, operationalError,
            integrityError, internalError, programmingError, notSupportedError;

    static void define(ModuleDefinition m) {
        warning = m.addException("sqlite3.Warning", Py.builtinType("Exception"), null);
        error = m.addException("sqlite3.Error", Py.builtinType("Exception"), null);
        interfaceError = m.addException("sqlite3.InterfaceError", error, null);
        databaseError = m.addException("sqlite3.DatabaseError", error, null);
        dataError = m.addException("sqlite3.DataError", databaseError, null);
        operationalError = m.addException("sqlite3.OperationalError", databaseError, null);
        integrityError = m.addException("sqlite3.IntegrityError", databaseError, null);
        internalError = m.addException("sqlite3.InternalError", databaseError, null);
        programmingError = m.addException("sqlite3.ProgrammingError", databaseError, null);
        notSupportedError = m.addException("sqlite3.NotSupportedError", databaseError, null);
    }

    static PythonException programming(String message) {
        return Py.error(programmingError, message);
    }

    static PythonException operational(String message) {
        return Py.error(operationalError, message);
    }

    /** The exception for the connection's last error, as SQLite reports it. */
    static PythonException fromDb(MemorySegment db) {
        int code = Sqlite.extendedErrcode(db);
        return of(code, Sqlite.errmsg(db));
    }

    /** The exception for result code {@code code} (extended or primary) with SQLite's message for the code. */
    static PythonException fromCode(int code) {
        return of(code, Sqlite.errstr(code));
    }

    /** The exception class CPython raises for a result code, with the code's attributes. */
    static PythonException of(int code, String message) {
        if ((code & 0xff) == Sqlite.NOMEM) {
            return Py.error(Py.builtinType("MemoryError"), "");
        }
        PythonException e = Py.error(classFor(code & 0xff), message);
        Py.setAttr(e.value(), "sqlite_errorcode", Py.integer(code));
        Py.setAttr(e.value(), "sqlite_errorname", Py.str(Constants.errorName(code)));
        return e;
    }

    private static PythonType classFor(int primary) {
        return switch (primary) {
            case Sqlite.INTERNAL, Sqlite.NOTFOUND -> internalError;
            case Sqlite.ERROR, Sqlite.PERM, Sqlite.ABORT, Sqlite.BUSY, Sqlite.LOCKED, Sqlite.READONLY,
                    Sqlite.INTERRUPT, Sqlite.IOERR, Sqlite.FULL, Sqlite.CANTOPEN, Sqlite.PROTOCOL, Sqlite.EMPTY,
                    Sqlite.SCHEMA -> operationalError;
            case Sqlite.TOOBIG -> dataError;
            case Sqlite.CONSTRAINT, Sqlite.MISMATCH -> integrityError;
            case Sqlite.MISUSE, Sqlite.RANGE -> interfaceError;
            default -> databaseError;
        };
    }
}
