# faulthandler: tracebacks written straight to a descriptor (here a temporary file), for the
# current thread and for all threads, the watchdog of dump_traceback_later, and the errors.
import faulthandler
import os
import re
import sys
import tempfile
import threading
import time


def shown(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r"0x[0-9a-f]{16}", "0xID", text)
    return re.sub(r'File "[^"]*[/\\]', 'File "', text)


def inner(f):
    faulthandler.dump_traceback(f, all_threads=False)


with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "dump.txt")
    with open(path, "w") as f:
        inner(f)
    print(shown(path), end="")

    started, stop = threading.Event(), threading.Event()

    def worker():
        started.set()
        stop.wait()

    t = threading.Thread(target=worker)
    t.start()
    started.wait()
    with open(path, "w") as f:
        faulthandler.dump_traceback(f.fileno())
    text = shown(path)
    print(text.count("Thread 0xID"), text.count("Current thread 0xID"), "in worker" in text, "in <module>" in text)

    with open(path, "w") as f:
        faulthandler.dump_traceback_later(0.2, file=f)
        time.sleep(0.8)
    text = shown(path)
    print(text.splitlines()[0], text.count("Thread 0xID"), "in worker" in text)
    stop.set()
    t.join()

    with open(path, "w") as f:
        faulthandler.dump_traceback_later(5, file=f)
        faulthandler.cancel_dump_traceback_later()
    print(repr(shown(path)))

with tempfile.TemporaryFile() as f:   # a file with a descriptor: an embedding host's stderr may have none
    print(faulthandler.is_enabled(), faulthandler.enable(f), faulthandler.is_enabled(), faulthandler.disable(),
          faulthandler.disable())
for call in (lambda: faulthandler.dump_traceback(-1), lambda: faulthandler.dump_traceback("x"),
             lambda: faulthandler.dump_traceback_later(0), lambda: faulthandler.dump_traceback_later(-1.5)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
