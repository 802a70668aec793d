class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __le__(self, o): return self.parts <= o.parts
    def __gt__(self, o): return self.parts > o.parts
    def __ge__(self, o): return self.parts >= o.parts
    def __repr__(self): return ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10.0", "1.2.0", "1.2", "2.0", "1.9.9"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.2") < Version("1.2.0") <= Version("1.2.0") < Version("2"))
log = []
class L:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        log.append(f"{self.n}<{o.n}")
        return self.n < o.n
print(L(1) < L(2) < L(0) < L(5), log)
class R:
    def __eq__(self, o):
        return "truthy string"
print(R() == 1, (R() == 1) is True, R() != 1)
print([1, 2] == [1, 2.0], (1, "a") < (1, "b"), {"a": 1} == {"a": 1.0})
