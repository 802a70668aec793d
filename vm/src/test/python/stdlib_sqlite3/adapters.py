# Adapters (register_adapter, __conform__) and converters (register_converter with
# PARSE_DECLTYPES and PARSE_COLNAMES), and sqlite3.adapt.
import sqlite3

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

def adapt_point(p):
    return f"{p.x};{p.y}"

def convert_point(b):
    x, y = map(float, b.split(b";"))
    return Point(x, y)

sqlite3.register_adapter(Point, adapt_point)
sqlite3.register_converter("point", convert_point)

con = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
con.execute("create table shapes(name text, p point, q point(10))")
con.execute("insert into shapes values (?, ?, ?)", ("a", Point(1, 2), Point(3.5, -1)))
con.execute("insert into shapes values (?, ?, ?)", ("b", None, Point(0, 0)))
for row in con.execute("select name, p, q from shapes order by name"):
    print(row)
print(con.execute('select p as "pt [point]", p from shapes where name = ?', ("a",)).fetchone())
cur = con.execute('select 1 as "one [INTEGER]", 2 as "two"')
print([d[0] for d in cur.description], cur.fetchone())

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __conform__(self, protocol):
        if protocol is sqlite3.PrepareProtocol:
            return f"${self.cents / 100:.2f}"

print(con.execute("select ?", (Money(1234),)).fetchone())
print(sqlite3.adapt(Point(5, 6)), sqlite3.adapt(Money(5)))
try:
    sqlite3.adapt(object())
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
print(sqlite3.adapt(object(), sqlite3.PrepareProtocol, "alt"))
try:
    con.execute("select ?", (object(),))
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
print(sorted(k for k in sqlite3.converters if k in ("POINT", "DATE", "TIMESTAMP")))
sqlite3.register_converter("upper", lambda b: b.decode().upper())
print(con.execute('select ? as "x [upper]"', ("quiet",)).fetchone())
con.close()
