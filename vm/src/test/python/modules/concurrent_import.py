# Threads importing one module at once: the second waits for the first to finish executing it,
# so both see it whole (a module's per-import lock); a circular import across two threads does
# not deadlock; a failed import leaves nothing behind for the next attempt. (Results are sorted
# with their values as text: a half-made module would show up as 'missing'.)
import os
import sys
import tempfile
import threading

folder = tempfile.mkdtemp()
sys.path.insert(0, folder)
with open(os.path.join(folder, "slowmod.py"), "w") as f:
    f.write("import time\ntime.sleep(0.3)\nVALUE = 42\n")
with open(os.path.join(folder, "cyc_a.py"), "w") as f:
    f.write("import time\ntime.sleep(0.2)\nimport cyc_b\nA = 1\n")
with open(os.path.join(folder, "cyc_b.py"), "w") as f:
    f.write("import time\ntime.sleep(0.2)\nimport cyc_a\nB = 2\n")
with open(os.path.join(folder, "broken.py"), "w") as f:
    f.write("import time\ntime.sleep(0.2)\nraise ValueError('broken on purpose')\n")

results = []


def use(name, attribute):
    try:
        module = __import__(name)
        results.append((name, getattr(module, attribute, "missing")))
    except Exception as e:
        results.append((name, type(e).__name__))


def run(jobs):
    threads = [threading.Thread(target=use, args=job) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    out = sorted(results, key=repr)
    results.clear()
    return out


print(run([("slowmod", "VALUE")] * 4))
print(run([("cyc_a", "A"), ("cyc_b", "B")]))
print(run([("broken", "X")]), run([("broken", "X")]), "broken" in sys.modules)
print(run([("slowmod", "VALUE")]))
