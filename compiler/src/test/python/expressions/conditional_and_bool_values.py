values = [0, 1, -1, 0.0, "", "a", [], [0], (), {}, {0: 0}, None, set(), range(0), range(1)]
print([bool(v) for v in values])
class Falsy:
    def __len__(self):
        return 0
class Truthy:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Falsy()), bool(Truthy()))
class BadBool:
    def __bool__(self):
        return 1
try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError:", e)
x = Falsy() or "fallback"
print(x)
y = Truthy() and "second"
print(y)
print([v for v in values if v])
print(not [], not [[]], not None)
