s = [1, 2]
alias = s
s += (3, 4)
print(s, alias is s)
s *= 2
print(s)
t = "ab"
t += "cd"
t *= 2
print(t)
b = bytearray(b"x")
b += b"yz"
b *= 2
print(b)
st = {1, 2}
st |= {3}
st &= {1, 3, 4}
st -= {1}
st ^= {5}
print(sorted(st))
d = {"a": 1}
d |= {"b": 2}
print(d)
fs = frozenset({1})
fs2 = fs
fs |= {2}
print(sorted(fs), sorted(fs2), fs is fs2)
m = [[0]] * 2
m[0] += [1]
print(m)
