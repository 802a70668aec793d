# cProfile over _lsprof: call counts (primitive and recursive), callers and callees, built-in
# functions and methods as cProfile labels them; no timings (they vary from run to run).
import _lsprof
import cProfile
import pstats

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def work():
    values = [fib(8) for _ in range(2)]
    values.append(len(values))
    values.sort()
    return max(values), sorted(values, key=abs)

prof = cProfile.Profile()
print(prof.runcall(work))
stats = pstats.Stats(prof)
rows = []
for (filename, line, name), (cc, nc, tt, ct, callers) in stats.stats.items():
    rows.append((name, cc, nc, sorted(c[2] for c in callers)))
for row in sorted(rows):
    print(*row)

p = _lsprof.Profiler(builtins=False)
p.enable()
fib(4)
p.disable()
for entry in sorted(p.getstats(), key=lambda e: str(e.code)):
    name = getattr(entry.code, 'co_name', entry.code)
    subs = sorted((getattr(s.code, 'co_name', s.code), s.callcount, s.reccallcount) for s in entry.calls or [])
    print(name, entry.callcount, entry.reccallcount, subs, type(entry).__name__)
p.clear()
print(p.getstats())
with cProfile.Profile() as inner:
    sum(range(5))
print(sorted(k[2] for k in pstats.Stats(inner).stats))
