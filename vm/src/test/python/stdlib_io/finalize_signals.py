# _io: closing dropped streams at a collection, signal handlers during pipe waits,
# buffers of any kind for readinto, __dict__ of the C classes.
import array, gc, io, os, signal, stat, warnings

# A Python subclass's __del__, close and flush run when a collection finds it dropped.
record = []
class MyIO(io.RawIOBase):
    def __del__(self):
        record.append("del")
        super().__del__()
    def close(self):
        record.append("close")
        super().close()
    def flush(self):
        record.append("flush")
        super().flush()
f = MyIO()
del f
gc.collect()
print(record)

# A built-in wrapper over a Python stream is closed (and flushed) the same way.
seen = []
class Sink(io.BytesIO):
    def close(self):
        seen.append(self.getvalue())
        super().close()
t = io.TextIOWrapper(Sink(), encoding="ascii")
t.write("abc")
del t
gc.collect()
print(seen)

class MyFileIO(io.FileIO):
    pass
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    g = MyFileIO(os.devnull, "wb")
    del g
    gc.collect()
print([x.category.__name__ for x in w])
w.clear()

# A handler runs while a read waits on a pipe, and the read goes on (PEP 475).
r, wfd = os.pipe()
def on_alarm(signum, frame):
    os.write(wfd, b"bar")
signal.signal(signal.SIGALRM, on_alarm)
rio = io.open(r, "rb", closefd=False)
os.write(wfd, b"foo")
signal.setitimer(signal.ITIMER_REAL, 0.2)
print(rio.read(6))
rio.close()

# A handler's exception ends the read instead.
def boom(signum, frame):
    1 / 0
signal.signal(signal.SIGALRM, boom)
signal.setitimer(signal.ITIMER_REAL, 0.2)
try:
    os.read(r, 10)
except ZeroDivisionError as e:
    print("interrupted:", e)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
print(stat.S_ISFIFO(os.fstat(r).st_mode))
os.close(r)
os.close(wfd)

# readinto takes any writable buffer; a bad raw readinto result is an OSError.
a = array.array("b", [0] * 4)
print(io.BufferedReader(io.BytesIO(b"wxyz")).readinto(a), a.tolist())
raw = io.BytesIO(b"12")
raw.readinto = lambda buf: b""
try:
    io.BufferedReader(raw).readline()
except OSError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
b = io.BytesIO()
b.x = 1
print(b.__dict__, hasattr(io.StringIO(), "__dict__"))
