# Transactions: the legacy isolation_level (implicit BEGIN before DML), 3.12's autocommit
# attribute, commit/rollback, the connection as a context manager, in_transaction.
import sqlite3

con = sqlite3.connect(":memory:")
print(con.isolation_level == "", con.autocommit == sqlite3.LEGACY_TRANSACTION_CONTROL)
trace = []
con.set_trace_callback(trace.append)
con.execute("create table t(x)")
print("after create:", con.in_transaction)
con.execute("insert into t values (1)")
print("after insert:", con.in_transaction)
con.rollback()
print("after rollback:", con.execute("select count(*) from t").fetchone(), con.in_transaction)
with con:
    con.execute("insert into t values (2)")
print("after with:", con.execute("select x from t").fetchall(), con.in_transaction)
try:
    with con:
        con.execute("insert into t values (3)")
        raise KeyError("boom")
except KeyError as e:
    print("rolled back:", e, con.execute("select x from t").fetchall())
con.isolation_level = "IMMEDIATE"
con.execute("insert into t values (4)")
con.commit()
con.isolation_level = None
con.execute("insert into t values (5)")
print("isolation None:", con.in_transaction)
print([s for s in trace if s.split()[0] in ("BEGIN", "COMMIT", "ROLLBACK")])
con.close()

con = sqlite3.connect(":memory:", autocommit=False)
trace = []
con.set_trace_callback(trace.append)
print("autocommit False:", con.autocommit, con.in_transaction)
con.execute("create table t(x)")
con.commit()
con.execute("insert into t values (1)")
con.rollback()
print(con.execute("select count(*) from t").fetchone())
con.autocommit = True
print("now autocommit:", con.autocommit, con.in_transaction)
con.execute("insert into t values (2)")
print(con.in_transaction, trace)
con.close()

for bad in ("SERIALIZABLE", 1):
    try:
        sqlite3.connect(":memory:", isolation_level=bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sqlite3.connect(":memory:", autocommit="yes")
except ValueError as e:
    print(e)
