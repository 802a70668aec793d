# bz2.BZ2Decompressor with max_length: needs_input, the input kept between calls, eof.
import bz2

data = bytes(range(256)) * 600 + b"tail" * 5000
packed = bz2.compress(data)

d = bz2.BZ2Decompressor()
print(d.eof, d.needs_input, repr(d.unused_data))
out = [d.decompress(packed, 1000)]
print(len(out[0]), d.needs_input, d.eof)
steps = 1
while not d.eof:
    out.append(d.decompress(b"", 25000))
    steps += 1
print("steps", steps, len(b"".join(out)), b"".join(out) == data)
print(d.needs_input, repr(d.unused_data))

# Input fed in small pieces, output unlimited.
d = bz2.BZ2Decompressor()
pieces = []
for i in range(0, len(packed), 500):
    pieces.append(d.decompress(packed[i:i + 500]))
print(b"".join(pieces) == data, d.eof, d.needs_input)

# Both at once: small input pieces and a small output limit.
d = bz2.BZ2Decompressor()
got = bytearray()
pos = 0
while not d.eof:
    if d.needs_input:
        chunk = packed[pos:pos + 3000]
        pos += 3000
    else:
        chunk = b""
    got += d.decompress(chunk, 4096)
print(bytes(got) == data, pos >= len(packed))

# max_length=0 gives nothing and keeps everything.
d = bz2.BZ2Decompressor()
print(d.decompress(packed, 0), d.needs_input)
print(len(d.decompress(b"")) == len(data), d.eof)

# The file API drives the same decompressor.
import io
f = bz2.BZ2File(io.BytesIO(packed))
print(f.read(10), len(f.read()), f.read())
