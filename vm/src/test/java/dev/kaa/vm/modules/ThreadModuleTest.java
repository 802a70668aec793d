package dev.kaa.vm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@code _thread}: locks, thread-local objects and threads, run as Python on Kaa. Each expected text is what CPython 3.13 printed for the same
 * program (with {@code collect = gc.collect}; here {@code collect} is
 * {@link Weakrefs#collect}).
 */
class ThreadModuleTest {
    @Test
    void threadBasic() {
        String source = """
                import _thread as t
                print(t.LockType, t.TIMEOUT_MAX, t.error, t._count(), t.stack_size())
                print(sorted(n for n in dir(t) if not n.startswith('__')))
                l = t.allocate_lock(); print(repr(l).startswith('<unlocked _thread.lock object at 0x'), type(t.LockType()).__name__)
                h = t._make_thread_handle(t.get_ident()); print(h.ident == t.get_ident(), h.is_done(), t._get_main_thread_ident() == t.get_ident())
                for a in [dict(timeout=-2), dict(blocking=False, timeout=1)]:
                    try: l.acquire(**a)
                    except Exception as e: print(type(e).__name__, e)
                try: l.release()
                except Exception as e: print(type(e).__name__, e)
                print(l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.05), repr(l).startswith('<locked'))
                l.release()
                with l: print(l.locked())
                print(l.locked(), l.acquire_lock(), l.locked_lock()); l.release_lock()
                r = t.RLock()
                try: r.release()
                except Exception as e: print(type(e).__name__, e)
                r.acquire(); r.acquire(); print(r._is_owned(), r._recursion_count(), repr(r).startswith('<locked _thread.RLock object owner='))
                r.release(); r.release(); print(r._is_owned(), repr(r).startswith('<unlocked _thread.RLock object owner=0 count=0'))
                print(t._local, t._ExceptHookArgs, t._ExceptHookArgs.__mro__, t._is_main_interpreter(), t.daemon_threads_allowed())
                try: t.start_new_thread(3, ())
                except TypeError as e: print(e)
                try: t.start_new_thread(print, 3)
                except TypeError as e: print(e)
                out = []
                def work(n, k=0): out.append(n + k)
                h = t.start_joinable_thread(lambda: work(1, k=2)); h.join(); print(out, h.is_done())
                done = t.allocate_lock(); done.acquire()
                def w2(): work(5, k=1); done.release()
                t.start_new_thread(w2, ())
                done.acquire(); print(out)
                loc = t._local(); loc.x = 1
                def g(): out.append(hasattr(loc, 'x')); loc.x = 2
                t.start_joinable_thread(g).join(); print(out[-1], loc.x)
                class L(t._local):
                    def __init__(self, v): self.v = v
                ll = L(7); ll.v = 8
                def g2(): out.append(ll.v)
                t.start_joinable_thread(g2).join(); print(out[-1], ll.v)
                try: t._local(3)
                except TypeError as e: print(e)
                lock = t.allocate_lock(); counter = [0]
                def inc():
                    for i in range(200):
                        with lock: counter[0] += 1
                hs = [t.start_joinable_thread(inc) for i in range(4)]
                for x in hs: x.join()
                print(counter)
                """;
        String expected = """
                <class '_thread.lock'> 9223372036.0 <class 'RuntimeError'> 0 0
                ['LockType', 'RLock', 'TIMEOUT_MAX', '_ExceptHookArgs', '_ThreadHandle', '_count', '_excepthook', '_get_main_thread_ident', '_is_main_interpreter', '_local', '_make_thread_handle', '_shutdown', 'allocate', 'allocate_lock', 'daemon_threads_allowed', 'error', 'exit', 'exit_thread', 'get_ident', 'get_native_id', 'interrupt_main', 'lock', 'stack_size', 'start_joinable_thread', 'start_new', 'start_new_thread']
                True lock
                True False True
                ValueError timeout value must be a non-negative number
                ValueError can't specify a timeout for a non-blocking call
                RuntimeError release unlocked lock
                True True False False True
                True
                False True True
                RuntimeError cannot release un-acquired lock
                True 2 True
                False True
                <class '_thread._local'> <class '_thread._ExceptHookArgs'> (<class '_thread._ExceptHookArgs'>, <class 'tuple'>, <class 'object'>) True True
                first arg must be callable
                2nd arg must be a tuple
                [3] True
                [3, 6]
                False 1
                7 8
                Initialization arguments are not supported
                [800]
                """;
        assertEquals(expected, WeakrefModuleTest.runPython(source, "thread_basic.py"));
    }

    /**
     * {@code threading} on {@code _thread}: threads, events, conditions, semaphores, barriers,
     * timers, thread-local data and the exception hook. {@code threading} imports {@code os}
     * and {@code warnings} (through {@code re}) first; minimal stand-ins for them let this test
     * run whether or not those modules work yet.
     */
    @Test
    void threadingBasic() throws java.io.IOException {
        java.nio.file.Path shims = java.nio.file.Files.createTempDirectory("kaa-thread-test");
        java.nio.file.Files.writeString(shims.resolve("os.py"), "name = 'posix'\nenviron = {}\n");
        java.nio.file.Files.writeString(shims.resolve("warnings.py"), "def warn(*a, **k): pass\n");
        String source = """
                import threading, time, _thread
                print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
                res = []
                th = threading.Thread(target=lambda: res.append(threading.current_thread().name), name='T1')
                th.start(); th.join(); print(res, th.is_alive(), th.ident is not None)
                ev = threading.Event()
                def setter(): time.sleep(0.05); ev.set()
                threading.Thread(target=setter).start(); print(ev.wait(5))
                cond = threading.Condition(); items = []
                def producer():
                    for i in range(5):
                        with cond:
                            items.append(i); cond.notify()
                consumed = []
                def consumer():
                    while len(consumed) < 5:
                        with cond:
                            while not items: cond.wait()
                            consumed.append(items.pop(0))
                c = threading.Thread(target=consumer); c.start()
                p = threading.Thread(target=producer); p.start(); p.join(); c.join(); print(consumed)
                sem = threading.BoundedSemaphore(2); print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False)); sem.release(); sem.release()
                try: sem.release()
                except ValueError as e: print(e)
                rl = threading.RLock(); rl.acquire(); rl.acquire(); print(type(rl).__name__); rl.release(); rl.release()
                loc = threading.local(); loc.v = 1
                def tl(): res.append(getattr(loc, 'v', None))
                t2 = threading.Thread(target=tl); t2.start(); t2.join(); print(res[-1], loc.v)
                b = threading.Barrier(3); out = []
                def bw(i): b.wait(); out.append(i)
                ts = [threading.Thread(target=bw, args=(i,)) for i in range(3)]
                for t in ts: t.start()
                for t in ts: t.join()
                print(sorted(out))
                tm = threading.Timer(0.01, lambda: res.append('timer')); tm.start(); tm.join(); print(res[-1])
                def bad(): raise ValueError('boom')
                import sys
                threading.excepthook = lambda a: print('hook:', a.exc_type.__name__, a.exc_value, a.thread.name)
                tb = threading.Thread(target=bad, name='Bad'); tb.start(); tb.join()
                print(threading.enumerate() == [threading.main_thread()], threading.get_ident() == _thread.get_ident())
                """;
        String expected = """
                MainThread True 1
                ['T1'] False True
                True
                [0, 1, 2, 3, 4]
                True True False
                Semaphore released too many times
                RLock
                None 1
                [0, 1, 2]
                timer
                hook: ValueError boom Bad
                True True
                """;
        String prefix = "import sys; sys.path.insert(0, " + "'" + shims.toString().replace("\\", "/") + "')\n";
        try {
            assertEquals(expected, WeakrefModuleTest.runPython(prefix + source, "threading_basic.py"));
        } finally {
            try (var files = java.nio.file.Files.walk(shims)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
