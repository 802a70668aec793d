# _thread._ThreadHandle states, and _thread.interrupt_main: the signal's handler runs in the
# main thread, at once when the main thread calls it, and nothing happens for SIG_IGN/SIG_DFL.
import _thread
import signal
import threading

h = _thread._ThreadHandle()
print(h.is_done(), h.ident, repr(h))
for f in (h._set_done, h.join):
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError", e)
done = threading.Event()
_thread.start_joinable_thread(done.set, handle=h)
try:
    _thread.start_joinable_thread(done.set, handle=h)
except RuntimeError as e:
    print("RuntimeError", e)
h.join()
print(h.is_done(), done.is_set())
mine = _thread._make_thread_handle(_thread.get_ident())
try:
    mine.join()
except RuntimeError as e:
    print("RuntimeError", e)

try:
    _thread.interrupt_main()
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt at once")

for bad in (-1, signal.NSIG, 1000000):
    try:
        _thread.interrupt_main(bad)
    except ValueError as e:
        print("ValueError", e)

calls = []
old = signal.signal(signal.SIGTERM, lambda signum, frame: calls.append(signum))
_thread.interrupt_main(signal.SIGTERM)
print("handler ran", calls == [signal.SIGTERM])
signal.signal(signal.SIGTERM, signal.SIG_IGN)
_thread.interrupt_main(signal.SIGTERM)
signal.signal(signal.SIGTERM, old)
print("ignored: no call", calls == [signal.SIGTERM])

def from_thread():
    _thread.interrupt_main()

t = threading.Thread(target=from_thread)
try:
    t.start()
    t.join()
    print("no interrupt")
except KeyboardInterrupt:
    print("KeyboardInterrupt from a thread")
t.join()
print("done")
