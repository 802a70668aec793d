# Types and values of bool results across operators and builtins.
vals = [True, False]
for a in vals:
    for b in vals:
        print(a, b, a and b, a or b, a & b, a | b, a ^ b, a + b, a - b, a * b, a == b, a < b, a is b)
print(type(True & True).__name__, type(True + True).__name__, type(True / True).__name__, type(-True).__name__, type(True << 1).__name__)
print(True // True, True % True, divmod(True, True), True ** False, abs(-True) if False else abs(True), round(True))
print(~False if False else -1, int(True) << 3, float(True), complex(True), str(True), repr(False), bool("False"))
print(sum([True] * 7), max(False, True), sorted([True, False, 1, 0]), [True, False].index(0), [0, 1].index(True))
print(True in [1], 1.0 in [True], {True: "a"}[1], {1: "b"}[True], {1, True, 1.0}, {0, False})
print(isinstance(5 > 3, bool), type(not 1).__name__, type(bool(5)).__name__, type(any([])).__name__, type("a".isdigit()).__name__)
print(type([] == []).__name__, type(1 in [1]).__name__, type(callable(1)).__name__, type(isinstance(1, int)).__name__)
print(type(1 .__eq__(1)).__name__, type(NotImplemented == 1).__name__, type(hasattr(1, "x")).__name__)
print(f"{True:>5}|{False:<6}|{True:d}|{True:.1f}|{True!r}|{True:b}", "%d %s %r %5.1f" % (True, True, False, True))
print(True.__add__(1), True.__and__(1), True.__and__(False), True.__xor__(True), False.__or__(0))
print(bool.__or__(True, 2), bool.__and__(True, 3), type(bool.__or__(True, 2)).__name__)
print(1 == True == 1.0, (True, False) == (1, 0), [True] * 2 == [1, 1], str(True).lower() == "true")
flags = [x > 2 for x in range(5)]
print(flags, flags.count(True), sum(flags), any(flags), all(flags), flags.index(True))
print(list(filter(None, [True, False, 0, 1])), [b for b in (True, False) if b], dict.fromkeys([True, 1, 1.0]))
print(True if "" else False, bool(0.0) is False, bool(-1) is True, (not None) is True)
