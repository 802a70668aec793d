class Rec:
    def __getitem__(self, k):
        return k
    def __setitem__(self, k, v):
        print("set", k, v)
    def __delitem__(self, k):
        print("del", k)
r = Rec()
print(r[1:2], r[::], r[:], r[1:], r[:2], r[::3], r[1:2:3], r[-1::-1])
print(r[1:2, 3], r[..., 1:], r[(1, 2)], r[[1, 2]] if False else "list key skip")
r[1:5] = "v"
r[::2] = "w"
del r[3:]
del r[:, 0]
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, s.indices(5), list(range(20))[s])
lst = list(range(10))
lst[2:5] = []
print(lst)
lst[:0] = [-1, -2]
print(lst)
lst[len(lst):] = [100]
print(lst)
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
b = bytearray(b"hello")
b[1:3] = b"EY"
print(b, "hello"[::-1][1:4], (1, 2, 3, 4)[::-2])
