# lzma: each container format and preset gives CPython's exact bytes; round trips.
import hashlib
import lzma

text = b"".join(b"record %05d|%s\n" % (i, b"xyz" * (i % 17)) for i in range(4000))
noise = bytes((i * 2654435761 >> 7) & 0xFF for i in range(30000))
data = text + noise


def digest(b):
    return hashlib.sha256(b).hexdigest()[:24]


for fmt in (lzma.FORMAT_XZ, lzma.FORMAT_ALONE):
    for preset in (0, 6, 9 | lzma.PRESET_EXTREME):
        packed = lzma.compress(data, format=fmt, preset=preset)
        print(fmt, preset, len(packed), digest(packed))
        assert lzma.decompress(packed) == data

for check in (lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256):
    packed = lzma.compress(data, check=check)
    d = lzma.LZMADecompressor()
    print("check", check, len(packed), d.check, d.decompress(packed) == data, d.check)

print(lzma.compress(b"hello, xz").hex())
print(lzma.compress(b"", format=lzma.FORMAT_ALONE).hex())

# Incremental compression makes the one-shot bytes.
c = lzma.LZMACompressor(preset=3)
parts = [c.compress(data[i:i + 5000]) for i in range(0, len(data), 5000)]
parts.append(c.flush())
print("incremental equals one-shot", b"".join(parts) == lzma.compress(data, preset=3))

# Concatenated streams, trailing data, is_check_supported.
print(lzma.decompress(lzma.compress(b"one ") + lzma.compress(b"two")))
d = lzma.LZMADecompressor()
print(d.decompress(lzma.compress(b"payload") + b"junk"), d.eof, d.unused_data, d.needs_input)
print([lzma.is_check_supported(c) for c in (0, 1, 4, 10, 15)])
print(lzma.CHECK_UNKNOWN, lzma.CHECK_ID_MAX, hex(lzma.FILTER_LZMA1), lzma.FILTER_LZMA2, lzma.MF_BT4, lzma.MODE_NORMAL)

# The file API.
import io
buf = io.BytesIO()
with lzma.LZMAFile(buf, "w", preset=1) as f:
    f.write(data)
print(len(buf.getvalue()), digest(buf.getvalue()))
with lzma.open(io.BytesIO(buf.getvalue())) as f:
    print(f.read(7), len(f.read()))
