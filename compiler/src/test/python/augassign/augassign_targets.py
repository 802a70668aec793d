x = 5
x += 3; x -= 1; x *= 2; x //= 3; x **= 2; x %= 7; x <<= 3; x >>= 1; x |= 1; x &= 13; x ^= 6
print(x)
f = 10.0
f /= 4
print(f)
class O:
    def __init__(self):
        self.v = 1
o = O()
o.v += 10
o.v *= 2
print(o.v)
lst = [1, 2, 3]
lst[0] += 100
lst[-1] **= 2
print(lst)
d = {"k": [1]}
d["k"] += [2]
d["k"][0] -= 5
print(d)
s = [0, 1, 2, 3, 4]
s[1:3] += [9]
print(s)
s[::2] = [7] * 3
print(s)
m = [[1, 2], [3, 4]]
m[1][0] *= 10
print(m)
t = (1,)
t += (2,)
print(t)
st = "ab"
st *= 3
print(st)
