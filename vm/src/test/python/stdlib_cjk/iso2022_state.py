# ISO 2022 shift states: escape sequences, reset, stream reader and writer.
import codecs
import io

for name in ["iso2022_jp", "iso2022_jp_2", "iso2022_kr", "hz"]:
    text = "a中b中\nc" if name == "hz" else ("a한b한\nc" if name == "iso2022_kr" else "aあb¥あ\nc")
    print(name, text.encode(name))
    enc = codecs.getincrementalencoder(name)()
    pieces = [enc.encode(ch) for ch in text]
    print("  pieces", pieces, enc.getstate())
    print("  final", enc.encode("", True), enc.getstate())
    enc.encode(text[1])
    before = enc.getstate()
    enc.reset()
    print("  reset", before, enc.getstate(), enc.encode("x"))

# Decoding keeps the designations between calls.
dec = codecs.getincrementaldecoder("iso2022_jp")()
for chunk in [b"\x1b", b"$", b"B$\"", b"$", b"$\x1b(", b"Bz"]:
    print(repr(dec.decode(chunk)), dec.getstate())
dec = codecs.getincrementaldecoder("iso2022_kr")()
for chunk in [b"\x1b$)C", b"\x0e0!", b"\n0!", b"\x0e0", b"!\x0fa"]:
    print(repr(dec.decode(chunk)), dec.getstate())
print(b"\x1b(Jab\\~\x1b(B\\~".decode("iso2022_jp"))
print(b"\x1b.A\x1bNi\x1b.F\x1bNa".decode("iso2022_jp_2"))
print(b"\x1b%Gxyz".decode("iso2022_jp", "replace"))
for bad in [b"\x1b$Z!!", b"\x1b(Z", b"\x1b$B\x80", b"~{~~", b"\x1b$B!"]:
    codec = "hz" if bad.startswith(b"~") else "iso2022_jp"
    try:
        print(bad.decode(codec))
    except UnicodeDecodeError as e:
        print(codec, bad, e.start, e.end, e.reason)

# Stream writer: reset() writes the return to ASCII.
out = io.BytesIO()
w = codecs.getwriter("iso2022_jp")(out)
w.write("日本")
print(out.getvalue())
w.reset()
print(out.getvalue())
w.writelines(["あ", "b"])
print(out.getvalue(), w.errors)

# Stream reader: reads whole characters however the bytes arrive.
data = "一行目\n二行目\n三".encode("iso2022_jp")
r = codecs.getreader("iso2022_jp")(io.BytesIO(data))
print(r.readline(), r.read(3), r.read())
r = codecs.getreader("shift_jis")(io.BytesIO("行1\n行2\n".encode("shift_jis")))
print(r.readlines())
r = codecs.getreader("cp949")(io.BytesIO(b"\xa1"))
try:
    r.read(2)
except UnicodeDecodeError as e:
    print("read:", e.reason)
