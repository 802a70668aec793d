# _bz2's errors, with CPython's messages.
import bz2
import pickle
from _bz2 import BZ2Compressor, BZ2Decompressor


def attempt(label, f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(result)[:60])


attempt("level 0", BZ2Compressor, 0)
attempt("level 10", BZ2Compressor, 10)
attempt("level str", BZ2Compressor, "9")
attempt("level keyword", BZ2Compressor, compresslevel=3)
attempt("two args", BZ2Compressor, 1, 2)
attempt("decompressor args", BZ2Decompressor, 1)
attempt("decompressor keywords", BZ2Decompressor, x=1)

c = BZ2Compressor()
attempt("compress str", c.compress, "text")
attempt("compress none", c.compress)
c.flush()
attempt("compress after flush", c.compress, b"x")
attempt("flush again", c.flush)

d = BZ2Decompressor()
attempt("bad data", d.decompress, b"BZh9" + b"\x00" * 40)
attempt("not bzip2", BZ2Decompressor().decompress, b"hello world")
attempt("max_length none", BZ2Decompressor().decompress, b"", None)
attempt("max_length huge", BZ2Decompressor().decompress, b"", 2 ** 70)
attempt("negative max_length", BZ2Decompressor().decompress, b"", -5)

d = BZ2Decompressor()
d.decompress(bz2.compress(b"done"))
attempt("after eof", d.decompress, b"more")
attempt("read-only eof", setattr, d, "eof", False)
attempt("truncated", bz2.decompress, bz2.compress(b"abc" * 100)[:-5])

attempt("pickle compressor", pickle.dumps, BZ2Compressor())
attempt("pickle decompressor", pickle.dumps, BZ2Decompressor())
try:
    class Mine(BZ2Compressor):
        pass
except TypeError as e:
    print("subclass ->", e)
print(BZ2Decompressor.__new__(BZ2Decompressor).decompress(b""))
print(type(BZ2Decompressor.eof).__name__, BZ2Compressor.__module__)
