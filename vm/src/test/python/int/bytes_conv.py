# int.to_bytes / int.from_bytes in both byte orders, signed and unsigned, with errors.
for n in (0, 1, 255, 256, 65535, 2 ** 64 - 1):
    print(n, n.to_bytes(8, "big"), n.to_bytes(8, "little"))
print((-1).to_bytes(2, "big", signed=True), (-256).to_bytes(3, "little", signed=True))
print((1024).to_bytes(2), (5).to_bytes(), (127).to_bytes(1, signed=True))
print(int.from_bytes(b"\x01\x00"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x80"), "big", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes(b"\x00" * 20 + b"\x01", "big"))
print(int.from_bytes((2 ** 100).to_bytes(13, "big"), "big") == 2 ** 100)
class B(int):
    pass
print(type(B.from_bytes(b"\x07", "big")).__name__, B.from_bytes(b"\x07", "big"))
errs = [
    lambda: (256).to_bytes(1, "big"),
    lambda: (-1).to_bytes(1, "big"),
    lambda: (128).to_bytes(1, "big", signed=True),
    lambda: (1).to_bytes(-1, "big"),
    lambda: (1).to_bytes(1, "middle"),
    lambda: int.from_bytes(b"\x00", "sideways"),
    lambda: int.from_bytes("abc", "big"),
    lambda: int.from_bytes([256], "big"),
    lambda: (1).to_bytes(1, byteorder=5),
]
for e in errs:
    try:
        print(e())
    except Exception as ex:
        print(type(ex).__name__, ex)
print((0).to_bytes(0, "big"), (-128).to_bytes(1, "big", signed=True))
print((2 ** 63).to_bytes(9, "little", signed=True).hex())
