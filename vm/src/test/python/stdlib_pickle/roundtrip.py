# Every protocol's bytes for the built-in types, and their round trip, through the C-style
# pickler (_pickle) that pickle.dumps and pickle.loads are.
import pickle
import pickletools

values = [None, True, False, 0, 255, 256, 65535, 65536, -1, 2**31 - 1, -2**31, 2**31, 2**64, -2**70,
          0.5, -1e300, "", "abc", "h\xe9\u20ac\U0001F600", "a\\b\nc\r\x00\x1a", b"", b"\x00\xff",
          bytearray(b"ba"), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, [2]], {}, {"k": [1]},
          set(), {3}, frozenset(), frozenset({4}), int, len, pickle.dumps, Ellipsis, type(None)]

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    total = 0
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        assert back == v or back is v, (proto, v, back)
        assert type(back) is type(v), (proto, v)
        total += len(data)
    print("protocol", proto, "bytes", total)

print(pickle.dumps([1, "two", (3.0,)], 0))
print(pickle.dumps([1, "two", (3.0,)], 2))
print(pickle.dumps({"a": b"b", "c": {1, 2}}, 4))
print(pickle.dumps(bytearray(b"xyz"), 5))

# Shared and recursive structures keep their identity.
shared = [1, 2]
pair = (shared, shared)
for proto in range(6):
    p = pickle.loads(pickle.dumps(pair, proto))
    assert p[0] is p[1]
rec = []
rec.append(rec)
rec_t = (rec,)
for proto in range(6):
    r = pickle.loads(pickle.dumps(rec_t, proto))
    assert r[0][0] is r[0]
print("identity kept")

# Large objects: frames of about 64 KiB, big payloads outside frames.
big = [str(i) * 3 for i in range(20000)] + [b"z" * 70000]
data = pickle.dumps(big, 4)
frames = [arg for op, arg, pos in pickletools.genops(data) if op.name == "FRAME"]
print("frames", len(frames), max(frames) <= 2 * 65536, pickle.loads(data) == big)
print(pickle.dumps(b"q" * 70000, 4)[:12])

opt = pickletools.optimize(pickle.dumps([[1], [1]], 2))
print(opt, pickle.loads(opt))
