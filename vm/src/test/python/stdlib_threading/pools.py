# Queues, thread pools and exceptions raised in threads.
import queue
import sys
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed, wait

q = queue.Queue(maxsize=4)
def producer():
    for i in range(20):
        q.put(i)
    q.put(None)
got = []
p = threading.Thread(target=producer)
p.start()
while (item := q.get()) is not None:
    got.append(item)
    q.task_done()
q.task_done()
p.join()
q.join()
print("queue", sum(got), len(got), q.empty())

try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
sq = queue.SimpleQueue()
for i in range(3):
    sq.put(i)
print("simple", [sq.get() for _ in range(3)], sq.empty(), type(sq).__module__)
lq = queue.LifoQueue(); pq = queue.PriorityQueue()
for v in (3, 1, 2):
    lq.put(v); pq.put(v)
print("lifo", [lq.get() for _ in range(3)], "priority", [pq.get() for _ in range(3)])

with ThreadPoolExecutor(max_workers=3) as ex:
    print("map", list(ex.map(lambda x: x * x, range(10))))
    futures = [ex.submit(pow, 2, n) for n in range(5)]
    print("as_completed", sorted(f.result() for f in as_completed(futures)))
    bad = ex.submit(int, "nope")
    done, _ = wait([bad])
    print("exception", type(bad.exception()).__name__, bad.exception())

caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
t = threading.Thread(target=lambda: 1 / 0, name="doomed")
t.start(); t.join()
print("excepthook", caught)
threading.excepthook = threading.__excepthook__

results = {}
def worker(n):
    results[n] = threading.get_ident() != main_ident
main_ident = threading.get_ident()
ws = [threading.Thread(target=worker, args=(n,), daemon=True) for n in range(5)]
for w in ws: w.start()
for w in ws: w.join(timeout=10)
print("own threads", sorted(results.items()))
print("switch interval", sys.getswitchinterval())
sys.setswitchinterval(0.001)
print("set", sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError", e)
