# bz2: one-shot and incremental compression give CPython's exact bytes; round trips at each level.
import bz2
import hashlib

text = b"".join(b"line %d: the quick brown fox jumps over the lazy dog\n" % i for i in range(3000))
noise = bytes((i * 7919 + (i >> 3) * 31) & 0xFF for i in range(40000))
data = text + noise

for level in (1, 5, 9):
    packed = bz2.compress(data, level)
    print("level", level, len(packed), hashlib.sha256(packed).hexdigest()[:24])
    assert bz2.decompress(packed) == data

small = bz2.compress(b"hello, bzip2")
print(small.hex())
print(bz2.compress(b"").hex())
print(bz2.decompress(small))

# Incremental: pieces of any size make the same stream as one call.
c = bz2.BZ2Compressor(9)
parts = [c.compress(data[i:i + 7000]) for i in range(0, len(data), 7000)]
print("pieces", [len(p) for p in parts].count(0), "empty of", len(parts))
parts.append(c.flush())
assert b"".join(parts) == bz2.compress(data, 9)
print("incremental equals one-shot")

# Concatenated streams and trailing data.
two = bz2.compress(b"first ") + bz2.compress(b"second")
print(bz2.decompress(two))
d = bz2.BZ2Decompressor()
print(d.decompress(small + b"TRAILER"), d.eof, d.unused_data, d.needs_input)

# Any bytes-like object is accepted.
print(bz2.decompress(bytearray(small)), bz2.decompress(memoryview(small)))
c = bz2.BZ2Compressor()
print(len(c.compress(memoryview(b"abc" * 10))), bz2.decompress(c.flush()))
