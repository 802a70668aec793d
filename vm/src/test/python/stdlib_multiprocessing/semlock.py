# _multiprocessing.SemLock: named POSIX semaphores as counting semaphores and recursive mutexes,
# their errors, and multiprocessing's locks, semaphores, events and conditions used by threads.
import os
import _multiprocessing as m
P = f'/kaa-{os.getpid()}-'
print(m.flags, m.SemLock.SEM_VALUE_MAX, [n for n in dir(m.SemLock) if not n.startswith('__')], m.SemLock.__module__)
s=m.SemLock(1, 2, 3, P + 'kaa-test-1', True)
print(s.kind, s.maxvalue, s.name, type(s.handle), s._count(), s._get_value(), s._is_zero(), s._is_mine())
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01), s._get_value(), s._is_zero(), s._count())
s.release(); s.release(); print(s._get_value())
try: s.release(); print('third release ok', s._get_value())
except Exception as e: print(type(e).__name__, e)
try: s.release(); 
except Exception as e: print(type(e).__name__, e)
r=m.SemLock(0, 1, 1, P + 'kaa-test-2', True)
print(r.acquire(), r.acquire(), r._count(), r._is_mine()); r.release(); r.release(); print(r._count())
try: r.release()
except Exception as e: print(type(e).__name__, e)
with r: print('in', r._count())
try: m.SemLock(5, 1, 1, P + 'x', True)
except Exception as e: print(type(e).__name__, e)
try: m.SemLock(1, -1, 1, P + 'x2', True)
except Exception as e: print(type(e).__name__, e)
try: m.SemLock(1, 1, 1, P + 'kaa-test-3', False); m.SemLock(1, 1, 1, P + 'kaa-test-3', False)
except Exception as e: print(type(e).__name__, e)
m.sem_unlink(P + 'kaa-test-3')
try: m.sem_unlink(P + 'kaa-test-3')
except Exception as e: print(type(e).__name__, e)
t=m.SemLock._rebuild(s.handle, s.kind, s.maxvalue, None); print(t.name, t.kind, t._get_value())
print(m.SemLock.__doc__, m.SemLock.acquire.__doc__, m.sem_unlink.__doc__)
import pickle
try: pickle.dumps(s)
except Exception as e: print(type(e).__name__, e)
s=m.SemLock(1, 0, 1, P + 'kaa-t9', True)
print(s.acquire(timeout=-1), s.acquire(True, 0.05))
try: s.acquire(timeout='x')
except Exception as e: print(type(e).__name__, e)
try: m.SemLock(1, 1, 1, None, True)
except Exception as e: print(type(e).__name__, e)
r=m.SemLock(0, 1, 1, P + 'kaa-t10', True)
import threading
r.acquire()
def f():
    try: r.release()
    except Exception as e: print('other thread', type(e).__name__, e)
    print('other acquire nonblock', r.acquire(False))
th=threading.Thread(target=f); th.start(); th.join()
s2=m.SemLock(1, 1, 1, P + 'kaa-t11', True)
s2.acquire()
def h():
    s2.release(); print('released by other thread ok')
th=threading.Thread(target=h); th.start(); th.join()
try: s2.release()
except Exception as e: print(type(e).__name__, e)
import multiprocessing as mp
lock = mp.Lock(); rl = mp.RLock(); sem = mp.BoundedSemaphore(2); ev = mp.Event(); cond = mp.Condition()
print(lock, type(rl).__name__, sem.get_value())
with lock: print('locked', lock._semlock._is_mine())
out = []
def worker(i):
    with sem:
        out.append(i)
    ev.wait(5)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts: t.start()
ev.set()
for t in ts: t.join()
print(sorted(out), ev.is_set())
with cond:
    print('notified', cond.wait(0.01))
