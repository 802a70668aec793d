package dev.kaa.stdlib.sqlite3;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.KwOnly;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyGetter;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PySetter;
import dev.kaa.ext.PythonException;
import dev.kaa.ext.PythonType;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code sqlite3.Connection}: an open database, its transaction control (3.12's
 * {@code autocommit}, or the legacy {@code isolation_level} that opens a transaction before
 * INSERT, UPDATE, DELETE and REPLACE), its statement cache and its user functions.
 *
 * <p>Thread safety: GIL-guarded; unless {@code check_same_thread} is false, only the thread that
 * made it may use it. The database is closed by {@link #close}, or by a cleaner once the
 * connection is unreachable.
 */
public final class Connection extends ExtensionObject {
    static volatile PythonType type;
    static final int LEGACY = -1;
    private static final Cleaner CLEANER = Cleaner.create();
    private static final String[] INIT_NAMES = {"database", "timeout", "detect_types", "isolation_level",
        "check_same_thread", "factory", "cached_statements", "uri", "autocommit"};

    /**
     * Held by the thread that is calling SQLite on this connection. SQLite serializes calls on
     * a connection with its own mutex, and a callback made inside a call waits for the GIL: a
     * thread that held the GIL while it waited for SQLite's mutex would wait for ever. So
     * every call into SQLite is made holding this lock, and a thread waits for the lock with
     * the GIL released ({@link #lock}).
     */
    private final ReentrantLock lock = new ReentrantLock();

    /** The database, null before {@code __init__} and after {@link #close}. */
    Database db;
    private boolean initialized;
    private Cleaner.Cleanable cleanable;
    /** Asks for {@link #__del__} at a collection, for the ResourceWarning of an unclosed database. */
    @SuppressWarnings("unused")
    private Object delCompanion;
    int detectTypes;
    /** None, or the text after BEGIN ("", "DEFERRED", "IMMEDIATE", "EXCLUSIVE"). */
    private Object isolationLevel = Py.none();
    /** {@link #LEGACY}, 0 (False) or 1 (True). */
    private int autocommit = LEGACY;
    private boolean checkSameThread = true;
    private Thread owner = Thread.currentThread();
    Object rowFactory = Py.none();
    Object textFactory;
    Object adapters, converters;
    private int cacheSize = 128;
    private final Map<String, Statement> cache = new LinkedHashMap<>(16, 0.75f, true);
    /** The connection's callbacks (user functions, collations, hooks), see {@link Callbacks#keepFor}. */
    final List<Object> callbackObjects = new ArrayList<>();
    /** Blobs opened on the connection, closed with it. */
    final List<WeakReference<Blob>> blobs = new ArrayList<>();
    /** The authorizer, progress handler and trace callback registrations (in {@link Callbacks}), 0 for none. */
    long authorizerId, progressId, traceId;

    Connection(PythonType cls) {
        super(cls);
        textFactory = Values.strType;
    }

    @PyMethod
    static Object __new__(PythonType cls, Object[] args, String[] kwnames) {
        return new Connection(cls);
    }

    @PyMethod
    void __init__(Object[] args, String[] kwnames) {
        if (Args.positional(args, kwnames) > 1) {
            Args.deprecation("Passing more than 1 positional argument to _sqlite3.Connection() is deprecated. "
                    + "Parameters 'timeout', 'detect_types', 'isolation_level', 'check_same_thread', 'factory', "
                    + "'cached_statements' and 'uri' will become keyword-only parameters in Python 3.15.", 1);
        }
        Object[] v = Args.parse("Connection", args, kwnames, INIT_NAMES, 1, 8);
        byte[] path = databasePath(v[0]);
        double timeout = v[1] == null ? 5.0 : Py.asDouble(v[1]);
        int detect = v[2] == null ? 0 : intArgument(v[2]);
        Object level = v[3] == null ? Py.str("") : v[3];
        boolean sameThread = v[4] == null || Py.isTrue(v[4]);
        int cached = v[6] == null ? 128 : intArgument(v[6]);
        boolean uri = v[7] != null && Py.isTrue(v[7]);
        int auto = v[8] == null ? LEGACY : autocommitValue(v[8]);
        String beginLevel = levelOf(level);
        if (db != null) {
            // Re-initialised: the old database closes once the cursors still reading it are done.
            cache.clear();
            db.close(false);
            cleanable = null;
            db = null;
        }
        initialized = false;
        MemorySegment[] out = new MemorySegment[1];
        int flags = Sqlite.OPEN_READWRITE | Sqlite.OPEN_CREATE | (uri ? Sqlite.OPEN_URI : 0);
        int rc = Gil.released(() -> Sqlite.open(path, flags, out));
        if (rc != Sqlite.OK) {
            PythonException e = out[0].address() == 0 ? Errors.fromCode(rc) : Errors.fromDb(out[0]);
            if (out[0].address() != 0) {
                Sqlite.close(out[0]);
            }
            throw e;
        }
        Database d = new Database(out[0]);
        db = d;
        cleanable = CLEANER.register(this, d::closeAll);
        if (delCompanion == null) {
            delCompanion = Py.delCompanion(this);
        }
        Sqlite.busyTimeout(d.handle(), (int) (timeout * 1000));
        Object module = Py.importModule("_sqlite3");
        adapters = Py.getAttr(module, "adapters");
        converters = Py.getAttr(module, "converters");
        detectTypes = detect;
        isolationLevel = beginLevel == null ? Py.none() : level;
        checkSameThread = sameThread;
        owner = Thread.currentThread();
        cacheSize = cached;
        autocommit = auto;
        rowFactory = Py.none();
        textFactory = Values.strType;
        initialized = true;
        if (autocommit == 0) {
            begin();
        }
    }

    private static int intArgument(Object o) {
        if (!Py.isInstance(o, Values.intType)) {
            throw Py.typeError("'" + Values.typeName(o) + "' object cannot be interpreted as an integer");
        }
        return (int) Py.asLong(o);
    }

    private static byte[] databasePath(Object database) {
        Object path = Py.call(Py.getAttr(Py.importModule("os"), "fsencode"), database);
        return Py.asBytes(path);
    }

    /** A connection dropped open warns, as CPython's finalizer does, and is closed. */
    @PyMethod
    void __del__() {
        if (db == null || !db.isOpen()) {
            return;
        }
        Object warn = Py.getAttr(Py.importModule("warnings"), "warn");
        Py.call(warn, Py.str("unclosed database in " + Py.repr(this)), Py.builtinType("ResourceWarning"),
                Py.integer(1));
        cache.clear();
        db = null;
        cleanable.clean();
    }

    /** What {@link #lock} returns: closing it unlocks. */
    interface Held extends AutoCloseable {
        @Override void close();
    }

    /** Takes the connection's lock, waiting for it without the GIL. */
    Held lock() {
        if (!lock.tryLock()) {
            Gil.released(() -> {
                lock.lock();
                return 0;
            });
        }
        return lock::unlock;
    }

    // ---- checks ----------------------------------------------------------------------------------

    /** ProgrammingError unless the connection is open and usable from this thread. */
    void check() {
        checkThread();
        checkOpen();
    }

    void checkOpen() {
        if (!initialized) {
            throw Errors.programming("Base Connection.__init__ not called.");
        }
        if (db == null || !db.isOpen()) {
            throw Errors.programming("Cannot operate on a closed database.");
        }
    }

    void checkThread() {
        if (checkSameThread && Thread.currentThread() != owner) {
            throw Errors.programming("SQLite objects created in a thread can only be used in that same thread. "
                    + "The object was created in thread id " + owner.threadId() + " and this is thread id "
                    + Thread.currentThread().threadId() + ".");
        }
    }

    MemorySegment handle() {
        return db.handle();
    }

    // ---- statements ------------------------------------------------------------------------------

    /** A statement for {@code sql}: the cached one if no cursor is reading it, else a new one. */
    Statement statement(String sql) {
        Statement s = cacheSize > 0 ? cache.get(sql) : null;
        if (s != null && !s.inUse && !s.empty()) {
            s.reset();
            return s;
        }
        Statement made = Statement.prepare(db, sql);
        if (cacheSize > 0 && s == null) {
            cache.put(sql, made);
            if (cache.size() > cacheSize) {
                var eldest = cache.entrySet().iterator().next();
                cache.remove(eldest.getKey());
                release(eldest.getValue(), true);
            }
        }
        return made;
    }

    /** A cursor is done with {@code s}: finalize it unless the cache keeps it. */
    void release(Statement s, boolean evicted) {
        if (evicted) {
            s.evicted = true;
        }
        if (s.evicted && !s.inUse && db != null) {
            s.free(db);
        } else if (!s.evicted && !cache.containsValue(s) && !s.inUse && db != null) {
            s.free(db);
        }
    }

    /** Statements that cursors are reading rows from, with the cursor (weakly). */
    private final Map<Statement, WeakReference<Cursor>> reading = new java.util.IdentityHashMap<>();

    void reading(Statement s, Cursor c) {
        reading.put(s, new WeakReference<>(c));
    }

    void doneReading(Statement s) {
        reading.remove(s);
    }

    /**
     * After "database table is locked": resets the statements of cursors that were dropped
     * while reading rows (CPython's reference counting resets them at the {@code del}; the JVM
     * learns of it at a collection, which this asks for). True if any was reset, so that the
     * failed step is worth another try.
     */
    boolean releaseDroppedCursors() {
        if (reading.isEmpty()) {
            return false;
        }
        System.gc();
        boolean any = false;
        for (var it = reading.entrySet().iterator(); it.hasNext();) {
            var e = it.next();
            if (e.getValue().get() == null) {
                Statement dropped = e.getKey();
                it.remove();
                dropped.reset();
                release(dropped, false);
                any = true;
            }
        }
        return any;
    }

    /** Steps {@code st}, once more if a dropped cursor's statement held a table lock. */
    int step(MemorySegment st) {
        int rc = Gil.released(() -> Sqlite.step(st));
        if ((rc & 0xff) == Sqlite.LOCKED && releaseDroppedCursors()) {
            Sqlite.reset(st);
            rc = Gil.released(() -> Sqlite.step(st));
        }
        return rc;
    }

    /** Runs one statement that returns no rows (BEGIN, COMMIT, ROLLBACK), outside any cursor. */
    void run(String sql) {
        try (Held held = lock()) {
            Statement s = Statement.prepare(db, sql);
            try {
                int rc = step(s.handle());
                if (rc != Sqlite.DONE && rc != Sqlite.ROW) {
                    throw Errors.fromDb(db.handle());
                }
            } finally {
                s.free(db);
            }
        }
    }

    /** BEGIN: plain when autocommit is False, else with the isolation level (legacy mode). */
    private void begin() {
        if (autocommit == 0) {
            run("BEGIN");
        } else {
            run("BEGIN " + (isolationLevel == Py.none() ? "" : Py.asString(isolationLevel)));
        }
    }

    /** Opens a transaction before a DML statement in legacy mode, as CPython does. */
    void beginImplicitly(Statement s) {
        if (autocommit == LEGACY && isolationLevel != Py.none() && s.isDml && Sqlite.getAutocommit(handle())) {
            begin();
        }
    }

    boolean legacyMode() {
        return autocommit == LEGACY;
    }

    // ---- the DB-API methods ----------------------------------------------------------------------

    @PyMethod(positionalOnly = 0, doc = "Return a cursor for the connection.")
    Object cursor(@Opt Object factory) {
        check();
        Object f = factory == null ? Cursor.type : factory;
        Object c = Py.call(f, this);
        if (!Py.isInstance(c, Cursor.type)) {
            throw Py.typeError("factory must return a cursor, not " + Values.typeName(c));
        }
        if (rowFactory != Py.none()) {
            ((Cursor) c).rowFactory = rowFactory;
        }
        return c;
    }

    @PyMethod(doc = "Close the database connection.\n\nAny pending transaction is not committed implicitly.")
    void close() {
        try (Held held = lock()) {
            checkThread();
            if (!initialized) {
                throw Errors.programming("Base Connection.__init__ not called.");
            }
            if (db == null) {
                return;
            }
            for (WeakReference<Blob> r : blobs) {
                Blob b = r.get();
                if (b != null) {
                    b.closeQuietly();
                }
            }
            blobs.clear();
            if (autocommit == 0 && !Sqlite.getAutocommit(handle())) {
                try {
                    run("ROLLBACK");
                } catch (PythonException ignored) {
                    // closing anyway
                }
            }
            cache.clear();
            db = null;
            cleanable.clean();
            authorizerId = progressId = traceId = 0;
            callbackObjects.clear();
        }
    }

    @PyMethod(doc = "Commit any pending transaction to the database.\n\n"
            + "If there is no open transaction, this method is a no-op.")
    void commit() {
        try (Held held = lock()) {
            check();
            if (autocommit == LEGACY) {
                if (!Sqlite.getAutocommit(handle())) {
                    run("COMMIT");
                }
            } else if (autocommit == 0) {
                run("COMMIT");
                begin();
            }
        }
    }

    @PyMethod(doc = "Roll back to the start of any pending transaction.\n\n"
            + "If there is no open transaction, this method is a no-op.")
    void rollback() {
        try (Held held = lock()) {
            check();
            if (autocommit == LEGACY) {
                if (!Sqlite.getAutocommit(handle())) {
                    run("ROLLBACK");
                }
            } else if (autocommit == 0) {
                run("ROLLBACK");
                begin();
            }
        }
    }

    @PyMethod(doc = "Executes an SQL statement.")
    Object execute(Object sql, @Opt Object parameters) {
        Object c = cursor(null);
        return parameters == null ? Py.callMethod(c, "execute", sql) : Py.callMethod(c, "execute", sql, parameters);
    }

    @PyMethod(doc = "Repeatedly executes an SQL statement.")
    Object executemany(Object sql, Object parameters) {
        Object c = cursor(null);
        return Py.callMethod(c, "executemany", sql, parameters);
    }

    @PyMethod(doc = "Executes multiple SQL statements at once.")
    Object executescript(Object script) {
        Object c = cursor(null);
        return Py.callMethod(c, "executescript", script);
    }

    @PyMethod(doc = "__call__($self, sql, /)\n--\n\nCall self as a function.")
    Object __call__(Object[] args, String[] kwnames) {
        try (Held held = lock()) {
            check();
            if (kwnames != null && kwnames.length > 0) {
                throw Py.typeError("Connection() takes no keyword arguments");
            }
            if (args.length != 1) {
                throw Py.typeError("expected 1 argument, got " + args.length);
            }
            Object sql = args[0];
            if (!Py.isInstance(sql, Values.strType)) {
                throw Py.typeError("argument 1 must be str, not " + Values.typeName(sql));
            }
            Statement s = Statement.prepare(db, Py.asString(sql));
            return new PreparedStatement(PreparedStatement.type, this, s);
        }
    }

    @PyMethod(doc = "Abort any pending database operation.")
    void interrupt() {
        checkOpen();
        Sqlite.interrupt(handle());
    }

    @PyMethod(doc = "Called when the connection is used as a context manager.\n\nReturns itself as a convenience to the caller.")
    Object __enter__() {
        checkOpen();
        return this;
    }

    @PyMethod(doc = "Called when the connection is used as a context manager.\n\n"
            + "If there was any exception, a rollback takes place; otherwise we commit.")
    Object __exit__(Object excType, Object excValue, Object traceback) {
        if (excType == Py.none() && excValue == Py.none() && traceback == Py.none()) {
            commit();
        } else {
            rollback();
        }
        return Py.bool(false);
    }

    @PyMethod(positionalOnly = 0, doc = "Returns iterator to the dump of the database in an SQL text format.")
    Object iterdump(@KwOnly @Opt("None") Object filter) {
        checkOpen();
        Object dump = Py.importModule("sqlite3.dump");
        return Py.callWithKeywords(Py.getAttr(dump, "_iterdump"), new Object[] {this, filter}, new String[] {"filter"});
    }

    // ---- attributes ------------------------------------------------------------------------------

    @PyGetter
    Object isolation_level() {
        checkOpen();
        return isolationLevel;
    }

    @PySetter("isolation_level")
    void setIsolationLevel(Object value) {
        try (Held held = lock()) {
            if (value == null) {
                throw Py.error(Py.builtinType("AttributeError"), "cannot delete attribute");
            }
            String level = levelOf(value);
            if (level == null) {
                if (autocommit == LEGACY && db != null && db.isOpen() && !Sqlite.getAutocommit(handle())) {
                    run("COMMIT");
                }
                isolationLevel = Py.none();
            } else {
                isolationLevel = value;
            }
        }
    }

    /** The isolation level's text, null for None; the errors CPython's setter raises. */
    private static String levelOf(Object value) {
        if (value == Py.none()) {
            return null;
        }
        if (!Py.isInstance(value, Values.strType)) {
            throw Py.typeError("isolation_level must be str or None");
        }
        String s = Py.asString(value);
        for (String ok : new String[] {"", "DEFERRED", "IMMEDIATE", "EXCLUSIVE"}) {
            if (ok.equalsIgnoreCase(s)) {
                return s;
            }
        }
        throw Py.valueError("isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'");
    }

    private static int autocommitValue(Object value) {
        if (Py.typeOf(value) == Py.builtinType("bool")) {
            return Py.isTrue(value) ? 1 : 0;
        }
        if (Py.isInstance(value, Values.intType) && Py.asBigInteger(value).intValue() == LEGACY
                && Py.asBigInteger(value).bitLength() < 32) {
            return LEGACY;
        }
        throw Py.valueError("autocommit must be True, False, or sqlite3.LEGACY_TRANSACTION_CONTROL");
    }

    @PyGetter
    Object autocommit() {
        checkOpen();
        return autocommit == LEGACY ? Py.integer(LEGACY) : Py.bool(autocommit == 1);
    }

    @PySetter("autocommit")
    void setAutocommit(Object value) {
        try (Held held = lock()) {
            checkOpen();
            if (value == null) {
                throw Py.error(Py.builtinType("AttributeError"), "cannot delete attribute");
            }
            int v = autocommitValue(value);
            if (v == 1 && !Sqlite.getAutocommit(handle())) {
                run("COMMIT");
            } else if (v == 0 && Sqlite.getAutocommit(handle())) {
                autocommit = v;
                begin();
            }
            autocommit = v;
        }
    }

    @PyGetter
    boolean in_transaction() {
        check();
        return !Sqlite.getAutocommit(handle());
    }

    @PyGetter
    int total_changes() {
        try (Held held = lock()) {
            check();
            return Sqlite.totalChanges(handle());
        }
    }

    @PyGetter(member = true)
    Object row_factory() {
        return rowFactory;
    }

    @PySetter("row_factory")
    void setRowFactory(Object value) {
        rowFactory = value == null ? Py.none() : value;
    }

    @PyGetter(member = true)
    Object text_factory() {
        return textFactory;
    }

    @PySetter("text_factory")
    void setTextFactory(Object value) {
        textFactory = value == null ? Py.none() : value;
    }

    @PyGetter("Warning")
    Object warningClass() {
        return Errors.warning;
    }

    @PyGetter("Error")
    Object errorClass() {
        return Errors.error;
    }

    @PyGetter("InterfaceError")
    Object interfaceErrorClass() {
        return Errors.interfaceError;
    }

    @PyGetter("DatabaseError")
    Object databaseErrorClass() {
        return Errors.databaseError;
    }

    @PyGetter("DataError")
    Object dataErrorClass() {
        return Errors.dataError;
    }

    @PyGetter("OperationalError")
    Object operationalErrorClass() {
        return Errors.operationalError;
    }

    @PyGetter("IntegrityError")
    Object integrityErrorClass() {
        return Errors.integrityError;
    }

    @PyGetter("InternalError")
    Object internalErrorClass() {
        return Errors.internalError;
    }

    @PyGetter("ProgrammingError")
    Object programmingErrorClass() {
        return Errors.programmingError;
    }

    @PyGetter("NotSupportedError")
    Object notSupportedErrorClass() {
        return Errors.notSupportedError;
    }

    // ---- user functions and callbacks (see Callbacks) --------------------------------------------

    private static final String[] CREATE_FUNCTION = {"name", "narg", "func", "deterministic"};
    private static final String[] CREATE_AGGREGATE = {"name", "n_arg", "aggregate_class"};
    private static final String[] SET_AUTHORIZER = {"authorizer_callback"};
    private static final String[] SET_PROGRESS_HANDLER = {"progress_handler", "n"};
    private static final String[] SET_TRACE_CALLBACK = {"trace_callback"};

    @PyMethod(doc = "Creates a new function.")
    void create_function(Object[] args, String[] kwnames) {
        try (Held held = lock()) {
            Object[] v = Args.parseWarning("_sqlite3.Connection.create_function", args, kwnames, CREATE_FUNCTION, 3, 3);
            if (Args.positional(args, kwnames) > 3) {
                throw Py.typeError("create_function() takes at most 3 positional arguments ("
                        + Args.positional(args, kwnames) + " given)");
            }
            check();
            boolean deterministic = v[3] != null && Py.isTrue(v[3]);
            int flags = Sqlite.UTF8 | (deterministic ? Sqlite.DETERMINISTIC : 0);
            Callbacks.createFunction(this, functionName(v[0], "create_function"), intArgument(v[1]), v[2], flags);
        }
    }

    @PyMethod(doc = "Creates a new aggregate.")
    void create_aggregate(Object[] args, String[] kwnames) {
        try (Held held = lock()) {
            Object[] v = Args.parseWarning("_sqlite3.Connection.create_aggregate", args, kwnames, CREATE_AGGREGATE, 3, 3);
            check();
            Callbacks.createAggregate(this, functionName(v[0], "create_aggregate"), intArgument(v[1]), v[2]);
        }
    }

    @PyMethod(doc = "Creates or redefines an aggregate window function. Non-standard.")
    void create_window_function(Object name, int num_params, Object aggregate_class) {
        try (Held held = lock()) {
            check();
            Callbacks.createWindowFunction(this, functionName(name, "create_window_function"), num_params,
                    aggregate_class);
        }
    }

    @PyMethod(doc = "Creates a collation function.")
    void create_collation(Object name, Object callable) {
        try (Held held = lock()) {
            check();
            Callbacks.createCollation(this, functionName(name, "create_collation"), callable);
        }
    }

    @PyMethod(doc = "Set authorizer callback.")
    void set_authorizer(Object[] args, String[] kwnames) {
        try (Held held = lock()) {
            Object[] v = Args.parseWarning("_sqlite3.Connection.set_authorizer", args, kwnames, SET_AUTHORIZER, 1, 1);
            check();
            Callbacks.setAuthorizer(this, v[0]);
        }
    }

    @PyMethod(doc = "Set progress handler callback.")
    void set_progress_handler(Object[] args, String[] kwnames) {
        try (Held held = lock()) {
            Object[] v = Args.parseWarning("_sqlite3.Connection.set_progress_handler", args, kwnames,
                    SET_PROGRESS_HANDLER, 2, 1);
            check();
            Callbacks.setProgressHandler(this, v[0], intArgument(v[1]));
        }
    }

    @PyMethod(doc = "Set a trace callback called for each SQL statement (passed as unicode).")
    void set_trace_callback(Object[] args, String[] kwnames) {
        try (Held held = lock()) {
            Object[] v = Args.parseWarning("_sqlite3.Connection.set_trace_callback", args, kwnames, SET_TRACE_CALLBACK,
                    1, 1);
            check();
            Callbacks.setTraceCallback(this, v[0]);
        }
    }

    private static String functionName(Object name, String method) {
        if (!Py.isInstance(name, Values.strType)) {
            throw Py.typeError(method + "() argument 1 must be str, not " + Values.typeName(name));
        }
        return Py.asString(name);
    }

    // ---- blobs, backups, serialization, limits, configuration (see Blob and Backups) -------------

    @PyMethod(doc = "Open and return a BLOB object.")
    Object blobopen(String table, String column, long row, @KwOnly @Opt("False") boolean readonly,
            @Opt("'main'") String name) {
        try (Held held = lock()) {
            check();
            return Blob.open(this, table, column, row, readonly, name);
        }
    }

    @PyMethod(positionalOnly = 1, doc = "Makes a backup of the database.")
    void backup(Object target, @KwOnly @Opt("-1") int pages, @Opt("None") Object progress,
            @Opt("'main'") String name, @Opt("0.25") double sleep) {
        try (Held held = lock()) {
            check();
            Backups.backup(this, target, pages, progress, name, sleep);
        }
    }

    @PyMethod(positionalOnly = 0, doc = "Serialize a database into a byte string.")
    Object serialize(@KwOnly @Opt("'main'") String name) {
        try (Held held = lock()) {
            check();
            if (!Sqlite.canSerialize()) {
                throw Py.error(Errors.notSupportedError, "serialize() is not supported by this SQLite library");
            }
            byte[] data = Sqlite.serialize(handle(), name);
            if (data == null) {
                throw Errors.operational("unable to serialize '" + name + "'");
            }
            return Py.bytes(data);
        }
    }

    @PyMethod(positionalOnly = 1, doc = "Load a serialized database.")
    void deserialize(Object data, @KwOnly @Opt("'main'") String name) {
        try (Held held = lock()) {
            check();
            if (!Sqlite.canSerialize()) {
                throw Py.error(Errors.notSupportedError, "deserialize() is not supported by this SQLite library");
            }
            byte[] bytes = Py.asBytes(data);
            int rc = Sqlite.deserialize(handle(), name, bytes);
            if (rc != Sqlite.OK) {
                throw Errors.fromDb(handle());
            }
        }
    }

    @PyMethod(doc = "Get connection run-time limits.")
    int getlimit(int category) {
        return setlimit(category, -1);
    }

    @PyMethod(doc = "Set connection run-time limits.")
    int setlimit(int category, int limit) {
        try (Held held = lock()) {
            check();
            int old = Sqlite.limit(handle(), category, limit);
            if (old < 0) {
                throw Py.error(Errors.programmingError, "'category' is out of bounds");
            }
            return old;
        }
    }

    @PyMethod(doc = "Query a boolean connection configuration option.")
    boolean getconfig(int op) {
        return config(op, -1);
    }

    @PyMethod(doc = "Set a boolean connection configuration option.")
    void setconfig(int op, @Opt("True") boolean enable) {
        config(op, enable ? 1 : 0);
    }

    private boolean config(int op, int value) {
        try (Held held = lock()) {
            check();
            if (op < 1002 || op > 1017) {
                throw Py.valueError("unknown config 'op': " + op);
            }
            int[] out = new int[1];
            int rc = Sqlite.dbConfig(handle(), op, value, out);
            if (rc != Sqlite.OK) {
                throw Errors.fromDb(handle());
            }
            return out[0] != 0;
        }
    }
}
