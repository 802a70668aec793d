package dev.kaa.stdlib.sqlite3;

import dev.kaa.ext.ExtensionModule;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonType;
import java.lang.invoke.MethodHandles;

/**
 * {@code _sqlite3}: the module under CPython's {@code sqlite3} package, over the system's
 * {@code libsqlite3} (called through the foreign function API): connections, cursors, rows,
 * blobs, the DB-API exceptions, the adapter and converter registries and SQLite's constants.
 * Absent (ImportError) when the system has no {@code libsqlite3.so.0}.
 *
 * <p>Thread safety: the module's functions run under the GIL; the types and exception classes
 * are made once and shared by interpreters.
 */
public final class Sqlite3Module implements ExtensionModule {
    private static final String[] CONNECT_NAMES = {"database", "timeout", "detect_types", "isolation_level",
        "check_same_thread", "factory", "cached_statements", "uri", "autocommit"};

    /** Whether exceptions raised in callbacks are reported ({@code enable_callback_tracebacks}). */
    static volatile boolean callbackTracebacks;

    @Override public String name() {
        return "_sqlite3";
    }

    @Override public void initialize(ModuleDefinition m) {
        if (SqliteLibrary.LIB == null) {
            throw Py.error(Py.builtinType("ImportError"), SqliteLibrary.MISSING);
        }
        m.doc("The SQLite database engine, through the system's libsqlite3: what the sqlite3 package is built on.");
        Values.init();
        Errors.define(m);
        Connection.type = m.addType("sqlite3.Connection", Connection.class, MethodHandles.lookup(), "SQLite database connection object.");
        Cursor.type = m.addType("sqlite3.Cursor", Cursor.class, MethodHandles.lookup(), "SQLite database cursor class.");
        Row.type = m.addType("sqlite3.Row", Row.class, MethodHandles.lookup(), null);
        PrepareProtocol.type = m.addType("sqlite3.PrepareProtocol", PrepareProtocol.class, MethodHandles.lookup(),
                "PEP 246 style object adaption protocol type.");
        Blob.type = m.addType("sqlite3.Blob", Blob.class, MethodHandles.lookup(), null);
        PreparedStatement.type = m.addType("sqlite3.Statement", PreparedStatement.class, MethodHandles.lookup(), null);
        m.addFunctions(Sqlite3Module.class, MethodHandles.lookup());
        Constants.define(m);
        m.add("PARSE_DECLTYPES", Columns.PARSE_DECLTYPES);
        m.add("PARSE_COLNAMES", Columns.PARSE_COLNAMES);
        m.add("LEGACY_TRANSACTION_CONTROL", Connection.LEGACY);
        m.add("sqlite_version", Sqlite.libversion());
        m.add("_deprecated_version", "2.6.0");
        m.add("threadsafety", switch (Sqlite.threadsafe()) {
            case 0 -> 0;
            case 2 -> 1;
            default -> 3;
        });
        m.add("adapters", Py.dict());
        m.add("converters", Py.dict());
    }

    @PyMethod(doc = "Open a connection to the SQLite database file 'database'.\n\n"
            + "You can use \":memory:\" to open a database connection to a database that\n"
            + "resides in RAM instead of on disk.")
    static Object connect(Object[] args, String[] kwnames) {
        int positional = Args.positional(args, kwnames);
        if (positional > 1 && positional <= 8) {
            Args.deprecation("Passing more than 1 positional argument to sqlite3.connect() is deprecated. "
                    + "Parameters 'timeout', 'detect_types', 'isolation_level', 'check_same_thread', 'factory', "
                    + "'cached_statements' and 'uri' will become keyword-only parameters in Python 3.15.", 1);
        }
        Object[] v = Args.parse("Connection", args, kwnames, CONNECT_NAMES, 1, 8);
        Object factory = v[5] == null ? Connection.type : v[5];
        return Py.callWithKeywords(factory, args, kwnames);
    }

    @PyMethod(positionalOnly = 0, doc = "Checks if a string contains a complete SQL statement.")
    static boolean complete_statement(String statement) {
        return Sqlite.complete(Values.utf8(Py.str(statement)));
    }

    @PyMethod(doc = "Enable or disable callback functions throwing errors to stderr.")
    static void enable_callback_tracebacks(int enable) {
        callbackTracebacks = enable != 0;
    }

    @PyMethod(doc = "Register a function to adapt Python objects to SQLite values.")
    static void register_adapter(Object type, Object adapter) {
        if (type == Values.intType || type == Values.floatType || type == Values.strType
                || type == Values.bytearrayType) {
            Binding.baseTypeAdapted = true;
        }
        Py.setItem(module("adapters"), Py.tuple(type, PrepareProtocol.type), adapter);
    }

    @PyMethod(doc = "Register a function to convert SQLite values to Python objects.")
    static void register_converter(Object typename, Object converter) {
        if (!Py.isInstance(typename, Values.strType)) {
            throw Py.typeError("register_converter() argument 1 must be str, not " + Values.typeName(typename));
        }
        Py.setItem(module("converters"), Py.callMethod(typename, "upper"), converter);
    }

    @PyMethod(doc = "Adapt given object to given protocol.")
    static Object adapt(Object obj, @Opt Object proto, @Opt Object alt) {
        return Binding.adapt(module("adapters"), obj, proto == null ? PrepareProtocol.type : proto, alt);
    }

    private static Object module(String attribute) {
        return Py.getAttr(Py.importModule("_sqlite3"), attribute);
    }
}
