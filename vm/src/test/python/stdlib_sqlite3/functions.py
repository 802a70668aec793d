# User functions, aggregates, window functions and collations, and what happens when they
# raise: SQLite errors with CPython's messages.
import sqlite3

con = sqlite3.connect(":memory:")
con.create_function("double", 1, lambda x: None if x is None else x * 2, deterministic=True)
con.create_function("concat", -1, lambda *args: "".join(map(str, args)))
con.create_function("kind", 1, lambda v: type(v).__name__)
print(con.execute("select double(21), double(1.25), double('ab'), double(null)").fetchone())
print(con.execute("select concat(1, 'a', 2.5), concat()").fetchone())
print(con.execute("select kind(1), kind(1.0), kind('s'), kind(x'01'), kind(null)").fetchone())

class Spread:
    def __init__(self):
        self.values = []
    def step(self, v):
        self.values.append(v)
    def finalize(self):
        return max(self.values) - min(self.values) if self.values else None

con.create_aggregate("spread", 1, Spread)
con.execute("create table t(g, v)")
con.executemany("insert into t values (?, ?)", [("a", 1), ("a", 7), ("b", 3), ("b", 4), ("b", 10)])
print(con.execute("select g, spread(v) from t group by g order by g").fetchall())
print(con.execute("select spread(v) from t where v > 100").fetchone())

class WindowSum:
    def __init__(self):
        self.total = 0
    def step(self, v):
        self.total += v
    def inverse(self, v):
        self.total -= v
    def value(self):
        return self.total
    def finalize(self):
        return self.total

con.create_window_function("wsum", 1, WindowSum)
print(con.execute("""select v, wsum(v) over (order by v rows between 1 preceding and 1 following)
                     from t order by v""").fetchall())

con.create_collation("reverse", lambda a, b: (a < b) - (a > b))
print(con.execute("select g from t group by g order by g collate reverse").fetchall())

def boom(x):
    raise ValueError("no")

class BadStep(Spread):
    def step(self, v):
        1 / 0

con.create_function("boom", 1, boom)
con.create_function("huge", 0, lambda: 2**70)
con.create_function("weird", 0, lambda: object())
con.create_aggregate("badstep", 1, BadStep)
con.create_aggregate("nofinal", 1, type("NoFinal", (), {"step": lambda self, v: None}))
for sql in ("select boom(1)", "select huge()", "select weird()", "select badstep(v) from t",
            "select nofinal(v) from t", "select nosuch(1)"):
    try:
        con.execute(sql).fetchall()
    except sqlite3.Error as e:
        print(type(e).__name__, e, e.sqlite_errorname if hasattr(e, "sqlite_errorname") else "")
con.create_function("double", 1, None)
try:
    con.execute("select double(1)")
except sqlite3.OperationalError as e:
    print("removed:", e)
con.close()
