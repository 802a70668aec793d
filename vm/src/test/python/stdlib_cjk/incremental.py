# Incremental coders of the CJK codecs: sequences split across calls, state, final.
import codecs

text = "日本語のテキスト、かな。"
data = text.encode("euc_jp")
for size in [1, 2, 3, 5]:
    dec = codecs.getincrementaldecoder("euc_jp")()
    parts = []
    for i in range(0, len(data), size):
        parts.append(dec.decode(data[i:i + size]))
    parts.append(dec.decode(b"", True))
    print(size, "".join(parts) == text, [p for p in parts[:4]])

dec = codecs.getincrementaldecoder("gb18030")()
print(repr(dec.decode(b"\x81")), dec.getstate())
print(repr(dec.decode(b"\x30\x81")), dec.getstate())
print(repr(dec.decode(b"\x30abc")), dec.getstate())
saved = (b"\xa4", 0)
dec = codecs.getincrementaldecoder("euc_jp")()
dec.setstate(saved)
print(repr(dec.decode(b"\xa2")), dec.getstate())
try:
    dec.decode(b"\xa4", True)
except UnicodeDecodeError as e:
    print("final:", e.start, e.end, e.reason)
print(repr(dec.decode(b"\xa2")))
dec.reset()
print(dec.getstate())
for bad in [5, ("x", 0), (b"123456789", 0)]:
    try:
        dec.setstate(bad)
    except Exception as e:
        print(type(e).__name__, e)

# Encoders: a character that may combine with the next waits for it.
enc = codecs.getincrementalencoder("euc_jis_2004")()
print(enc.encode("か"), enc.getstate())
print(enc.encode("\u309a"), enc.getstate())
print(enc.encode("か"), enc.encode("き"), enc.encode("", True))
enc = codecs.getincrementalencoder("big5hkscs")()
print(enc.encode("\u00ca"), enc.encode("\u0304"), enc.encode("\u00ca", True))
enc = codecs.getincrementalencoder("shift_jis_2004")()
state = enc.getstate()
print(enc.encode("\u00e6"), enc.getstate())
enc.setstate(state)
print(enc.encode("\u0300", final=True))
enc = codecs.getincrementalencoder("cp932")("replace")
print(enc.encode("a\u0e01b"), enc.errors)
enc.errors = "ignore"
print(enc.encode("a\u0e01b"), enc.errors)
try:
    del enc.errors
except AttributeError as e:
    print("AttributeError:", e)
try:
    enc.errors = 3
except TypeError as e:
    print("TypeError:", e)
try:
    enc.setstate(1 << 200)
except OverflowError as e:
    print("OverflowError:", e)

# Constructor arguments, checked as CPython's C types check them.
import io
for make in [lambda: codecs.getincrementaldecoder("cp932")(errors=None),
             lambda: codecs.getreader("gbk")(io.BytesIO(), 5),
             lambda: codecs.getwriter("gbk")(io.BytesIO(), "ignore", 3),
             lambda: codecs.getincrementalencoder("gbk")(x=1)]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
print(codecs.getreader("big5")(io.BytesIO(), errors="replace").errors)
