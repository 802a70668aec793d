s = "abcdefghij"
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[::2], s[::-1], s[1:8:3], s[-3:-1])
print(s[100:], s[-100:2])
lst = list(range(10))
print(lst[2:8:2], lst[slice(1, 4)], lst[slice(None, None, -2)])
t = (1, 2, 3)
print(t[1:], t[-2])
d = {(1, 2): "tuple key", "k": "v"}
print(d[1, 2], d["k"])
class S:
    def __getitem__(self, k):
        return repr(k)
x = S()
print(x[1], x[1:2], x[1:2:3], x[:, 1], x[..., None], x[::], x[1, 2:3])
m = [[1, 2], [3, 4]]
print(m[1][0], m[-1][-1])
b = b"bytes"
print(b[0], b[1:3])
