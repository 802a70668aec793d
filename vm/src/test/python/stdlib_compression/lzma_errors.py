# _lzma's errors: arguments, filter specifiers, corrupt data, with CPython's messages.
import lzma
import pickle
from lzma import LZMACompressor, LZMADecompressor, LZMAError


def attempt(label, f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", type(result).__name__)


attempt("format float", LZMACompressor, format=3.45)
attempt("format auto", LZMACompressor, format=lzma.FORMAT_AUTO)
attempt("format 7", LZMACompressor, format=7)
attempt("check alone", LZMACompressor, format=lzma.FORMAT_ALONE, check=lzma.CHECK_CRC32)
attempt("check 3", LZMACompressor, check=3)
attempt("raw no filters", LZMACompressor, format=lzma.FORMAT_RAW)
attempt("preset str", LZMACompressor, preset="asdf")
attempt("preset negative", LZMACompressor, preset=-1)
attempt("preset big", LZMACompressor, preset=2 ** 33)
attempt("preset 10", LZMACompressor, preset=10)
attempt("both", LZMACompressor, preset=7, filters=[{"id": lzma.FILTER_LZMA2}])
attempt("filters int", LZMACompressor, filters=3)
attempt("filters dict", LZMACompressor, filters={})
attempt("spec bytes", LZMACompressor, filters=[b"wobsite"])
attempt("spec int", LZMACompressor, filters=[5])
attempt("no id", LZMACompressor, filters=[{"xyzzy": 3}])
attempt("bad id", LZMACompressor, filters=[{"id": 98765}])
attempt("id str", LZMACompressor, filters=[{"id": "x"}])
attempt("lzma foo", LZMACompressor, filters=[{"id": lzma.FILTER_LZMA2, "foo": 0}])
attempt("lzma dict_size", LZMACompressor, filters=[{"id": lzma.FILTER_LZMA2, "dict_size": -1}])
attempt("lzma preset 77", LZMACompressor, filters=[{"id": lzma.FILTER_LZMA2, "preset": 77}])
attempt("delta foo", LZMACompressor, filters=[{"id": lzma.FILTER_DELTA, "foo": 0}])
attempt("bcj foo", LZMACompressor, filters=[{"id": lzma.FILTER_X86, "foo": 0}])
attempt("five filters", LZMACompressor, filters=[{"id": lzma.FILTER_DELTA}] * 5)
attempt("no lzma filter", LZMACompressor, filters=[{"id": lzma.FILTER_DELTA}])
attempt("alone lzma2", LZMACompressor, format=lzma.FORMAT_ALONE, filters=[{"id": lzma.FILTER_LZMA2}])

attempt("memlimit bytes", LZMADecompressor, memlimit=b"qw")
attempt("memlimit raw", LZMADecompressor, lzma.FORMAT_RAW, memlimit=1 << 24)
attempt("filters not raw", LZMADecompressor, filters=[])
attempt("format 9", LZMADecompressor, format=9)
attempt("memlimit small", LZMADecompressor(memlimit=1024).decompress, lzma.compress(b"x"))
attempt("not xz", LZMADecompressor().decompress, b"this is not compressed at all")
attempt("xz corrupt", LZMADecompressor().decompress, lzma.compress(b"abc" * 50)[:20] + b"\xff" * 30)
attempt("decompress str", LZMADecompressor().decompress, "text")
attempt("truncated", lzma.decompress, lzma.compress(b"abc" * 100)[:-10])

d = LZMADecompressor()
d.decompress(lzma.compress(b"end"))
attempt("after eof", d.decompress, b"more")
attempt("read-only check", setattr, d, "check", 1)

c = LZMACompressor()
c.flush()
attempt("compress after flush", c.compress, b"x")
attempt("flush again", c.flush)
attempt("pickle", pickle.dumps, LZMACompressor())
attempt("is_check_supported str", lzma.is_check_supported, "x")
attempt("decode bad props", lzma._decode_filter_properties, lzma.FILTER_LZMA2, b"\xff")
attempt("decode bad id", lzma._decode_filter_properties, 99, b"")
attempt("encode no id", lzma._encode_filter_properties, {})
print(LZMAError.__mro__[1].__name__, LZMAError.__module__, LZMAError.__doc__)
