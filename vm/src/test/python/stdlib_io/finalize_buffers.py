# _io: closing dropped streams at a collection, buffers of any kind for readinto, __dict__ of
# the C classes.
import array, gc, io, os, stat, warnings

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

# A pipe end is a FIFO to fstat. (Signal handlers during pipe waits, PEP 475, are left to
# CPython's test_io: in the in-process corpus every program shares one JVM's signals.)
r, wfd = os.pipe()
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
