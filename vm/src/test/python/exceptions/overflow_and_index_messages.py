# OverflowError and IndexError texts from conversions, huge repetitions, shifts and out-of-range indices.
ov = {
    "float(10**400)": lambda: float(10 ** 400), "10.0**400": lambda: 10.0 ** 400, "int(float('inf'))": lambda: int(float("inf")),
    "1 << 2**64": lambda: 1 << 2 ** 64, "[0] * 2**63": lambda: [0] * 2 ** 63, "'a' * 2**63": lambda: "a" * 2 ** 63,
    "range(2**64)[0:1][5]": lambda: range(2 ** 64)[2 ** 64 + 5], "len(range(2**64))": lambda: len(range(2 ** 64)),
    "chr(2**64)": lambda: chr(2 ** 64), "round(1e308, -400)": lambda: round(1.5e308, -308),
    "(2**1100) / 3": lambda: (2 ** 1100) / 3, "3 / 2**1100": lambda: 3 / 2 ** 1100, "2.0 ** 2000": lambda: 2.0 ** 2000,
    "(10**400).__float__()": lambda: (10 ** 400).__float__(), "bytes(2**63)": lambda: bytes(2 ** 63),
    "'x'.center(2**63)": lambda: "x".center(2 ** 63), "[].insert(2**64, 1)": lambda: [].insert(2 ** 64, 1),
    "int.to_bytes": lambda: (2 ** 64).to_bytes(8, "big"), "float.as_integer_ratio(inf)": lambda: float("inf").as_integer_ratio(),
}
for label, f in ov.items():
    try:
        r = f()
        print(f"{label:28} ok {r if not isinstance(r, (list, str, bytes)) else len(r)}")
    except (OverflowError, IndexError, MemoryError, ValueError) as e:
        print(f"{label:28} {type(e).__name__}: {e}")
ix = {
    "[][0]": lambda: [][0], "[1][-2]": lambda: [1][-2], "()[0]": lambda: ()[0], "''[0]": lambda: ""[0], "b''[0]": lambda: b""[0],
    "bytearray()[0]": lambda: bytearray()[0], "range(0)[0]": lambda: range(0)[0], "[].pop()": lambda: [].pop(),
    "[1].pop(5)": lambda: [1].pop(5), "lst[5] = 1": lambda: [1].__setitem__(5, 1), "del lst[5]": lambda: [1].__delitem__(5),
    "memoryview(b'')[0]": lambda: memoryview(b"")[0], "'abc'[10**20]": lambda: "abc"[10 ** 20], "[1][2**100]": lambda: [1][2 ** 100],
}
for label, f in ix.items():
    try:
        f()
        print(f"{label:28} no error")
    except (IndexError, OverflowError) as e:
        print(f"{label:28} {type(e).__name__}: {e}")
