# The signal mask holds a signal until it is unblocked; sigwait takes a held one; a timer sends
# SIGALRM; the wakeup descriptor receives the signal number as a byte.
import os
import signal

seen = []
signal.signal(signal.SIGUSR1, lambda n, f: seen.append(n))

old = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
print("old mask:", old)
signal.raise_signal(signal.SIGUSR1)
print("while blocked:", seen, signal.sigpending())
print("unblock returns:", signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1]))
print("after unblock:", seen, signal.sigpending())

signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR1})
signal.raise_signal(signal.SIGUSR1)
print("sigwait:", repr(signal.sigwait([signal.SIGUSR1, signal.SIGUSR2])))
print("handler not run:", seen)
print("setmask:", signal.pthread_sigmask(signal.SIG_SETMASK, []))

alarms = []
signal.signal(signal.SIGALRM, lambda n, f: alarms.append(signal.Signals(n).name))
print("alarm(0):", signal.alarm(0))
print("getitimer idle:", signal.getitimer(signal.ITIMER_REAL))
# Every 0.5 s: should the first expire before pause() starts, the next one ends it.
signal.setitimer(signal.ITIMER_REAL, 0.5, 0.5)
left, interval = signal.getitimer(signal.ITIMER_REAL)
print("timer set:", 0 < left <= 0.5, interval)
signal.pause()
print("stopped:", signal.setitimer(signal.ITIMER_REAL, 0)[1], signal.getitimer(signal.ITIMER_REAL))
print("after pause:", alarms[0])
print("alarm(30) then alarm(0):", signal.alarm(30), signal.alarm(0))
try:
    signal.setitimer(signal.ITIMER_REAL, -1)
except signal.ItimerError as e:
    print("ItimerError:", e)

r, w = os.pipe()
os.set_blocking(w, False)
print("first wakeup fd:", signal.set_wakeup_fd(w))
signal.raise_signal(signal.SIGUSR1)
print("byte:", os.read(r, 1), seen)
print("previous fd is w:", signal.set_wakeup_fd(-1) == w)
os.set_blocking(w, True)
try:
    signal.set_wakeup_fd(w)
except ValueError as e:
    print("ValueError:", str(e).replace(str(w), "W"))
os.close(r)
os.close(w)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
