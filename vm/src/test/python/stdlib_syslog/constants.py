# syslog: the constants, the mask arithmetic and the argument errors (nothing is logged).
import syslog

names = sorted(n for n in dir(syslog) if n.startswith("LOG_") and isinstance(getattr(syslog, n), int))
print(len(names))
for n in names:
    print(n, getattr(syslog, n))
print([n for n in dir(syslog) if not n.startswith("_") and n not in names])
print([syslog.LOG_MASK(p) for p in range(8)])
print([syslog.LOG_UPTO(p) for p in range(8)])
print(syslog.LOG_MASK(31), syslog.LOG_MASK(40), syslog.LOG_UPTO(70), syslog.LOG_UPTO(-1))

def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

attempt(syslog.syslog)
attempt(syslog.syslog, 1, 2, 3)
attempt(syslog.syslog, 1)
attempt(syslog.syslog, None)
attempt(syslog.syslog, "a\0b")
attempt(syslog.syslog, 1.5, "x")
attempt(syslog.syslog, 2 ** 40, "x")
attempt(syslog.syslog, 2 ** 70, "x")
attempt(syslog.openlog, ident=1)
attempt(syslog.openlog, ident=None)
attempt(syslog.openlog, "x", "y")
attempt(syslog.setlogmask, "x")
attempt(syslog.LOG_MASK, 2 ** 70)
