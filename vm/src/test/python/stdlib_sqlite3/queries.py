# Queries on an in-memory database: parameters (qmark and named), fetch methods,
# description, rowcount, lastrowid, executemany, executescript, iteration.
import sqlite3

con = sqlite3.connect(":memory:")
cur = con.cursor()
cur.execute("create table people(id integer primary key, name text, age int, score real, photo blob)")
print(cur.description, cur.rowcount, cur.lastrowid)
rows = [("ann", 31, 1.5, b"\x00\x01"), ("bob", 25, None, None), ("cy", 40, 2.25, bytearray(b"zz"))]
cur.executemany("insert into people(name, age, score, photo) values (?, ?, ?, ?)", rows)
print("rowcount after executemany:", cur.rowcount, "lastrowid:", cur.lastrowid)
cur.execute("insert into people(name, age) values (:n, :a)", {"n": "dee", "a": 19})
print("lastrowid:", cur.lastrowid, "rowcount:", cur.rowcount)
cur.execute("insert into people(name, age, photo) values (?, ?, ?)", ("eve", 52, memoryview(b"mv")))

cur.execute("select id, name, age, score, photo from people order by id")
print([d[0] for d in cur.description])
print(cur.fetchone())
print(cur.fetchmany(2))
cur.arraysize = 3
print(cur.fetchmany())
print(cur.fetchall(), cur.fetchone())

for name, age in con.execute("select name, age from people where age > ? order by age desc", (30,)):
    print(f"{name:>4} {age}")

print(con.execute("select count(*), sum(age), avg(score), max(name) from people").fetchone())
print(con.execute("select typeof(1), typeof(1.0), typeof('x'), typeof(x'00'), typeof(null)").fetchone())
print(con.execute("select ?, ?, ?, ?", (2**63 - 1, -2**63, 1e300, "\u00e9\U0001f600")).fetchone())
print(con.execute("update people set age = age + 1 where age < 30").rowcount)
print(con.execute("delete from people where score is null").rowcount)
print(con.execute("select name from people order by name").fetchall())

con.executescript("""
    create table log(msg);
    insert into log values ('one');   -- a comment
    insert into log values ('two');
    /* block comment */
""")
print(con.execute("select group_concat(msg, '+') from log").fetchone()[0])
print(con.total_changes)
print(con.execute("").fetchall(), con.execute("-- nothing").description)
print(sqlite3.complete_statement("select 1;"), sqlite3.complete_statement("select 1"))
print(type(sqlite3.sqlite_version), sqlite3.threadsafety in (0, 1, 3), sqlite3.paramstyle, sqlite3.apilevel)
cur.close()
con.close()
