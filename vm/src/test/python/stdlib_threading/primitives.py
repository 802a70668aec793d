# Threads on the GIL: shared counters, locks, conditions, events, barriers and semaphores.
import threading
import time

counter = 0
def bump(n):
    global counter
    for _ in range(n):
        counter += 1

threads = [threading.Thread(target=bump, args=(50_000,), name=f"bumper-{i}") for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter, [t.is_alive() for t in threads])

lock = threading.Lock()
total = []
def locked_append(i):
    with lock:
        snapshot = len(total)
        time.sleep(0.001)
        total.append(snapshot)
ts = [threading.Thread(target=locked_append, args=(i,)) for i in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print("serialised", sorted(total) == list(range(8)))

cond = threading.Condition()
items = []
def consumer(out):
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        out.append(list(items))
out = []
c = threading.Thread(target=consumer, args=(out,))
c.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify_all()
c.join()
print("condition", out)

ev = threading.Event()
seen = []
w = threading.Thread(target=lambda: seen.append(ev.wait(5)))
w.start()
ev.set()
w.join()
print("event", seen, ev.is_set(), threading.Event().wait(0.01))

barrier = threading.Barrier(3)
order = []
def party(i):
    idx = barrier.wait()
    with lock:
        order.append(idx)
ps = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for p in ps: p.start()
for p in ps: p.join()
print("barrier", sorted(order), barrier.broken)

sem = threading.BoundedSemaphore(2)
sem.acquire(); sem.acquire()
print("semaphore", sem.acquire(timeout=0.01))
sem.release(); sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError", e)

local = threading.local()
local.x = "main"
res = []
t = threading.Thread(target=lambda: res.append(getattr(local, "x", "unset")))
t.start(); t.join()
print("local", local.x, res)
print("main", threading.current_thread().name, threading.main_thread() is threading.current_thread())
