import zlib
data = bytes(range(256)) * 20 + b"tail"
for w in (15, 31, 47, -15, 0):
    c = zlib.compress(data, 5, w if w not in (47, 0) else 15)
    d = zlib.decompressobj(w)
    out = b"".join(d.decompress(c[i:i+1]) for i in range(len(c)))
    print(w, out == data, d.eof, d.unused_data, d.unconsumed_tail)
    d = zlib.decompressobj(w)
    outs = []
    buf = c + b"extra"
    while buf and not d.eof:
        outs.append(d.decompress(buf, 333))
        buf = d.unconsumed_tail
    print(w, b"".join(outs) == data, len(outs), d.unused_data)
    e = zlib._ZlibDecompressor(w)
    got = e.decompress(c[:30], 100)
    got += e.decompress(c[30:], 100)
    while not e.needs_input and not e.eof:
        got += e.decompress(b"", 1000)
    print(w, got == data, e.eof, e.needs_input)
for mode in (zlib.Z_PARTIAL_FLUSH, zlib.Z_BLOCK, zlib.Z_NO_FLUSH):
    co = zlib.compressobj()
    x = co.compress(b"abc" * 10) + co.flush(mode)
    print(mode, zlib.decompressobj().decompress(x))
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b"x" * 1000)[:5]), d.flush(), d.eof)
print(zlib.decompress(bytearray(zlib.compress(b"ba"))), zlib.compress(memoryview(b"mv")).hex())
try:
    zlib.decompress(zlib.compress(b"abc", wbits=31)[:-3] + b"\x00\x00\x00", 31)
except zlib.error as e:
    print(e)
try:
    zlib.decompress(zlib.compress(b"abc", wbits=31)[:-8] + b"\x00\x00\x00\x00\x03\x00\x00\x00", 31)
except zlib.error as e:
    print(e)
print(zlib.decompress(zlib.compress(b"abc") + b"junk"))
print(zlib.compressobj(level=1, strategy=zlib.Z_HUFFMAN_ONLY).compress(b"aaaaaaaaaa"))
co = zlib.compressobj(1, strategy=zlib.Z_FILTERED); print((co.compress(data) + co.flush()).hex()[:60])
co = zlib.compressobj(1, strategy=zlib.Z_HUFFMAN_ONLY); print((co.compress(data) + co.flush()).hex()[:60])
