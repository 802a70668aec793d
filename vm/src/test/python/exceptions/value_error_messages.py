# ValueError texts from conversions, searches, unpacking and ranges.
cases = {
    "int('x')": lambda: int("x"), "int('')": lambda: int(""), "int('1.0')": lambda: int("1.0"), "int('9', 8)": lambda: int("9", 8),
    "float('')": lambda: float(""), "float('1e')": lambda: float("1e"), "complex('j1')": lambda: complex("j1"),
    "[].index(1)": lambda: [].index(1), "().index(1)": lambda: ().index(1), "'a'.index('b')": lambda: "a".index("b"),
    "'a'.rindex('b')": lambda: "a".rindex("b"), "b'a'.index(b'b')": lambda: b"a".index(b"b"), "range(3).index(5)": lambda: range(3).index(5),
    "[].remove(1)": lambda: [].remove(1), "a, b = [1]": lambda: exec("a, b = [1]"), "a, = []": lambda: exec("a, = []"),
    "a, b = [1, 2, 3]": lambda: exec("a, b = [1, 2, 3]"), "a, *b, c = [1]": lambda: exec("a, *b, c = [1]"),
    "chr(-5)": lambda: chr(-5), "chr(0x110000)": lambda: chr(0x110000), "range(1, 2, 0)": lambda: range(1, 2, 0),
    "'x'.split('')": lambda: "x".split(""), "bytes.fromhex('x')": lambda: bytes.fromhex("x"), "int('12', 1)": lambda: int("12", 1),
    "'{:d}'.format('x')": lambda: "{:d}".format("x"), "'{}{0}'.format(1)": lambda: "{}{0}".format(1, 2),
    "max([])": lambda: max([]), "min(())": lambda: min(()), "int('5' * 5000)": lambda: int("5" * 5000),
    "memoryview(b'').cast('x')": lambda: memoryview(b"").cast("x"), "'x'.encode('utf-8', 'zz')": lambda: "é".encode("ascii", "zz"),
    "float('nan') -> int": lambda: int(float("nan")), "round(float('nan'))": lambda: round(float("nan")),
    "pow(2, -1, 4)": lambda: pow(2, -1, 4), "'%c' % ''": lambda: "%c" % "", "zip strict": lambda: list(zip([1], [], strict=True)),
    "dict([(1,)])": lambda: dict([(1,)]), "bytes([300])": lambda: bytes([300]),
}
for label, f in cases.items():
    try:
        f()
        print(f"{label:32} no error")
    except (ValueError, LookupError, TypeError) as e:
        print(f"{label:32} {type(e).__name__}: {e}")
