package dev.kaa.stdlib.sqlite3;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyGetter;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PySetter;
import dev.kaa.ext.PythonException;
import dev.kaa.ext.PythonType;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * {@code sqlite3.Cursor}: runs statements on its connection and reads their rows. A query's
 * first row is stepped to by {@code execute}; each fetch reads the current row and steps to the
 * next, so a statement is released as soon as its last row was read.
 *
 * <p>Thread safety: GIL-guarded, with its connection's thread check.
 */
public final class Cursor extends ExtensionObject {
    static volatile PythonType type;

    private Connection connection;
    private boolean closed;
    /** Set while a call runs, so that a callback cannot reuse the cursor ("Recursive use"). */
    private boolean locked;
    /** The statement whose rows are being read; null when there are none left. */
    private Statement statement;
    /** For each column, the converter detect_types found for it (None for none). */
    private Object[] converters;
    private Object description = Py.none();
    private long rowcount = -1;
    private Object lastrowid = Py.none();
    private long arraysize = 1;
    Object rowFactory = Py.none();

    Cursor(PythonType cls) {
        super(cls);
    }

    @PyMethod
    static Object __new__(PythonType cls, Object[] args, String[] kwnames) {
        return new Cursor(cls);
    }

    @PyMethod
    void __init__(Object connection) {
        if (locked) {
            throw Errors.programming("Recursive use of cursors not allowed.");
        }
        if (!Py.isInstance(connection, Connection.type)) {
            throw Py.typeError("Cursor() argument 1 must be sqlite3.Connection, not " + Values.typeName(connection));
        }
        Connection c = (Connection) connection;
        this.connection = c;
        this.closed = false;
        this.description = Py.none();
        this.rowcount = -1;
        this.lastrowid = Py.none();
        this.arraysize = 1;
        this.rowFactory = Py.none();
    }

    // ---- checks ----------------------------------------------------------------------------------

    private void check() {
        if (connection == null) {
            throw Errors.programming("Base Cursor.__init__ not called.");
        }
        connection.check();
        if (closed) {
            throw Errors.programming("Cannot operate on a closed cursor.");
        }
        if (locked) {
            throw Errors.programming("Recursive use of cursors not allowed.");
        }
    }

    // ---- running statements ----------------------------------------------------------------------

    @PyMethod(doc = "Executes an SQL statement.")
    Object execute(Object sql, @Opt Object parameters) {
        List<Object> one = new ArrayList<>(1);
        one.add(parameters == null ? Py.tuple() : parameters);
        run("execute", sql, one.iterator(), false);
        return this;
    }

    @PyMethod(doc = "Repeatedly executes an SQL statement.")
    Object executemany(Object sql, Object seq_of_parameters) {
        run("executemany", sql, Py.iterate(seq_of_parameters).iterator(), true);
        return this;
    }

    private void run(String method, Object sql, Iterator<Object> parameters, boolean many) {
        if (!Py.isInstance(sql, Values.strType)) {
            throw Py.typeError(method + "() argument 1 must be str, not " + Values.typeName(sql));
        }
        check();
        locked = true;
        try (Connection.Held held = connection.lock()) {
            runLocked(Py.asString(sql), parameters, many);
        } catch (RuntimeException e) {
            if (statement != null) {
                dropStatement();
            }
            rowcount = -1;
            throw e;
        } finally {
            locked = false;
        }
    }

    private void runLocked(String sql, Iterator<Object> parameters, boolean many) {
        if (statement != null) {
            dropStatement();
        }
        description = Py.none();
        converters = null;
        Statement s = connection.statement(sql);
        statement = s;
        s.inUse = true;
        if (s.empty()) {
            rowcount = -1;
            dropStatement();
            return;
        }
        MemorySegment st = s.handle();
        if (many && Sqlite.readonly(st)) {
            throw Errors.programming("executemany() can only execute DML statements.");
        }
        connection.beginImplicitly(s);
        rowcount = s.isDml ? 0 : -1;
        int rc = Sqlite.DONE;
        while (parameters.hasNext()) {
            Object params = parameters.next();
            s.reset();
            s.inUse = true;
            Binding.bind(connection, st, params);
            rc = connection.step(st);
            if (rc != Sqlite.DONE && rc != Sqlite.ROW) {
                throw Errors.fromDb(connection.handle());
            }
            if (converters == null) {
                converters = Columns.converters(connection, st);
            }
            if (description == Py.none()) {
                description = Columns.description(connection, st);
            }
            if (rc == Sqlite.DONE && s.isDml) {
                rowcount += Sqlite.changes(connection.handle());
            }
            if (rc == Sqlite.ROW) {
                if (many) {
                    throw Errors.programming("executemany() can only execute DML statements.");
                }
                break;
            }
        }
        if (!many) {
            lastrowid = Py.integer(Sqlite.lastInsertRowid(connection.handle()));
        }
        if (rc != Sqlite.ROW) {
            dropStatement();
        } else {
            connection.reading(s, this);
        }
    }

    /** Resets the current statement and gives it back to the connection. */
    private void dropStatement() {
        Statement s = statement;
        statement = null;
        connection.doneReading(s);
        s.reset();
        connection.release(s, false);
    }

