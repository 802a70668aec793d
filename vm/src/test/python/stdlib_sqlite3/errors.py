# The DB-API exception hierarchy, SQLite's error codes on exceptions, and the usage errors
# CPython raises (bindings, closed objects, one statement at a time).
import sqlite3

print([c.__name__ for c in sqlite3.ProgrammingError.__mro__])
print(sqlite3.Warning.__bases__, sqlite3.Error.__bases__, sqlite3.IntegrityError.__module__)
print(sqlite3.Connection.Error is sqlite3.Error, issubclass(sqlite3.DataError, sqlite3.DatabaseError))

con = sqlite3.connect(":memory:")
con.execute("create table t(id integer primary key, name text not null unique)")
con.execute("insert into t(name) values ('x')")

def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except Exception as e:
        extra = (e.sqlite_errorcode, e.sqlite_errorname) if hasattr(e, "sqlite_errorcode") else ""
        print(label, type(e).__name__, e, extra)

attempt("unique", lambda: con.execute("insert into t(name) values ('x')"))
attempt("not null", lambda: con.execute("insert into t(name) values (null)"))
attempt("syntax", lambda: con.execute("selec 1"))
attempt("no table", lambda: con.execute("select * from missing"))
attempt("too many", lambda: con.execute("select ?", (1, 2)))
attempt("too few", lambda: con.execute("select ?, ?", (1,)))
attempt("no name", lambda: con.execute("select ?", {"a": 1}))
attempt("missing", lambda: con.execute("select :a", {"b": 1}))
attempt("bad params", lambda: con.execute("select ?", 42))
attempt("two stmts", lambda: con.execute("select 1; select 2"))
attempt("nul", lambda: con.execute("select '\0'"))
attempt("not str", lambda: con.execute(b"select 1"))
attempt("overflow", lambda: con.execute("select ?", (2**64,)))
attempt("executemany select", lambda: con.executemany("select ?", [(1,)]))
attempt("script bytes", lambda: con.executescript(b"select 1"))
attempt("bad config", lambda: con.getconfig(1))
attempt("bad limit", lambda: con.getlimit(1000))
attempt("limit", lambda: con.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, con.getlimit(sqlite3.SQLITE_LIMIT_LENGTH)) > 0)
attempt("cantopen", lambda: sqlite3.connect("/nonexistent-dir/x.db"))

cur = con.cursor()
cur.close()
attempt("closed cursor", lambda: cur.execute("select 1"))
con.close()
con.close()
attempt("closed db", lambda: con.execute("select 1"))
attempt("closed cursor()", lambda: con.cursor())
attempt("closed commit", lambda: con.commit())
attempt("uninit", lambda: sqlite3.Connection.__new__(sqlite3.Connection).cursor())
attempt("uninit cursor", lambda: sqlite3.Cursor.__new__(sqlite3.Cursor).fetchone())
attempt("cursor arg", lambda: sqlite3.Cursor(42))
