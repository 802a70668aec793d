# popitem LIFO order, setdefault returning existing values, pop defaults, deletion during rebuild.
d = {c: i for i, c in enumerate("abcdef")}
order = []
while d:
    order.append(d.popitem())
print(order)
d = {"a": 1}
print(d.setdefault("a", 100), d.setdefault("b", 2), d.setdefault("c"), d)
print(d.pop("a"), d.pop("a", "gone"), d.pop("zz", None), d)
d2 = dict.fromkeys(range(6), 0)
for k in list(d2):
    if k % 2 == 0:
        del d2[k]
d2[0] = "re-added"
print(d2, list(d2))
d3 = {}
for i in range(1000):
    d3[i] = i
for i in range(0, 1000, 2):
    del d3[i]
print(len(d3), list(d3)[:5], list(d3)[-3:], sum(d3.values()))
for i in range(0, 10):
    d3[i] = -i
print(list(d3)[:3], list(d3)[-10:][:3], len(d3))
d4 = {1: "a"}
d4[1.0] = "b"
d4[True] = "c"
print(d4, list(d4.keys())[0], type(list(d4.keys())[0]).__name__)
d5 = {"x": 1, "y": 2}
d5.update(d5)
d5 |= d5
print(d5)
big = {str(i): i for i in range(10000)}
print(len(big), big["9999"], list(big)[:3], sum(big.values()), "5000" in big, "10000" in big)
