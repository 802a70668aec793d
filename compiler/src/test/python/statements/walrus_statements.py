import re
lines = ["name: kaa", "bad line", "lang: python", "version: 3.13"]
parsed = {}
for line in lines:
    if (m := re.match(r"(\w+): (.+)", line)) is not None:
        parsed[m.group(1)] = m.group(2)
print(parsed)
data = iter([3, 2, 1, 0, 5])
while (v := next(data)) != 0:
    print("v", v)
print("stopped at", v)
def f(x):
    if (y := x * 2) > 10 and (z := y + 1) > 15:
        return y, z
    return y
print(f(3), f(8))
print([(w := 1), w + 1])
def nested():
    return (a := (b := 3) + 1), a, b
print(nested())
