# Row factories: sqlite3.Row (by index, by name ignoring case, keys, equality, hash),
# a function row factory, text_factory, and a Connection/Cursor factory.
import sqlite3

con = sqlite3.connect(":memory:")
con.row_factory = sqlite3.Row
con.execute("create table t(Name text, Age int)")
con.executemany("insert into t values (?, ?)", [("ann", 3), ("bob", 5)])
row = con.execute("select * from t order by Name").fetchone()
print(type(row).__name__, row.keys(), len(row), tuple(row), list(row))
print(row[0], row["name"], row["AGE"], row[-1], row[0:1], row[::-1])
for key in (2, "nope", 1.5):
    try:
        row[key]
    except IndexError as e:
        print("IndexError:", e)
again = con.execute("select * from t order by Name").fetchone()
print(row == again, row != again, hash(row) == hash(again), row == tuple(row))
print(isinstance(row, __import__("collections").abc.Sequence))

def as_dict(cursor, values):
    return {d[0]: v for d, v in zip(cursor.description, values)}

cur = con.cursor()
cur.row_factory = as_dict
print(cur.execute("select Name, Age * 2 as twice from t").fetchall())
con.row_factory = None
print(con.execute("select Name from t").fetchall())

con.text_factory = bytes
print(con.execute("select 'h\u00e9'").fetchone())
con.text_factory = lambda b: b.decode().upper()
print(con.execute("select 'shout'").fetchone())
con.text_factory = str

class MyCursor(sqlite3.Cursor):
    def names(self):
        return [r[0] for r in self.execute("select Name from t order by Name")]

class MyConnection(sqlite3.Connection):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.opened = True

c2 = sqlite3.connect(":memory:", factory=MyConnection)
print(type(c2).__name__, c2.opened)
print(con.cursor(MyCursor).names())
try:
    con.cursor(lambda c: 42)
except TypeError as e:
    print("TypeError:", e)
try:
    sqlite3.Row(con, ())
except TypeError as e:
    print("TypeError:", e)
c2.close()
con.close()
