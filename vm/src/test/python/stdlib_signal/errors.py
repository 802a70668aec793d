# CPython's errors for bad signal numbers, bad handlers, signals that cannot be caught, and
# calls from a thread other than the main one.
import signal
import threading

def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

attempt("signal(0)", lambda: signal.signal(0, signal.SIG_DFL))
attempt("signal(NSIG)", lambda: signal.signal(signal.NSIG, signal.SIG_DFL))
attempt("signal(-1)", lambda: signal.signal(-1, signal.SIG_DFL))
attempt("handler 5", lambda: signal.signal(signal.SIGUSR1, 5))
attempt("handler 'x'", lambda: signal.signal(signal.SIGUSR1, "x"))
attempt("handler None", lambda: signal.signal(signal.SIGUSR1, None))
attempt("signum 'x'", lambda: signal.signal("x", signal.SIG_DFL))
attempt("SIGKILL", lambda: signal.signal(signal.SIGKILL, signal.SIG_IGN))
attempt("SIGSTOP", lambda: signal.signal(signal.SIGSTOP, signal.SIG_DFL))
attempt("getsignal(0)", lambda: signal.getsignal(0))
attempt("getsignal(NSIG)", lambda: signal.getsignal(signal.NSIG))
attempt("strsignal(0)", lambda: signal.strsignal(0))
attempt("strsignal(99)", lambda: signal.strsignal(99))
attempt("raise_signal(-1)", lambda: signal.raise_signal(-1))
attempt("raise_signal(0)", lambda: signal.raise_signal(0))
attempt("raise_signal(NSIG)", lambda: signal.raise_signal(signal.NSIG))
attempt("siginterrupt(0, 1)", lambda: signal.siginterrupt(0, 1))
attempt("siginterrupt(USR1, 1)", lambda: signal.siginterrupt(signal.SIGUSR1, 1))
attempt("default_int_handler()", lambda: signal.default_int_handler())
attempt("default_int_handler(2, None)", lambda: signal.default_int_handler(2, None))
attempt("pthread_sigmask(0, [99])", lambda: signal.pthread_sigmask(signal.SIG_BLOCK, [99]))
attempt("pthread_sigmask(0, [0])", lambda: signal.pthread_sigmask(signal.SIG_BLOCK, [0]))
attempt("pthread_sigmask(7, [])", lambda: signal.pthread_sigmask(7, []))
attempt("setitimer(99, 1)", lambda: signal.setitimer(99, 1.0))
attempt("set_wakeup_fd(-1)", lambda: signal.set_wakeup_fd(-1))
print(issubclass(signal.ItimerError, OSError), signal.ItimerError.__name__)

def in_thread():
    attempt("thread signal()", lambda: signal.signal(signal.SIGUSR1, signal.SIG_DFL))
    attempt("thread set_wakeup_fd()", lambda: signal.set_wakeup_fd(-1))
    attempt("thread getsignal()", lambda: signal.getsignal(signal.SIGUSR1))

t = threading.Thread(target=in_thread)
t.start()
t.join()
