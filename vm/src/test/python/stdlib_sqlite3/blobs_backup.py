# Blob I/O (blobopen, read/write/seek/tell, indexing), backup into another connection,
# serialize/deserialize, and iterdump.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("create table files(id integer primary key, data blob, note text)")
con.execute("insert into files(data, note) values (zeroblob(10), 'ten zero bytes')")
con.execute("insert into files(data, note) values (?, 'it''s text')", (b"hello world",))
con.commit()

with con.blobopen("files", "data", 1) as blob:
    print(len(blob), blob.tell())
    blob.write(b"abc")
    print(blob.tell(), blob.read(2), blob.tell())
    blob.seek(-2, 2)
    blob.write(b"YZ")
    blob.seek(0)
    print(blob.read())
    blob[3] = ord("!")
    print(blob[0], blob[-1], blob[0:4], blob[::3])
    blob[4:6] = b"<>"
    for bad in (lambda: blob.write(b"too long for it"), lambda: blob.seek(11), lambda: blob[10]):
        try:
            bad()
        except (ValueError, IndexError) as e:
            print(type(e).__name__, e)
print(con.execute("select data from files where id = 1").fetchone())
ro = con.blobopen("files", "data", 2, readonly=True)
print(ro.read(5))
try:
    ro.write(b"x")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
ro.close()
try:
    ro.read()
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)

target = sqlite3.connect(":memory:")
steps = []
con.backup(target, pages=1, progress=lambda status, remaining, total: steps.append(status))
print(target.execute("select id, note from files").fetchall(), steps.count(0) >= 1)

data = con.serialize()
print(type(data).__name__, data[:15])
copy = sqlite3.connect(":memory:")
copy.deserialize(data)
print(copy.execute("select count(*) from files").fetchone())

for line in con.iterdump():
    print(line)
for c in (con, target, copy):
    c.close()
