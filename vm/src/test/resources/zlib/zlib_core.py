import zlib
print(zlib.compress(b"hello").hex(), zlib.decompress(zlib.compress(b"hello")))
data = b"The quick brown fox jumps over the lazy dog. " * 50 + bytes(range(256)) * 3
for lvl in range(-1, 10):
    c = zlib.compress(data, lvl)
    print(lvl, len(c), c[:12].hex(), c[-8:].hex(), zlib.decompress(c) == data)
for w in (9, 12, 15, -15, -9, 31, 25, 8):
    c = zlib.compress(data, 6, w)
    print(w, len(c) if abs(w) in (15, 31) else "", c.hex()[:40] if abs(w) in (15, 31) else "", zlib.decompress(c, w if w != 8 else 9) == data)
c = zlib.compress(data, wbits=31)
print(zlib.decompress(c, 47) == data, zlib.decompress(zlib.compress(data), 47) == data, zlib.decompress(zlib.compress(data), 0) == data)
co = zlib.compressobj(9, zlib.DEFLATED, -15)
parts = [co.compress(data[:100]), co.flush(zlib.Z_SYNC_FLUSH), co.compress(data[100:]), co.flush(zlib.Z_FULL_FLUSH)]
cp = co.copy()
parts.append(co.flush())
print([p.hex()[:30] for p in parts])
print(cp.flush() == parts[-1])
raw = b"".join(parts)
d = zlib.decompressobj(-15)
out = d.decompress(raw, 100)
print(len(out), len(d.unconsumed_tail), d.eof)
d2 = d.copy()
rest = d.decompress(d.unconsumed_tail) + d.flush()
print(out + rest == data, d.eof, d.unused_data)
print(d2.decompress(d2.unconsumed_tail) == rest)
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b"abc") + b"zz"), d.unused_data, d.eof, d.decompress(b"qq"), d.unused_data, d.flush())
z = zlib.compressobj(zdict=b"hello world")
zc = z.compress(b"hello world hello") + z.flush()
print(zc.hex(), zlib.decompressobj(zdict=b"hello world").decompress(zc))
e = zlib._ZlibDecompressor()
print(e.decompress(zlib.compress(b"abc") + b"zz"), e.unused_data, e.eof, e.needs_input)
e = zlib._ZlibDecompressor(31)
c = zlib.compress(data, wbits=31)
print(len(e.decompress(c[:50], 10)), e.needs_input, len(e.decompress(b"", -1)), e.needs_input, e.eof, len(e.decompress(c[50:])), e.eof)
print(zlib.crc32(b"abc"), zlib.adler32(b"abc"), zlib.crc32(b"abc", 5), zlib.adler32(b"abc", 2**33 + 7), zlib.crc32(b"a", -1), zlib.adler32(data), zlib.crc32(memoryview(data)))
tests = [lambda: zlib.decompress(b"abc"), lambda: zlib.compress(b"a", 10), lambda: zlib.compress(b"a", wbits=8).hex(),
         lambda: zlib.decompress(zlib.compress(b"hello")[:-2]), lambda: zlib.compress("s"), lambda: zlib.decompress(b"x", wbits=99),
         lambda: zlib.compressobj(wbits=99), lambda: zlib.decompressobj(wbits=99), lambda: zlib.decompressobj().decompress(b"a", -1),
         lambda: zlib.decompress(b"x\x9c", bufsize=-1), lambda: zlib.crc32("a"), lambda: zlib.compressobj(method=9),
         lambda: zlib.decompress(zlib.compressobj(zdict=b"abc").compress(b"abc")),
         lambda: zlib.decompressobj(zdict=b"a").decompress(zlib.compressobj(zdict=b"abc").compress(b"abc")),
         lambda: zlib.decompress(b"\x1f\x8b\x09", 31), lambda: zlib.decompress(zlib.compress(b"abc")[:-1] + b"\x00"),
         lambda: zlib.decompress(b"x\x9c\xff\xff"), lambda: zlib.decompress(zlib.compress(b"a", wbits=15), 9)]
for t in tests:
    try:
        print(repr(t()))
    except Exception as ex:
        print(type(ex).__name__, ex)
c = zlib.compressobj(); c.compress(b"a"); c.flush()
for f in (lambda: c.compress(b"a"), lambda: c.flush(), lambda: c.copy(), lambda: zlib.decompressobj().flush(0)):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
