# One connection used by other threads (check_same_thread=False), one at a time, whose queries
# call a Python function: each call takes the GIL back inside SQLite's step, which runs without
# it. (Threads using it at once deadlock CPython 3.13 now and then, so they take turns here.)
# And the check that refuses a connection to another thread.
import sqlite3
import threading

con = sqlite3.connect(":memory:", check_same_thread=False)
con.create_function("square", 1, lambda x: x * x)
con.execute("create table t(x)")
con.executemany("insert into t values (?)", [(i,) for i in range(50)])
results = {}

def work(k):
    got = []
    for i in range(100):
        got.append(con.execute("select square(?)", (i + k,)).fetchone()[0])
    agg = con.execute("select sum(x) from t").fetchone()[0]
    results[k] = (sum(got), agg)

for k in range(4):
    t = threading.Thread(target=work, args=(k,))
    t.start()
    t.join()
for k in sorted(results):
    print(k, results[k])

own = sqlite3.connect(":memory:")
messages = []

def elsewhere():
    for f in (lambda: own.execute("select 1"), own.commit, own.cursor, own.close):
        try:
            f()
        except sqlite3.ProgrammingError as e:
            messages.append(str(e).split(".")[0])

t = threading.Thread(target=elsewhere)
t.start()
t.join()
print(messages)
print(own.execute("select 'still usable here'").fetchone())
own.close()
con.close()