    @PyMethod(doc = "Executes multiple SQL statements at once.")
    Object executescript(Object sql_script) {
        if (!Py.isInstance(sql_script, Values.strType)) {
            throw Py.typeError("executescript() argument must be str, not " + Values.typeName(sql_script));
        }
        check();
        if (Py.asString(sql_script).indexOf('\0') >= 0) {
            throw Py.valueError("embedded null character");
        }
        byte[] utf8 = Values.utf8(sql_script);
        if (utf8.length > Sqlite.limit(connection.handle(), Sqlite.LIMIT_SQL_LENGTH, -1)) {
            throw Py.error(Errors.dataError, "query string is too large");
        }
        locked = true;
        try (Connection.Held held = connection.lock()) {
            if (statement != null) {
                dropStatement();
            }
            if (connection.legacyMode() && !Sqlite.getAutocommit(connection.handle())) {
                connection.run("COMMIT");
            }
            runScript(utf8);
        } finally {
            locked = false;
        }
        return this;
    }

    private void runScript(byte[] utf8) {
        MemorySegment db = connection.handle();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment text = Sqlite.cString(arena, utf8);
            MemorySegment at = text;
            long end = text.address() + utf8.length;
            MemorySegment[] out = new MemorySegment[2];
            while (at.address() < end) {
                MemorySegment from = at;
                int left = (int) (end - from.address());
                int rc = Gil.released(() -> Sqlite.prepare(db, from, left + 1, out));
                if (rc != Sqlite.OK) {
                    throw Errors.fromDb(db);
                }
                MemorySegment stmt = out[0];
                at = MemorySegment.ofAddress(out[1].address());
                if (stmt.address() == 0) {
                    continue;
                }
                do {
                    rc = Gil.released(() -> Sqlite.step(stmt));
                } while (rc == Sqlite.ROW);
                int fin = Sqlite.finalizeStatement(stmt);
                if (rc != Sqlite.DONE || fin != Sqlite.OK) {
                    throw Errors.fromDb(db);
                }
            }
        }
    }

    // ---- fetching --------------------------------------------------------------------------------

    @PyMethod
    Object __iter__() {
        return this;
    }

    @PyMethod
    Object __next__() {
        Object row = next();
        if (row == null) {
            throw Py.errorWithArgs(Py.builtinType("StopIteration"));
        }
        return row;
    }

    /** The next row (through the row factory), or null when there is none. */
    private Object next() {
        check();
        if (statement == null) {
            return null;
        }
        try (Connection.Held held = connection.lock()) {
            return nextLocked();
        }
    }

    private Object nextLocked() {
        MemorySegment st = statement.handle();
        Object row;
        locked = true;
        try {
            row = Columns.row(connection, st, converters);
        } finally {
            locked = false;
        }
        if (statement == null) {
            return row;
        }
        int rc = Gil.released(() -> Sqlite.step(st));
        if (rc == Sqlite.DONE) {
            if (statement.isDml) {
                rowcount += Sqlite.changes(connection.handle());
            }
            dropStatement();
        } else if (rc != Sqlite.ROW) {
            PythonException e = Errors.fromDb(connection.handle());
            dropStatement();
            throw e;
        }
        if (rowFactory != Py.none()) {
            row = Py.call(rowFactory, this, row);
        }
        return row;
    }

    @PyMethod(doc = "Fetches one row from the resultset.")
    Object fetchone() {
        Object row = next();
        return row == null ? Py.none() : row;
    }

    @PyMethod(positionalOnly = 0, doc = "Fetches several rows from the resultset.")
    Object fetchmany(@Opt Object size) {
        long n = size == null ? arraysize : Py.asLong(size);
        List<Object> rows = new ArrayList<>();
        // A negative size reads every row left, as CPython's loop on maxrows-- does.
        while (n-- != 0) {
            Object row = next();
            if (row == null) {
                break;
            }
            rows.add(row);
        }
        return Py.list(rows.toArray());
    }

    @PyMethod(doc = "Fetches all rows from the resultset.")
    Object fetchall() {
        List<Object> rows = new ArrayList<>();
        for (Object row = next(); row != null; row = next()) {
            rows.add(row);
        }
        return Py.list(rows.toArray());
    }

    @PyMethod(doc = "Required by DB-API. Does nothing in sqlite3.")
    void setinputsizes(Object sizes) {}

    @PyMethod(doc = "Required by DB-API. Does nothing in sqlite3.")
    void setoutputsize(Object size, @Opt("None") Object column) {}

    @PyMethod(doc = "Closes the cursor.")
    void close() {
        if (connection == null) {
            throw Errors.programming("Base Cursor.__init__ not called.");
        }
        if (locked) {
            throw Errors.programming("Recursive use of cursors not allowed.");
        }
        connection.checkThread();
        connection.checkOpen();
        if (statement != null) {
            try (Connection.Held held = connection.lock()) {
                dropStatement();
            }
        }
        closed = true;
    }

    // ---- attributes ------------------------------------------------------------------------------

    @PyGetter(member = true)
    Object connection() {
        return connection == null ? Py.none() : connection;
    }

    @PyGetter(member = true)
    Object description() {
        return description;
    }

    @PyGetter(member = true)
    long rowcount() {
        return rowcount;
    }

    @PyGetter(member = true)
    Object lastrowid() {
        return lastrowid;
    }

    @PyGetter(member = true)
    long arraysize() {
        return arraysize;
    }

    @PySetter("arraysize")
    void setArraysize(Object value) {
        if (value == null) {
            throw Py.typeError("can't delete numeric/char attribute");
        }
        arraysize = Py.asLong(value);
    }

    @PyGetter(member = true)
    Object row_factory() {
        return rowFactory;
    }

    @PySetter("row_factory")
    void setRowFactory(Object value) {
        rowFactory = value == null ? Py.none() : value;
    }
}
