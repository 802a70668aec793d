# lzma filter chains given as dicts: raw streams, xz with custom chains, filter properties.
import hashlib
import lzma

data = bytes((i * 3) & 0xFF for i in range(20000)) + b"\x90\xe8\x00\x00\x00\x00" * 3000

chains = [
    [{"id": lzma.FILTER_LZMA2, "preset": 1}],
    [{"id": lzma.FILTER_DELTA, "dist": 3}, {"id": lzma.FILTER_LZMA2}],
    [{"id": lzma.FILTER_X86, "start_offset": 64}, {"id": lzma.FILTER_LZMA2, "preset": 6 | lzma.PRESET_EXTREME}],
    [{"id": lzma.FILTER_LZMA2, "dict_size": 1 << 20, "lc": 2, "lp": 1, "pb": 1,
      "mode": lzma.MODE_FAST, "nice_len": 32, "mf": lzma.MF_HC4, "depth": 8}],
    [{"id": lzma.FILTER_ARM}, {"id": lzma.FILTER_SPARC}, {"id": lzma.FILTER_LZMA1, "preset": 2}],
]
for chain in chains:
    raw = lzma.compress(data, format=lzma.FORMAT_RAW, filters=chain)
    back = lzma.decompress(raw, format=lzma.FORMAT_RAW, filters=chain)
    print("raw", len(raw), hashlib.sha256(raw).hexdigest()[:20], back == data)
    if chain[-1]["id"] == lzma.FILTER_LZMA2:
        xz = lzma.compress(data, filters=chain)
        print(" xz", len(xz), hashlib.sha256(xz).hexdigest()[:20], lzma.decompress(xz) == data)

alone = lzma.compress(data, format=lzma.FORMAT_ALONE, filters=[{"id": lzma.FILTER_LZMA1, "preset": 4, "lc": 0}])
print("alone", len(alone), lzma.decompress(alone) == data)

for spec in ({"id": lzma.FILTER_LZMA1}, {"id": lzma.FILTER_LZMA1, "dict_size": 1 << 16, "lc": 1},
             {"id": lzma.FILTER_LZMA2, "preset": 9}, {"id": lzma.FILTER_DELTA, "dist": 200},
             {"id": lzma.FILTER_X86}, {"id": lzma.FILTER_POWERPC, "start_offset": 8}):
    props = lzma._encode_filter_properties(spec)
    print(spec["id"], props.hex(), lzma._decode_filter_properties(spec["id"], props))

print(lzma._decode_filter_properties(lzma.FILTER_IA64, b""))

# Streaming a raw stream with max_length.
raw = lzma.compress(data, format=lzma.FORMAT_RAW, filters=chains[1])
d = lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=chains[1])
sizes = []
while not d.eof and (not sizes or sizes[-1]):
    sizes.append(len(d.decompress(raw if not sizes else b"", 9000)))
print(sizes, d.needs_input, d.check)
