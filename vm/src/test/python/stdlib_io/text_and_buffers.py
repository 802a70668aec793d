# io: FileIO, the buffered classes, TextIOWrapper with encodings, newline modes and errors,
# BytesIO and StringIO, seeking and truncation, on files in a temporary directory.
import io
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "t.txt")
with open(path, "w", encoding="utf-8", newline="\r\n") as f:
    print(f.write("line one\nläine two\n"), f.encoding, f.newlines, type(f).__name__, type(f.buffer).__name__)
with open(path, "rb") as f:
    print(f.read(), f.tell(), f.seek(-5, io.SEEK_END), f.read(), f.raw.name == path)
with open(path, encoding="utf-8") as f:
    print(f.readline(), repr(f.newlines), f.readlines(), f.read(), repr(f.newlines))
with open(path, encoding="utf-8", newline="") as f:
    print([line for line in f])
with open(path, encoding="ascii", errors="replace") as f:
    print(f.read())
with open(path, encoding="latin-1") as f:
    print(repr(f.read()))
try:
    open(path, encoding="ascii").read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
with open(path, "r+b") as f:
    f.seek(5)
    f.write(b"ONE")
    f.truncate(12)
    f.seek(0)
    print(f.read(), f.readable(), f.writable(), f.seekable())
with open(path, "a", encoding="utf-16") as f:
    f.write("añadido")
with open(path, "rb") as f:
    print(f.read()[12:])
b = io.BytesIO(b"abc\ndef\nghi")
print(b.readline(), b.read(2), b.tell(), b.getvalue(), b.seek(0, 2), b.write(b"!"), b.getbuffer().nbytes)
br = io.BufferedReader(io.BytesIO(b"0123456789"), buffer_size=4)
print(br.peek(2)[:2], br.read(3), br.read1(10), br.read(), br.read())
s = io.StringIO("a\r\nb\rc\n", newline=None)
print(s.readlines(), s.tell())
s = io.StringIO(newline="\r\n")
s.write("x\ny\n")
print(repr(s.getvalue()))
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8-sig", line_buffering=True)
w.write("héllo\n")
print(w.buffer.getvalue(), w.line_buffering)
w.reconfigure(encoding="utf-8")
print(w.encoding)
with open(os.path.join(d, "x.bin"), "xb") as f:
    f.write(bytes(range(5)))
try:
    open(os.path.join(d, "x.bin"), "x")
except FileExistsError as e:
    print("FileExistsError:", e.errno, e.strerror)
for bad in [lambda: open(path, "rw"), lambda: open(path, "rb", encoding="utf-8"), lambda: io.StringIO(1),
            lambda: open(path, "r", buffering=0)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
f = open(path, "rb")
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e, f.closed)
print(sorted(os.listdir(d)))
