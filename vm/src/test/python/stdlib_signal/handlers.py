# A Python handler runs in the main thread, with the signal number and the running frame,
# before the statement after raise_signal; getsignal and signal round-trip the handlers.
import signal

calls = []

def on_usr1(signum, frame):
    calls.append((signum, frame.f_code.co_name))
    print("handler:", signal.Signals(signum).name, "in", frame.f_code.co_name)

def send():
    signal.raise_signal(signal.SIGUSR1)
    print("after raise_signal, calls =", calls)

print(signal.Signals.SIGINT, repr(signal.Signals.SIGINT), repr(signal.Signals.SIGUSR1))
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), signal.NSIG)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(repr(signal.getsignal(signal.SIGUSR1)), repr(signal.getsignal(signal.SIGPIPE)))

old = signal.signal(signal.SIGUSR1, on_usr1)
print("previous:", repr(old))
send()
print(signal.getsignal(signal.SIGUSR1) is on_usr1)

# An exception from the handler comes out of raise_signal.
def failing(signum, frame):
    raise RuntimeError(f"handler for {signum} failed")

print(signal.signal(signal.SIGUSR1, failing) is on_usr1)
try:
    signal.raise_signal(signal.SIGUSR1)
    print("not reached")
except RuntimeError as e:
    print("caught:", e)

# SIG_IGN and SIG_DFL come back as the Handlers enum.
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)) == repr(failing))
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))
print(repr(signal.getsignal(signal.SIGUSR1)))

# A handler of a class, and a bound method.
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, signum, frame):
        self.n += signum

c = Counter()
signal.signal(signal.SIGUSR1, c)
for _ in range(3):
    signal.raise_signal(signal.SIGUSR1)
print("counter:", c.n)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)

print(signal.strsignal(signal.SIGTERM), "|", signal.strsignal(signal.SIGUSR1), "|",
      signal.strsignal(signal.SIGRTMIN + 2), "|", signal.strsignal(32))
valid = signal.valid_signals()
print(len(valid), min(valid), max(valid), signal.SIGINT in valid, 32 in valid)
print(sorted(s.name for s in signal.Signals if s.value < 4))
print(signal.SIGCLD == signal.SIGCHLD, signal.Signals(17).name, signal.Signals(6).name)
print(signal.Sigmasks.SIG_BLOCK, signal.SIGRTMIN, signal.SIGRTMAX)
