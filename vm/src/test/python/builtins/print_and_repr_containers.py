# print() of nested containers uses repr for elements; str() vs repr() of containers with strings and custom objects.
class Both:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "repr-form"
b = Both()
print(b, [b], (b,), {b: b} if False else {"k": b}, {1: [b, (b,)]})
print(str([b]), repr([b]), f"{[b]}", "%s" % [b], str((b,)), "{}".format({"x": b}))
print(["a", 'b"', "c'd"], ("\n",), {"tab\t": "é"}, [b"x", bytearray(b"y")])
print([1.0, 1e100, -0.0, float("nan")], [1 + 2j], [True, None, ...], [int, str])
print([[[]]], [(), {}], [set(), frozenset()], [range(2), slice(1)])
print(*[1, [2, 3]], sep=" | ")
print([b] * 2, sep="")
print("%r %s" % ([b], [b]))
nested = {"list": [1, {"set": {3, 1, 2}}], "tuple": (1,), "empty": {}}
print(nested)
print(repr(nested) == str(nested), len(repr(nested)))
class ReprRaises:
    def __repr__(self):
        raise ValueError("repr failed")
try:
    print([ReprRaises()])
except ValueError as e:
    print("ValueError", e)
try:
    str(ReprRaises())
except ValueError as e:
    print("ValueError", e)
